package dist

import "math"

// Zipf is the state of a Zipf variate generator, by the rejection-inversion method of W.
// Hörmann and G. Derflinger, "Rejection-inversion to generate variates from monotone
// discrete distributions" (1996).
type Zipf struct {
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

// h is the integral of the hat function (v+x)^-q.
func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

// hinv is h's inverse.
func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// Init sets z up for values k ∈ [0, imax] with P(k) proportional to (v + k) ** (-s). It
// reports false, leaving z alone, unless s > 1 and v >= 1.
func (z *Zipf) Init(s float64, v float64, imax uint64) bool {
	if s <= 1.0 || v < 1 {
		return false
	}
	z.imax = float64(imax)
	z.v = v
	z.q = s
	z.oneminusQ = 1.0 - z.q
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return true
}

// Next returns a value drawn from the distribution, with uniform values from r.
func (z *Zipf) Next(r Uniform) uint64 {
	k := 0.0
	for {
		u := r.Float64()
		ur := z.hxm + u*z.hx0minusHxm
		x := z.hinv(ur)
		k = math.Floor(x + 0.5)
		if k-x <= z.s {
			break
		}
		if ur >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}
