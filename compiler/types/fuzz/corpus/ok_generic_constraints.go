package main

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Setter[T any] interface {
	*T
	Set(string)
}

type S struct{ v string }

func (s *S) Set(v string) { s.v = v }

func FromStrings[T any, PT Setter[T]](xs []string) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		PT(&out[i]).Set(x)
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	_ = Max(1, 2.5)
	_ = FromStrings[S]([]string{"a"})
	_ = Keys(map[string]int{})
}
