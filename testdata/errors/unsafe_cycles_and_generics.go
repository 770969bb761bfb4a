package main

// unsafe's functions on type parameters (sizes that vary are not constant) and on a type
// still being declared; a package name that is not in a selector is no use of the import.

import (
	"fmt" // ERROR `imported and not used: "fmt"`
	"unsafe"
)

type R struct {
	b [unsafe.Sizeof(R{})]int // ERROR "illegal cycle in type declaration"
}

type G[X any] struct {
	a [unsafe.Sizeof(*new(X))]int // ERROR "array length unsafe.Sizeof\(\*new\(X\)\) \(value of type uintptr\) must be constant"
}

func F[X any, PX *X](p PX, x X) {
	_ = unsafe.Slice(p, 1)        // ERROR "invalid argument: p \(variable of type PX constrained by \*X\) is not a pointer"
	_ = unsafe.Offsetof(x.f)      // ERROR "invalid argument: X has no single field f"
	var arr [unsafe.Sizeof(x)]int // ERROR "array length unsafe.Sizeof\(x\) \(value of type uintptr\) must be constant"
	_ = arr
	const a = unsafe.Alignof(struct{ n int }{})
}

func main() {
	_ = fmt                              // ERROR "use of package fmt not in selector"
	_ = unsafe.Offsetof(unsafe.Offsetof) // ERROR "use of package unsafe not in selector"
}
