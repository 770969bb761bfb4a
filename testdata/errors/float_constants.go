// errorcheck

// Floating-point and complex constants: representability ("truncated" vs "overflows"),
// typed rounding and overflow, division by zero (gc 1.19's words).
package main

const f32 float32 = 1e38
const i8 int8 = 100

func main() {
	var s uint = 2
	var fl float64
	var k complex64
	var a int = 1.5           // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var b float32 = 1e100     // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)"
	c := int(1e100)           // ERROR "cannot convert 1e100 \(untyped float constant 1(0)+\) to type int"
	d := float32(1e300)       // ERROR "cannot convert 1e300 \(untyped float constant 1e\+300\) to type float32"
	e := f32 * 10             // ERROR "f32 \* 10 \(constant 1e\+39 of type float32\) overflows float32"
	f := i8 * 2               // ERROR "i8 \* 2 \(constant 200 of type int8\) overflows int8"
	g := 1.5 % 2              // ERROR "invalid operation: operator % not defined on 1.5 \(untyped float constant\)"
	h := fl % 2               // ERROR "invalid operation: operator % not defined on fl \(variable of type float64\)"
	i := 1 / 0.0              // ERROR "invalid operation: division by zero"
	j := complex(1, 2) / 0    // ERROR "invalid operation: division by zero"
	l := fl / 0               // floating-point division by a constant zero is allowed
	m := 1 << 2.0             // an integral untyped float is a valid shift operand
	_, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, l, m
	_, _, _ = s, fl, k
}
