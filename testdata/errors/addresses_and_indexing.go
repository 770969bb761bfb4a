// errorcheck

// Addresses and indirections, indexing and slicing of arrays and maps, comparisons,
// conversions and constant lengths.
package main

type P struct {
	x, y int
	s    string
}

func f() int { return 1 }

func main() {
	_ = []int{f(): 1} // ERROR "index f\(\) must be integer constant"
	_ = &f() // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	var x int
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	pp := &P{}
	_ = pp.x
	var a [3]int
	_ = a[5]   // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[1:4] // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = P{}[1:] // ERROR "invalid operation: cannot slice P{} \(value of type P\)"
	var m map[string]int
	v, ok := m["a"]
	_, _ = v, ok
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	var i interface{}
	_ = i == m       // ERROR "invalid operation: i == m \(map can only be compared to nil\)"
	_ = P{} == P{}
	_ = [2]int{} != [2]int{}
	type Q struct{ f []int }
	_ = Q{} == Q{} // ERROR "invalid operation: Q{} == Q{} \(struct containing \[\]int cannot be compared\)"
	var s []int
	_ = (*[2]int)(s)
	const L = len(a)
	var arr [L]int
	_ = arr
}
