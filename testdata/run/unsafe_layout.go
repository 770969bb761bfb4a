// unsafe.Sizeof, Alignof and Offsetof give gc's layouts (linux/amd64 and arm64 alike), and
// unsafe.Pointer converts between pointer types and uintptr: reading an int64 as two
// uint32s, walking an array by address arithmetic, unsafe.Add and unsafe.Slice.
package main

import "unsafe"

type small struct {
	a bool
	b int64
	c uint16
	d [3]byte
	e string
	f []int
	g any
	h complex64
}

type empty struct{}

type tail struct {
	x int32
	z empty
}

func main() {
	var s small
	println(unsafe.Sizeof(s), unsafe.Alignof(s))
	println(unsafe.Offsetof(s.a), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d),
		unsafe.Offsetof(s.e), unsafe.Offsetof(s.f), unsafe.Offsetof(s.g), unsafe.Offsetof(s.h))
	println(unsafe.Sizeof(empty{}), unsafe.Sizeof(tail{}), unsafe.Sizeof([0]int64{}),
		unsafe.Sizeof(struct {
			a byte
			b [0]int64
		}{}))
	println(unsafe.Alignof(s.c), unsafe.Alignof(s.h), unsafe.Sizeof(uintptr(0)),
		unsafe.Sizeof(unsafe.Pointer(nil)))

	// Pointer conversions: the same memory seen as another type.
	x := int64(0x1122334455667788)
	halves := (*[2]uint32)(unsafe.Pointer(&x))
	println(halves[0] == 0x55667788, halves[1] == 0x11223344)
	halves[1] = 0
	println(x)

	// Address arithmetic through uintptr within one expression, and unsafe.Add.
	arr := [5]int16{10, 20, 30, 40, 50}
	p := unsafe.Pointer(&arr[0])
	third := *(*int16)(unsafe.Pointer(uintptr(p) + 2*unsafe.Sizeof(arr[0])))
	fourth := *(*int16)(unsafe.Add(p, 6))
	println(third, fourth)
	*(*int16)(unsafe.Add(p, 8)) = -1
	println(arr[4])

	// unsafe.Slice over an array's memory shares it.
	sl := unsafe.Slice(&arr[1], 3)
	println(len(sl), cap(sl), sl[0], sl[2])
	sl[0] = 99
	println(arr[1])

	// Pointers compare and convert to and from uintptr consistently.
	q := unsafe.Pointer(&arr[2])
	println(uintptr(q)-uintptr(p) == 4, q == unsafe.Add(p, 4), unsafe.Pointer(nil) == nil)

	// A struct field through Offsetof.
	s.c = 7
	pc := (*uint16)(unsafe.Add(unsafe.Pointer(&s), unsafe.Offsetof(s.c)))
	println(*pc)
}
