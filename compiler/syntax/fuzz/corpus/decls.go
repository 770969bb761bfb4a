package p

const Pi, E = 3.14, 2.71
const (
	A = iota
	B
	C
)

var (
	x, y int = 1, 2
	z    = "z"
)

type (
	T struct{ a, b int; c string `tag:"c"`; *U; V }
	U = int
	I interface{ M(int) (string, error); fmt.Stringer }
)
