package rand

import "math"

// rn is the start of the normal ziggurat's tail.
const rn = 3.442619855899

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution (mean = 0,
// stddev = 1), by Marsaglia and Tsang's ziggurat method. To produce a different normal
// distribution, callers can adjust the output using sample = NormFloat64() * desiredStdDev +
// desiredMean.
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // the sign is the sample's
		i := j & 0x7f
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x // inside the strip's rectangle: nearly always
		}
		if i == 0 {
			// The tail beyond rn, by Marsaglia's exponential method. The product is
			// written out in the sums so that arm64 fuses them as gc does.
			var e float64
			for {
				e = -math.Log(r.Float64())
				x = e * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + e*(1.0/rn)
			}
			return -rn - e*(1.0/rn)
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}
