// run

// The integer cases Go defines and LLVM does not: MinInt / -1 wraps and its remainder is 0
// for every width, shifts by the width or more give 0 (or -1 for a negative value shifted
// right), for every count type.
package main

var minusOne = -1

func main() {
	m8, m16, m32, m64 := int8(-128), int16(-32768), int32(-1<<31), int64(-1<<63)
	d8, d16, d32, d64 := int8(minusOne), int16(minusOne), int32(minusOne), int64(minusOne)
	println(m8/d8, m16/d16, m32/d32, m64/d64)
	println(m8%d8, m16%d16, m32%d32, m64%d64)
	mi := -1 << 63
	println(mi/minusOne, mi%minusOne, 7/minusOne, -7%minusOne)
	m8 /= d8
	m64 %= d64
	println(m8, m64)

	for _, s := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200} {
		a, b, c, d := int8(-100), uint8(200), int32(-5), uint64(1<<63)
		println(s, a>>s, a<<s, b>>s, b<<s, c>>s, c<<s, d>>s, d<<s)
	}
	for _, s := range []int8{0, 7, 8, 127} {
		println(s, int64(-1)>>s, int64(3)<<s, uint16(0xffff)>>s)
	}
	var big uint64 = 1 << 40
	println(int16(-3)>>big, 1<<big, uint32(5)<<big)
}
