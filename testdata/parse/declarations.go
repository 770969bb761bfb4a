// Every declaration form: imports, const/var/type groups, iota, aliases, definitions,
// generic types, functions, methods, generic functions and bodyless functions.
package forms

import "fmt"
import alias "strings"
import . "math"
import _ "embed"

import (
	"os"
	str "strconv"
	_ "unsafe"
)

import ()

// Constants: single, typed, grouped with iota and implicit repetition.
const single = 1
const typed int64 = 2
const a, b = 3, "four"

const (
	c0 = iota
	c1
	c2
	_
	c4
)

const (
	kb int = 1 << (10 * (iota + 1))
	mb
	gb
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
)

const ()

// Variables: with a type, with values, both, several names, grouped.
var v1 int
var v2 = 2
var v3 float64 = 3
var v4, v5 = 4, "five"
var v6, v7 string

var (
	g1     int
	g2, g3 = alias.ToUpper("x"), str.Itoa(1)
	g4     = fmt.Sprint(Pi, os.Args)
)

var ()

// Types: definitions of every kind, an alias, a group, generic types.
type Celsius float64
type Point struct{ X, Y int }
type AliasOfPoint = Point
type AliasOfBuiltin = int

type (
	Reader interface{ Read(p []byte) (int, error) }
	Handler func(string) error
	Table   map[string][]int
	Matrix  [3][3]float64
	Stream  chan<- Point
	PtrList *[]*Point
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	value T
	next  *node[T]
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Tree[T interface{ Less(T) bool }] struct{ left, right *Tree[T] }

type ()

// Functions and methods.
func init() {}
func init() {}

func noParams() {}
func unnamed(int, string) (bool, error) { return false, nil }
func named(x, y int, s string) (sum int, err error) { return x + y, nil }
func variadic(format string, args ...any) {}
func blankParams(_ int, _ string) (_ bool) { return }

func (p Point) Norm() int      { return p.X*p.X + p.Y*p.Y }
func (p *Point) Scale(k int)   { p.X *= k; p.Y *= k }
func (Point) Unnamed()         {}
func (*Point) UnnamedPtr()     {}
func (c Celsius) String() string { return fmt.Sprint(float64(c)) }

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[_]) Len() int { return l.size }
func (p Pair[K, V]) Swap() Pair[K, V] { return p }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K { return nil }

// Bodyless functions: implemented elsewhere (assembly, linkname).
func bodyless(x int) int

// Local declarations.
func locals() {
	const local = iota
	var x, y int
	type inner struct{ n int }
	type innerAlias = inner
	var z innerAlias
	_, _, _ = x, y, z
}
