// math/rand's NormFloat64 and ExpFloat64 against go 1.19, bit for bit: long streams from
// NewSource, and a Source that mostly feeds values at the ziggurat's strip edges so that the
// slow paths (density comparisons, tails) run often. Zipf over several parameters.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

// edgy returns Int63 values whose Uint32 lands near the top of a strip (the slow path) or is
// anything, and whose Float64 is spread over [0,1).
type edgy struct {
	x uint64
	n int
}

func (e *edgy) next() uint64 {
	e.x ^= e.x << 13
	e.x ^= e.x >> 7
	e.x ^= e.x << 17
	return e.x
}

func (e *edgy) Int63() int64 {
	e.n++
	v := e.next()
	switch e.n % 3 {
	case 0:
		// j's high bits all ones (or, negated, nearly zero): the strip's outer edge.
		hi := uint64(0xffff0000) | v&0xffff
		if v>>40&1 == 1 {
			hi = v & 0x1ffff
		}
		return int64(hi<<31 | v>>33)
	}
	return int64(v >> 1)
}

func (e *edgy) Seed(s int64) { e.x = uint64(s) | 1 }

func main() {
	for _, s := range []int64{1, -77, 1 << 35} {
		r := rand.New(rand.NewSource(s))
		h1, h2 := uint64(0), uint64(0)
		for i := 0; i < 200000; i++ {
			h1 = h1*1000003 ^ math.Float64bits(r.NormFloat64())
			h2 = h2*1000003 ^ math.Float64bits(r.ExpFloat64())
		}
		fmt.Println(s, h1, h2, r.NormFloat64(), r.ExpFloat64())
	}
	e := &edgy{}
	r := rand.New(e)
	r.Seed(12345)
	h1, h2 := uint64(0), uint64(0)
	for i := 0; i < 300000; i++ {
		h1 = h1*1000003 ^ math.Float64bits(r.NormFloat64())
		h2 = h2*1000003 ^ math.Float64bits(r.ExpFloat64())
		if i%30000 == 0 {
			fmt.Println(i, e.n, r.NormFloat64(), r.ExpFloat64())
		}
	}
	fmt.Println("edges", h1, h2, e.n)

	for _, p := range []struct {
		s, v float64
		imax uint64
	}{{1.1, 1, 10}, {1.5, 2, 1000}, {2, 1, 1 << 20}, {3.7, 10, 5}, {1.0001, 1, 1 << 62}, {1.2, 5.5, 0}} {
		z := rand.NewZipf(rand.New(rand.NewSource(int64(p.imax))), p.s, p.v, p.imax)
		h := uint64(0)
		for i := 0; i < 20000; i++ {
			h = h*31 + z.Uint64()
		}
		fmt.Println(p, h, z.Uint64(), z.Uint64(), z.Uint64())
	}
	fmt.Println(rand.NewZipf(rand.New(rand.NewSource(1)), 1, 1, 5) == nil,
		rand.NewZipf(rand.New(rand.NewSource(1)), 2, 0.5, 5) == nil)
}
