// run

// complex64 and complex128: constants, complex/real/imag on run-time values, arithmetic
// (division as gc's runtime does it, with its infinity and NaN rules), comparison, print.
package main

var zero float64

type Z complex128

func parts(c complex128) (float64, float64) { return real(c), imag(c) }

func main() {
	println(1+2i, -3i, complex(1.5, -0.5), 0i)
	a := complex(3, 4)
	b := 1 - 2i
	println(a+b, a-b, a*b, a/b, -a)
	println(real(a), imag(a), a == b, a != b, a == complex(3, 4))
	re, im := parts(a * a)
	println(re, im)

	var c64 complex64 = complex64(a)
	d64 := complex(float32(0.1), float32(0.7))
	println(c64, d64, c64*d64, c64/d64, c64+d64, real(d64), imag(d64))
	println(complex128(d64), complex64(complex128(d64)*3))

	inf := 1 / zero
	nan := zero / zero
	for _, n := range []complex128{1 + 1i, complex(inf, 1), complex(nan, 1), complex(1, inf), 0} {
		for _, m := range []complex128{2 - 1i, 0, complex(inf, 0), complex(0, inf), complex(nan, 0),
			complex(1e300, 1e300), complex(1e-300, 3e-300)} {
			println(n, m, n/m)
		}
	}
	var x complex128 = complex(nan, 0)
	println(x == x, x != x, complex(0, zero) == complex(0, -zero))

	z := Z(2 + 3i)
	z *= z
	z -= 1
	z /= 2i
	println(z, real(z), imag(z))

	var i interface{} = a
	c, ok := i.(complex128)
	println(c, ok, i == interface{}(3+4i))
	s := []complex64{1, 2i, complex(float32(re), 1)}
	s = append(s, s[0]*s[1])
	println(s[2], s[3], len(s))
}
