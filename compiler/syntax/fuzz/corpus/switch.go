package p

func f(x interface{}) {
	switch y := x.(type) {
	case int, string:
		_ = y
	case nil:
	default:
	}
	switch n := 1; {
	case n > 0:
		fallthrough
	case n < 0:
	}
}
