package main
func f[T any, S ~[]T](s S, t T) {}
func g[M ~map[K]V, K comparable, V any](m M) {}
func main() { f(nil, 1); g(nil); f([]int{}, "a") }
