// Package itoa formats integers in decimal for the low-level packages (syscall, os,
// reflect) that cannot import strconv.
package itoa

// Itoa is the decimal text of v.
func Itoa(v int) string {
	if v < 0 {
		return "-" + Uitoa(uint(-v)) // -v of the most negative int is itself, right as a uint
	}
	return Uitoa(uint(v))
}

// Uitoa is the decimal text of v.
func Uitoa(v uint) string {
	var buf [20]byte
	i := len(buf) - 1
	for v >= 10 {
		buf[i] = byte('0' + v%10)
		i--
		v /= 10
	}
	buf[i] = byte('0' + v)
	return string(buf[i:])
}
