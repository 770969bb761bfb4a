package util

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type stringer struct{ s string }

func (s stringer) String() string { return "<" + s.s + ">" }

func Describe[T any](v T) string {
	var x any = v
	switch y := x.(type) {
	case int:
		return fmt.Sprint("int ", y)
	case string:
		return stringer{y}.String()
	case interface{ String() string }:
		return "stringer " + y.String()
	}
	return "other"
}
