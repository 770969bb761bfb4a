// Command fmt is tools/stddiff.py's program for package fmt: built from this same source by
// go 1.19 (the oracle) and by ergo, run with the same arguments, the two must print the same
// lines.
//
// Usage: fmt SEED COUNT [FIRST]
//
// Case i (FIRST <= i < FIRST+COUNT) draws from its own generator, seeded from SEED and i.
// A case builds a few values (ints of every width, floats from random bit patterns, complex
// numbers, strings with invalid UTF-8, byte slices, bools, named types, structs, pointers to
// structs, maps, slices, arrays, nil values, Stringer, GoStringer, Formatter and error
// values, String methods that panic) and a format of random verbs, flags (+ - # 0 space),
// widths, precisions, `*` and argument indexes, and prints Sprintf's result; some cases use
// Sprint, Sprintln or Errorf, others scan random text with Sscan, Sscanln or Sscanf into
// typed targets. The line holds the case number, a description of the values written by
// this program's own code (not by fmt), the format and the result, all escaped by hand. No value prints an address: pointers are nil or point to a struct at top level.
package main

import (
	"fmt"
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

// itoa, hex and quote write the descriptions without fmt or strconv.
func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

func utoa(v uint64) string {
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

func hex(v uint64, digits int) string {
	b := make([]byte, digits)
	for i := range b {
		b[i] = "0123456789abcdef"[v>>(4*uint(digits-1-i))&15]
	}
	return string(b)
}

// quote puts s in double quotes, printable ASCII as is, every other byte as \xNN.
func quote(s string) string {
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			b = append(b, c)
		} else {
			b = append(b, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		}
	}
	return string(append(b, '"'))
}

func parseArg(s string) uint64 {
	var v uint64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			os.Stderr.Write([]byte("usage: fmt SEED COUNT [FIRST]\n"))
			os.Exit(2)
		}
		v = v*10 + uint64(s[i]-'0')
	}
	return v
}

