// mandelbrot: escape-time iteration over a grid, float multiply/add with early exits; the
// bitmap is folded into a checksum instead of written out.
package main

const size = 3200
const maxIter = 50

func main() {
	checksum := uint32(0)
	bits := uint32(0)
	nbits := 0
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/size - 1
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/size - 1.5
			zr, zi := 0.0, 0.0
			inside := true
			for i := 0; i < maxIter; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
				if zr*zr+zi*zi > 4 {
					inside = false
					break
				}
			}
			bits <<= 1
			if inside {
				bits |= 1
			}
			nbits++
			if nbits == 32 {
				checksum = checksum*31 + bits
				bits, nbits = 0, 0
			}
		}
	}
	println(checksum)
}
