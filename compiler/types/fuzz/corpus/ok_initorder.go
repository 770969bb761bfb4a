package main

var (
	a = b + c
	b = f()
	c = 2
	d = 3
)

func f() int { d++; return d }

func init() { a++ }
func init() { b++ }

func main() {}
