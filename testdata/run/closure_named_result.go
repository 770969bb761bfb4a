package main

// A closure that captures a named result sees what `return v` stores into it, whether the
// closure is deferred directly, returned by a deferred call, or called after the return.

func direct() (x int) {
	defer func() { println("direct sees", x) }()
	return 42
}

func nested() (x int) {
	defer func() func() {
		return func() { println("nested sees", x) }
	}()()
	return 7
}

func doubled() (x int, s string) {
	defer func() {
		x *= 2
		s += "!"
	}()
	return 21, "hi"
}

func later() (f func() int, x int) {
	f = func() int { return x }
	return f, 5
}

func main() {
	println(direct())
	println(nested())
	println(doubled())
	f, x := later()
	println(f(), x)
}
