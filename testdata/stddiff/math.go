// Command math is tools/stddiff.py's program for package math: built from this same source by
// go 1.19 (the oracle, for the same architecture: gc's results differ between amd64 and
// arm64, which fuses multiply-adds) and by ergo, run with the same arguments, the two must
// print the same lines.
//
// Usage: math SEED COUNT [FIRST]
//
// Case i (FIRST <= i < FIRST+COUNT) draws from its own generator, seeded from SEED and i, a
// function of package math and its arguments: float64 bit patterns biased to interesting
// values (±0, ±Inf, NaN, subnormals, integers, halves, values near 1 and near multiples of
// π/4, huge arguments for the trigonometric reductions), and prints the results as bit
// patterns written by this program's own code; every NaN prints as NaN (gc leaves NaN
// payloads to the hardware).
package main

import (
	"math"
	"os"
	"unsafe"
)

// rng is splitmix64: tiny, and the same sequence everywhere.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *rng) coin(percent int) bool { return r.intn(100) < percent }

var out []byte

func flush() {
	os.Stdout.Write(out)
	out = out[:0]
}

func endLine() {
	out = append(out, '\n')
	if len(out) > 1<<16 {
		flush()
	}
}

func put(s string) { out = append(out, s...) }

func putHex(v uint64, digits int) {
	for i := digits - 1; i >= 0; i-- {
		out = append(out, "0123456789abcdef"[v>>(4*uint(i))&15])
	}
}

func putInt(v int64) {
	out = append(out, ' ')
	if v < 0 {
		out = append(out, '-')
		v = -v
	}
	var b [20]byte
	i := len(b)
	u := uint64(v)
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	out = append(out, b[i:]...)
}

func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func from64(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }
func bits32(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }
func isNaN(f float64) bool    { return f != f }
func putBool(name string, b bool) {
	if b {
		out = append(out, ' ')
		out = append(out, name...)
	}
}

// putF writes a space and f's bits, or NaN.
func putF(f float64) {
	out = append(out, ' ')
	if isNaN(f) {
		out = append(out, "NaN"...)
		return
	}
	putHex(bits64(f), 16)
}

func parseArg(s string) uint64 {
	var v uint64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			os.Stderr.Write([]byte("usage: math SEED COUNT [FIRST]\n"))
			os.Exit(2)
		}
		v = v*10 + uint64(s[i]-'0')
	}
	return v
}

var specials = [...]uint64{0, 0x7ff0000000000000, 0x7ff8000000000001, 1, 0x000fffffffffffff,
	0x0010000000000000, 0x7fefffffffffffff, 0x3ff0000000000000, 0x3fe0000000000000,
	0x4000000000000000, 0x400921fb54442d18, 0x3ff921fb54442d18, 0x3fe921fb54442d18,
	0x4005bf0a8b145769, 0x3ff0000000000001, 0x3fefffffffffffff, 0x4086232bdd7abcd2,
	0x40862e42fefa39ef, 0xc0874910d52d3051, 0x41d0000000000000, 0x4330000000000000,
	0x43e0000000000000, 0x7fe0000000000000, 0x3e40000000000000, 0x3ff8000000000000}

// arg draws a float64 argument.
func arg(r *rng) float64 {
	sign := r.next() & 1 << 63
	switch r.intn(12) {
	case 0:
		return from64(r.next())
	case 1, 2:
		return from64(specials[r.intn(len(specials))] | sign)
	case 3: // small integers and halves
		return float64(r.intn(81)-40) / float64(1+r.intn(2))
	case 4: // near 1
		return from64(0x3ff0000000000000 + uint64(r.intn(2001)) - 1000)
	case 5: // near multiples of pi/4
		return float64(r.intn(200)-100)*math.Pi/4 + float64(r.intn(5)-2)*1e-15
	case 6: // huge, for the trigonometric reduction
		return from64(sign | uint64(1023+29+r.intn(900))<<52 | r.next()>>12)
	case 7: // subnormal and tiny
		return from64(sign | r.next()>>(12+r.intn(52)))
	case 8: // everyday magnitudes
		return from64(sign | uint64(1023-30+r.intn(60))<<52 | r.next()>>12)
	default: // [-20, 20]
		return (from64(0x3ff0000000000000|r.next()>>12) - 1.5) * 40
	}
}

