package main

// Instantiating f with a type built from its own parameter makes endless instances.

func f[T interface{ ~[]P }, P any](t T) { // ERROR "instantiation cycle"
	if t == nil {
		return
	}
	f[[]T, T]([]T{t})
}

func g[T any](n int) {
	if n > 0 {
		g[T](n - 1) // T itself: fine
	}
}

func main() {
	f[[]int](nil)
	g[int](3)
}
