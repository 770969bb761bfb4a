// run

// String concatenation, comparison, length and byte indexing.
package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func countByte(s string, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func less(a, b string) string {
	if a < b {
		return a + " < " + b
	} else if a > b {
		return a + " > " + b
	}
	return a + " == " + b
}

func main() {
	hello := "hello"
	world := "world"
	s := hello + ", " + world
	fmt.Println(s, len(s))
	s += "!"
	fmt.Println(s, len(s))
	fmt.Println(repeat("ab", 3), len(repeat("ab", 0)))
	fmt.Println(hello == "hel"+"lo", hello != world, "" == "")
	fmt.Println(less("apple", "banana"))
	fmt.Println(less("b", "a"))
	fmt.Println(less("abc", "abcd"))
	fmt.Println(less("same", "same"))
	fmt.Println(less("Z", "a"))
	fmt.Println(hello <= "hello", hello >= "help", world > "wor")
	fmt.Println(s[0], s[len(s)-1], int(s[1]))
	fmt.Println(countByte("mississippi", "s"[0]), countByte("mississippi", "x"[0]))
	fmt.Println(s[0:5], s[7:], s[:2]+s[len(s)-1:])
	empty := ""
	fmt.Println(len(empty), empty == "", len(empty+empty))
}
