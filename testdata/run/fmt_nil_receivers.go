// Nil pointers as operands whose types have String, Error, Format or GoString methods:
// value methods panic in the pointer wrapper before running (printed as <nil>), pointer
// methods run with the nil receiver.
package main

import (
	"errors"
	"fmt"
)

type V struct{ s string }

func (v V) String() string { return "V:" + v.s }

type P struct{ s string }

func (p *P) String() string {
	if p == nil {
		return "nil P"
	}
	return "P:" + p.s
}

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type PE struct{}

func (*PE) Error() string { return "PE ran" }

type F struct{}

func (F) Format(s fmt.State, c rune) { fmt.Fprint(s, "F ran") }

type G struct{}

func (G) GoString() string { return "G ran" }

type Inner struct{ V }

type Outer struct {
	*Inner
}

func main() {
	var v *V
	var p *P
	var e *E
	var pe *PE
	var f *F
	var g *G
	fmt.Println(v, p, e, pe, f, g)
	fmt.Printf("%v|%s|%q|%x|%d|%10v|\n", v, v, v, v, v, v)
	fmt.Printf("%v|%+v|%#v|%s\n", p, e, g, f)
	fmt.Printf("%v %v\n", []*V{nil, {"a"}}, map[string]*E{"k": nil})
	fmt.Printf("%v|%#v\n", struct{ X *V }{}, []*G{nil})
	var err error = e
	fmt.Println(err, errors.Unwrap(err) == nil)
	fmt.Println(fmt.Errorf("wrap: %w", err))
	var o *Outer
	fmt.Println(o, Outer{})
	var in *Inner
	fmt.Printf("%v %s\n", in, in)
}
