package main

type Stringer interface{ String() string }

type Number interface {
	~int | ~int64
}

type MyInt int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Str[T Stringer](x T) string { return x.String() }

func Eq[T comparable](a, b T) bool { return a == b }

func Exact[T int | string]() {}

func Pair[K comparable, V any](k K, v V) {}

type List[T any] struct{ v T }

type Bad1 interface{ ~error } // ERROR "invalid use of ~ \(error is an interface\)"

type Bad2 interface{ ~MyInt } // ERROR "invalid use of ~ \(underlying type of MyInt is int\)"

type Bad3 interface{ int | ~int } // ERROR "overlapping terms ~int and int"

type Bad4 interface{ Stringer | int } // ERROR "cannot use main.Stringer in union \(main.Stringer contains methods\)"

func Ops[T any](a, b T) {
	_ = a + b  // ERROR "operator \+ not defined on a \(variable of type T constrained by any\)"
	_ = a < b  // ERROR "type parameter T is not comparable with <"
	_ = a == b // ERROR "incomparable types in type set"
}

func main() {
	_ = Sum(1, 2)
	_ = Sum[MyInt](1)
	_ = Sum("a")           // ERROR "string does not implement Number \(string missing in ~int \| ~int64\)"
	_ = Str(1)             // ERROR "int does not implement Stringer \(missing String method\)"
	_ = Eq([]int{}, nil)   // ERROR "\[\]int does not implement comparable"
}
