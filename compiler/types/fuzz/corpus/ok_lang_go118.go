//lang:go1.18
package main

func Id[T any](x T) T { return x }

func main() {
	for i := 0; i < 3; i++ {
		_ = Id(i)
	}
}
