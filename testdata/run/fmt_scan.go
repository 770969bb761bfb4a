package main

import "fmt"

type MyInt int
type MyBytes []byte

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("12 34 hello 2.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscanf("x=7 y=abc", "x=%d y=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	var mi MyInt
	var mb MyBytes
	var c complex128
	var bo bool
	var u8 uint8
	n, err = fmt.Sscan("0x1F 0b101 -0o17 (1+2i) true 255 bytes 1.5p3", &mi, &a, &b, &c, &bo, &u8, &mb, &f)
	fmt.Println(n, err, mi, a, b, c, bo, u8, string(mb), f)
	n, err = fmt.Sscan("256", &u8)
	fmt.Println(n, err)
	var r rune
	n, err = fmt.Sscanf("héllo", "%c%c", &r, &u8)
	fmt.Println(n, err, r, u8)
	n, err = fmt.Sscanf("\"quoted str\" 6869", "%q %x", &s, &mb)
	fmt.Println(n, err, s, string(mb))
	n, err = fmt.Sscanf("12345", "%3d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("5 %", "%d %%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "abd")
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e400", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &bo)
	fmt.Println(n, err, bo)
	n, err = fmt.Sscanf("3", "%s", &a)
	fmt.Println(n, err)
	for _, in := range []string{"1p-1074", "3p-1076", "1p-1075", "1.5p-1075", "0.7p-1073", "1.5p1023", "1p1024", "-1p1024", "5e-324p-1", "5e-324p3", "-0p5", "1p-1022", "1.0000001p-1030", "2p-1080"} {
		n, err = fmt.Sscan(in, &f)
		fmt.Println(in, n, err, f)
	}
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)
}
