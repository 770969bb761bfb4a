// errorcheck

// Composite literals, addresses and indirections, indexing and slicing of arrays and maps.
package main

type P struct {
	x, y int
	s    string
}

func f() int { return 1 }

func main() {
	_ = P{1, 2}             // ERROR "too few values in P{…}"
	_ = P{1, 2, "a", 4}     // ERROR "too many values in P{…}"
	_ = P{x: 1, 2}          // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{z: 1}             // ERROR "unknown field 'z' in struct literal of type P"
	_ = P{x: 1, x: 2}       // ERROR "duplicate field name x in struct literal"
	_ = P{x: "a"}           // ERROR "cannot use .a. \(untyped string constant\) as int value in struct literal"
	_ = []int{1: 1, 1: 2}   // ERROR "duplicate index 1 in array or slice literal"
	_ = [2]int{1, 2, 3}     // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = [...]int{5: 1, 2}
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = map[string]int{1}              // ERROR "missing key in map literal"
	_ = []*P{{1, 2, "a"}, {x: 1}}
}
