// Every expression form: operands, composite literals, conversions, selectors, method
// expressions and values, index and slice expressions, assertions, calls, operators.
package forms

import "strings"

type T struct {
	A int
	B string
	P *T
}

func (t T) Get() int       { return t.A }
func (t *T) Set(a int)     { t.A = a }
func pair() (int, int)     { return 1, 2 }
func sum(xs ...int) int    { return len(xs) }
func Ident[X any](x X) X   { return x }
func Two[X, Y any](X, Y)   {}

func expressions(p *T, xs []int, arr [5]int, m map[string]T, i any, ch chan int) {
	// Composite literals: keyed and positional structs, arrays with [...] and indices,
	// slices, maps, nested literals with elided types, &T{...}.
	t1 := T{A: 1, B: "b"}
	t2 := T{1, "b", nil}
	t3 := &T{P: &T{}}
	a1 := [...]int{1, 2, 3}
	a2 := [5]string{2: "two", 4: "four"}
	s1 := []int{}
	s2 := [][]int{{1}, {2, 3}, nil}
	s3 := []*T{{A: 1}, {}}
	m1 := map[string]int{"a": 1, "b": 2}
	m2 := map[T][]string{{A: 1}: {"x"}, {}: nil}
	m3 := map[[2]int]T{{1, 2}: {B: "b"}}
	anon := struct {
		X, Y int
	}{1, 2}
	trailing := []int{
		1,
		2,
	}
	gen := Pair[string, int]{"k", 1}
	_, _, _, _, _, _, _, _, _, _, _, _, _, _ = t1, t2, t3, a1, a2, s1, s2, s3, m1, m2, m3, anon, trailing, gen

	// A composite literal whose type is a bare name must be parenthesised in an if, for or
	// switch header; inside call arguments, index brackets or with a [ or map type it need not be.
	if t1 == (T{}) {
	}
	if t1 == (T{A: 1}) && t1 != (T{}) {
	}
	for t1 != (T{}) {
		break
	}
	switch (T{}) {
	}
	if Ident(T{}) == t1 {
	}
	if m[(T{}).B] == t1 {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	if len(map[string]int{"a": 1}) > 0 {
	}
	if func() bool { return T{} == t1 }() {
	}

	// Conversions, including those whose type must be parenthesised.
	f := float64(1)
	bs := []byte("s")
	str := string(bs)
	ptr := (*T)(p)
	ro := (<-chan int)(ch)
	so := (chan<- int)(ch)
	fn := (func())(nil)
	fn2 := (func() int)(nil)
	u := (*[]int)(nil)
	it := interface{ Get() int }(t1)
	_, _, _, _, _, _, _, _, _, _ = f, str, ptr, ro, so, fn, fn2, u, it, []int(nil)

	// Selectors, method values and method expressions, qualified identifiers.
	_ = p.P.A
	get := t1.Get
	set := p.Set
	byValue := T.Get
	byPtr := (*T).Set
	viaPtr := (*T).Get
	iface := fmtStringer.String
	_, _, _, _, _, _ = get, set, byValue, byPtr, viaPtr, iface
	_ = strings.ToUpper

	// Index expressions and generic instantiation with one or several type arguments.
	_ = xs[0]
	_ = arr[len(arr)-1]
	_ = m["k"].A
	_ = "string"[1]
	inst := Ident[int]
	inst2 := Two[int, string]
	var lst List[int]
	var pr Pair[string, []int]
	_, _, _, _ = inst, inst2, lst, pr
	_ = Ident[[]int](nil)
	_ = Map[int, string](xs, func(int) string { return "" })

	// Slice expressions: every combination of low, high and max.
	_ = xs[:]
	_ = xs[1:]
	_ = xs[:2]
	_ = xs[1:2]
	_ = xs[1:2:3]
	_ = xs[:2:3]
	_ = arr[:]
	_ = str[1:]
	_ = (&arr)[1:2:5]

	// Type assertions, plain and comma-ok.
	n := i.(int)
	pt, ok := i.(*T)
	st := i.(interface{ String() string })
	_, _, _, _ = n, pt, ok, st

	// Calls: plain, variadic with ..., multi-value forwarding, func literals called at once.
	_ = sum()
	_ = sum(1, 2, 3)
	_ = sum(xs...)
	_ = sum(
		1,
		2,
	)
	Two(pair())
	func() {}()
	double := func(x int) int { return x * 2 }
	_ = double(func(x int) int { return x }(1))
	_ = make([]int, 0, 10)
	_ = new(T)

	// Unary and binary operators at every precedence level, parenthesised expressions.
	x, y := 1, 2
	b := true
	_ = +x
	_ = -x
	_ = !b
	_ = ^x
	_ = *p
	_ = &t1
	_ = <-ch
	_ = b || b && x == y
	_ = x != y || x < y || x <= y || x > y || x >= y
	_ = x + y - x | y ^ x
	_ = x*y/2%3<<1>>1&x&^y
	_ = (x + y) * (x - y)
	_ = -(-x)
	_ = ((x))
	_ = <-(<-chan int)(ch)
	_ = *&x
	_ = &[]int{1}[0]
}
