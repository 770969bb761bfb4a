package p

func f(a, b int, c ...string) (r int, err error) { return }

func (t *T) M() {}

func (T) N(int, string) bool { return true }

var g = func(x int) int { return x * 2 }
