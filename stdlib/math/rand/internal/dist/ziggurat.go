package dist

import "math"

// Starts of the normal and exponential ziggurats' tails (Marsaglia and Tsang, "The
// Ziggurat Method for Generating Random Variables", 2000).
const (
	rn = 3.442619855899
	re = 7.69711747013104972
)

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// Normal makes one attempt at a standard normal sample: j gives its sign and magnitude, i
// (0 to 127) the strip. ok is false when the attempt is rejected and the caller must draw
// new bits.
func Normal(j int32, i uint32, r Uniform) (x float64, ok bool) {
	x = float64(j) * float64(wn[i])
	if absInt32(j) < kn[i] {
		return x, true // inside the strip's rectangle: nearly always
	}
	if i == 0 {
		// The tail beyond rn, by Marsaglia's exponential method. The product is written
		// out in the sums so that arm64 fuses them as gc does.
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
			return rn + e*(1.0/rn), true
		}
		return -rn - e*(1.0/rn), true
	}
	if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
		return x, true
	}
	return 0, false
}

// Exp makes one attempt at an exponential sample of rate 1: j gives its magnitude, i (0 to
// 255) the strip. ok is false when the attempt is rejected and the caller must draw new
// bits.
func Exp(j uint32, i uint32, r Uniform) (x float64, ok bool) {
	x = float64(j) * float64(we[i])
	if j < ke[i] {
		return x, true
	}
	if i == 0 {
		return re - math.Log(r.Float64()), true // the memoryless tail
	}
	if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
		return x, true
	}
	return 0, false
}
