// errorcheck

// Initialization cycles through method values, method expressions and promoted methods.
package p

type T int

func (T) m() int {
	_ = x
	return 0
}

func (*T) pm() int {
	_ = y
	return 0
}

type E struct{ T }

var x = E{}.m // ERROR "initialization loop for x"

var y = (*T).pm // ERROR "initialization loop for y"

var (
	t T
	z = t.n // no cycle: n does not refer to z
)

func (T) n() int { return 1 }
