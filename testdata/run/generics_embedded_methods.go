// A generic type embedding another generic type: the outer instance promotes the inner
// instance's methods (B[int].get, not the generic B.get), in method tables for interfaces,
// in type assertions and in direct calls (Go's typeparam/genembed.go).
package main

import "fmt"

type A[T any] struct {
	B[T]
	name string
}

type B[T any] struct {
	val T
}

func (b *B[T]) get() T { return b.val }

func (b B[T]) show() string { return fmt.Sprint("B:", b.val) }

type getter[T any] interface {
	get() T
}

type shower interface{ show() string }

func doGet[T any](i getter[T]) T { return i.get() }

func doGet2[T any](i any) T { return i.(getter[T]).get() }

func main() {
	a := A[int]{B[int]{3}, "a"}
	var i getter[int] = &a
	fmt.Println(doGet(i), a.get(), a.show())
	as := A[string]{B: B[string]{"abc"}}
	fmt.Println(doGet2[string](&as))
	var s shower = as
	fmt.Println(s.show())
	_, ok := any(as).(getter[string]) // get has a pointer receiver
	fmt.Println(ok)
}
