// Go 1.21's clear: on a map it deletes every entry (the map stays usable and non-nil), on a
// slice it zeroes every element up to its length. go 1.19 cannot run this program, so it
// checks itself against the spec and prints PASS.
package main

import "fmt"

var failures = 0

func check(what string, got, want int) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	check("len after clear", len(m), 0)
	check("alias len after clear", len(alias), 0)
	check("lookup after clear", m["a"], 0)
	if m == nil {
		check("map nil after clear", 1, 0)
	}
	m["d"] = 4
	check("insert after clear", alias["d"], 4)

	// clear during range ends the loop's production of the removed entries.
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i
	}
	produced := 0
	for range big {
		produced++
		clear(big)
	}
	check("range after clear", produced, 1)

	var nilMap map[int]bool
	clear(nilMap)
	check("clear nil map", len(nilMap), 0)

	// Interface keys, including ones equal to nothing else.
	anys := map[interface{}]int{1: 1, "x": 2, true: 3}
	clear(anys)
	check("clear interface keys", len(anys), 0)

	s := []int{1, 2, 3, 4, 5}
	clear(s[1:3])
	check("slice len", len(s), 5)
	check("s[0]", s[0], 1)
	check("s[1]", s[1], 0)
	check("s[2]", s[2], 0)
	check("s[3]", s[3], 4)
	strs := []string{"x", "y"}
	clear(strs)
	if strs[0] != "" || strs[1] != "" {
		check("clear strings", 1, 0)
	}
	var empty []int
	clear(empty)

	if failures == 0 {
		fmt.Println("PASS")
	}
}
