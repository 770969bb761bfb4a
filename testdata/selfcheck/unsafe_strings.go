// Go 1.20's unsafe.String, unsafe.StringData and unsafe.SliceData: strings and slices built
// over existing memory share it. go 1.19 cannot run this program, so it checks itself against
// the spec and prints PASS.
package main

import "unsafe"

var failures = 0

func check(what string, ok bool) {
	if !ok {
		println("FAIL", what)
		failures++
	}
}

func main() {
	b := []byte("hello, world")
	s := unsafe.String(&b[0], 5)
	check("String content", s == "hello")
	check("String length", len(s) == 5)
	check("String shares", unsafe.StringData(s) == &b[0])

	t := "gopher"
	p := unsafe.StringData(t)
	check("StringData first byte", *p == 'g')
	back := unsafe.String(p, len(t))
	check("String of StringData", back == t)

	ints := []int{1, 2, 3, 4}
	d := unsafe.SliceData(ints[1:])
	check("SliceData element", *d == 2)
	check("SliceData address", d == &ints[1])
	var none []int
	check("SliceData of nil slice", unsafe.SliceData(none) == nil)
	check("SliceData of empty non-nil", unsafe.SliceData(ints[:0]) == &ints[0])
	check("String of zero length", unsafe.String(nil, 0) == "")

	func() {
		defer func() {
			r := recover()
			check("String negative length panics", r != nil)
		}()
		n := -1
		_ = unsafe.String(&b[0], n)
	}()
	if failures == 0 {
		println("PASS")
	}
}
