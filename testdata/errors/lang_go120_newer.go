// errorcheck -lang=go1.20

// From go1.20 interfaces satisfy comparable and slices convert to arrays; min, max and clear
// come with go1.21 and range over integers with go1.22 (expectations from the release notes).
package p

func Eq[T comparable](a, b T) bool { return a == b }

var _ = Eq[interface{ M() }]

func conv(s []int) [4]int {
	return [4]int(s)
}

func conv2(s []int) [4]string {
	return [4]string(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type \[4\]string"
}

func newer(m map[int]int) {
	clear(m)      // ERROR "undefined: clear"
	_ = min(1, 2) // ERROR "undefined: min"
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\): requires go1.22 or later \(-lang was set to go1.20; check go.mod\)"
		_ = i
	}
}
