// Generic functions: explicit and inferred type arguments, constraints with type sets and
// methods, operators on type parameters, function values of instances, nested instantiation.
package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int64 | ~uint16 | ~float64
}

type Celsius float64

type Small int8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T ~int | ~string | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// Calls another generic function with its own type parameter.
func SumOfSquares[T Number](xs []T) T {
	sq := Map(xs, func(x T) T { return x * x })
	return Sum(sq...)
}

type Stringer interface{ String() string }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprint("(", p.X, ",", p.Y, ")") }

type Name string

func (n *Name) String() string { return "name:" + string(*n) }

func JoinAll[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

// A constraint with both a type set and a method.
type IntStringer interface {
	~int
	String() string
}

type Code int

func (c Code) String() string { return fmt.Sprint("code", int(c)) }

func Describe[T IntStringer](x T) string {
	return x.String() + fmt.Sprint("+", int(x)+1)
}

func Index[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Zero[T any]() T {
	var z T
	return z
}

func Pair[A, B any](a A, b B) (B, A) { return b, a }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum[int8](100, 27), Sum[uint16](65535, 2))
	fmt.Println(int(Sum(1.5, 2.25)*100), int(Sum[Celsius](10, 0.5)*10))
	fmt.Println(int(Sum[Small](1, 2) + 3))
	fmt.Println(Max(3, 7), Max("go", "c"), Max[int](-1, -2))
	fmt.Println(int(Max(2.5, 1.0) * 2))
	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint("#", i) })
	fmt.Println(strs, len(strs))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Reduce([]string{"a", "b", "c"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(SumOfSquares([]int{1, 2, 3}), SumOfSquares([]int64{4}))
	fmt.Println(JoinAll([]Point{{1, 2}, {3, 4}}, " "))
	n1, n2 := Name("a"), Name("b")
	fmt.Println(JoinAll([]*Name{&n1, &n2}, ","))
	fmt.Println(Describe(Code(41)))
	fmt.Println(Index([]string{"x", "y", "z"}, "z"), Index([]Point{{1, 1}}, Point{2, 2}))
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*Point]() == nil, Zero[[]int]() == nil)
	b, a := Pair("s", 7)
	fmt.Println(b, a)
	f := Sum[int]
	g := Max[string]
	fmt.Println(f(4, 5), g("a", "b"))
}
