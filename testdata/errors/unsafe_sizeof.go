package main

// unsafe.Sizeof and Alignof: their arguments, and what the package holds. Misuses in gc 1.19's words.

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

type T[P any] struct {
	a P
	b int
}

func g[P any](x P) {
	const c = unsafe.Sizeof(x) // ERROR "unsafe.Sizeof\(x\) \(value of type uintptr\) is not constant"
	var t T[P]
	const d = unsafe.Offsetof(t.b) // ERROR "unsafe.Offsetof\(t.b\) \(value of type uintptr\) is not constant"
	const e = unsafe.Alignof(t.b)
	const h = unsafe.Sizeof(t.b)
}

func main() {
	_ = unsafe.Sizeof()        // ERROR "not enough arguments for unsafe.Sizeof\(\) \(expected 1, found 0\)"
	_ = unsafe.Sizeof(1, 2)    // ERROR "too many arguments for unsafe.Sizeof\(1, 2\) \(expected 1, found 2\)"
	_ = unsafe.Sizeof(nil)     // ERROR "use of untyped nil in argument to unsafe.Sizeof"
	_ = unsafe.Sizeof(int)     // ERROR "int \(type\) is not an expression"
	_ = unsafe.Sizeof(1 << 70) // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to unsafe.Sizeof \(overflows\)"
	_ = unsafe.Sizeof          // ERROR "unsafe.Sizeof \(built-in\) must be called"
	_ = unsafe.Foo             // ERROR "undefined: unsafe.Foo"
	_ = unsafe.Alignof(s.a)
	const ok = unsafe.Sizeof(s) + unsafe.Alignof(f) + unsafe.Offsetof(s.y)
}
