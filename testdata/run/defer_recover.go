// defer, panic and recover: deferred calls run last-in first-out at every return, their
// arguments are evaluated at the defer statement, they can change named results, and a
// deferred function that calls recover directly stops a panic and gets its value.
package main

import "fmt"

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer fmt.Println("last deferred, first run")
	fmt.Println("order: body done")
}

func argsNow() {
	x := 1
	defer fmt.Println("argument at defer time:", x)
	defer func() { fmt.Println("closure sees the final value:", x) }()
	x = 2
}

func double(n int) (r int) {
	defer func() { r *= 2 }()
	return n + 1
}

func triple(n int) (a, b int) {
	defer func() {
		a, b = b, a
	}()
	a = n
	b = n * 3
	return
}

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered a runtime error"
			q = -1
		}
	}()
	return a / b, ""
}

func recoverValue() (v any) {
	defer func() { v = recover() }()
	panic("the value")
}

func noPanic() any {
	defer func() {}()
	return recover()
}

func helper() any { return recover() }

func notDirect() (direct, indirect any) {
	defer func() {
		indirect = helper() // not called by the deferred function itself: nil
		direct = recover()
	}()
	panic("p")
}

func rethrow() (result string) {
	defer func() {
		result = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint(r, " (rethrown)"))
	}()
	panic("inner")
}

func panicWhilePanicking() (result string) {
	defer func() {
		result = fmt.Sprint("latest panic: ", recover())
	}()
	defer func() { panic("second") }()
	panic("first")
}

func deferRecoverBuiltin() (result string) {
	defer func() { result = fmt.Sprint("outer: ", recover()) }()
	defer recover() // recover called by defer itself does not stop the panic
	panic("through")
}

func deep(n int) int {
	if n == 0 {
		var s []int
		return s[n]
	}
	return deep(n-1) + 1
}

func catchDeep() (ok bool) {
	defer func() {
		r := recover()
		_, isString := r.(string)
		ok = r != nil && !isString
	}()
	deep(100)
	return false
}

func show(prefix string, xs ...int) { fmt.Println(prefix, xs) }

func deferredValues() {
	f := show
	defer f("func value with arguments:", 1, 2)
	defer show("variadic:", 3)
	defer println("deferred println", 4, true)
	g := func(s string) { fmt.Println("literal with argument:", s) }
	defer g("evaluated now")
}

func inClosure() {
	func() {
		defer fmt.Println("closure's defer runs when the closure returns")
	}()
	fmt.Println("after the closure")
}

func recoverTwice() (first, second any) {
	defer func() {
		first = recover()
		second = recover()
	}()
	panic("once")
}

func main() {
	order()
	argsNow()
	fmt.Println("double:", double(4))
	fmt.Println("triple:", fmt.Sprint(triple(5)))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println("recover value:", recoverValue())
	fmt.Println("no panic:", noPanic())
	fmt.Println(notDirect())
	fmt.Println(rethrow())
	fmt.Println(panicWhilePanicking())
	fmt.Println(deferRecoverBuiltin())
	fmt.Println("deep runtime error recovered:", catchDeep())
	deferredValues()
	inClosure()
	fmt.Println(recoverTwice())
	fmt.Println("main done")
}
