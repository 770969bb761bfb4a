package main

// unsafe.Offsetof: a selector of a field, not through an embedded pointer. Misuses in gc 1.19's words.

import "unsafe"

type E struct{ a, b int }

type S struct {
	x byte
	*E
	y int32
}

func (S) m() {}

var (
	s S
	p *int
	i int
	f float64
)

func main() {
	_ = unsafe.Offsetof(i)   // ERROR "invalid argument: i is not a selector expression"
	_ = unsafe.Offsetof(s.m) // ERROR "invalid argument: s.m is a method value"
	_ = unsafe.Offsetof(s.a) // ERROR "invalid argument: field a is embedded via a pointer in S"
	_ = unsafe.Offsetof(S.x) // ERROR "S \(type\) is not an expression"
	_ = unsafe.Offsetof((s.x))
}
