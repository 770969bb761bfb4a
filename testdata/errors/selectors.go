// errorcheck

// Selectors through embedded fields (depth and ambiguity), automatic & and *, method values
// and method expressions.
package main

type A struct{ x int }
type B struct{ x int }
type C struct {
	A
	B
}

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(n int) { t.n = n }

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GS interface {
	Getter
	Setter
}

type U struct{}

func (U) Get() string { return "" }

func main() {
	var c C
	_ = c.x // ERROR "ambiguous selector c.x"
	_ = c.A.x
	_ = c.y // ERROR "c.y undefined \(type C has no field or method y\)"
	var t T
	f := T.Get
	h := (*T).Set
	k := T.Set // ERROR "cannot call pointer method Set on T"
	m := t.Set
	_, _, _, _ = f, h, k, m
	T{}.Set(1) // ERROR "cannot call pointer method Set on T"
	var p *T = &t
	_ = p.n
	_ = p.Get()
	pp := &p
	_ = pp.n  // ERROR "pp.n undefined \(type \*\*T has no field or method n\)"
	_ = t.get // ERROR "t.get undefined \(type T has no field or method get, but does have Get\)"
	_ = T.n   // ERROR "T.n undefined \(type T has no method n\)"
	var gs GS = &t
	_ = gs.Get() + gs.(Getter).Get()
	_ = U{}
}
