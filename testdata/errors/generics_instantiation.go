package main

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

func Exact[T int | string]() {}

func Pair[K comparable, V any](k K, v V) {}

type List[T any] struct{ v T }

func main() {
	Exact[MyInt]()         // ERROR "MyInt does not implement int\|string \(possibly missing ~ for int in constraint int\|string\)"
	Exact[bool]()          // ERROR "bool does not implement int\|string \(bool missing in int \| string\)"
	Pair[int, string, bool](1, "") // ERROR "got 3 type arguments but want 2"
	var _ List[int, int]   // ERROR "got 2 arguments but 1 type parameters"
	var _ List             // ERROR "cannot use generic type List\[T any\] without instantiation"
	f := Sum               // ERROR "cannot use generic function Sum without instantiation"
	_ = f
	_ = Sum(1, int64(2))
	Pair(1) // ERROR "not enough arguments in call to Pair"
	var x List[string]
	x.v = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in assignment"
}
