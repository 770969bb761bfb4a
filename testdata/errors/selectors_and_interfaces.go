// errorcheck

// Interface satisfaction (method sets of T and *T), type assertions and type switches.
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
	var t T
	var g Getter = t
	var s Setter = t // ERROR "cannot use t \(variable of type T\) as type Setter in variable declaration:\n\tT does not implement Setter \(Set method has pointer receiver\)"
	var gs GS = &t
	var g2 Getter = U{} // ERROR "U does not implement Getter \(wrong type for Get method\)"
	var g3 Getter = 3   // ERROR "int does not implement Getter \(missing Get method\)"
	_, _, _, _, _ = g, s, gs, g2, g3
	var i interface{} = t
	_ = i.(Getter)
	_ = g.(U) // ERROR "impossible type assertion: g.\(U\)"
	_ = g.(T)
	_ = g.(*T)
	_ = s.(T)       // ERROR "impossible type assertion: s.\(T\)"
	var e error = t // ERROR "T does not implement error \(missing Error method\)"
	_ = e
	switch g.(type) {
	case U: // ERROR "impossible type switch case: U"
	case T, *T:
	}
}
