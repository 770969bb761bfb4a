package main

// unsafe.Pointer, unsafe.Add and unsafe.Slice. Misuses in gc 1.19's words.

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
	_ = unsafe.Add(p, 1)                   // ERROR "cannot use p \(variable of type \*int\) as type unsafe.Pointer in argument to unsafe.Add"
	_ = unsafe.Add(unsafe.Pointer(p), 1.5) // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = unsafe.Add(unsafe.Pointer(p), "a") // ERROR `cannot convert "a" \(untyped string constant\) to int`
	_ = unsafe.Add(unsafe.Pointer(p), f)   // ERROR "invalid argument: length f \(variable of type float64\) must be integer"
	_ = unsafe.Slice(i, 1)                 // ERROR "invalid argument: i \(variable of type int\) is not a pointer"
	_ = unsafe.Slice(nil, 1)               // ERROR "invalid argument: nil is not a pointer"
	_ = unsafe.Slice(p, -1)                // ERROR "invalid argument: length -1 \(constant of type int\) must not be negative"
	_ = unsafe.Slice(p, 1<<70)             // ERROR "1 << 70 \(untyped int constant 1180591620717411303424\) overflows int"
	_ = unsafe.Pointer(i)                  // ERROR "cannot convert i \(variable of type int\) to type unsafe.Pointer"
	var up unsafe.Pointer = p              // ERROR "cannot use p \(variable of type \*int\) as type unsafe.Pointer in variable declaration"
	_ = up
	_ = unsafe.Add(nil, 1)
}
