package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Inner Point
	Ptr   *Point
	List  []int
	Map   map[string]int
	Any   any
	Err   error
	priv  float64
	Bytes []byte
	Arr   [2]bool
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Go struct{ A int }

func (g Go) GoString() string { return "Go!" }

type Fmter struct{ n int }

func (f Fmter) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "Fmter(%c,%d,%v,%d,%v,%v%v%v%v%v)", verb, w, wok, p, pok, s.Flag('-'), s.Flag('+'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
}

type Panicky struct{ msg string }

func (p *Panicky) String() string {
	if p == nil {
		panic("nil receiver")
	}
	panic(p.msg)
}

type ErrPanic struct{}

func (ErrPanic) Error() string { panic(errors.New("boom")) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type hidden struct {
	c Celsius
	C Celsius
}

type List struct {
	Val  int
	Next *List
}

type Key struct {
	A int
	B string
}

type E struct{}

type Embed struct {
	Point
	*MyErr
	E
}

func main() {
	p := Point{1, 2}
	n := Named{"n", p, nil, []int{3, 4}, map[string]int{"z": 26, "a": 1}, 7, errors.New("bad"), 1.5, []byte("hi"), [2]bool{true, false}}
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%v %+v %#v\n", &p, &p, &p)
	pp := &p
	fmt.Printf("%v %d\n", &pp == nil, []*int{nil})
	fmt.Printf("%v %s %d %x %q\n", Celsius(21.5), Celsius(-3), Celsius(4), Celsius(1), Celsius(2))
	fmt.Printf("%v %+v %#v\n", []Celsius{1, 2}, map[Celsius]Celsius{3: 4}, Celsius(5))
	fmt.Printf("%v %#v %+v\n", Go{1}, Go{2}, []Go{{3}})
	fmt.Printf("%v|%-8.3x|%+#0 d|%s\n", Fmter{1}, Fmter{2}, Fmter{3}, []Fmter{{4}})
	fmt.Printf("%v|%s|%d\n", &Panicky{"oops"}, &Panicky{"again"}, &Panicky{"int"})
	var np *Panicky
	fmt.Printf("%v|%s\n", np, np)
	fmt.Printf("%v|%s\n", ErrPanic{}, []any{ErrPanic{}})
	fmt.Println(&MyErr{3}, []error{&MyErr{4}, nil})
	fmt.Printf("%v %+v\n", hidden{1, 2}, hidden{3, 4})
	l := &List{1, &List{2, nil}}
	fmt.Printf("%v %+v %v\n", *l.Next, l.Next, l.Next.Next)
	fmt.Println(map[Key]int{{2, "b"}: 1, {1, "z"}: 2, {1, "a"}: 3})
	fmt.Println(map[float64]string{2.5: "a", -1: "b", 0: "c"})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[int8]bool{-3: true, 5: false, 0: true})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y"})
	fmt.Printf("%v %#v %T\n", map[string][]int{"k": {1}}, map[int]bool(nil), map[string]any{})
	fmt.Printf("%v %+v %#v\n", Embed{Point{1, 2}, &MyErr{5}, E{}}, Embed{}, Embed{})
	var ni any
	var ne error
	var ns []int
	var nm map[int]int
	var nf func()
	var nptr *Point
	fmt.Printf("%v %v %v %v %v %v\n", ni, ne, ns, nm, nf == nil, nptr)
	fmt.Printf("%#v %#v %#v %#v %#v\n", ni, ns, nm, nptr, []any{nil, 1, "a"})
	fmt.Printf("%d %s %v\n", ns, ns, [0]int{})
	fmt.Printf("%T %T %T %T %T %T %T %T %T %T\n", 1, "s", 1.5, p, &p, []int{}, map[string]bool{}, ni, fmt.Println, struct{ A int }{})
	fmt.Printf("%T %T %T %T %T %T\n", ne, errors.New("x"), [3]*Point{}, func(int) string { return "" }, Celsius(1), [][]map[int]*string{})
	fmt.Printf("%T %T %T %T\n", int8(1), uint16(2), complex64(1), 'x')
	fmt.Printf("%s %v %d\n", []string{"a", "b"}, [2]string{"c", "d"}, []uint8{1, 2})
	fmt.Printf("%x %X % x %q\n", []string{"ab", "cd"}, [2]byte{10, 11}, []byte{1, 2, 255}, []string{"q", "r"})
	fmt.Printf("%5v|%-5v|%05v\n", []int{1, 22}, [2]string{"a", "b"}, map[string]int{"k": 3})
	fmt.Printf("%6.2f|%x\n", []float64{1, 2.5}, map[string]int{"ab": 255})
	fmt.Printf("%v %v\n", struct{}{}, []struct{}{{}, {}})
	fmt.Printf("%v %+v %#v\n", struct {
		A any
		B error
	}{}, struct{ P *int }{}, struct{ F func() }{})
	fmt.Printf("%q %v %U %c\n", []rune("añ"), []rune("ab"), []rune("x"), []rune("yz"))
	fmt.Printf("%s|%v|%d\n", &n.Bytes, &n.Arr, &n.List)
	fmt.Printf("%t %s\n", []bool{true}, map[string]bool{"x": false})
	fmt.Printf("%v %s\n", errors.New("plain"), fmt.Errorf("wrapped: %w", errors.New("base")))
	e1 := fmt.Errorf("ctx %d: %w", 7, &MyErr{9})
	var me *MyErr
	fmt.Println(e1, errors.As(e1, &me), me.Code, errors.Unwrap(e1) == error(me))
	fmt.Println(fmt.Errorf("no wrap %v", 1), fmt.Errorf("%w", nil), fmt.Errorf("bad %w", "notanerror"))
	fmt.Println(fmt.Sprintf("%v", fmt.Errorf("x")), errors.Unwrap(fmt.Errorf("x %v", errors.New("y"))))
	fmt.Printf("%v %d\n", []any{1, "a", nil, 2.5, []int{1}}, []any{1, "a"})
	fmt.Printf("%08.3v|%+v|%x\n", 3.14159, -2, "hi")
	type Inner struct{ V any }
	fmt.Printf("%v %+v\n", Inner{(*Point)(nil)}, Inner{Inner{[]int{1}}})
	fmt.Println(fmt.Sprintln("a", 1, "b") + "end")
	b := fmt.Append([]byte("pre:"), 1, "x", 2)
	b = fmt.Appendf(b, "|%03d|", 5)
	b = fmt.Appendln(b, "ln", 6)
	fmt.Print(string(b))
}
