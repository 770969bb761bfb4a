// Package mathx has small integer helpers.
package mathx

import "fmt"

const Limit = 1 << 4

var initialized = ready()

func ready() bool {
	fmt.Println("mathx init")
	return true
}

// Sum adds its arguments.
func Sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

// Max returns the largest argument, or 0 when there is none.
func Max(xs ...int) int {
	if len(xs) == 0 || !initialized {
		return 0
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}
