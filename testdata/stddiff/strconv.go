// Command strconv is tools/stddiff.py's program for package strconv: built from this same
// source by go 1.19 (the oracle) and by ergo, run with the same arguments, the two must print
// the same lines.
//
// Usage: strconv SEED COUNT [FIRST]
//
// Case i (FIRST <= i < FIRST+COUNT, FIRST 0 by default) draws its inputs from its own
// generator, seeded from SEED and i, so that one case can be rerun alone. Each case prints
// one line: its number, its inputs and the results. Most cases format a float64 or float32
// (random 64-bit patterns biased to interesting values: every exponent, subnormals, ±0, Inf,
// NaN, short decimals, ties) with FormatFloat in the formats e E f g G b x X and precisions
// -1 to 17 (sometimes more), then parse the result back with ParseFloat; the others parse
// mutated or hand-built float strings, format and parse integers, or quote and unquote
// text. The program prints through its own hexadecimal and escaping code, so that a broken
// strconv cannot hide what it was given.
package main

import (
	"os"
	"strconv"
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

// out collects the output; flushed when large and at exit.
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

func putHex(v uint64, digits int) {
	for i := digits - 1; i >= 0; i-- {
		out = append(out, "0123456789abcdef"[v>>(4*uint(i))&15])
	}
}

func putInt(v int64) {
	if v < 0 {
		out = append(out, '-')
		putUint(uint64(-v))
		return
	}
	putUint(uint64(v))
}

func putUint(v uint64) {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	out = append(out, b[i:]...)
}

// putQuoted writes s in double quotes, printable ASCII as is, every other byte as \xNN.
func putQuoted(s string) {
	out = append(out, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			out = append(out, c)
		} else {
			out = append(out, '\\', 'x')
			putHex(uint64(c), 2)
		}
	}
	out = append(out, '"')
}

func putErr(err error) {
	if err == nil {
		out = append(out, "<nil>"...)
		return
	}
	putQuoted(err.Error())
}

func parseArg(s string) uint64 {
	var v uint64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			os.Stderr.Write([]byte("usage: strconv SEED COUNT [FIRST]\n"))
			os.Exit(2)
		}
		v = v*10 + uint64(s[i]-'0')
	}
	return v
}

var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// special64 are float64 bit patterns worth hitting often: zeros, infinities, NaNs, the ends of
// the subnormal and normal ranges, and values whose shortest form is hard.
var special64 = [...]uint64{
	0, 0x7ff0000000000000, 0x7ff8000000000001, 0x7ff8000000000000, 0x7ff0000000000001,
	0x7fffffffffffffff, 1, 2, 3, 0x000fffffffffffff, 0x0010000000000000, 0x0010000000000001,
	0x7fefffffffffffff, 0x7feffffffffffffe, 0x3ff0000000000000, 0x3fefffffffffffff,
	0x3ff0000000000001, 0x3fb999999999999a, 0x3fd5555555555555, 0x44b52d02c7e14af6, // 1e23
	0x4340000000000000, 0x433fffffffffffff, 0x0000000000000400, 0x4330000000000001,
	0x3e112e0be826d695, 0x54b249ad2594c37d, 0x0008000000000000, 0x3ff8000000000000,
}

var special32 = [...]uint32{
	0, 0x7f800000, 0x7fc00000, 0x7f800001, 1, 2, 0x007fffff, 0x00800000, 0x7f7fffff,
	0x3f800000, 0x3f7fffff, 0x3dcccccd, 0x4b800000, 0x4b7fffff, 0x4c000001, 0x5f800000,
}

