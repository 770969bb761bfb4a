// errorcheck -lang=go1.21

// go1.21 has min and max (and clear); range over integers waits for go1.22.
package p

func newer() int {
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\): requires go1.22 or later \(-lang was set to go1.21; check go.mod\)"
		_ = i
	}
	return min(1, 2) + max(3, 4)
}

func wrong() {
	_ = min() // ERROR "not enough arguments for min\(\) \(expected 1, found 0\)"
}
