package rand

import "math"

// re is the start of the exponential ziggurat's tail.
const re = 7.69711747013104972

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with an exponential distribution whose rate parameter (lambda) is 1
// and whose mean is 1/lambda (1), by Marsaglia and Tsang's ziggurat method. To produce a
// distribution with a different rate parameter, callers can adjust the output using
// sample = ExpFloat64() / desiredRateParameter.
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xff
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64()) // the memoryless tail
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}
