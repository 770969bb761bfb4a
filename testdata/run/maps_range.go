// range over maps: keys and elements copied before the body, deletion and insertion during
// the loop, break/continue, `=` targets, evaluation order of
// assignments to map entries.
package main

import "fmt"

func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func keys(m map[int]string) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	sortInts(ks)
	return ks
}

func trace(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func main() {
	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	fmt.Println(keys(m))

	// Key and element together.
	total, text := 0, 0
	for k, v := range m {
		total += k
		text += len(v)
	}
	fmt.Println(total, text)

	// Deleting every entry during the loop: each is seen at most once, none after deletion.
	seen := 0
	for k := range m {
		seen++
		delete(m, k)
		delete(m, (k+1)%20)
	}
	fmt.Println(seen <= 20, seen >= 10, len(m))

	// The element is a copy taken before the body: overwriting the entry does not change it.
	m = map[int]string{1: "a", 2: "b", 3: "c"}
	for k, v := range m {
		m[k] = v + v
		if len(v) != 1 {
			fmt.Println("stale copy", k, v)
		}
	}
	for _, k := range keys(m) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()

	// Inserting during the loop: the loop ends, old entries are all produced exactly once.
	counts := map[int]int{}
	m = map[int]string{0: "", 1: "", 2: "", 3: ""}
	for k := range m {
		counts[k]++
		if k < 4 {
			m[k+100] = "new"
		}
	}
	fmt.Println(counts[0], counts[1], counts[2], counts[3], len(m))

	// break and continue.
	n := 0
	for k := range m {
		if k >= 100 {
			continue
		}
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println(n)

	// `=` targets, including blank and map entries.
	var k2 int
	var v2 string
	copies := map[int]string{}
	for k2, v2 = range map[int]string{7: "seven"} {
		copies[k2] = v2
	}
	fmt.Println(k2, v2, copies[7])
	dst := map[int]string{}
	var key int
	for key, dst[key] = range map[int]string{5: "five"} {
	}
	fmt.Println(key, len(dst))
	for _, v := range map[string]int{"only": 42} {
		fmt.Println(v)
	}
	for range map[int]bool{1: true, 2: false} {
		n++
	}
	fmt.Println(n)

	// Nested ranges over the same map.
	small := map[int]string{1: "x", 2: "y", 3: "z"}
	pairs := 0
	for a := range small {
		for b := range small {
			if a < b {
				pairs++
			}
		}
	}
	fmt.Println(pairs)

	// Assignment order: the map and key operands first, then the right side, then the stores.
	om := map[int]int{}
	om[trace("key", 1)] = trace("value", 10)
	i := 0
	i, om[i] = 5, 50
	fmt.Println(i, om[0], om[5])
	om[trace("k2", 2)] += trace("rhs", 3)
	fmt.Println(om[1], om[2])
	var missing map[int]int
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		missing[trace("nil key", 1)] = trace("nil value", 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		missing[3]++
	}()
}

var shared = map[int]int{}

func setShared() int {
	shared[1] = 100
	return 1
}

func init() {
	// m[k] op= f(): f runs before the old element is read.
	shared[1] += setShared()
	fmt.Println("op= after call:", shared[1])
}
