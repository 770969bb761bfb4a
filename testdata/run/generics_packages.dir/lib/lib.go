package lib

var counter int

type pair[K comparable, V any] struct {
	k K
	v V
}

func helper(n int) int { counter += n; return counter }

func Index[S ~[]E, E comparable](s S, v E) int {
	helper(1)
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func Pairs[K comparable, V any](ks []K, vs []V) []pair[K, V] {
	var out []pair[K, V]
	for i := range ks {
		out = append(out, pair[K, V]{ks[i], vs[i]})
	}
	return out
}

func Keys[K comparable, V any](ps []pair[K, V]) []K {
	var out []K
	for _, p := range ps {
		out = append(out, p.k)
	}
	return out
}

func Counter() int { return counter }

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.n++ }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}
func (l List[T]) Len() int { return l.n }

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, x := range s {
		out = append(out, f(x))
	}
	return out
}
