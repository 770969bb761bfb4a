package main

import "fmt"

type Celsius int

func (c Celsius) String() string       { return fmt.Sprint(int(c), "C") }
func (c Celsius) Warmer(d int) Celsius { return c + Celsius(d) }

type Names []string

func (n Names) Len() int            { return len(n) }
func (n Names) At(i int) string     { return n[i] }
func (n Names) Pair() (string, int) { return n[0], len(n) }

type Stringer interface{ String() string }

type Lener interface{ Len() int }

type Both interface {
	Stringer
	Len() int
}

type BothImpl []int

func (b BothImpl) String() string { return fmt.Sprint("both", len(b)) }
func (b BothImpl) Len() int       { return len(b) }

type MyErr string

func (e MyErr) Error() string { return "myerr: " + string(e) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return MyErr("not found")
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case Both:
		return "Both " + v.String()
	case Stringer:
		return "Stringer " + v.String()
	case Lener:
		return fmt.Sprint("Lener ", v.Len())
	case error:
		return "error " + v.Error()
	default:
		return "other"
	}
}

func main() {
	c := Celsius(20)
	fmt.Println(c.String(), c.Warmer(5).String())
	var s Stringer = c
	fmt.Println(s.String())
	s = c.Warmer(1)
	fmt.Println(s.String())

	names := Names{"a", "b", "c"}
	var l Lener = names
	fmt.Println(l.Len(), names.At(1))
	first, count := names.Pair()
	fmt.Println(first, count)

	// Method values and expressions.
	f := c.Warmer
	c = 100
	fmt.Println(f(2).String())
	g := Celsius.Warmer
	fmt.Println(g(1, 1).String())
	h := s.String
	fmt.Println(h())

	// Conversions between interfaces, assertions to interfaces.
	var b Both = BothImpl{1, 2}
	s = b
	fmt.Println(s.String())
	var e interface{} = b
	if l2, ok := e.(Lener); ok {
		fmt.Println("lener", l2.Len())
	}
	if _, ok := e.(error); !ok {
		fmt.Println("not an error")
	}
	l = e.(Lener)
	fmt.Println(l.Len())
	if bb, ok := s.(BothImpl); ok {
		fmt.Println("BothImpl", len(bb))
	}
	var s2 Stringer = Celsius(20)
	fmt.Println(s2 == Celsius(20), s2 != nil, s2 == s)

	fmt.Println(describe(b), describe(c), describe(names), describe(MyErr("x")), describe(3))

	if err := find(true); err == nil {
		fmt.Println("found")
	}
	err := find(false)
	fmt.Println(err.Error())
	if me, ok := err.(MyErr); ok {
		fmt.Println(string(me))
	}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r.(error).Error())
	}()
	panic(err)
}
