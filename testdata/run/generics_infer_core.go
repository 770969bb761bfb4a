// Type inference as go 1.19 does it: a type parameter of the enclosing function that is not
// being inferred (S ~[]E) unifies with a type literal through its core type (Go issue
// 50755), and a recursive call with the function's own parameters infers them (P = P).
package main

import "fmt"

func overlapLen[E any](a, b []E) int { return len(a) + len(b) }

func tail[S ~[]E, E any](s S, v ...E) int { return overlapLen(v, s[1:]) }

type lesser[E any] interface{ less(a, b E) bool }

type byValue[E int | string] struct{}

func (byValue[E]) less(a, b E) bool { return a < b }

func insertion[E any, L lesser[E]](data []E, a, b int, l L) {
	if b-a < 2 {
		return
	}
	insertion(data, a, b-1, l) // infers E and L from the function's own parameters
	for j := b - 1; j > a && l.less(data[j], data[j-1]); j-- {
		data[j], data[j-1] = data[j-1], data[j]
	}
}

func sortInts[S ~[]E, E int | string](s S) { insertion(s, 0, len(s), byValue[E]{}) }

type names []string

func keys[M ~map[K]V, K comparable, V any](m M) int { return count(m) }

func count[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	fmt.Println(tail([]int{1, 2, 3}, 4, 5))
	s := []int{5, 3, 9, 1}
	sortInts(s)
	n := names{"b", "c", "a"}
	sortInts(n)
	fmt.Println(s, []string(n))
	fmt.Println(keys(map[string]bool{"x": true, "y": false}))
}
