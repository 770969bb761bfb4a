// strconv.FormatFloat and AppendFloat: every format (b e E f g G x X) and precision -1..17
// for special and boundary values in float64 and float32, then random bit patterns of every
// exponent class, subnormals included.
package main

import (
	"math"
	"strconv"
)

var out []byte

func line(s string) {
	out = append(out, s...)
	out = append(out, '\n')
	if len(out) > 1<<15 {
		print(string(out))
		out = out[:0]
	}
}

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 1e23, 123456789,
		1e21, 1e-7, 100, 0.000123, 5e-324, math.SmallestNonzeroFloat64 * 3, 0x1p-1022,
		0x1.fffffffffffffp-1023, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		math.MaxFloat32, math.SmallestNonzeroFloat32, 0x1p-126, 16777216, 3.4028234663852886e38,
		0.3, 2.0 / 3, 9.5, 0.95, 999999.5, 1e15, 1e16, 1e17, 9007199254740993, 0x1.8p-1074}
	formats := []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'}
	for _, v := range values {
		for _, bits := range []int{64, 32} {
			for _, f := range formats {
				s := string(f) + strconv.Itoa(bits) + ":"
				for prec := -1; prec <= 17; prec++ {
					s += " " + strconv.FormatFloat(v, f, prec, bits)
				}
				line(s)
			}
		}
	}
	for _, prec := range []int{20, 30, 60, 400, 1100} {
		line(strconv.FormatFloat(5e-324, 'e', prec, 64))
		line(strconv.FormatFloat(math.MaxFloat64, 'f', prec, 64))
		line(strconv.FormatFloat(0.1, 'f', prec, 64))
		line(strconv.FormatFloat(0.1, 'g', prec, 32))
		line(strconv.FormatFloat(1.0/3, 'x', prec, 64))
	}
	for i := 0; i < 3000; i++ {
		r := next()
		var v float64
		switch r % 4 {
		case 0:
			v = math.Float64frombits(next())
		case 1:
			v = math.Float64frombits(next() & 0x800FFFFFFFFFFFFF)
		case 2:
			v = float64(int64(next()) >> (r >> 58))
		default:
			v = math.Float64frombits(next()&0x800FFFFFFFFFFFFF | uint64(1023+int(r>>8)%80-40)<<52)
		}
		bits := 64
		if r&(1<<20) != 0 {
			bits = 32
		}
		f := formats[(r>>24)%8]
		prec := int((r>>32)%19) - 1
		buf := []byte("x: ")
		buf = strconv.AppendFloat(buf, v, f, prec, bits)
		buf = append(buf, ' ')
		buf = strconv.AppendFloat(buf, v, 'g', -1, bits)
		line(string(buf))
	}
	print(string(out))
}
