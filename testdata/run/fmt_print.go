// run

// fmt.Println and fmt.Print with mixed operands; Print only spaces between non-strings.
package main

import "fmt"

func main() {
	fmt.Println("a", 1, true, "b", -2, false)
	fmt.Println()
	fmt.Println("")
	fmt.Println(1, 2, 3)
	fmt.Println("x", "y", "z")
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(1, "a", 2, "\n")
	fmt.Print(true, false, 3, "\n")
	fmt.Print("x", 1, 2, "y", true, "\n")
	fmt.Print()
	fmt.Print("no newline")
	fmt.Print("\n")

	var nothing any
	fmt.Println(nothing, nil)
	fmt.Print(nothing, nothing, "\n")
	fmt.Print(nothing, 1, "\n")

	var b byte = 65
	fmt.Println(b, byte(255), int(b)*2)
	fmt.Println(-0, -1, 9223372036854775807, -9223372036854775807-1)

	var vals []any
	vals = append(vals, 1, "two", false, nil)
	fmt.Println(vals...)
	fmt.Print(vals...)
	fmt.Print("\n")
	fmt.Println(len(vals), cap(vals) >= 4)
}
