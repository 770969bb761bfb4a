package p

type C[P comparable, Q interface{ ~[]P }] struct{}

type A[T [2]int | []int] int

type B[T *int,] int

func G[S ~[]E, E any](s S) {}
