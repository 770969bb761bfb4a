// The values of the runtime's own panics are runtime.Error values: recover returns them,
// they implement error and runtime.Error, and Error() gives the report's text.
package main

import "runtime"

type T struct{ a, b int }

type I interface{ M() }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		e, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		println(name+":", isErr, isRuntime)
		if isErr {
			println("  " + e.Error())
		}
		if re, ok := r.(runtime.Error); ok {
			re.RuntimeError()
			println("  same text:", re.Error() == e.Error())
		}
	}()
	f()
}

func at(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	catch("index", func() { println(at(s, 5)) })
	catch("negative index", func() { println(at(s, -1)) })
	catch("slice", func() {
		n := 10
		println(len(s[1:n]))
	})
	catch("slice3", func() {
		i, j := 2, 1
		println(len(s[i:j]))
	})
	catch("divide", func() {
		z := 0
		println(7 / z)
	})
	catch("shift", func() {
		n := -1
		println(1 << n)
	})
	catch("nil pointer", func() {
		var p *T
		println(p.b)
	})
	catch("nil map", func() {
		var m map[string]int
		m["k"] = 1
	})
	catch("assertion", func() {
		var x interface{} = T{}
		println(x.(string))
	})
	catch("missing method", func() {
		var x interface{} = T{}
		x.(I).M()
	})
	catch("uncomparable", func() {
		var x interface{} = []int{}
		println(x == x)
	})
	catch("unhashable", func() {
		m := map[interface{}]bool{}
		m[[]int{}] = true
	})
	catch("user string", func() { panic("boom") })
	catch("user error", func() {
		var err error = myErr{}
		panic(err)
	})
}

type myErr struct{}

func (myErr) Error() string { return "mine" }