// gen64 draws a float64 bit pattern.
func gen64(r *rng) uint64 {
	sign := r.next() & 1 << 63
	switch r.intn(11) {
	case 0, 1: // uniform bits: every exponent alike
		return r.next()
	case 2:
		return special64[r.intn(len(special64))] | sign
	case 3: // subnormal
		return sign | r.next()>>(12+r.intn(52))
	case 4: // few mantissa bits: short binary values, ties when rounding decimals
		k := uint(r.intn(53))
		mant := (r.next() >> 12) >> (52 - k) << (52 - k)
		return sign | uint64(r.intn(2047))<<52 | mant
	case 5: // integers
		f := float64(r.next() >> (11 + r.intn(53)))
		return sign | float64bits(f)
	case 6: // short decimals n·10^±k, rounded once
		n := float64(r.next() >> (11 + r.intn(53)))
		k := r.intn(len(pow10))
		if r.coin(50) {
			return sign | float64bits(n/pow10[k])
		}
		return sign | float64bits(n*pow10[k])
	case 7: // a neighbour of a short decimal or of a special
		var b uint64
		if r.coin(50) {
			b = float64bits(float64(r.intn(100000)) / pow10[r.intn(len(pow10))])
		} else {
			b = special64[r.intn(len(special64))]
		}
		return sign | (b + uint64(r.intn(7)) - 3)
	case 8: // extreme exponents
		e := uint64(r.intn(64))
		if r.coin(50) {
			e = 2046 - e
		}
		return sign | e<<52 | r.next()>>(12+r.intn(40))<<r.intn(12)&(1<<52-1)
	case 9: // mantissa at a power-of-two boundary (asymmetric neighbours)
		m := uint64(0)
		if r.coin(50) {
			m = 1<<52 - 1 - uint64(r.intn(3))
		} else {
			m = uint64(r.intn(3))
		}
		return sign | uint64(r.intn(2047))<<52 | m
	default: // everyday magnitudes
		return sign | uint64(1023-80+r.intn(160))<<52 | r.next()>>12
	}
}

// gen32 draws a float32 bit pattern, with gen64's biases.
func gen32(r *rng) uint32 {
	sign := uint32(r.next()&1) << 31
	switch r.intn(9) {
	case 0, 1:
		return uint32(r.next())
	case 2:
		return special32[r.intn(len(special32))] | sign
	case 3:
		return sign | uint32(r.next()>>(41+r.intn(23)))
	case 4:
		k := uint(r.intn(24))
		mant := uint32(r.next()>>41) >> (23 - k) << (23 - k)
		return sign | uint32(r.intn(255))<<23 | mant
	case 5:
		f := float32(r.next() >> (40 + r.intn(24)))
		return sign | float32bits(f)
	case 6:
		n := float32(r.next() >> (40 + r.intn(24)))
		k := r.intn(11)
		if r.coin(50) {
			return sign | float32bits(n/float32(pow10[k]))
		}
		return sign | float32bits(n*float32(pow10[k]))
	case 7:
		b := special32[r.intn(len(special32))]
		return sign | (b + uint32(r.intn(7)) - 3)
	default:
		return sign | uint32(127-30+r.intn(60))<<23 | uint32(r.next()>>41)
	}
}

// The bit conversions use unsafe rather than package math, which is not under test here.
func float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }
func frombits64(b uint64) float64  { return *(*float64)(unsafe.Pointer(&b)) }
func frombits32(b uint32) float32  { return *(*float32)(unsafe.Pointer(&b)) }

const formats = "eEfgGbxX"

func formatCase(r *rng) {
	bits := 64
	var f float64
	if r.coin(30) {
		bits = 32
		b := gen32(r)
		f = float64(frombits32(b))
		out = append(out, "f32 "...)
		putHex(uint64(b), 8)
	} else {
		b := gen64(r)
		f = frombits64(b)
		out = append(out, "f64 "...)
		putHex(b, 16)
	}
	fmtc := formats[r.intn(len(formats))]
	if r.coin(1) {
		fmtc = "Fzd"[r.intn(3)] // not a format: FormatFloat writes %c
	}
	prec := -1
	if !r.coin(30) {
		prec = r.intn(18)
		if r.coin(5) {
			prec = r.intn(60)
		}
	}
	out = append(out, ' ', fmtc, ' ')
	putInt(int64(prec))
	var s string
	if r.coin(10) {
		a := strconv.AppendFloat([]byte("<"), f, fmtc, prec, bits)
		out = append(out, " append => "...)
		putQuoted(string(a))
		s = string(a[1:])
	} else {
		s = strconv.FormatFloat(f, fmtc, prec, bits)
		out = append(out, " => "...)
		putQuoted(s)
	}
	v, err := strconv.ParseFloat(s, bits)
	out = append(out, " parse "...)
	putHex(float64bits(v), 16)
	out = append(out, ' ')
	putErr(err)
}

