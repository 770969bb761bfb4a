// strconv.ParseFloat (float64 and float32) of hand-picked boundary inputs, errors included,
// ParseComplex/FormatComplex, and round trips of random values in e, f, g and x formats.
package main

import (
	"strconv"
	"unsafe"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func f64(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }
func b64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

const N = 4000

var special = []string{"1e23", "8.988465674311579e307", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "2e308", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p1024", "0x.8p1025", "0X1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "inf", "-Inf", "+INFINITY", "infinit", "nan", "NaN", "-nan", "+nan", "1_000.5", "1__0", "_1", "0x_1p0", "0x1p", "0x1", "1e", "1e+", ".", ".5", "5.", "1.2.3", "", "+", "-", "0", "-0", "1e-1000000", "1e1000000", "0.000000000000000000000000000000000001e36", "3.4028235e38", "3.4028236e38", "3.40282357e38", "1.401298464324817e-45", "7e-46", "7.1e-46", "0x1.fffffep127", "0x1.ffffffp127", "123456789012345678901234567890", "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126", "0b101", "0o7", "1p5", "0x1e5", "1e5_0", "1_e5", "0.1e-9999999999999999999999"}

func main() {
	buf := make([]byte, 0, 1<<16)
	for _, s := range special {
		for _, bs := range []int{32, 64} {
			f, err := strconv.ParseFloat(s, bs)
			buf = append(buf, s...)
			buf = append(buf, ' ')
			buf = strconv.AppendUint(buf, b64(f), 16)
			if err != nil {
				buf = append(buf, ' ')
				buf = append(buf, err.Error()...)
			}
			buf = append(buf, '\n')
		}
	}
	for _, s := range []string{"1+2i", "(1+2i)", "3i", "-i", "NaN+Infi", "1e400+1i", "1++2i", "(1-2.5e3i)", "2", "1+2", "i", "+Inf-Infi", "0x1p3+0x1p-2i", "1e40+1e40i"} {
		for _, bs := range []int{64, 128} {
			c, err := strconv.ParseComplex(s, bs)
			buf = append(buf, strconv.FormatComplex(c, 'g', -1, bs)...)
			if err != nil {
				buf = append(buf, ' ')
				buf = append(buf, err.Error()...)
			}
			buf = append(buf, '\n')
		}
	}
	fmts := []byte{'e', 'f', 'g', 'x'}
	for i := 0; i < N; i++ {
		r := next()
		var v float64
		switch r % 4 {
		case 0:
			v = f64(next())
		case 1:
			v = f64(next() & 0x800FFFFFFFFFFFFF)
		case 2:
			v = float64(int64(next()) >> (r >> 58))
		default:
			v = f64(next()&0x800FFFFFFFFFFFFF | uint64(1023+int(r>>8)%80-40)<<52)
		}
		bs := 64
		if r&(1<<20) != 0 {
			bs = 32
		}
		prec := int((r>>32)%20) - 1
		f := fmts[(r>>24)%4]
		if f == 'f' && prec > 10 {
			prec = -1
		}
		s := strconv.FormatFloat(v, f, prec, bs)
		if r&(1<<40) != 0 {
			s += "1234567"
		}
		p, err := strconv.ParseFloat(s, bs)
		buf = strconv.AppendUint(buf, b64(p), 16)
		if err != nil {
			buf = append(buf, err.Error()...)
		}
		buf = append(buf, '\n')
		if len(buf) > 60000 {
			print(string(buf))
			buf = buf[:0]
		}
	}
	print(string(buf))
}
