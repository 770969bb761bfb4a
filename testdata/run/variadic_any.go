// run

// Variadic ...any parameters: individual arguments, none, and a spread slice.
package main

import "fmt"

func count(xs ...any) int {
	return len(xs)
}

func describe(xs ...any) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		switch v := x.(type) {
		case int:
			if v < 0 {
				s += "neg"
			} else {
				s += "int"
			}
		case string:
			s += "str(" + v + ")"
		case bool:
			if v {
				s += "T"
			} else {
				s += "F"
			}
		case nil:
			s += "nil"
		default:
			s += "other"
		}
	}
	return s
}

func sumInts(xs ...any) int {
	total := 0
	for _, x := range xs {
		if n, ok := x.(int); ok {
			total += n
		}
	}
	return total
}

func sum(base int, ns ...int) int {
	for _, n := range ns {
		base += n
	}
	return base
}

func pass(xs ...any) int {
	return count(xs...)
}

func main() {
	fmt.Println(count(), count(1), count(1, "a", true, nil))
	fmt.Println(describe(1, -2, "x", true, false, nil, []int{1}))
	args := []any{10, "skip", 20, false, 30}
	fmt.Println(describe(args...))
	fmt.Println(sumInts(args...), sumInts(1, 2, 3), sumInts())
	fmt.Println(pass(args...), pass(), pass(nil))
	fmt.Println(sum(1), sum(1, 2, 3), sum(0, []int{4, 5, 6}...))
	fmt.Println(args...)
	fmt.Print(args...)
	fmt.Println()
}
