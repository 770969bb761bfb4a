// Sscan, Sscanln and Sscanf over random inputs and formats (numbers of every base and
// form, quotes, spaces, newlines, widths, invalid UTF-8) into operands of many types; the
// output is compared with go 1.19's.
package main

import (
	"fmt"
	"os"
	"strconv"
)

var state uint64 = 12345

func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func pick(xs []string) string { return xs[next()%uint64(len(xs))] }

var pieces = []string{"0", "1", "-", "+", "x", "X", "0x", "0b", "0o", "_", ".", "e", "E", "p", "i", "(", ")", " ", "  ", "\n", "\r\n", "\t", "a", "z", "9", "7", "true", "false", "T", "F", "nan", "Inf", "\"", "`", "\\", "é", "ab", "12", "3.5", "1e3", "ff", "%", "U+", "0x1p-2", "\xff"}

var formats = []string{"%d", "%v", "%s", "%x", "%X", "%o", "%b", "%c", "%q", "%t", "%f", "%g", "%e", "%U", "%3d", "%2s", "%5v", "%%", " ", "\n", "x", ",", "%1c", "%4x"}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	for c := 0; c < n; c++ {
		in := ""
		for k := int(next() % 6); k >= 0; k-- {
			in += pick(pieces)
		}
		f := ""
		nv := 0
		for k := int(next() % 3); k >= 0; k-- {
			v := pick(formats)
			f += v
			if len(v) > 1 && v[0] == '%' && v != "%%" {
				nv++
			}
		}
		var i int
		var i8 int8
		var u uint16
		var s string
		var fl float64
		var f32 float32
		var b bool
		var bs []byte
		var cx complex128
		var r rune
		targets := []any{&i, &i8, &u, &s, &fl, &f32, &b, &bs, &cx, &r}
		var args []any
		for k := 0; k < nv; k++ {
			args = append(args, targets[next()%uint64(len(targets))])
		}
		mode := next() % 3
		var cnt int
		var err error
		switch mode {
		case 0:
			cnt, err = fmt.Sscanf(in, f, args...)
		case 1:
			if len(args) == 0 {
				args = append(args, &s)
			}
			cnt, err = fmt.Sscan(in, args...)
		case 2:
			if len(args) == 0 {
				args = append(args, &i)
			}
			cnt, err = fmt.Sscanln(in, args...)
		}
		fmt.Printf("%d %d %q %q %d %q | %d %d %d %q %v %v %v %q %v %d\n", c, mode, in, f, cnt, fmt.Sprint(err), i, i8, u, s, fl, f32, b, bs, cx, r)
	}
}
