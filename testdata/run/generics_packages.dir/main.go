package main

import (
	"fmt"

	"example.com/genericspkg/coll"
	"example.com/genericspkg/lib"
	"example.com/genericspkg/util"
)

type myInt int

func (m myInt) String() string { return fmt.Sprint("myInt(", int(m), ")") }

type Lener interface{ Len() int }

// The generic functions and types of other packages are instantiated here: their bodies
// reach those packages' unexported functions, globals, types and methods.
func fromLib() {
	fmt.Println(lib.Index([]int{1, 2, 3}, 2), lib.Index([]string{"a"}, "b"))
	ps := lib.Pairs([]string{"x", "y"}, []int{1, 2})
	fmt.Println(lib.Keys(ps), len(ps))
	var l lib.List[string]
	l.Push("a")
	l.Push("b")
	l.Each(func(s string) { fmt.Println(s) })
	var i Lener = l
	fmt.Println(i.Len(), lib.Counter())
	fmt.Println(lib.Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
}

func main() {
	fromLib()
	s := coll.New("a", "b", "a", "c")
	fmt.Println(s.Items(), s.Len())
	fmt.Println(coll.Default.Items(), coll.Total(coll.Default))
	println(coll.Total(coll.New(1.5, 2.5)))
	n := coll.Named[string]{coll.New("x"), "n"}
	n.Add("y")
	var z Lener = n
	fmt.Println(n.Items(), z.Len(), n.Name)
	p := coll.Pair[int, string]{1, "one"}
	q := p.Swap()
	fmt.Println(q.First, q.Second, q.Swap().First, q.Swap().Second)
	fmt.Println(coll.Apply([]int{1, 2, 3}, coll.Adder(10), func(i int) int { return i * 2 }))
	fmt.Println(util.Describe(3), util.Describe("s"), util.Describe(myInt(4)), util.Describe(2.5))
	fmt.Println(util.Sum[myInt](1, 2, 3).String())
	f := util.Sum[float64]
	println(f(0.5, 0.25))
	add := coll.New[int]().Add
	fmt.Println(add(1), add(1))
	fmt.Println(p.First, p.Second, n.Set.Len())
}
