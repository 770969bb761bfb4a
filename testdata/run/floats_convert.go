// run

// Conversions between every numeric type through floats, with gc's results on each
// architecture: out-of-range float -> integer conversions differ (amd64's integer indefinite
// against arm64's saturation), so this test has an arm64 expectation of its own.
package main

var values = []float64{
	0, 0.5, -0.5, 1.9999, -1.9999, 127.5, 128, 255.9, 256, -129, 300.7, -300.7,
	32767.9, 32768, 65535.5, 65536, -32769,
	2147483647.5, 2147483648, -2147483648.9, -2147483649, 4294967295.5, 4294967296,
	9.2233720368547748e18, 9.223372036854775807e18, 9.3e18, -9.223372036854775808e18, -9.3e18,
	1.8446744073709550e19, 1.8446744073709552e19, 1e20, -1e20,
}

var nonFinite = []float64{0, 0, 0}

type F float32
type I int16

func ints(f float64) {
	println(int8(f), int16(f), int32(f), int64(f), int(f))
	println(uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f))
}

func ints32(f float32) {
	println(int8(f), int16(f), int32(f), int64(f))
	println(uint8(f), uint16(f), uint32(f), uint64(f))
}

var (
	u64s = []uint64{0, 1, 1<<53 + 1, 1<<63 - 1, 1 << 63, 1<<63 + 1, 1<<63 + 1025, 1<<64 - 1,
		1<<64 - 1024, 1<<64 - 2048, 0x8000_0080_0000_0001, 0xffff_ff7f_ffff_ffff}
	i64s = []int64{0, -1, 1<<53 + 1, -(1<<53 + 1), 1<<63 - 1, -1 << 63, 1<<24 + 1, -(1<<24 + 3)}
	u32s = []uint32{0, 1<<32 - 1, 1<<24 + 1, 1 << 31}
	i8s  = []int8{-128, 127, -1}
)

func main() {
	for _, f := range values {
		println("f64", f)
		ints(f)
		println("f32", float32(f))
		ints32(float32(f))
	}
	nonFinite[0] = 1 / nonFinite[1]
	nonFinite[1] = -nonFinite[0]
	nonFinite[2] = nonFinite[0] + nonFinite[1]
	for _, f := range nonFinite {
		println("special", f)
		ints(f)
		ints32(float32(f))
	}
	for _, u := range u64s {
		println(u, float64(u), float32(u), uint64(float64(u)))
	}
	for _, i := range i64s {
		println(i, float64(i), float32(i))
	}
	for _, u := range u32s {
		println(u, float64(u), float32(u))
	}
	for _, i := range i8s {
		println(i, float64(i), float32(i), uint8(i))
	}
	// float64 <-> float32: rounding to nearest even, overflow to infinity, subnormals.
	for _, f := range []float64{0.1, 1.0000000596046448, 1.0000001788139343, 3.4028235677973366e38,
		3.5e38, -3.5e38, 1.4e-45, 7e-46, 1e-50} {
		h := float32(f)
		println(f, h, float64(h))
	}
	// Conversions to named types and back.
	x := F(2.75)
	println(I(x), F(I(x)), float64(x)*2)
}
