// Assignments to *p and p.f check p for nil when they store (phase two), as gc does: in a
// tuple assignment the earlier targets are assigned first; p.f uses the p of phase one;
// embedded pointers on the way are loaded (and their containers checked) in phase one
// (Go's fixedbugs/issue23017.go).
package main

type P struct{ i int }

type Q struct {
	*P
	j int
}

func f(s string) int { println("f", s); return 1 }

func try(name string, fn func()) {
	defer func() { println(name, recover() != nil) }()
	fn()
}

func main() {
	try("star single", func() { var p *int; *p = f("a") })
	try("field single", func() { var p *P; p.i = f("b") })
	try("tuple", func() {
		m := map[int]int{}
		var p *int
		defer func() { println(len(m), m[2]) }()
		m[2], *p = 42, 2
	})
	try("tuple field", func() {
		m := map[int]int{}
		var p *P
		defer func() { println(len(m), m[2]) }()
		m[2], p.i = 3, f("c")
	})
	try("old p", func() {
		x := P{}
		p := &x
		p, p.i = new(P), 4
		println(x.i, p.i)
	})
	try("embedded", func() {
		q := &Q{P: &P{}}
		q.i, q.j = 5, 6
		println(q.i, q.j)
		var r *Q
		m := map[int]int{}
		defer func() { println(len(m)) }()
		m[1], r.i = 1, 2
	})
	try("embedded nil ptr", func() {
		q := &Q{}
		m := map[int]int{}
		defer func() { println(len(m)) }()
		m[1], q.i = 1, 2
	})
}
