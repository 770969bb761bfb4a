// run

// Boolean operators, short-circuit evaluation and comparisons as values.
package main

import "fmt"

var calls = 0

func t(name string) bool {
	calls++
	fmt.Print(name, " ")
	return true
}

func f(name string) bool {
	calls++
	fmt.Print(name, " ")
	return false
}

func main() {
	fmt.Println(t("a") && f("b"))
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("a") || f("b"))
	fmt.Println(f("a") || t("b"))
	fmt.Println(f("a") || f("b") && t("c"))
	fmt.Println(t("a") && (f("b") || t("c")))
	fmt.Println(!t("a") || !f("b"))
	fmt.Println("calls", calls)

	x, y := 3, 4
	lt := x < y
	eq := x == y
	fmt.Println(lt, eq, lt != eq, lt == !eq)
	both := lt && !eq
	either := eq || false
	fmt.Println(both, either, !both)
	var flags []bool
	for i := 0; i < 5; i++ {
		flags = append(flags, i%2 == 0)
	}
	fmt.Println(flags[0], flags[1], flags[4], len(flags))
	var zero bool
	fmt.Println(zero, !zero)
	fmt.Println("a" < "b" && 1 < 2, "b" < "a" || 2 < 1)
}
