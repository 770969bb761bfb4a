package coll

import "example.com/genericspkg/util"

type Set[T comparable] struct {
	m     map[T]struct{}
	order []T
}

func New[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T) bool {
	if _, ok := s.m[x]; ok {
		return false
	}
	s.m[x] = struct{}{}
	s.order = append(s.order, x)
	return true
}

func (s *Set[T]) Items() []T { return append([]T(nil), s.order...) }

func (s *Set[T]) Len() int { return len(s.order) }

type Named[T comparable] struct {
	*Set[T]
	Name string
}

// Default is an instance made in this package.
var Default = New(1, 2, 3)

func Total[T util.Number](s *Set[T]) T { return util.Sum(s.order...) }

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func Apply[T any](xs []T, fs ...func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		for _, f := range fs {
			x = f(x)
		}
		out[i] = x
	}
	return out
}

func Adder[T util.Number](n T) func(T) T {
	return func(x T) T { return x + n }
}
