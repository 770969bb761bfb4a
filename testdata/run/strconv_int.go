// strconv integer conversions: ParseInt/ParseUint/Atoi over bases, bit sizes, prefixes,
// underscores, signs and errors; FormatInt/FormatUint/Itoa/AppendInt in every base;
// ParseBool/FormatBool.
package main

import "strconv"

var out []byte

func line(s string) {
	out = append(out, s...)
	out = append(out, '\n')
}

func show(v int64, u uint64, err error) string {
	s := strconv.FormatInt(v, 10) + " " + strconv.FormatUint(u, 10)
	if err != nil {
		s += " err=" + err.Error()
		if ne, ok := err.(*strconv.NumError); ok {
			s += " [" + ne.Func + "|" + ne.Num + "|" + ne.Err.Error() + "]"
			if ne.Err == strconv.ErrRange {
				s += " range"
			}
			if ne.Err == strconv.ErrSyntax {
				s += " syntax"
			}
		}
	}
	return s
}

func main() {
	inputs := []string{"", "0", "-0", "+0", "1", "-1", "+1", "42", "0x1F", "0X1f", "-0x80", "0b1011", "0B11",
		"0o17", "0O17", "017", "08", "0x", "0b", "0o", "1_000", "1__000", "_1000", "1000_", "0x_1F",
		"0_17", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"99999999999999999999999", "99999999999999999999x", "zz", "ZZ", "-zz", "2147483647",
		"2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "127", "128",
		"-128", "-129", "255", "256", "65535", "65536", "1e3", " 1", "1 ", "++1", "--1", "+-1", "0xg",
		"abc", "123abc", "١٢٣", "0x7fffffffffffffff", "0xffffffffffffffff", "-0b1", "0b102"}
	bases := []int{0, 2, 8, 10, 16, 36, 1, 37}
	sizes := []int{0, 8, 16, 32, 64, 65, -1}
	for _, in := range inputs {
		for _, base := range bases {
			for _, size := range sizes {
				if base != 0 && size != 64 && size != 8 {
					continue
				}
				v, err := strconv.ParseInt(in, base, size)
				u, err2 := strconv.ParseUint(in, base, size)
				line(strconv.Quote(in) + " " + strconv.Itoa(base) + " " + strconv.Itoa(size) + ": " + show(v, 0, err) + " / " + show(0, u, err2))
			}
		}
		a, err := strconv.Atoi(in)
		line("Atoi " + strconv.Quote(in) + ": " + show(int64(a), 0, err))
	}
	vals := []int64{0, 1, -1, 7, -8, 35, 36, 100, -255, 1 << 31, -1 << 31, 1<<63 - 1, -1 << 63, 123456789}
	for _, v := range vals {
		s := ""
		for base := 2; base <= 36; base++ {
			s += " " + strconv.FormatInt(v, base)
		}
		line(s)
		s = ""
		for base := 2; base <= 36; base += 7 {
			s += " " + strconv.FormatUint(uint64(v), base)
		}
		line(s + " " + strconv.Itoa(int(v)) + " " + string(strconv.AppendInt([]byte("x"), v, 16)) + " " + string(strconv.AppendUint(nil, uint64(v), 3)))
	}
	for _, b := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", ""} {
		v, err := strconv.ParseBool(b)
		s := b + " " + strconv.FormatBool(v) + " " + string(strconv.AppendBool([]byte(">"), v))
		if err != nil {
			s += " " + err.Error()
		}
		line(s)
	}
	func() {
		defer func() { line("recovered: " + recover().(string)) }()
		strconv.FormatInt(1, 1)
	}()
	func() {
		defer func() { line("recovered: " + recover().(string)) }()
		strconv.FormatUint(1, 37)
	}()
	print(string(out))
}
