// Arrays as values: literals ([...]T, indexed elements), indexing, len, copies, range over
// arrays and array pointers, slicing arrays and array pointers, comparison.
package main

import "fmt"

type Grid [3][3]int

func sum(a [5]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func fill(a *[5]int, v int) {
	for i := range a {
		a[i] = v + i
	}
}

func mk() [4]string { return [4]string{"a", "b", "c", "d"} }

func main() {
	var a [5]int
	fmt.Println(len(a), a[0], sum(a))
	a[2] = 7
	b := a
	b[2] = 9
	fmt.Println(a[2], b[2], sum(a), sum(b))
	fill(&a, 10)
	fmt.Println(a[:], sum(a))
	c := [...]int{1, 2, 3, 9: 10}
	fmt.Println(len(c), c[9], c[3])
	s := []string{5: "five", 1: "one"}
	fmt.Println(len(s), s[1], s[5])
	x := mk()
	fmt.Println(x[3], mk()[1], len(mk()))
	for i, v := range x {
		fmt.Println(i, v)
	}
	for i := range x {
		x[i] += "!"
	}
	fmt.Println(x[:])
	// Range over an array value iterates over a copy.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Println(i, v)
	}
	// Range over a pointer to an array sees updates.
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		fmt.Println(i, v)
	}
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	fmt.Println(g[0][:], g[1][:], g[2][:], g[2][1])
	row := g[1]
	row[0] = -1
	fmt.Println(row[:], g[1][:])

	sl := a[1:4]
	sl[0] = 99
	fmt.Println(a[:], sl, len(sl), cap(sl))
	p := &a
	fmt.Println(p[0], len(p), p[1:2], cap(p[3:]))
	full := a[:]
	full = append(full[:2], 1000)
	fmt.Println(a[:], len(full))

	fmt.Println(a == a, [2]string{"a", "b"} == [2]string{"a", "b"}, [2]string{"a", "b"} != [2]string{"a", "c"})
	var pa [2]interface{}
	pb := [2]interface{}{nil, nil}
	fmt.Println(pa == pb)
	bytes := [4]byte{'g', 'o', '!', '\n'}
	fmt.Print(string(bytes[:]))
	var empty [0]int
	fmt.Println(len(empty), empty[:])
}
