// A value method called through an interface holding a nil *T panics with gc's panicwrap
// text, a runtime.Error (Go's fixedbugs/issue19040.go), also for generic types.
package main

import "fmt"

type T struct{ x int }

func (T) Get() int { return 7 }

type G[E any] struct{ e E }

func (G[E]) Name() string { return "g" }

type Getter interface{ Get() int }
type Namer interface{ Name() string }

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(r, ok, err != nil)
	}()
	f()
}

func main() {
	var p *T
	var g Getter = p
	try(func() { g.Get() })
	var q *G[int]
	var n Namer = q
	try(func() { n.Name() })
}
