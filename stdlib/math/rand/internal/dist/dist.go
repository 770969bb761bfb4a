// Package dist holds the parts of math/rand and math/rand/v2 that are the same in both:
// the ziggurat steps of NormFloat64 and ExpFloat64 with their tables, and the Zipf
// generator. The two packages draw their random bits differently, so each keeps its own
// loop and hands the bits of one attempt to this package.
package dist

// Uniform supplies uniform float64 values in [0, 1): either package's *Rand.
type Uniform interface {
	Float64() float64
}
