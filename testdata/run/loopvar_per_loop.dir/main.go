// Before Go 1.22 (this module says go 1.21) a loop's variables are shared by all iterations:
// closures made in the loop all see the final values.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for i, s := range []string{"x", "y", "z"} {
		gs = append(gs, func() string { return fmt.Sprint(i, s) })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
