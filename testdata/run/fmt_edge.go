package main

import (
	"errors"
	"fmt"
)

type N struct{ p *int }

func (n N) String() string { return fmt.Sprint(*n.p) }

type PE struct{}

func (PE) Error() string { panic(fmt.Errorf("inner %d", 3)) }

type F struct{}

func (F) Format(s fmt.State, c rune) { panic("fmtpanic") }

type G struct{}

func (G) GoString() string { panic(G{}) }

type W struct{ s []string }

func (w *W) Write(p []byte) (int, error) {
	w.s = append(w.s, string(p))
	return len(p), nil
}

type BadW struct{}

func (BadW) Write(p []byte) (int, error) { return 1, errors.New("short") }

type Stringish string

func (s *Stringish) String() string { return "ptr-stringer" }

type Wrap struct {
	S  Stringish
	PS *Stringish
}

type R struct{ x int }

func (r R) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "[%c %d %v %d %v]", verb, w, wok, p, pok)
}

func main() {
	fmt.Println(N{})
	fmt.Printf("%v|%s|%d\n", PE{}, PE{}, PE{})
	fmt.Printf("%v|%x\n", F{}, []F{{}})
	fmt.Printf("%#v\n", G{})
	w := &W{}
	n, err := fmt.Fprintf(w, "%d-%s", 1, "a")
	fmt.Println(n, err, w.s)
	n, err = fmt.Fprintln(w, "x", 2)
	fmt.Println(n, err, len(w.s))
	n, err = fmt.Fprint(BadW{}, "abc")
	fmt.Println(n, err)
	s := Stringish("v")
	fmt.Println(s, &s, Wrap{s, &s}, []*Stringish{&s})
	fmt.Printf("%v %+08.3v %-#5x %+ d % -7q\n", R{}, R{}, R{}, R{}, R{})
	fmt.Printf("%6.2v|%-6v|%6v|%.1v\n", "hello", true, nil, []string{"abc", "de"})
	fmt.Printf("%3c|%-3c|%03c|%c\n", 'x', 'y', 'z', -1)
	fmt.Printf("%q %#q %+q %#+q\n", 'x', 'x', '☺', '\n')
	fmt.Printf("%08.3s|%-08s|%x|%X\n", "abcdef", "ab", "", []byte{})
	fmt.Printf("%5x|%-5X|%05x\n", "", []byte(nil), "a")
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, float32(2.5), 1e100, -0.0)
	fmt.Printf("%#v %#v %#v\n", uint8(3), uintptr(10), complex(1, 0))
	fmt.Printf("%v %v\n", [3]byte{1, 2, 3}, &[3]byte{4, 5, 6})
	fmt.Printf("%s %q %x\n", [3]byte{65, 66, 67}, &[2]byte{68, 69}, [2]byte{1, 2})
	type bs []byte
	type ba [2]byte
	fmt.Printf("%v %s %#v %#v %x\n", bs("hi"), bs("hi"), bs("hi"), ba{1, 2}, ba{3, 4})
	fmt.Printf("%.0f %.0f %.0f %.1f %g %g\n", 0.5, 1.5, 2.5, 0.05, 1e-320, float32(1e-45))
	fmt.Printf("%6.3v|%-10.4g|%+.3e|%10.4G\n", 12.345678, 0.000012345, -0.0, 1e-10)
	fmt.Printf("%x %X %#x %.2x %10.3x\n", 1.0, -3.5, 255.0, 1/3.0, 100.0)
	fmt.Printf("%b %b\n", 1.0, float32(0.5))
	fmt.Printf("%U %#U %#U %#U %.8U\n", -1, 0x10FFFF+1, '\t', 'é', 'x')
	fmt.Printf("%d %x %o %b\n", []int8{-1, 2}, []uint16{255}, [2]int{8, 9}, map[int]int{1: 2})
	fmt.Printf("%*s|%-*s|%*.*s\n", -4, "a", 3, "b", 5, 2, "cdef")
	fmt.Printf("%[3]*.[2]*[1]f|%[1]d|%[5]d\n", 12.0, 2, 6)
	fmt.Printf("%.[2]d|%[1]*d\n", 1, 2)
	fmt.Printf("%v\n", struct {
		a int
		B any
	}{1, struct{ c []any }{[]any{nil, 2}}})
	var e error
	var st fmt.Stringer
	fmt.Printf("%v %s %d %#v %#v\n", e, st, e, e, st)
	fmt.Println(fmt.Sprint(3, 4, "x", 5), fmt.Sprint("a", "b"), fmt.Sprint(1, nil, 2))
	type Pt struct{ X, Y int }
	m := map[Pt]string{{1, 2}: "a", {0, 5}: "b"}
	fmt.Printf("%v %+v %#v\n", m, m, m)
	mi := map[any]int{2: 1, 1: 2, 3: 0}
	fmt.Println(mi)
	mp := map[*int]int{nil: 1}
	fmt.Println(mp)
	fmt.Printf("%v %v\n", map[string]int(nil), []any{map[int]bool{}})
}
