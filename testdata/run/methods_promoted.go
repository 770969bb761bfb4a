// Methods promoted through embedded structs, pointers and interfaces: calls, method values
// and expressions, interface satisfaction, shadowing, unnamed and local struct types.
package main

import "fmt"

type Base struct{ n int }

func (b Base) Value() int    { return b.n }
func (b *Base) Inc()         { b.n++ }
func (b Base) Pair() (int, string) { return b.n, "pair" }

type Mid struct {
	Base
	tag string
}

type Top struct {
	*Mid
	extra int
}

type Namer interface{ Name() string }

type named string

func (n named) Name() string { return string(n) }

type WithIface struct {
	Namer
	id int
}

type Incer interface {
	Inc()
	Value() int
}

type Valuer interface{ Value() int }

// Shadowing: Outer.Value is Outer's own, not Base's.
type Outer struct {
	Base
}

func (o Outer) Value() int { return -o.n }

type Deep struct{ Top }

func main() {
	m := Mid{Base{1}, "m"}
	m.Inc()
	fmt.Println(m.Value(), m.n)
	p := &m
	p.Inc()
	fmt.Println(p.Value())
	a, b := m.Pair()
	fmt.Println(a, b)

	t := Top{&m, 7}
	t.Inc()
	fmt.Println(t.Value(), m.Value())

	d := Deep{t}
	d.Inc()
	fmt.Println(d.Value(), d.Top.Mid.Base.n)

	// Method values bind the receiver now.
	f := m.Value
	m.Inc()
	fmt.Println(f(), m.Value())
	g := d.Inc
	g()
	fmt.Println(m.n)

	// Method expressions.
	fmt.Println(Mid.Value(m), (*Mid).Value(&m))
	(*Mid).Inc(&m)
	fmt.Println(m.n)
	fmt.Println(Top.Value(t), Deep.Value(d))
	Top.Inc(t)
	fmt.Println(m.n)

	// Method sets: interfaces satisfied through promotion.
	var v Valuer = m
	m.Inc()
	fmt.Println(v.Value(), m.Value())
	var i Incer = &m
	i.Inc()
	fmt.Println(i.Value())
	i = t // *Mid embedded: pointer methods are in Top's value set
	i.Inc()
	fmt.Println(i.Value(), m.n)
	i = d
	i.Inc()
	fmt.Println(i.Value())
	i = &d
	i.Inc()
	fmt.Println(i.Value())

	// Embedded interfaces.
	w := WithIface{named("gopher"), 1}
	fmt.Println(w.Name())
	var nm Namer = w
	fmt.Println(nm.Name())
	nm = &w
	fmt.Println(nm.Name())
	h := w.Name
	w.Namer = named("other")
	fmt.Println(h(), w.Name(), WithIface.Name(w))

	o := Outer{Base{5}}
	fmt.Println(o.Value(), o.Base.Value())
	v = o
	fmt.Println(v.Value())

	// Unnamed struct types with embedded fields.
	s := struct {
		Base
		x int
	}{Base{40}, 2}
	s.Inc()
	fmt.Println(s.Value())
	var vv Valuer = s
	fmt.Println(vv.Value())
	var ii Incer = &s
	ii.Inc()
	fmt.Println(ii.Value(), s.n)

	// A local type.
	type Local struct{ *Base }
	l := Local{&Base{100}}
	var li Incer = l
	li.Inc()
	fmt.Println(li.Value(), l.n)

	// Type assertions and switches find promoted methods too.
	var e any = t
	if x, ok := e.(Incer); ok {
		x.Inc()
		fmt.Println("asserted", x.Value())
	}
	switch x := e.(type) {
	case Valuer:
		fmt.Println("switch", x.Value())
	}
	var e2 any = m
	_, ok := e2.(Incer)
	fmt.Println(ok)
}
