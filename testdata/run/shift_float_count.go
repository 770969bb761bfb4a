// A constant shift count of a float or complex type with an integer value (x << 1.,
// x << (1+0i)) shifts by that integer, in expressions and in x <<= 2.0 and m[k] <<= 3.0
// and beyond int's range (Go's shift3.go).
package main

func main() {
	var x int = 1
	println(x<<1., x<<(1+0i), x<<(1.<<x))
	var y uint8 = 3
	x <<= 2.0
	m := map[string]int{"a": 1}
	m["a"] <<= 3.0
	m["a"] >>= (1 + 0i)
	println(x, y>>1., y<<(2+0i), m["a"])
	// Untyped counts representable as uint but not as int.
	const M = 1<<64 - 1
	z := 1
	println(z<<(M+0), z<<(M+0.), z<<(M+0.+0i))
}
