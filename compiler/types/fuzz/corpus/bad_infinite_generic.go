package main

type T[P any] struct {
	f *T[[]P]
}

func F[P any](n int) {
	if n > 0 {
		F[*P](n - 1)
	}
}

type E[P any] interface {
	E[P]
}

func main() {
	var t T[int]
	_ = t
	F[int](3)
}
