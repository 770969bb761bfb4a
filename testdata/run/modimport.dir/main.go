// run

// A module with two subpackages and a main package in two files. Imported packages are
// initialized before main's variables, whose order depends on dependencies across files.
package main

import (
	"fmt"

	"example.com/modimport/greet"
	"example.com/modimport/mathx"
)

var total = mathx.Sum(base, extra, len(banner)) // needs vars.go's variables

var banner = greet.Hello("modimport")

func main() {
	fmt.Println(banner)
	fmt.Println("total", total, "base", base, "extra", extra)
	fmt.Println(greet.Hello("again"), greet.Count())
	fmt.Println(mathx.Max(3, 9, -2), mathx.Max(), mathx.Sum())
	fmt.Println(mathx.Limit, greet.Version)
}