func frombits64(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }
func frombits32(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// Named types: their names show in %T and %#v, their methods change what fmt prints.
type (
	myInt    int
	myUint8  uint8
	myString string
	myFloat  float64
	myBytes  []byte
	myBool   bool

	point struct {
		X, Y int
	}
	record struct {
		Name  string
		Age   int8
		Tags  []string
		Score float32
		Inner point
		Any   interface{}
		Ptr   *point
		M     map[string]int
		priv  uint16
	}
	embeds struct {
		point
		Label myString
	}
	stringer  struct{ V int }
	gostr     struct{ V string }
	errType   struct{ Code int }
	formatter struct{ V int }
	panicker  struct{ Msg string }
	ptrStr    struct{ V int }
	pair      [2]int8
)

func (s stringer) String() string { return "S<" + itoa(int64(s.V)) + ">" }
func (g gostr) GoString() string  { return "G(" + g.V + ")" }
func (e errType) Error() string   { return "error code " + itoa(int64(e.Code)) }
func (p panicker) String() string { panic(p.Msg) }
func (p *ptrStr) String() string  { return "ptr" + itoa(int64(p.V)) }
func (m myInt) Format(f fmt.State, c rune) {
	// Shows what State reports: flags, width, precision and the verb.
	b := []byte{'<', byte(c)}
	for _, fl := range "+-# 0" {
		if f.Flag(int(fl)) {
			b = append(b, byte(fl))
		}
	}
	if w, ok := f.Width(); ok {
		b = append(b, 'w')
		b = append(b, itoa(int64(w))...)
	}
	if p, ok := f.Precision(); ok {
		b = append(b, 'p')
		b = append(b, itoa(int64(p))...)
	}
	b = append(b, '=')
	b = append(b, itoa(int64(m))...)
	f.Write(append(b, '>'))
}
func (f formatter) Format(s fmt.State, c rune) {
	fmt.Fprintf(s, "F[%d/%c]", f.V, c)
}

// value is one argument and its description.
type value struct {
	v    interface{}
	desc string
}

// stableRune moves v off the code points that Unicode 14 and 15 assigned (Go 1.21 and later
// print them with %q, %+q and %#U, go 1.19 escapes them): a value in U+0600..U+10FFFF outside
// blocks known unchanged since Unicode 13 goes to the CJK block. Every integer of a case goes
// through it, since %c, %q and %U take any integer.
func stableRune(v int64) int64 {
	if v < 0x600 || v > 0x10ffff ||
		0x2000 <= v && v < 0x2070 || 0x2190 <= v && v < 0x2200 || 0x3040 <= v && v < 0x3100 ||
		0x4e00 <= v && v < 0x9ff0 || 0xac00 <= v && v < 0xd7a4 || 0xd800 <= v && v < 0xf900 ||
		0x1f600 <= v && v < 0x1f650 || 0xf0000 <= v {
		return v
	}
	return 0x4e00 + v%0x5100
}

func genInt(r *rng) int64 { return stableRune(anyInt(r)) }

func anyInt(r *rng) int64 {
	switch r.intn(6) {
	case 0:
		return int64(r.intn(21)) - 10
	case 1:
		return [...]int64{0, 1, -1, 1<<63 - 1, -1 << 63, 127, -128, 255, 32767, -32768, 65535,
			1<<31 - 1, -1 << 31, 1<<32 - 1, 1e9, 1e15}[r.intn(16)]
	default:
		v := int64(r.next() >> uint(r.intn(64)))
		if r.coin(50) {
			v = -v
		}
		return v
	}
}

func genFloat(r *rng) float64 {
	switch r.intn(8) {
	case 0:
		return frombits64(r.next())
	case 1:
		return frombits64([...]uint64{0, 1 << 63, 0x7ff0000000000000, 0xfff0000000000000,
			0x7ff8000000000001, 1, 0x000fffffffffffff, 0x7fefffffffffffff,
			0x3ff0000000000000}[r.intn(9)])
	case 2:
		return float64(genInt(r))
	case 3:
		return float64(r.intn(2000001)-1000000) / [...]float64{1, 10, 100, 1000, 1e4, 1e6, 8,
			1024}[r.intn(8)]
	case 4:
		return float64(frombits32(uint32(r.next())))
	default:
		return frombits64(r.next()&0x800fffffffffffff | uint64(1023-40+r.intn(80))<<52)
	}
}

func genString(r *rng) string {
	var b []byte
	n := r.intn(8)
	if r.coin(5) {
		n = 20 + r.intn(30)
	}
	for i := 0; i < n; i++ {
		switch r.intn(10) {
		case 0:
			b = append(b, [...]string{"é", "日本", "\u00a0", "\U0001F600", "\u2028", "ß",
				"\u200b", "\ufffd", "\x7f", "\t", "\n", "\\", "\"", "'", "`", "%"}[r.intn(16)]...)
		case 1:
			b = append(b, [...]byte{0xff, 0x80, 0xc3, 0xe6, 0xed, 0xf4, 0x00, 0x1b}[r.intn(8)])
		default:
			b = append(b, byte(' '+r.intn(95)))
		}
	}
	return string(b)
}

// genValue draws one argument; depth limits nesting.
func genValue(r *rng, depth int) value {
	k := r.intn(40)
	if depth > 1 && k >= 24 {
		k = r.intn(24)
	}
	switch k {
	case 0:
		v := stableRune(genInt(r))
		return value{int(v), "int(" + itoa(v) + ")"}
	case 1:
		v := int8(genInt(r))
		return value{v, "int8(" + itoa(int64(v)) + ")"}
	case 2:
		v := int16(stableRune(int64(int16(genInt(r)))))
		return value{v, "int16(" + itoa(int64(v)) + ")"}
	case 3:
		v := int32(stableRune(int64(int32(genInt(r)))))
		return value{v, "int32(" + itoa(int64(v)) + ")"}
	case 4:
		v := stableRune(genInt(r))
		return value{v, "int64(" + itoa(v) + ")"}
	case 5:
		v := uint64(stableRune(genInt(r)))
		return value{uint(v), "uint(" + utoa(v) + ")"}
	case 6:
		v := genInt(r)
		return value{uint8(v), "uint8(" + utoa(uint64(uint8(v))) + ")"}
	case 7:
		v := uint16(stableRune(int64(uint16(genInt(r)))))
		return value{v, "uint16(" + utoa(uint64(v)) + ")"}
	case 8:
		v := uint32(stableRune(int64(uint32(genInt(r)))))
		return value{v, "uint32(" + utoa(uint64(v)) + ")"}
	case 9:
		v := uint64(stableRune(genInt(r)))
		return value{v, "uint64(" + utoa(v) + ")"}
	case 10:
		v := uint64(stableRune(genInt(r)))
		return value{uintptr(v), "uintptr(" + utoa(v) + ")"}
	case 11:
		f := genFloat(r)
		return value{f, "float64(0x" + hex(*(*uint64)(unsafe.Pointer(&f)), 16) + ")"}
	case 12:
		f := float32(genFloat(r))
		return value{f, "float32(0x" + hex(uint64(*(*uint32)(unsafe.Pointer(&f))), 8) + ")"}
	case 13:
		re, im := genFloat(r), genFloat(r)
		return value{complex(re, im), "complex(0x" + hex(*(*uint64)(unsafe.Pointer(&re)), 16) +
			", 0x" + hex(*(*uint64)(unsafe.Pointer(&im)), 16) + ")"}
	case 14:
		c := complex64(complex(genFloat(r), genFloat(r)))
		re, im := real(c), imag(c)
		return value{c, "complex64(0x" + hex(uint64(*(*uint32)(unsafe.Pointer(&re))), 8) +
			", 0x" + hex(uint64(*(*uint32)(unsafe.Pointer(&im))), 8) + ")"}
	case 15, 16:
		s := genString(r)
		return value{s, "string(" + quote(s) + ")"}
	case 17:
		s := genString(r)
		if r.coin(10) {
			return value{[]byte(nil), "[]byte(nil)"}
		}
		return value{[]byte(s), "[]byte(" + quote(s) + ")"}
	case 18:
		b := r.coin(50)
		if b {
			return value{true, "true"}
		}
		return value{false, "false"}
	case 19:
		c := rune(r.intn(0x80))
		switch r.intn(4) {
		case 0:
			c = rune(r.intn(0x11000))
		case 1:
			c = rune(genInt(r))
		}
		c = rune(stableRune(int64(c)))
		return value{c, "rune(" + itoa(int64(c)) + ")"}
	case 20:
		v := stableRune(genInt(r))
		switch r.intn(5) {
		case 0:
			return value{myInt(v), "myInt(" + itoa(v) + ")"}
		case 1:
			return value{myUint8(v), "myUint8(" + utoa(uint64(uint8(v))) + ")"}
		case 2:
			s := genString(r)
			return value{myString(s), "myString(" + quote(s) + ")"}
		case 3:
			return value{myBool(v&1 == 0), "myBool(" + itoa(v&1) + "==0)"}
		default:
			s := genString(r)
			return value{myBytes(s), "myBytes(" + quote(s) + ")"}
		}
	case 21:
		v := int(genInt(r) % 1000)
		switch r.intn(6) {
		case 0:
			return value{stringer{v}, "stringer{" + itoa(int64(v)) + "}"}
		case 1:
			s := genString(r)
			return value{gostr{s}, "gostr{" + quote(s) + "}"}
		case 2:
			return value{errType{v}, "errType{" + itoa(int64(v)) + "}"}
		case 3:
			return value{formatter{v}, "formatter{" + itoa(int64(v)) + "}"}
		case 4:
			return value{panicker{"boom" + itoa(int64(v))}, "panicker{boom" + itoa(int64(v)) + "}"}
		default:
			if depth > 0 {
				return value{stringer{-v}, "stringer{" + itoa(int64(-v)) + "}"}
			}
			return value{&ptrStr{v}, "&ptrStr{" + itoa(int64(v)) + "}"}
		}
	case 22:
		switch r.intn(8) {
		case 0:
			return value{nil, "nil"}
		case 1:
			return value{(*point)(nil), "(*point)(nil)"}
		case 2:
			return value{[]int(nil), "[]int(nil)"}
		case 3:
			return value{map[string]int(nil), "map[string]int(nil)"}
		case 4:
			return value{error(nil), "error(nil)"}
		case 5:
			return value{(*ptrStr)(nil), "(*ptrStr)(nil)"}
		case 6:
			return value{(func())(nil), "func()(nil)"}
		default:
			return value{(*int)(nil), "(*int)(nil)"}
		}
	case 23:
		f := myFloat(genFloat(r))
		return value{f, "myFloat(0x" + hex(*(*uint64)(unsafe.Pointer(&f)), 16) + ")"}
	case 24, 25:
		p := point{int(genInt(r) % 1000), int(genInt(r))}
		d := "point{" + itoa(int64(p.X)) + ", " + itoa(int64(p.Y)) + "}"
		if depth == 0 && r.coin(40) {
			return value{&p, "&" + d}
		}
		return value{p, d}
	case 26:
		rec := record{Name: genString(r), Age: int8(genInt(r)), Score: float32(genFloat(r))}
		d := "record{Name: " + quote(rec.Name) + ", Age: " + itoa(int64(rec.Age)) +
			", Score: float32(genFloat)"
		if r.coin(50) {
			rec.Tags = []string{genString(r), genString(r)}
			d += ", Tags: [" + quote(rec.Tags[0]) + ", " + quote(rec.Tags[1]) + "]"
		}
		if r.coin(50) {
			a := genValue(r, depth+1)
			rec.Any = a.v
			d += ", Any: " + a.desc
		}
		if r.coin(30) {
			rec.M = map[string]int{"b": 2, "a": 1, genString(r): 3}
			d += ", M: {b:2 a:1 ...:3}"
		}
		rec.priv = uint16(stableRune(int64(r.intn(65536))))
		d += ", priv: " + itoa(int64(rec.priv)) + "}"
		if depth == 0 && r.coin(40) {
			return value{&rec, "&" + d}
		}
		return value{rec, d}
	case 27:
		e := embeds{point{r.intn(10), -r.intn(10)}, myString(genString(r))}
		return value{e, "embeds{point{" + itoa(int64(e.X)) + "," + itoa(int64(e.Y)) + "}, " +
			quote(string(e.Label)) + "}"}
	case 28:
		n := r.intn(5)
		s := make([]int, n)
		d := "[]int{"
		for i := range s {
			s[i] = int(stableRune(genInt(r) % 100000))
			d += itoa(int64(s[i])) + ","
		}
		return value{s, d + "}"}
	case 29:
		n := r.intn(4)
		s := make([]string, n)
		d := "[]string{"
		for i := range s {
			s[i] = genString(r)
			d += quote(s[i]) + ","
		}
		return value{s, d + "}"}
	case 30:
		n := r.intn(4)
		s := make([]interface{}, n)
		d := "[]interface{}{"
		for i := range s {
			a := genValue(r, depth+1)
			s[i] = a.v
			d += a.desc + ","
		}
		return value{s, d + "}"}
	case 31:
		a := [3]float64{genFloat(r), genFloat(r), float64(r.intn(10))}
		return value{a, "[3]float64{" + hex(*(*uint64)(unsafe.Pointer(&a[0])), 16) + "," +
			hex(*(*uint64)(unsafe.Pointer(&a[1])), 16) + "," + itoa(int64(a[2])) + "}"}
	case 32:
		m := map[string]int{}
		d := "map[string]int{"
		for i := r.intn(5); i > 0; i-- {
			k := genString(r)
			m[k] = i
			d += quote(k) + ":" + itoa(int64(i)) + ","
		}
		return value{m, d + "}"}
	case 33:
		m := map[int]string{}
		d := "map[int]string{"
		for i := r.intn(5); i > 0; i-- {
			k := int(genInt(r))
			m[k] = "v" + itoa(int64(i))
			d += itoa(int64(k)) + ":v" + itoa(int64(i)) + ","
		}
		return value{m, d + "}"}
	case 34:
		m := map[float64]bool{}
		d := "map[float64]bool{"
		for i := r.intn(4); i > 0; i-- {
			f := genFloat(r)
			if f != f {
				continue // NaN keys print in map order
			}
			m[f] = i&1 == 0
			d += hex(*(*uint64)(unsafe.Pointer(&f)), 16) + ","
		}
		return value{m, d + "}"}
	case 35:
		// Keys of one dynamic type: keys of different types sort by their type descriptors'
		// addresses.
		m := map[interface{}]int{}
		kind := r.intn(4)
		d := "map[interface{}]int{"
		for i := r.intn(5); i > 0; i-- {
			var k value
			switch kind {
			case 0:
				n := genInt(r) % 50
				k = value{int(n), "int(" + itoa(n) + ")"}
			case 1:
				s := genString(r)
				k = value{s, quote(s)}
			case 2:
				k = value{r.coin(50), "bool"}
			default:
				pt := point{r.intn(3), r.intn(3)}
				k = value{pt, "point{" + itoa(int64(pt.X)) + "," + itoa(int64(pt.Y)) + "}"}
			}
			m[k.v] = i
			d += k.desc + ":" + itoa(int64(i)) + ","
		}
		return value{m, d + "}"}
	case 36:
		m := map[pair]myString{}
		d := "map[pair]myString{"
		for i := r.intn(4); i > 0; i-- {
			k := pair{int8(r.intn(5)), int8(r.intn(5) - 2)}
			m[k] = myString(genString(r))
			d += "{" + itoa(int64(k[0])) + "," + itoa(int64(k[1])) + "}:" + quote(string(m[k])) + ","
		}
		return value{m, d + "}"}
	case 37:
		b := [][]byte{[]byte(genString(r)), nil, []byte("x")}
		return value{b, "[][]byte{" + quote(string(b[0])) + ", nil, \"x\"}"}
	case 38:
		s := []*point{nil}
		return value{s, "[]*point{nil}"}
	default:
		a := genValue(r, depth+1)
		v := struct {
			A interface{}
			B []error
		}{a.v, []error{errType{1}, nil}}
		return value{v, "struct{A: " + a.desc + ", B: []error{errType{1}, nil}}"}
	}
}

const verbs = "vvvvdddbboxXOcqUeEfFgGsssqtTp%xXzvw"

// genFormat draws a format with its verbs; stars counts the `*` it needs.
func genFormat(r *rng, nverbs int) (string, int) {
	var b []byte
	stars := 0
	if r.coin(20) {
		b = append(b, "a"...)
	}
	for i := 0; i < nverbs; i++ {
		b = append(b, '%')
		flags := len(b)
		for r.coin(35) {
			b = append(b, "+-# 0"[r.intn(5)])
		}
		flagEnd := len(b)
		if r.coin(3) {
			b = append(b, '[')
			b = append(b, itoa(int64(r.intn(4)))...)
			b = append(b, ']')
		}
		switch {
		case r.coin(8):
			b = append(b, '*')
			stars++
		case r.coin(40):
			b = append(b, itoa(int64(r.intn(25)))...)
		}
		if r.coin(40) {
			b = append(b, '.')
			switch {
			case r.coin(10):
				b = append(b, '*')
				stars++
			case r.coin(85):
				b = append(b, itoa(int64(r.intn(20)))...)
			}
		}
		if r.coin(2) {
			continue // a format ending in flags: %!(NOVERB)
		}
		verb := verbs[r.intn(len(verbs))]
		if verb == 'w' {
			// go 1.19 keeps # and + as they are for %w, Go 1.20 and later make them %#v and
			// %+v's: leave them out.
			for j := flags; j < flagEnd; j++ {
				if b[j] == '#' || b[j] == '+' {
					b[j] = '-'
				}
			}
		}
		b = append(b, verb)
		if r.coin(30) {
			b = append(b, " |"[r.intn(2)])
		}
	}
	return string(b), stars
}

func sprintfCase(r *rng) {
	nverbs := 1 + r.intn(3)
	format, stars := genFormat(r, nverbs)
	nargs := nverbs + stars
	if r.coin(10) {
		nargs += r.intn(3) - 1 // missing or extra arguments
	}
	args := make([]interface{}, 0, nargs)
	desc := ""
	for i := 0; i < nargs; i++ {
		var a value
		if stars > 0 && r.coin(50) {
			n := int(genInt(r) % 30)
			if r.coin(5) {
				n = 1 << 30
			}
			a = value{n, "int(" + itoa(int64(n)) + ")"}
		} else {
			a = genValue(r, 0)
		}
		args = append(args, a.v)
		desc += " " + a.desc
	}
	noPointerVerbs(args, &format)
	if r.coin(10) {
		out = append(out, "Appendf "...)
		out = append(out, quote(format)...)
		out = append(out, desc...)
		out = append(out, " => "...)
		out = append(out, quote(string(fmt.Appendf([]byte("<"), format, args...)))...)
		return
	}
	out = append(out, "Sprintf "...)
	out = append(out, quote(format)...)
	out = append(out, desc...)
	out = append(out, " => "...)
	out = append(out, quote(fmt.Sprintf(format, args...))...)
}

// noPointerVerbs rewrites %p to %v when an argument would print an address with it: a
// non-nil pointer, slice or map (other verbs print such values without addresses, as they
// only appear at top level or hold no pointers).
func noPointerVerbs(args []interface{}, format *string) {
	for _, a := range args {
		switch x := a.(type) {
		case *point:
			if x == nil {
				continue
			}
		case *record:
			if x == nil {
				continue
			}
		case *ptrStr:
			if x == nil {
				continue
			}
		case []byte:
			if x == nil {
				continue
			}
		case []int:
			if x == nil {
				continue
			}
		case map[string]int:
			if x == nil {
				continue
			}
		case myBytes, []string, []interface{}, [][]byte, []*point, map[int]string,
			map[float64]bool, map[interface{}]int, map[pair]myString:
		default:
			continue
		}
		b := []byte(*format)
		for i := range b {
			if b[i] == 'p' {
				b[i] = 'v'
			}
		}
		*format = string(b)
		return
	}
}

// oneWrap keeps the first %w of an Errorf format and makes the others %v: go 1.19 rejects a
// second %w, Go 1.20 and later wrap them all.
func oneWrap(format string) string {
	b := []byte(format)
	seen := false
	for i := range b {
		if b[i] == 'w' {
			if seen {
				b[i] = 'v'
			}
			seen = true
		}
	}
	return string(b)
}

func sprintCase(r *rng) {
	n := r.intn(4)
	args := make([]interface{}, n)
	desc := ""
	for i := range args {
		a := genValue(r, 0)
		args[i] = a.v
		desc += " " + a.desc
	}
	switch r.intn(4) {
	case 3:
		out = append(out, "Append/Appendln"...)
		out = append(out, desc...)
		out = append(out, " => "...)
		out = append(out, quote(string(fmt.Appendln(fmt.Append(nil, args...), args...)))...)
	case 0:
		out = append(out, "Sprint"...)
		out = append(out, desc...)
		out = append(out, " => "...)
		out = append(out, quote(fmt.Sprint(args...))...)
	case 1:
		out = append(out, "Sprintln"...)
		out = append(out, desc...)
		out = append(out, " => "...)
		out = append(out, quote(fmt.Sprintln(args...))...)
	default:
		format, _ := genFormat(r, n)
		format = oneWrap(format)
		noPointerVerbs(args, &format)
		err := fmt.Errorf(format, args...)
		out = append(out, "Errorf "...)
		out = append(out, quote(format)...)
		out = append(out, desc...)
		out = append(out, " => "...)
		out = append(out, quote(err.Error())...)
	}
}

// scanText draws input for the scanning functions: numbers in every base and form, words,
// quoted strings, signs, spaces and newlines.
func scanText(r *rng) string {
	var b []byte
	for n := r.intn(5); n >= 0; n-- {
		switch r.intn(9) {
		case 0:
			b = append(b, itoa(genInt(r))...)
		case 1:
			b = append(b, itoa(int64(r.intn(300))-100)...)
		case 2:
			b = append(b, [...]string{"0x1F", "0b101", "0o17", "017", "1_000", "+7", "-0",
				"1e3", "-2.5", "3.25e-2", "0x1p-2", "Inf", "nan", ".5", "1.", "true", "F",
				"TRUE", "99999999999999999999", "-129", "256", "U+0041"}[r.intn(22)]...)
		case 3:
			b = append(b, [...]string{"abc", "héllo", "\"quoted\"", "`raw`", "'x'", "\"a\\tb\"",
				"x,y", "%", "\"unterminated"}[r.intn(9)]...)
		case 4:
			b = append(b, genString(r)...)
		default:
		}
		b = append(b, [...]string{" ", " ", "  ", "\t", "\n", ",", ""}[r.intn(7)]...)
	}
	return string(b)
}

var scanFormats = [...]string{"%d", "%d %d", "%d%d", "%x", "%o", "%b", "%v", "%v %v", "%s",
	"%s %s", "%q", "%c", "%c%c", "%5d", "%3s", "%t", "%d,%d", "%f", "%g %e", "%x %X", "%d\n%d",
	" %d", "%d %s", "%s%d", "%%%d", "x%d", "%2c"}

// scanCase scans random input with Sscan, Sscanln or Sscanf into a few typed targets.
func scanCase(r *rng) {
	in := scanText(r)
	var (
		i   int
		i8  int8
		u   uint16
		f   float64
		f32 float32
		str string
		bs  []byte
		b   bool
		c   rune
		i2  int
	)
	all := []interface{}{&i, &i8, &u, &f, &f32, &str, &bs, &b, &c, &i2}
	names := "int int8 uint16 float64 float32 string []byte bool rune int"
	targets := make([]interface{}, 1+r.intn(3))
	tdesc := ""
	for k := range targets {
		j := r.intn(len(all))
		targets[k] = all[j]
		w := 0
		for x := 0; x < j; x++ {
			for names[w] != ' ' {
				w++
			}
			w++
		}
		e := w
		for e < len(names) && names[e] != ' ' {
			e++
		}
		tdesc += " *" + names[w:e]
	}
	var n int
	var err error
	switch r.intn(3) {
	case 0:
		out = append(out, "Sscan "...)
		out = append(out, quote(in)...)
		n, err = fmt.Sscan(in, targets...)
	case 1:
		out = append(out, "Sscanln "...)
		out = append(out, quote(in)...)
		n, err = fmt.Sscanln(in, targets...)
	default:
		format := scanFormats[r.intn(len(scanFormats))]
		out = append(out, "Sscanf "...)
		out = append(out, quote(in)...)
		out = append(out, ' ')
		out = append(out, quote(format)...)
		n, err = fmt.Sscanf(in, format, targets...)
	}
	out = append(out, tdesc...)
	out = append(out, " => "...)
	out = append(out, itoa(int64(n))...)
	if err != nil {
		out = append(out, ' ')
		out = append(out, quote(err.Error())...)
	}
	out = append(out, " |"...)
	out = append(out, itoa(int64(i))...)
	out = append(out, ' ')
	out = append(out, itoa(int64(i8))...)
	out = append(out, ' ')
	out = append(out, itoa(int64(u))...)
	out = append(out, " 0x"...)
	out = append(out, hex(*(*uint64)(unsafe.Pointer(&f)), 16)...)
	out = append(out, " 0x"...)
	out = append(out, hex(uint64(*(*uint32)(unsafe.Pointer(&f32))), 8)...)
	out = append(out, ' ')
	out = append(out, quote(str)...)
	out = append(out, ' ')
	out = append(out, quote(string(bs))...)
	if b {
		out = append(out, " true"...)
	}
	out = append(out, ' ')
	out = append(out, itoa(int64(c))...)
	out = append(out, ' ')
	out = append(out, itoa(int64(i2))...)
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
		out = append(out, utoa(i)...)
		out = append(out, ' ')
		switch k := r.intn(100); {
		case k < 75:
			sprintfCase(&r)
		case k < 88:
			sprintCase(&r)
		default:
			scanCase(&r)
		}
		endLine()
	}
	flush()
}
