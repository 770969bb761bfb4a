// run

// Untyped constants and iota.
package main

import "fmt"

const (
	Zero = iota
	One
	Two
	_
	Four
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota * 10, iota + 100
	c, d
)

const greeting = "hello"
const loud = greeting + "!"
const enabled = true
const disabled = !enabled
const big = 1 << 62
const huge = big * 4 / 8 // exact arithmetic: the intermediate overflows int64

func main() {
	fmt.Println(Zero, One, Two, Four)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d)
	fmt.Println(greeting, loud, len(loud))
	fmt.Println(enabled, disabled, enabled && !disabled)
	fmt.Println(big, huge)
	const local = Four * 2
	x := local + 1
	var y int = local
	fmt.Println(local, x, y)
	const (
		p = iota
		q
	)
	fmt.Println(p, q)
	var by byte = 255
	fmt.Println(by, 7/2, 7%3, -7/2, -7%3)
}
