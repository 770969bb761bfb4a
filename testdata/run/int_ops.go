// run

// Integer arithmetic, shifts and bitwise operators on run-time values.
package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	a, b = -17, 5
	fmt.Println(a/b, a%b, a/-b, a%-b)
	x := 0xF0
	y := 0x3C
	fmt.Println(x&y, x|y, x^y)
	fmt.Println(1<<10, x>>4, x<<2)
	n := 3
	fmt.Println(1<<n, 1024>>n, -16>>n)
	s := 70
	fmt.Println(1<<s, -1>>s) // oversized shifts: 0 and -1
	var m int = -x
	fmt.Println(m, -m)

	// assignment operators
	v := 10
	v += 5
	v -= 3
	v *= 4
	v++
	v--
	v /= 3
	v %= 7
	v <<= 3
	v >>= 1
	v |= 1
	v &= 13
	v ^= 6
	fmt.Println(v)

	// wrap-around of 64-bit int
	top := 9223372036854775807
	top++
	fmt.Println(top)
	big := 3037000500
	fmt.Println(big * big)

	// bytes wrap at 8 bits
	var c byte = 250
	c += 10
	fmt.Println(c)
	c = 3
	c -= 4
	fmt.Println(c, c>>4, c<<1)
	var d byte = 7
	fmt.Println(int(d)*100, byte(300+n), byte(-1+n))
	fmt.Println(a < b, a <= b, a > b, a >= b, a == b, a != b)
}
