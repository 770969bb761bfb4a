// Every type form, type parameters and constraints, generic instantiation.
package forms

import (
	"io"
	"unsafe"
)

type (
	// Names, qualified names, arrays, slices, pointers, maps.
	Named     int
	Qualified io.Reader
	Array     [4]byte
	ArrayExpr [2 * unsafe.Sizeof(0)]int
	Slice     []string
	Pointer   *Named
	PtrPtr    **int
	MapOf     map[string]map[int]bool

	// Channels in every direction, with the <- association the spec gives.
	Chan        chan int
	SendOnly    chan<- int
	RecvOnly    <-chan int
	SendOfChan  chan<- chan int
	ChanOfRecv  chan (<-chan int)
	RecvOfRecv  <-chan <-chan int
	ChanOfSend  chan<- <-chan int

	// Function types: none, unnamed, named, grouped, variadic, several results.
	Thunk    func()
	Unnamed  func(int, string) bool
	NamedFn  func(a, b int, s string) (ok bool, err error)
	Variadic func(string, ...any) (int, error)
	FnOfFn   func(func(int) int) func() int

	// Structs: empty, grouped fields, embedded fields of every kind, tags.
	Empty  struct{}
	Fields struct {
		a, b int
		c    string `json:"c,omitempty"`
		d    []byte "interpreted tag"
		_    [4]byte
	}
	Embeds struct {
		Named
		*Empty
		io.Writer
		*io.PipeReader
		List[int]
		*Pair[string, int]
		Fields `embedded:"tag"`
	}

	// Interfaces: empty, methods, embedded interfaces.
	EmptyIface interface{}
	Methods    interface {
		M()
		N(int) (string, error)
	}
	EmbedIface interface {
		Methods
		io.Closer
		Extra(...int)
	}
)

// Constraint interfaces: ~T, unions, comparable, any, methods mixed with type sets.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Number interface {
	Integer | Unsigned | ~float32 | ~float64
}

type Stringish interface {
	~string | []byte
	comparable
	Len() int
}

type Exact interface{ int }

type AnyAlias = any

// Type parameter lists: shared constraints, inline constraints, ~T and unions without
// interface, a pointer constraint (needing interface{} or a trailing comma), self reference.
func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Index[S ~[]E, E comparable](s S, v E) int { return -1 }
func Either[T int | string](t T) T            { return t }
func Tilde[T ~int](t T) T                     { return t }
func Inline[T interface{ ~int; String() string }](t T) string { return t.String() }
func WithPointer[T any, PT interface{ *T }](p PT) {}

type PtrParam[P *Named,] struct{ p P }
type PtrIface[P interface{ *Named }] struct{ p P }
type Union[T int | float64] []T
type Ordered[T interface{ ~int | ~string }] map[T]T
type Vec[T any] []T
type Self[T interface{ Cmp(T) int }] struct{}
type Nested[T any] struct{ v Vec[Vec[T]] }
type FuncOf[In, Out any] func(In) Out
type ChanOf[T any] chan T
type GenIface[T any] interface{ Get() T }

func (v Vec[T]) Len() int { return len(v) }

// Instantiation: explicit, partial, inferred, of types and of functions, nested.
func instantiation() {
	_ = Sum[int](1, 2)
	_ = Sum(1.5, 2.5)
	_ = Index[[]int, int]([]int{1}, 1)
	_ = Index[[]string]([]string{"a"}, "a")
	_ = Index([]int{1}, 1)
	var v Vec[int]
	var nested Vec[Vec[string]]
	var m Ordered[string]
	var f FuncOf[int, string] = func(int) string { return "" }
	var g GenIface[[]int]
	var c ChanOf[map[string]int]
	var arr [2]Vec[int]
	_, _, _, _, _, _, _ = v, nested, m, f, g, c, arr
	fn := Either[string]
	_ = fn
}
