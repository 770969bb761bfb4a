// run

// x*y + z: gc fuses a product into the addition or subtraction that uses it on arm64
// (FMADD, FMSUB, FNMSUB: one rounding) and never on amd64; an explicit conversion of the
// product rounds it and stops the fusion. The two architectures print different digits.
package main

var x, y, z = 0.1, 10.0, -1.0
var p, q, r float32 = 0.1, 10, -1

func main() {
	println(x*y+z, z+x*y, z-x*y, x*y-z)
	println(float64(x*y)+z, z-float64(x*y))
	println(p*q+r, r+p*q, float32(p*q)+r, p*q-r)
	t := x / 0.3 // not a constant: gc would fold a constant product, and -O0 cannot see that
	println(t*3-1, 1-t*3, t*t+t*t)
	// Two products: gc fuses one of them.
	u, w := 1.0/3+x, 0.7
	println(u*3+w*y, u*3-w*y, w*y-u*3, u*u-u*u, w*w+u*u)
	println(t*u+w, (t*u)*w+x)
	c := complex(t, x)
	d := complex(y, t)
	println(c*d, c*c, d*d)
	var c32 = complex(p, r)
	println(c32 * c32)
}
