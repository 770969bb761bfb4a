package p

const (
	a = 42
	b = 0x_1F
	c = 0o17
	d = 017
	e = 0b1010_1010
	f = 1_000_000
)
