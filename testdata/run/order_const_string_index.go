// gc evaluates the index of a constant string like any operand: the call in c[next()] runs
// before the calls of later arguments (reported by the stddiff tool on strconv).
package main

var n int

func next() int { n++; return n }

func show(a, b int) { println(a, b) }

const c = "abcdefgh"

var s = "abcdefgh"

func main() {
	show(int(c[next()]), next()) // constant string indexed by a call
	show(int(s[next()]), next()) // variable string: fine
	show(int("xyzw"[next()%4]), next())
	x := c[next()] + c[1]
	println(x, len(c[next():]), n)
}