var unary = [...]struct {
	name string
	f    func(float64) float64
}{
	{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin},
	{"Asinh", math.Asinh}, {"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt},
	{"Ceil", math.Ceil}, {"Cos", math.Cos}, {"Cosh", math.Cosh}, {"Erf", math.Erf},
	{"Erfc", math.Erfc}, {"Erfcinv", math.Erfcinv}, {"Erfinv", math.Erfinv}, {"Exp", math.Exp},
	{"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Floor", math.Floor}, {"Gamma", math.Gamma},
	{"J0", math.J0}, {"J1", math.J1}, {"Log", math.Log}, {"Log10", math.Log10},
	{"Log1p", math.Log1p}, {"Log2", math.Log2}, {"Logb", math.Logb}, {"Round", math.Round},
	{"RoundToEven", math.RoundToEven}, {"Sin", math.Sin}, {"Sinh", math.Sinh},
	{"Sqrt", math.Sqrt}, {"Tan", math.Tan}, {"Tanh", math.Tanh}, {"Trunc", math.Trunc},
	{"Y0", math.Y0}, {"Y1", math.Y1},
}

var binary = [...]struct {
	name string
	f    func(float64, float64) float64
}{
	{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim},
	{"Hypot", math.Hypot}, {"Max", math.Max}, {"Min", math.Min}, {"Mod", math.Mod},
	{"Nextafter", math.Nextafter}, {"Pow", math.Pow}, {"Remainder", math.Remainder},
}

func mathCase(r *rng) {
	x := arg(r)
	switch k := r.intn(100); {
	case k < 55:
		u := unary[r.intn(len(unary))]
		put(u.name)
		putF(x)
		put(" =>")
		putF(u.f(x))
	case k < 80:
		b := binary[r.intn(len(binary))]
		y := arg(r)
		if r.coin(20) {
			y = float64(r.intn(21) - 10) // integer exponents for Pow
		}
		put(b.name)
		putF(x)
		putF(y)
		put(" =>")
		putF(b.f(x, y))
	default:
		switch r.intn(11) {
		case 0:
			frac, exp := math.Frexp(x)
			put("Frexp")
			putF(x)
			put(" =>")
			putF(frac)
			putInt(int64(exp))
		case 1:
			e := r.intn(2300) - 1150
			put("Ldexp")
			putF(x)
			putInt(int64(e))
			put(" =>")
			putF(math.Ldexp(x, e))
		case 2:
			i, f := math.Modf(x)
			put("Modf")
			putF(x)
			put(" =>")
			putF(i)
			putF(f)
		case 3:
			l, s := math.Lgamma(x)
			put("Lgamma")
			putF(x)
			put(" =>")
			putF(l)
			putInt(int64(s))
		case 4:
			put("Ilogb")
			putF(x)
			put(" =>")
			putInt(int64(math.Ilogb(x)))
		case 5:
			n := r.intn(21) - 5
			put("Jn/Yn")
			putInt(int64(n))
			putF(x)
			put(" =>")
			putF(math.Jn(n, x))
			putF(math.Yn(n, x))
		case 6:
			y, z := arg(r), arg(r)
			put("FMA")
			putF(x)
			putF(y)
			putF(z)
			put(" =>")
			putF(math.FMA(x, y, z))
		case 7:
			s, c := math.Sincos(x)
			put("Sincos")
			putF(x)
			put(" =>")
			putF(s)
			putF(c)
		case 8:
			a, b := float32(x), float32(arg(r))
			put("Nextafter32")
			putF(float64(a))
			putF(float64(b))
			put(" =>")
			n := math.Nextafter32(a, b)
			if n != n {
				put(" NaN")
			} else {
				out = append(out, ' ')
				putHex(uint64(bits32(n)), 8)
			}
		case 9:
			e := r.intn(700) - 350
			put("Pow10")
			putInt(int64(e))
			put(" =>")
			putF(math.Pow10(e))
		default:
			put("Signbit/IsInf/IsNaN")
			putF(x)
			put(" =>")
			putBool("sign", math.Signbit(x))
			putBool("inf", math.IsInf(x, 0))
			putBool("+inf", math.IsInf(x, 1))
			putBool("-inf", math.IsInf(x, -1))
			putBool("nan", math.IsNaN(x))
		}
	}
}

func main() {
	if len(os.Args) < 3 || len(os.Args) > 4 {
		parseArg("?")
	}
	seed, count := parseArg(os.Args[1]), parseArg(os.Args[2])
	first := uint64(0)
	if len(os.Args) == 4 {
		first = parseArg(os.Args[3])
	}
	for i := first; i < first+count; i++ {
		r := rng{seed*0x2545f4914f6cdd1d ^ i}
		r.next()
		put(itoa(i))
		put(" ")
		mathCase(&r)
		endLine()
	}
	flush()
}

func itoa(v uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(b[i:])
		}
	}
}
