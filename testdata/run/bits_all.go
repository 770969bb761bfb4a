// math/bits: every function on random values of all widths (counts, rotations, reversals,
// Add/Sub/Mul/Div/Rem at 32 and 64 bits), and the run-time panics of Div64.
package main

import (
	"math/bits"
	"strconv"
)

var state uint64 = 0x1234567887654321

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func rnd() uint64 {
	r := next()
	return next() >> (r % 64)
}

var out []byte

func p(vs ...uint64) {
	for _, v := range vs {
		out = strconv.AppendUint(out, v, 16)
		out = append(out, ' ')
	}
	out = append(out, '\n')
}

func main() {
	for i := 0; i < 400; i++ {
		x, y, z := rnd(), rnd(), rnd()
		k := int(int64(next()) % 200)
		p(uint64(bits.LeadingZeros64(x)), uint64(bits.LeadingZeros32(uint32(x))), uint64(bits.LeadingZeros16(uint16(x))), uint64(bits.LeadingZeros8(uint8(x))), uint64(bits.LeadingZeros(uint(x))))
		p(uint64(bits.TrailingZeros64(x)), uint64(bits.TrailingZeros32(uint32(x))), uint64(bits.TrailingZeros16(uint16(x))), uint64(bits.TrailingZeros8(uint8(x))), uint64(bits.TrailingZeros(uint(x))))
		p(uint64(bits.OnesCount64(x)), uint64(bits.OnesCount32(uint32(x))), uint64(bits.OnesCount16(uint16(x))), uint64(bits.OnesCount8(uint8(x))), uint64(bits.Len(uint(x))), uint64(bits.Len8(uint8(x))))
		p(bits.RotateLeft64(x, k), uint64(bits.RotateLeft32(uint32(x), k)), uint64(bits.RotateLeft16(uint16(x), k)), uint64(bits.RotateLeft8(uint8(x), k)), uint64(bits.RotateLeft(uint(x), k)))
		p(bits.Reverse64(x), uint64(bits.Reverse32(uint32(x))), uint64(bits.Reverse16(uint16(x))), uint64(bits.Reverse8(uint8(x))), uint64(bits.ReverseBytes64(x)), uint64(bits.ReverseBytes32(uint32(x))), uint64(bits.ReverseBytes16(uint16(x))))
		c := next() & 1
		s, co := bits.Add64(x, y, c)
		d, bo := bits.Sub64(x, y, c)
		s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
		d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
		h, l := bits.Mul64(x, y)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		p(s, co, d, bo, uint64(s32), uint64(co32), uint64(d32), uint64(bo32), h, l, uint64(h32), uint64(l32))
		if z != 0 {
			hi := x % z
			q, r := bits.Div64(hi, y, z)
			p(q, r, bits.Rem64(x, y, z))
			if uint32(z) != 0 {
				q32, r32 := bits.Div32(uint32(hi)%uint32(z), uint32(y), uint32(z))
				p(uint64(q32), uint64(r32), uint64(bits.Rem32(uint32(x), uint32(y), uint32(z))))
			}
		}
	}
	print(string(out))
	defer func() {
		r := recover()
		println(r.(error).Error())
		_, ok := r.(interface{ RuntimeError() })
		println(ok)
		defer func() { println(recover().(error).Error()) }()
		var zero uint64
		bits.Div64(0, 1, zero)
	}()
	bits.Div64(5, 1, 3)
}
