package main

const (
	A = iota * 10
	B
	C
	Big   = 1 << 200
	Small = Big >> 199
	F     = 1.0 / 3
	S     = "abc" + "def"
	L     = len(S)
	R     = 'x' + 1
	Cx    = 2i * 2i
)

var arr [L]int

func main() { _ = arr; println(A, B, C, Small, F, R, real(Cx)) }
