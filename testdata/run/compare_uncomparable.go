// Comparing interface values whose dynamic type is not comparable panics with a runtime
// error; the panic unwinds like any other: deferred calls run and recover stops it.
package main

import "fmt"

func compare(name string, a, b any) {
	panicked := false
	defer func() {
		fmt.Println(name, "panicked:", panicked)
	}()
	defer func() {
		if r := recover(); r != nil {
			panicked = true
		}
	}()
	fmt.Println(name, "equal:", a == b)
}

func outer() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = "recovered one frame up"
		}
	}()
	var x, y any = outer, outer
	inner(x, y)
	return "not reached"
}

func inner(x, y any) bool {
	defer fmt.Println("inner's defer runs during the panic")
	return x == y
}

func main() {
	compare("ints", 1, 1)
	compare("slices", []int{1}, []int{1})
	compare("strings of bytes", []byte("a"), []byte("b"))
	compare("funcs", main, main)
	compare("empty slices", []string{}, []string{})
	compare("slice and string", []int{1}, "x")
	compare("nils", nil, nil)
	fmt.Println(outer())
}
