package strconv

// FormatComplex converts the complex number c to a string of the form (a+bi), with a and b
// formatted by FormatFloat with fmt and prec; bitSize is 64 for complex64 and 128 for
// complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // the parts of a complex64 are float32
	buf := make([]byte, 0, 48)
	buf = append(buf, '(')
	buf = AppendFloat(buf, real(c), fmt, prec, bitSize)
	n := len(buf)
	buf = AppendFloat(buf, imag(c), fmt, prec, bitSize)
	if buf[n] != '+' && buf[n] != '-' {
		// Insert the sign of a non-negative imaginary part.
		buf = append(buf, 0)
		copy(buf[n+1:], buf[n:])
		buf[n] = '+'
	}
	buf = append(buf, 'i', ')')
	return string(buf)
}

// ParseComplex converts the string s (N, Ni or N±Ni, optionally in parentheses, with each N
// a float as ParseFloat accepts) to a complex number of the precision bitSize (64 for
// complex64, otherwise complex128). Errors are *NumError values with Func "ParseComplex";
// a range error still returns the parsed value.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // a range error, reported if nothing worse happens

	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err, pending = complexErr(err, orig); err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// Skip the '+' before e.g. "NaNi", but keep "++" an error.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError("ParseComplex", orig)
	default:
		return 0, syntaxError("ParseComplex", orig)
	}
	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err, pending = complexErr(err, orig); err != nil {
			return 0, err
		}
	}
	if s[n:] != "i" {
		return 0, syntaxError("ParseComplex", orig)
	}
	return complex(re, im), pending
}

// complexErr renames a part's error to ParseComplex of the whole input and splits it into a
// syntax error (returned at once) or a pending range error.
func complexErr(err error, s string) (syntax, rangeErr error) {
	if x, ok := err.(*NumError); ok {
		x.Func = "ParseComplex"
		x.Num = cloneString(s)
		if x.Err == ErrRange {
			return nil, x
		}
	}
	return err, nil
}