// floatText builds a float literal, often malformed: digits, dots, exponents, hexadecimal
// mantissas, underscores, signs, infinities and NaNs in any case, stray bytes.
func floatText(r *rng) string {
	var b []byte
	if r.coin(30) {
		b = append(b, "+-"[r.intn(2)])
	}
	switch r.intn(12) {
	case 0:
		words := [...]string{"inf", "Inf", "INF", "infinity", "Infinity", "INFINITY", "nan",
			"NaN", "NAN", "infinit", "infinityx", "in", "na", "nan1", "", ".", "e", "p", "0x",
			"0x.", "0x1p", "0x1.p", "0xp1", "1e", "1e+", "1e-", ".e1", "0b1", "0o7", "0_1"}
		return string(append(b, words[r.intn(len(words))]...))
	case 1, 2, 3: // hexadecimal
		b = append(b, '0', "xX"[r.intn(2)])
		b = appendDigits(r, b, "0123456789abcdefABCDEF_", r.intn(20))
		if r.coin(50) {
			b = append(b, '.')
			b = appendDigits(r, b, "0123456789abcdef", r.intn(20))
		}
		if !r.coin(10) {
			b = append(b, "pP"[r.intn(2)])
			if r.coin(50) {
				b = append(b, "+-"[r.intn(2)])
			}
			b = appendDigits(r, b, "0123456789", 1+r.intn(4))
		}
	default: // decimal
		digits := "0123456789"
		if r.coin(10) {
			digits = "0123456789_"
		}
		n := r.intn(25)
		if r.coin(5) {
			n = 700 + r.intn(200) // past every fast path
		}
		if r.coin(20) {
			b = append(b, '0', '0')
		}
		b = appendDigits(r, b, digits, n)
		if r.coin(60) {
			b = append(b, '.')
			b = appendDigits(r, b, digits, r.intn(25))
		}
		if r.coin(60) {
			b = append(b, "eE"[r.intn(2)])
			if r.coin(60) {
				b = append(b, "+-"[r.intn(2)])
			}
			e := r.intn(30)
			if r.coin(50) {
				e = 280 + r.intn(80)
			} else if r.coin(5) {
				e = r.intn(100000)
			}
			b = appendUint(b, uint64(e))
		}
	}
	if r.coin(3) {
		b = append(b, " x\x00é"[r.intn(5)])
	}
	return string(b)
}

func appendDigits(r *rng, b []byte, set string, n int) []byte {
	for i := 0; i < n; i++ {
		b = append(b, set[r.intn(len(set))])
	}
	return b
}

func appendUint(b []byte, v uint64) []byte {
	save := out
	out = nil
	putUint(v)
	b = append(b, out...)
	out = save
	return b
}

// mutate changes a formatted float a little: one byte replaced, dropped or doubled, a digit
// appended, the exponent pushed, a sign or underscore added.
func mutate(r *rng, s string) string {
	b := []byte(s)
	if len(b) == 0 {
		return "0"
	}
	i := r.intn(len(b))
	switch r.intn(6) {
	case 0:
		b[i] = "0123456789.eEpx+-_"[r.intn(18)]
	case 1:
		b = append(b[:i], b[i+1:]...)
	case 2:
		b = append(b[:i+1], b[i:]...)
	case 3:
		b = appendDigits(r, b, "0123456789", 1+r.intn(20))
	case 4:
		b = append(b, "e+300e-300e99p+1"[r.intn(4)*4:][:4]...)
	default:
		b = append([]byte{"+-_0"[r.intn(4)]}, b...)
	}
	return string(b)
}

func parseCase(r *rng) {
	var s string
	if r.coin(50) {
		s = floatText(r)
	} else {
		var f float64
		if r.coin(30) {
			f = float64(frombits32(gen32(r)))
		} else {
			f = frombits64(gen64(r))
		}
		fmtc := formats[r.intn(len(formats))]
		s = mutate(r, strconv.FormatFloat(f, fmtc, r.intn(19)-1, 64))
	}
	out = append(out, "parse "...)
	putQuoted(s)
	for _, bits := range [...]int{64, 32} {
		v, err := strconv.ParseFloat(s, bits)
		out = append(out, " => "...)
		putHex(float64bits(v), 16)
		out = append(out, ' ')
		putErr(err)
	}
}

