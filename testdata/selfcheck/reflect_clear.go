// Go 1.21's reflect.Value.Clear: a map loses its entries (NaN keys too), a slice's elements
// up to its length become zero. go 1.19 cannot run this program, so it checks itself
// against the documentation and prints PASS.
package main

import (
	"fmt"
	"reflect"
)

var failures = 0

func check(what string, ok bool) {
	if !ok {
		fmt.Println("FAIL", what)
		failures++
	}
}

type P struct {
	S string
	N *int
}

func main() {
	m := map[float64]string{1: "a", 2: "b"}
	zero := 0.0
	m[zero/zero] = "nan"
	reflect.ValueOf(m).Clear()
	check("map cleared", len(m) == 0)
	m[3] = "c"
	check("map usable", len(m) == 1)

	n := 5
	s := []P{{"x", &n}, {"y", nil}, {"z", &n}}
	reflect.ValueOf(s[:2]).Clear()
	check("slice prefix zeroed", s[0] == P{} && s[1] == P{})
	check("beyond len kept", s[2].S == "z" && s[2].N == &n)

	ints := []int{1, 2, 3}
	reflect.ValueOf(ints).Clear()
	check("ints zeroed", ints[0] == 0 && ints[1] == 0 && ints[2] == 0)

	var nilMap map[string]int
	reflect.ValueOf(nilMap).Clear()
	check("nil map", nilMap == nil)

	func() {
		defer func() {
			r := recover()
			e, ok := r.(*reflect.ValueError)
			check("non-map panics with ValueError", ok && e.Method == "reflect.Value.Clear" && e.Kind == reflect.Int)
		}()
		reflect.ValueOf(1).Clear()
	}()

	if failures == 0 {
		fmt.Println("PASS")
	}
}
