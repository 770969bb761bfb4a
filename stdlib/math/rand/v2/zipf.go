package rand

import "math/rand/internal/dist"

// A Zipf generates Zipf distributed variates, by the rejection-inversion method of W.
// Hörmann and G. Derflinger, "Rejection-inversion to generate variates from monotone
// discrete distributions" (1996).
type Zipf struct {
	r *Rand
	d dist.Zipf
}

// NewZipf returns a Zipf variate generator. The generator generates values k ∈ [0, imax]
// such that P(k) is proportional to (v + k) ** (-s). Requirements: s > 1 and v >= 1;
// otherwise it returns nil.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	z := &Zipf{r: r}
	if !z.d.Init(s, v, imax) {
		return nil
	}
	return z
}

// Uint64 returns a value drawn from the Zipf distribution described by the Zipf object.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	return z.d.Next(z.r)
}