// intCase formats integers in every base and parses integer text, often malformed.
func intCase(r *rng) {
	v := int64(r.next() >> uint(r.intn(64)))
	if r.coin(50) {
		v = -v
	}
	if r.coin(10) {
		v = [...]int64{0, 1, -1, 1<<63 - 1, -1 << 63, 127, -128, 255, 1<<31 - 1, -1 << 31}[r.intn(10)]
	}
	base := 2 + r.intn(35)
	out = append(out, "int "...)
	putInt(v)
	out = append(out, ' ')
	putInt(int64(base))
	out = append(out, " => "...)
	putQuoted(strconv.FormatInt(v, base))
	out = append(out, ' ')
	putQuoted(strconv.FormatUint(uint64(v), base))
	out = append(out, ' ')
	putQuoted(strconv.Itoa(int(v)))
	// Parse a mutated rendering in a random base and size.
	s := strconv.FormatInt(v, base)
	if r.coin(40) {
		s = mutate(r, s)
	}
	if r.coin(20) {
		s = [...]string{"0x", "0X", "0b", "0o", "0", "0_"}[r.intn(6)] + s
	}
	pbase := [...]int{0, 0, 2, 8, 10, 16, 36, 1, 37, base}[r.intn(10)]
	size := [...]int{0, 8, 16, 32, 64, 65}[r.intn(6)]
	out = append(out, " parse "...)
	putQuoted(s)
	out = append(out, ' ')
	putInt(int64(pbase))
	out = append(out, ' ')
	putInt(int64(size))
	iv, err := strconv.ParseInt(s, pbase, size)
	out = append(out, " => "...)
	putInt(iv)
	out = append(out, ' ')
	putErr(err)
	uv, err := strconv.ParseUint(s, pbase, size)
	out = append(out, ' ')
	putUint(uv)
	out = append(out, ' ')
	putErr(err)
	av, err := strconv.Atoi(s)
	out = append(out, ' ')
	putInt(int64(av))
	out = append(out, ' ')
	putErr(err)
}

// quoteText draws a string for the quoting functions: ASCII, escapes' letters, quotes and
// backslashes, invalid bytes, and code points whose printability Unicode 14 and 15 did not
// change (go 1.19 has Unicode 13's tables, Go 1.21 and later 15's).
func quoteText(r *rng) string {
	var b []byte
	for n := r.intn(12); n > 0; n-- {
		switch r.intn(8) {
		case 0:
			const esc = "\\\"'`\a\b\f\n\r\t\v\x00\x7f"
			b = append(b, esc[r.intn(len(esc))])
		case 1:
			b = append(b, "\xff\x80\xc3\xed\xf4\xe2\x80"[r.intn(7)])
		case 2:
			c := [...]rune{0xa0, 0xad, 0x2028, 0xfeff, 0xfffd, 0x10ffff, 0xe000, 0x1f600, 0x4e16,
				0x3000, 0x200b, 0x85, 0x9f, 0x378, 0xe9, 0x1d11e, 0xf0000}[r.intn(17)]
			b = append(b, string(c)...)
		case 3:
			b = append(b, string(rune(0x80+r.intn(0x580)))...)
		case 4:
			if r.coin(20) {
				const after = "abfnrtvx01234567uU'\"\\z"
				b = append(b, '\\', after[r.intn(len(after))])
			}
		default:
			b = append(b, byte(' '+r.intn(95)))
		}
	}
	return string(b)
}

// quoteCase quotes random text every way and unquotes it back; also unquotes mangled literals.
func quoteCase(r *rng) {
	s := quoteText(r)
	out = append(out, "quote "...)
	putQuoted(s)
	out = append(out, " => "...)
	putQuoted(strconv.Quote(s))
	out = append(out, ' ')
	putQuoted(strconv.QuoteToASCII(s))
	out = append(out, ' ')
	putQuoted(strconv.QuoteToGraphic(s))
	if strconv.CanBackquote(s) {
		out = append(out, " canbq"...)
	}
	var c rune
	for _, c = range s {
		break
	}
	out = append(out, ' ')
	putQuoted(strconv.QuoteRune(c))
	out = append(out, ' ')
	putQuoted(strconv.QuoteRuneToASCII(c))
	if strconv.IsPrint(c) {
		out = append(out, " print"...)
	}
	if strconv.IsGraphic(c) {
		out = append(out, " graphic"...)
	}
	lit := s
	switch r.intn(4) {
	case 0:
		lit = strconv.Quote(s)
	case 1:
		lit = "`" + s + "`"
	case 2:
		lit = "'" + s + "'"
	default:
		lit = "\"" + s + "\""
	}
	u, err := strconv.Unquote(lit)
	out = append(out, " unquote "...)
	putQuoted(u)
	out = append(out, ' ')
	putErr(err)
	v, mb, tail, err := strconv.UnquoteChar(s, "'\""[r.intn(2)])
	out = append(out, " char "...)
	putInt(int64(v))
	if mb {
		out = append(out, " mb"...)
	}
	out = append(out, ' ')
	putQuoted(tail)
	out = append(out, ' ')
	putErr(err)
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
		putUint(i)
		out = append(out, ' ')
		switch k := r.intn(100); {
		case k < 70:
			formatCase(&r)
		case k < 86:
			parseCase(&r)
		case k < 94:
			intCase(&r)
		default:
			quoteCase(&r)
		}
		endLine()
	}
	flush()
}
