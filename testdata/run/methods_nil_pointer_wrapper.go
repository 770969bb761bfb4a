// Calling a value method through an interface holding a nil *T panics with a run-time
// error even when the method never reads its receiver (Go's fixedbugs/issue19040.go; gc's
// text there is panicwrap's, which this test does not print).
package main

type T int
type I interface{ F() }

func (t T) F() {}

func main() {
	defer func() {
		r := recover()
		_, ok := r.(error)
		println(r != nil, ok)
	}()
	var t *T
	var i I = t
	i.F()
}
