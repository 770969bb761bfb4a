package main

func Sum[T int | float64](xs ...T) T { return 0 }

type G[T any] struct{ v T }

func Bad[T any](a, b T) bool { return a == b }

func Infer[T any]() T { var z T; return z }

func main() {
	_ = Sum("a")
	var g G
	_ = g
	_ = G[int, string]{}
	_ = Infer()
	_ = Sum[int, int](1)
}
