// reflect.DeepEqual over random pairs of nested values (nil and empty slices, maps,
// pointers to structs holding interfaces, NaNs, arrays of interfaces) agrees with go 1.19.
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	B []string
	C map[string]*T
	D any
	e float64
}

var s uint32 = 99

func rnd(n int) int { s = s*1664525 + 1013904223; return int(s>>8) % n }

func gen(depth int) any {
	switch rnd(9) {
	case 0:
		return rnd(3)
	case 1:
		return []int{rnd(2), rnd(2)}[:rnd(3)]
	case 2:
		if rnd(2) == 0 {
			return []string(nil)
		}
		return []string{}
	case 3:
		return map[string]int{"a": rnd(2)}
	case 4:
		t := &T{A: rnd(2), e: float64(rnd(2))}
		if depth < 3 {
			t.D = gen(depth + 1)
		}
		return t
	case 5:
		return T{A: rnd(2), B: []string{"x"}[:rnd(2)]}
	case 6:
		var p *T
		return p
	case 7:
		return [2]any{rnd(2), nil}
	default:
		zero := 0.0
		if rnd(2) == 0 {
			return zero / zero
		}
		return 1.5
	}
}

func main() {
	n := 0
	for i := 0; i < 1500; i++ {
		s0 := s
		a := gen(0)
		s = s0
		b := gen(0)
		if rnd(3) == 0 {
			b = gen(0)
		}
		if reflect.DeepEqual(a, b) {
			n++
		}
		fmt.Print(reflect.DeepEqual(a, b), reflect.DeepEqual(a, a), " ")
		if i%20 == 19 {
			fmt.Println()
		}
	}
	fmt.Println(n)
}
