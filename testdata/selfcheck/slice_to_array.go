// Go 1.20's conversion of a slice to an array: [N]T(s) copies the first N elements of s and
// panics when len(s) < N. go 1.19 cannot run this program, so it checks itself against the
// spec and prints PASS.
package main

import "fmt"

var failures = 0

func check(what string, got, want int) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

type Quad [4]int

func panics(f func()) (did bool) {
	defer func() { did = recover() != nil }()
	f()
	return false
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [4]int(s)
	check("a[0]", a[0], 1)
	check("a[3]", a[3], 4)
	// A copy: later changes of either side stay apart.
	s[0] = 10
	a[1] = 20
	check("copy a[0]", a[0], 1)
	check("copy s[1]", s[1], 2)

	q := Quad(s[1:])
	check("named q[3]", q[3], 5)

	var z [0]int = [0]int(([]int)(nil))
	check("zero-length from nil", len(z), 0)

	strs := []string{"x", "y"}
	sa := [2]string(strs)
	if sa[1] != "y" {
		fmt.Println("FAIL string array", sa[1])
		failures++
	}

	short := func() { _ = [8]int(s) }
	if !panics(short) {
		fmt.Println("FAIL no panic for a short slice")
		failures++
	}
	exact := func() { _ = [5]int(s) }
	if panics(exact) {
		fmt.Println("FAIL panic for an exact length")
		failures++
	}
	if failures == 0 {
		fmt.Println("PASS")
	}
}
