package math

// Dim returns the maximum of x-y or 0 (Dim(+Inf, +Inf) = NaN, and NaN in gives NaN).
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0 // also for v == -0
	}
	return v
}

// Max returns the larger of x or y: +Inf if either is +Inf, else NaN if either is NaN;
// Max(+0, -0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y: -Inf if either is -Inf, else NaN if either is NaN;
// Min(+0, -0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}
