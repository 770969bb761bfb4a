// math.FMA against the FMA instruction gc uses (amd64 with FMA, arm64): random operands of
// every magnitude, subnormals, zeros of both signs, Inf/NaN, exact and near cancellation.
package main

import (
	"math"
	"strconv"
)

var state uint64 = 0x1234

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func r() float64 {
	v := next()
	switch v % 5 {
	case 0:
		return math.Float64frombits(next())
	case 1:
		return math.Float64frombits(next()&0x800FFFFFFFFFFFFF | uint64(1023+int(v>>8)%100-50)<<52)
	case 2:
		return math.Float64frombits(next() & 0x800FFFFFFFFFFFFF)
	case 3:
		return []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64}[(v>>8)%9]
	}
	return math.Float64frombits(next()&0x800FFFFFFFFFFFFF | uint64(int(v>>8)%2046+1)<<52)
}

func main() {
	out := []byte{}
	for i := 0; i < 4000; i++ {
		x, y := r(), r()
		z := r()
		switch next() % 4 {
		case 0:
			z = -x * y
		case 1:
			z = -x*y + r()*1e-17
		}
		v := math.FMA(x, y, z)
		if v != v {
			out = append(out, "NaN\n"...)
			continue
		}
		out = strconv.AppendUint(out, math.Float64bits(v), 16)
		out = append(out, '\n')
		if len(out) > 60000 {
			print(string(out))
			out = out[:0]
		}
	}
	print(string(out))
}
