package p

type P struct{ X, Y int }

var (
	a = [...]int{1, 2, 3}
	b = []P{{1, 2}, {X: 3}}
	m = map[string][]int{"a": {1}, "b": nil}
	p = &P{Y: 1}
	q = [2][2]int{{1, 2}, {3, 4}}
)
