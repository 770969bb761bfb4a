// Escape analysis keeps the semantics of Go's variables while locals stay in the frame:
// per-iteration variables whose addresses are kept, receivers returned by methods, pointers
// stored in globals and struct fields, slices of local arrays appended to and passed to
// interfaces, recursion, closures over loop variables.
package main

import "fmt"

type node struct {
	v    int
	next *node
}

type buf struct {
	b [16]byte
	n int
}

func (b *buf) add(c byte) *buf { b.b[b.n] = c; b.n++; return b }
func (b *buf) str() string  { return string(b.b[:b.n]) }
func (b *buf) write(c byte) { b.b[b.n] = c; b.n++ }

var global *int

func keep(p *int) { global = p }

func ident(p *int) *int { return p }

func sum(p *[4]int, n int) int {
	if n == 0 {
		return 0
	}
	return p[n-1] + sum(p, n-1)
}

func fill(s []int) {
	for i := range s {
		s[i] = i * i
	}
}

func mk(v int) *node { n := node{v: v}; return &n }

type T struct{ p *int }

func main() {
	// Per-iteration variables whose addresses are kept.
	var ptrs []*int
	var last *int
	for i := 0; i < 3; i++ {
		x := i * 10
		ptrs = append(ptrs, &x)
		if i == 1 {
			last = &x
		}
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], *last)
	var p *int
	for i := 0; i < 2; i++ {
		x := i + 100
		if i == 0 {
			p = &x
		} else {
			fmt.Println(*p, x)
		}
	}
	// Linked nodes from a loop.
	var head *node
	for i := 0; i < 3; i++ {
		n := node{v: i, next: head}
		head = &n
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	// Methods that keep or return the receiver.
	var b buf
	b.add('h').add('i')
	b.write('!')
	fmt.Println(b.str())
	bp := b.add('?')
	bp.write('.')
	fmt.Println(b.str(), bp.str())
	// Stored globally, returned, recursive, slices of stack arrays.
	y := 5
	keep(&y)
	y = 6
	fmt.Println(*global)
	z := 7
	q := ident(&z)
	z = 8
	fmt.Println(*q)
	arr := [4]int{1, 2, 3, 4}
	fmt.Println(sum(&arr, 4))
	var sq [5]int
	fill(sq[:])
	fmt.Println(sq[0], sq[1], sq[2], sq[3], sq[4])
	s := sq[:2]
	s = append(s, 99)
	fmt.Println(sq[2], s)
	n1, n2 := mk(1), mk(2)
	fmt.Println(n1.v, n2.v, n1 != n2)
	w := 3
	t := T{&w}
	w = 4
	fmt.Println(*t.p)
	var saved []*int
	for i := 0; i < 2; i++ {
		v := i
		tt := T{&v}
		saved = append(saved, tt.p)
	}
	fmt.Println(*saved[0], *saved[1])
	var fs []func() int
	for i := 0; i < 3; i++ {
		k := i
		fs = append(fs, func() int { return k })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
}
