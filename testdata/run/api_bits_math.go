// The uint-sized math/bits functions (Add, Sub, Mul, Div, Rem, Len16/32/64, OnesCount,
// Reverse, ReverseBytes), Div's panics, math.Float32bits/Float32frombits and
// bytes.ToTitleSpecial: API the other tests reach only through their sized variants.
package main

import (
	"bytes"
	"fmt"
	"math"
	"math/bits"
	"unicode"
)

func div(hi, lo, y uint) (q, r uint, err interface{}) {
	defer func() { err = recover() }()
	q, r = bits.Div(hi, lo, y)
	return
}

func rem(hi, lo, y uint) (r uint, err interface{}) {
	defer func() { err = recover() }()
	return bits.Rem(hi, lo, y), nil
}

func main() {
	vals := []uint{0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x100, 0xdead, 0xbeef, 1 << 31, 1<<32 - 1,
		1 << 32, 0x0123456789abcdef, 1<<63 - 1, 1 << 63, math.MaxUint}
	for _, x := range vals {
		fmt.Printf("%#x: len %d %d %d %d ones %d rev %#x revbytes %#x\n", x,
			bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(uint64(x)), bits.Len(x),
			bits.OnesCount(x), bits.Reverse(x), bits.ReverseBytes(x))
		for _, y := range vals {
			for _, c := range []uint{0, 1, 2} {
				s, co := bits.Add(x, y, c)
				d, bo := bits.Sub(x, y, c)
				if c == 2 { // carry must be 0 or 1; gc's results for 2 are documented as undefined
					continue
				}
				hi, lo := bits.Mul(x, y)
				fmt.Printf("  %#x %#x %d: add %#x %d sub %#x %d mul %#x %#x\n", x, y, c, s, co, d, bo, hi, lo)
			}
			q, r, err := div(x, y, y)
			r2, err2 := rem(x, y, y)
			fmt.Printf("  div(%#x,%#x,%#x) = %#x %#x %v; rem %#x %v\n", x, y, y, q, r, err, r2, err2)
			q, r, err = div(y>>1, x, y)
			r2, err2 = rem(x, y, x|1)
			fmt.Printf("  div(%#x,%#x,%#x) = %#x %#x %v; rem(%#x) %#x %v\n", y>>1, x, y, q, r, err, x|1, r2, err2)
		}
	}
	if e, ok := func() (e interface{}, ok bool) {
		defer func() { e = recover(); _, ok = e.(error) }()
		bits.Div(1, 0, 0)
		return
	}(); true {
		fmt.Println("Div by zero:", e, ok)
	}

	for _, f := range []float32{0, float32(math.Copysign(0, -1)), 1, -1.5, 3.4028235e38,
		1.4e-45, 1e-40, float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 0.1} {
		b := math.Float32bits(f)
		fmt.Printf("%g %#08x %g\n", f, b, math.Float32frombits(b))
	}
	for _, b := range []uint32{0x7fc00000, 0x7f800001, 0xffc00001, 0x00000001, 0x80000000, 0x3f800000} {
		f := math.Float32frombits(b)
		fmt.Printf("%#08x %g %#08x\n", b, f, math.Float32bits(f))
	}

	for _, s := range []string{"", "istanbul ıi", "ǆemal ǳ ǉ", "ßtraße ﬁ", "héllo wörld"} {
		fmt.Printf("%q %q %q\n", bytes.ToTitleSpecial(unicode.TurkishCase, []byte(s)),
			bytes.ToTitleSpecial(unicode.AzeriCase, []byte(s)), bytes.ToTitle([]byte(s)))
	}
}
