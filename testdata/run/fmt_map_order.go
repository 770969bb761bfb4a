// Maps of hundreds of entries print in fmtsort's order: ints, strings, structs, floats,
// interfaces holding ints, arrays, complex numbers and a nil interface key.
package main

import "fmt"

type K struct {
	A int8
	B string
}

func main() {
	var s uint32 = 7
	rnd := func() uint32 { s = s*1664525 + 1013904223; return s >> 8 }
	m1 := map[int]int{}
	m2 := map[string]bool{}
	m3 := map[K]float64{}
	m4 := map[float64]int{}
	m5 := map[any]int{}
	for i := 0; i < 700; i++ {
		m1[int(rnd()%5000)-2500] = i
		m2[fmt.Sprint(rnd()%1000)] = i%2 == 0
		m3[K{int8(rnd()), fmt.Sprint(rnd() % 7)}] = float64(i) / 4
		m4[float64(int(rnd()%2000)-1000)/8] = i
		m5[int(rnd()%300)] = i
	}
	fmt.Println(m1)
	fmt.Println(m2)
	fmt.Println(m3)
	fmt.Println(m4)
	fmt.Println(m5)
	fmt.Printf("%v\n", map[[2]bool]int{{true, false}: 1, {false, true}: 2, {false, false}: 3, {true, true}: 4})
	fmt.Printf("%v\n", map[complex128]int{complex(1, 2): 1, complex(1, -2): 2, complex(-1, 5): 3})
	var np *int
	x, y := 1, 2
	_ = map[*int]int{np: 0, &x: 1, &y: 2}
	fmt.Printf("%v\n", map[any]int{nil: 1, 2: 2})
}
