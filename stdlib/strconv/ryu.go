package strconv

// ryuShortest computes the shortest digits of mant × 2^exp quickly when it can; it reports
// false to fall back to the exact decimal algorithm.
func ryuShortest(d *decimalSlice, mant uint64, exp int, flt *floatInfo) bool {
	return false
}
