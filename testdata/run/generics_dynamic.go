// Generic code meeting dynamic types: type switches on a T value (through any(x)), type
// assertions to T, interfaces as type arguments, closures capturing T values, defer and
// recover in an instance, and constraint methods with pointer receivers (*T arguments).
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Square int

func (s Square) Area() int { return int(s * s) }

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	case []T:
		return fmt.Sprint("slice of T, len ", len(v))
	case Shape:
		return fmt.Sprint("shape of area ", v.Area())
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func As[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func MustAs[T any](x any) T { return x.(T) }

func TotalArea[S Shape](shapes []S) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

// Closures that capture values and variables of type T.
func Counter[T ~int | ~float64](step T) (func() T, func()) {
	var n T
	return func() T { n += step; return n }, func() { n = 0 }
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		fmt.Println("computed", calls)
		return v
	}
}

func SafeIndex[T any](xs []T, i int) (v T, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
		}
	}()
	return xs[i], ""
}

// A constraint satisfied only through a pointer: func Reset[T any, PT interface{ *T; Reset() }].
type Resetter[T any] interface {
	*T
	Reset()
	Get() int
}

type Counter2 struct{ n int }

func (c *Counter2) Reset()   { c.n = 100 }
func (c *Counter2) Get() int { return c.n }

func NewReset[T any, PT Resetter[T]]() int {
	var v T
	p := PT(&v)
	p.Reset()
	return p.Get()
}

func Equal[T comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Kind(42))
	fmt.Println(Kind("hi"))
	fmt.Println(Kind([]int{1}))
	fmt.Println(Kind[any]([]any{1, 2}))
	fmt.Println(Kind(Rect{2, 3}))
	fmt.Println(Kind[Shape](nil))
	fmt.Println(Kind(3.5))

	n, ok := As[int](7)
	fmt.Println(n, ok)
	s, ok := As[string](7)
	fmt.Println(s == "", ok)
	sh, ok := As[Shape](Square(3))
	fmt.Println(sh.Area(), ok)
	fmt.Println(MustAs[Rect](any(Rect{1, 5})).Area())

	fmt.Println(TotalArea([]Rect{{1, 2}, {3, 4}}), TotalArea([]Shape{Square(2), Rect{1, 1}}))

	next, reset := Counter(2)
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())

	sq := Memo(func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(sq(4), sq(4), sq(5))

	v, err := SafeIndex([]string{"a"}, 0)
	fmt.Println(v, err == "")
	_, err = SafeIndex([]string{"a"}, 3)
	fmt.Println(err)

	fmt.Println(NewReset[Counter2]())

	fmt.Println(Equal(Rect{1, 2}, Rect{1, 2}), Equal("a", "b"))
}
