// Slices converted to array pointers share the slice's array; a short slice panics.
package main

import "fmt"

type Block [4]byte
type PBlock *[4]byte
type Bytes []byte

func main() {
	s := make([]byte, 8, 10)
	for i := range s {
		s[i] = byte(i)
	}
	p := (*[8]byte)(s)
	fmt.Println(&p[0] == &s[0], len(p), p[7])
	p[3] = 99
	fmt.Println(s[3])

	// A shorter array over a prefix, and one past a reslice.
	q := (*[2]byte)(s[5:])
	q[1] = 42
	fmt.Println(s[6], len(q))

	// Named array and pointer types, and a named slice type.
	b := (*Block)(Bytes(s))
	fmt.Println(b[0], b[3])
	var pb PBlock = PBlock(s[4:])
	fmt.Println(pb[0])

	// Zero-length arrays: nil for a nil slice, non-nil for an empty one.
	var n []byte
	fmt.Println((*[0]byte)(n) == nil, (*[0]byte)(s[:0]) != nil, (*[0]byte)(s[8:]) != nil)

	// Elements of other types.
	ints := []int{1, 2, 3}
	ip := (*[3]int)(ints)
	ip[2] = 30
	fmt.Println(ints[2])
	strs := []string{"a", "b"}
	fmt.Println((*[2]string)(strs)[1])

	// The conversion is checked when it happens.
	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	_ = (*[9]byte)(s)
	fmt.Println("unreachable")
}
