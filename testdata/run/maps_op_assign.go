// m[k] op= v updates the entry in place after one insertion, as gc does; for / and % the
// division-by-zero panic comes first and nothing is inserted, for a shift by a negative count
// the entry is already there when it panics.
package main

func main() {
	m := map[string]int{}
	m["a"]++
	m["a"] += 10
	m["b"] -= 3
	m["c"] |= 6
	m["c"] &^= 2
	m["d"] <<= 3
	s := map[string]string{}
	s["x"] += "he"
	s["x"] += "llo"
	println(m["a"], m["b"], m["c"], m["d"], len(m), s["x"])

	neg, zero := -1, 0
	func() {
		defer func() { println("shift:", recover() != nil, len(m), m["e"]) }()
		m["e"] <<= neg
	}()
	func() {
		defer func() { println("divide:", recover() != nil, len(m)) }()
		m["f"] /= zero
	}()
	func() {
		defer func() { println("remainder:", recover() != nil, len(m)) }()
		m["g"] %= zero
	}()
	var nilMap map[string]int
	func() {
		defer func() { println("nil map:", recover() != nil) }()
		nilMap["a"] += 1
	}()
	f := map[float64]float64{1: 2}
	f[1] *= 1.5
	f[2] /= 4
	println(f[1], f[2], len(f))
}
