package main

type Slice[E any] []E

func Map[F, T any](s []F, f func(F) T) []T { return nil }

func First[S ~[]E, E any](s S) E { return s[0] }

func Ptr[P *Q, Q any](q Q) P { return &q }

func Same[T any](a, b T) {}

func Zero[T any]() T {
	var z T
	return z
}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func main() {
	var s Slice[int]
	var n int = First(s)
	_ = n
	var strs []string = Map([]int{1}, func(i int) string { return "" })
	_ = strs
	var p *int = Ptr[*int](1)
	_ = p
	Same(1, 2)
	Same(1, "a")         // ERROR "default type string of \x22a\x22 does not match inferred type int for T"
	Same(int32(1), "a")  // ERROR "cannot use \x22a\x22 \(untyped string constant\) as int32 value in argument to Same"
	Same(int32(1), int64(2)) // ERROR "type int64 of int64\(2\) does not match inferred type int32 for T"
	_ = Zero()           // ERROR "cannot infer T"
	_ = Keys(map[string]bool{})
	var k []int = Keys(map[string]bool{}) // ERROR "cannot use Keys\(map\[string\]bool{}\) \(value of type \[\]string\) as type \[\]int in variable declaration"
	_ = k
}
