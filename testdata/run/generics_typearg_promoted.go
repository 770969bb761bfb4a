// Generic code calling a method that the type argument has only through an embedded field:
// x.M(), T.M(x) and the method value x.M, with the method promoted from an embedded
// interface, an embedded struct and an embedded pointer (Go's typeparam/mdempsky/13.go).
package main

import "fmt"

type Mer interface{ M() string }

type base struct{ n int }

func (b base) M() string { return fmt.Sprint("base ", b.n) }

type counter struct{ n int }

func (c *counter) M() string { c.n++; return fmt.Sprint("counter ", c.n) }

type viaStruct struct{ base }

type viaPointer struct{ *counter }

func call[T Mer](t T) string {
	f := t.M
	return t.M() + " / " + T.M(t) + " / " + f()
}

type named string

func (n named) M() string { return string(n) }

func main() {
	fmt.Println(call(struct{ Mer }{named("iface")}))
	fmt.Println(call(viaStruct{base{7}}))
	fmt.Println(call(viaPointer{&counter{}}))
	fmt.Println(call(&viaStruct{base{8}}))
}
