//lang:go1.17
package main

func F[T any](x T) {}

type A = interface{ ~int }

func main() {
	_ = 0b101
	for i := range 10 {
		_ = i
	}
	s := []int{1}
	_ = (*[1]int)(s)
	_ = [1]int(s)
}
