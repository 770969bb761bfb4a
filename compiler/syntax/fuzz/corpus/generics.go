package p

type Number interface {
	~int | ~int64 | float64
}

func Sum[T Number](xs []T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) {}

var _ = Sum[int]([]int{1})
var _ = Map[int, string]
