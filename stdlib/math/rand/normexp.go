package rand

import "math/rand/internal/dist"

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution (mean = 0,
// stddev = 1), by Marsaglia and Tsang's ziggurat method. To produce a different normal
// distribution, callers can adjust the output using sample = NormFloat64() * desiredStdDev +
// desiredMean.
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // the sign is the sample's
		if x, ok := dist.Normal(j, uint32(j&0x7f), r); ok {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with an exponential distribution whose rate parameter (lambda) is 1
// and whose mean is 1/lambda (1), by Marsaglia and Tsang's ziggurat method. To produce a
// distribution with a different rate parameter, callers can adjust the output using
// sample = ExpFloat64() / desiredRateParameter.
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		if x, ok := dist.Exp(j, j&0xff, r); ok {
			return x
		}
	}
}
