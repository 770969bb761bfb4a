// Top-level functions and function literals without captures called through func values
// whose first parameter is a pointer: the call passes the closure context the callee does
// not declare, which -O2 must not confuse with the first argument.
package main

type pair struct{ a, b int }

func get(p *int, k int) int { return *p + k }

func swap(p *pair) { p.a, p.b = p.b, p.a }

func apply(f func(*int, int) int, p *int) int { return f(p, 10) }

func main() {
	x := 5
	f := get
	println(f(&x, 2), apply(get, &x))
	mul := func(p *int, k int) int { return *p * k }
	println(mul(&x, 3), apply(mul, &x))
	pr := pair{1, 2}
	g := swap
	g(&pr)
	println(pr.a, pr.b)
	fs := []func(*pair){swap, func(p *pair) { p.a += 100 }}
	for _, h := range fs {
		h(&pr)
	}
	println(pr.a, pr.b)
}
