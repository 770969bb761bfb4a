package main

import "fmt"

var zero float64

func inf(sign int) float64 {
	if sign >= 0 {
		return 1 / zero
	}
	return -1 / zero
}

func nan() float64 { return zero / zero }

func main() {
	ints := []any{0, 1, -1, 42, -42, 255, int64(1<<63 - 1), int64(-1 << 63), int8(-128), uint8(200), uint16(65535), uint32(1 << 31), uint64(1<<64 - 1), uintptr(4096), int32(0x1F600)}
	verbs := []string{"%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%.3d", "%8.3d", "%-08d|", "%+05d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%c", "%q", "%+q", "%U", "%#U", "%#v", "%s", "%t", "%e", "%10.2x", "%#08x", "% x", "%+.0d", "%.0d"}
	for _, v := range verbs {
		fmt.Printf("%-8s", v)
		for _, x := range ints {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}
	floats := []any{0.0, -zero, 1.0, -1.5, 3.14159265358979, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 1.0 / 3, inf(1), inf(-1), nan(), float32(0.1), float32(16777216), 5e-324, 1.7976931348623157e308, 100.0}
	fverbs := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%8.3f", "%-10.1e|", "%+g", "% g", "%010.3f", "%#g", "%#.3g", "%#v", "%x", "%X", "%#x", "%.3x", "%b", "%.0f", "%#.0f", "%#.0e", "%+010g", "%.10g", "%5.1g", "%d", "%s", "%#e", "%-+12.4G|", "% 09.2f"}
	for _, v := range fverbs {
		fmt.Printf("%-8s", v)
		for _, x := range floats {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}
	cs := []any{complex(1, 2), complex(-1.5, -0.25), complex64(complex(3, 4)), complex(inf(1), nan())}
	for _, v := range []string{"%v", "%g", "%.2f", "%+.1e", "%8.2f", "%#v", "%d", "%x"} {
		fmt.Printf("%-8s", v)
		for _, x := range cs {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}
	strs := []any{"", "hello", "héllo, 世界", "a\"b\\c\n", "`raw`", []byte("bytes"), []byte(nil), [3]byte{1, 2, 3}, "日本語日本語"}
	sverbs := []string{"%v", "%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "%10s|", "%-10s|", "%.3s", "%.2q", "%010s", "%5.1s|", "%#v", "%d", "%T", "%8x|", "%-8X|", "%.1x", "%c", "%.0s|"}
	for _, v := range sverbs {
		fmt.Printf("%-8s", v)
		for _, x := range strs {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}
	fmt.Printf("%q %+q %x % X %#q %.1q\n", "\x00\xff\u2028", "\x00\xff", "\x00\xff", []byte("\x00\xff"), "\xff", "\xfe\xff")
	bools := []any{true, false}
	for _, v := range []string{"%v", "%t", "%5t|", "%-6t|", "%#v", "%d", "%q"} {
		fmt.Printf("%-8s", v)
		for _, x := range bools {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}
	// Width and precision from operands.
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f] [%*d]\n", 6, 12, 6, 12, 2, 3.141592653589793, 10, 3, 2.718281828459045, -5, 7)
	fmt.Printf("[%*d] [%.*d] [%*d]\n", "x", 1, "y", 2, int64(4), 3)
	fmt.Printf("[%.*d] [%*d]\n", -1, 5, 10000000, 1)
	fmt.Printf("[%[2]*[1]d] [%[3]d %[1]d %d] [%[5]d] [%[0]d] [%[x]d] [%[2].[1]*d]\n", 12, 6, 7)
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]b\n", 10)
	fmt.Printf("%-+ #0v|%10|%.|%5.2%|%z\n", 1, 2)
	fmt.Printf("%d %d", 1)
	fmt.Println()
	fmt.Printf("%", 1)
	fmt.Println()
	fmt.Printf("%.", 1)
	fmt.Println()
	fmt.Printf("%3", 1)
	fmt.Println()
	fmt.Printf("no verbs", 1, "a", nil, 2.5)
	fmt.Println()
	fmt.Printf("%v %d %s\n", nil, nil, nil)
	fmt.Printf("%ä %!(\n", 1)
	fmt.Println(fmt.Sprintf("%08.3f|%-8.3f|%+.3e|%x", -3.14159, 2.5, 12345.678, -1.0))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Print("x", 1, 2, "y\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(1e6, 1e21, 123456789.0, 1e-7, float32(1.1), 2.0/3)
}
