package main

import (
	"fake"
	f2 "fake"
)

type Local struct{ fake.Int }

func main() {
	var i fake.Int = 3
	_ = i.Double()
	i.Inc()
	_ = fake.Sum(1.5, 2)
	p := fake.Pair[string, int]{Key: "a", Val: 1}
	_, _ = p.Unpack()
	_ = f2.Big >> 98
	_ = fake.V.Double()
	var s fake.Stringer
	_ = s
	_ = Local{}.Double()
}
