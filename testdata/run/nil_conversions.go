// Conversions of nil to types that have a nil value.
package main

func main() {
	s := []string(nil)
	b := []byte(nil)
	var f func() = (func())(nil)
	var a any = any(nil)
	println(len(s), cap(b), s == nil, b == nil, f == nil, a == nil)
	s = append([]string(nil), "x")
	println(len(s), s[0])
}
