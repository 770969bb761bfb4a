// errorcheck

// Floating-point and complex operands: shifts of untyped constants (delayed typing), the
// builtins complex, real and imag, operators not defined on floats (gc 1.19's words).
package main

const f32 float32 = 1e38
const i8 int8 = 100

func main() {
	var s uint = 2
	var fl float64
	var k complex64
	n := 1 << 2.5             // ERROR "2.5 \(untyped float constant\) truncated to uint"
	var o float64 = 1 << s    // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	p := 1.5 << s             // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	q := complex(1, 2) < 2    // ERROR "invalid operation: complex\(1, 2\) < 2 \(operator < not defined on untyped complex\)"
	r := imag(int(1))         // ERROR "invalid argument: argument has type int, expected complex type"
	t := complex(f32, fl)     // ERROR "invalid operation: complex\(f32, fl\) \(mismatched types float32 and float64\)"
	u := complex(k, 1)        // ERROR "invalid argument: arguments have type complex64, expected floating-point"
	v := ^1.0                 // ERROR "invalid operation: operator \^ not defined on 1.0 \(untyped float constant 1\)"
	w := 'a' + 1.5 + real(2i) // untyped rune + float is an untyped float
	var x complex64 = 1e300i  // ERROR "cannot use 1e300i \(untyped complex constant \(0 \+ 1e\+300i\)\) as complex64 value in variable declaration \(overflows\)"
	var y uint = -1.0         // ERROR "cannot use -1.0 \(untyped float constant -1\) as uint value in variable declaration \(truncated\)"
	_, _, _, _, _, _, _, _, _, _, _ = n, o, p, q, r, t, u, v, w, x, y
	_, _, _ = s, fl, k
}
