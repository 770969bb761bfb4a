// Package fmt implements formatted I/O. This first version covers Print and Println (and
// their S and F-less variants) for the operand kinds the compiler supports so far: strings,
// integers, booleans and nil; other kinds print as gc's %v would once reflection exists.
package fmt

// write is implemented by the runtime: it writes all of p to the file descriptor and returns
// the number of bytes written, or minus the errno.
//
//go:linkname write runtime.write
func write(fd int, p []byte) int

// Println formats its operands as %v would, separated by spaces and followed by a newline,
// and writes them to standard output.
func Println(a ...any) (n int, err error) {
	buf := appendln(nil, a)
	return write(1, buf), nil
}

// Print formats its operands as %v would and writes them to standard output. Spaces are added
// between operands when neither is a string.
func Print(a ...any) (n int, err error) {
	buf := appendPrint(nil, a)
	return write(1, buf), nil
}

// Sprintln is Println returning a string.
func Sprintln(a ...any) string {
	return string(appendln(nil, a))
}

// Sprint is Print returning a string.
func Sprint(a ...any) string {
	return string(appendPrint(nil, a))
}

func appendln(buf []byte, a []any) []byte {
	for i, arg := range a {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = appendValue(buf, arg)
	}
	return append(buf, '\n')
}

func appendPrint(buf []byte, a []any) []byte {
	prevString := false
	for i, arg := range a {
		isString := false
		switch arg.(type) {
		case string:
			isString = true
		}
		if i > 0 && !isString && !prevString {
			buf = append(buf, ' ')
		}
		buf = appendValue(buf, arg)
		prevString = isString
	}
	return buf
}

// appendValue appends arg formatted with the %v verb.
func appendValue(buf []byte, arg any) []byte {
	switch v := arg.(type) {
	case nil:
		return append(buf, "<nil>"...)
	case string:
		return append(buf, v...)
	case bool:
		if v {
			return append(buf, "true"...)
		}
		return append(buf, "false"...)
	case int:
		return appendInt(buf, int64(v))
	case int8:
		return appendInt(buf, int64(v))
	case int16:
		return appendInt(buf, int64(v))
	case int32:
		return appendInt(buf, int64(v))
	case int64:
		return appendInt(buf, v)
	case uint:
		return appendUint(buf, uint64(v))
	case uint8:
		return appendUint(buf, uint64(v))
	case uint16:
		return appendUint(buf, uint64(v))
	case uint32:
		return appendUint(buf, uint64(v))
	case uint64:
		return appendUint(buf, v)
	case uintptr:
		return appendUint(buf, uint64(v))
	case []any:
		buf = append(buf, '[')
		for i, e := range v {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = appendValue(buf, e)
		}
		return append(buf, ']')
	// Slices of the basic kinds print as [e1 e2 ...] (reflection comes later).
	case []int:
		buf = append(buf, '[')
		for i, e := range v {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = appendInt(buf, int64(e))
		}
		return append(buf, ']')
	case []byte:
		buf = append(buf, '[')
		for i, e := range v {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = appendUint(buf, uint64(e))
		}
		return append(buf, ']')
	case []string:
		buf = append(buf, '[')
		for i, e := range v {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, e...)
		}
		return append(buf, ']')
	case []bool:
		buf = append(buf, '[')
		for i, e := range v {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = appendValue(buf, e)
		}
		return append(buf, ']')
	}
	return append(buf, "%!v(unsupported)"...)
}

func appendInt(buf []byte, v int64) []byte {
	if v < 0 {
		buf = append(buf, '-')
		// -v overflows for the most negative value; uint64 arithmetic gets it right.
		return appendUint(buf, uint64(0)-uint64(v))
	}
	return appendUint(buf, uint64(v))
}

func appendUint(buf []byte, v uint64) []byte {
	digits := make([]byte, 20)
	i := len(digits)
	for v >= 10 {
		i--
		digits[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	digits[i] = byte('0' + v)
	return append(buf, digits[i:]...)
}
