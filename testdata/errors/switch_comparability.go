// errorcheck

// Expression switches compare each case with the tag: a map, slice or func tag allows only
// nil cases, and a tag that is neither comparable nor nil-able cannot be switched on. A type
// switch on a non-interface leaves its variable without a type.
package p

func f(m, m1 map[int]int, s []int, fn func(), x interface{}, ar [2]func()) {
	switch m {
	case nil:
	case m1: // ERROR "invalid case m1 in switch on m \(map can only be compared to nil\)"
	}
	switch s {
	case nil:
	}
	switch x {
	case fn: // ERROR "invalid case fn in switch on x \(func can only be compared to nil\)"
	}
	switch ar { // ERROR "cannot switch on ar \(variable of type \[2\]func\(\)\) \(\[2\]func\(\) is not comparable\)"
	}
	switch t := nil.(type) { // ERROR "nil is not an interface"
	default:
		_ = t
	}
}
