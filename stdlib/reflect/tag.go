package reflect

import "unicode/utf8"

// Get returns the value associated with key in the tag string. If there is no such key
// in the tag, Get returns the empty string. The tag follows the convention
// `key:"value" key2:"value2"`.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string and whether the key is
// present; a malformed tag ends the search.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		// Skip leading space.
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		// A name is a run of printable non-space characters other than ':' and '"'.
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		// The quoted value, with backslash escapes.
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, ok := unquote(qvalue)
			if !ok {
				break
			}
			return value, true
		}
	}
	return "", false
}

// unquote interprets s, a double-quoted Go string literal, as strconv.Unquote does
// (reflect cannot import strconv, which imports errors, which imports reflect).
func unquote(s string) (string, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", false
	}
	s = s[1 : len(s)-1]
	buf := make([]byte, 0, len(s))
	for len(s) > 0 {
		c := s[0]
		switch {
		case c == '"' || c == '\n':
			return "", false
		case c >= utf8.RuneSelf:
			// Bytes of invalid UTF-8 read as the replacement character, as in strconv.
			r, size := utf8.DecodeRuneInString(s)
			buf = utf8.AppendRune(buf, r)
			s = s[size:]
			continue
		case c != '\\':
			buf = append(buf, c)
			s = s[1:]
			continue
		}
		if len(s) < 2 {
			return "", false
		}
		e := s[1]
		s = s[2:]
		switch e {
		case 'a':
			buf = append(buf, '\a')
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'v':
			buf = append(buf, '\v')
		case '\\', '"':
			buf = append(buf, e)
		case 'x', 'u', 'U':
			n := 2
			if e == 'u' {
				n = 4
			} else if e == 'U' {
				n = 8
			}
			if len(s) < n {
				return "", false
			}
			var v rune
			for i := 0; i < n; i++ {
				d, ok := unhex(s[i])
				if !ok {
					return "", false
				}
				v = v<<4 | d
			}
			s = s[n:]
			if e == 'x' {
				buf = append(buf, byte(v))
				break
			}
			if !utf8.ValidRune(v) {
				return "", false
			}
			buf = utf8.AppendRune(buf, v)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			if len(s) < 2 {
				return "", false
			}
			v := rune(e - '0')
			for i := 0; i < 2; i++ {
				d := rune(s[i]) - '0'
				if d < 0 || d > 7 {
					return "", false
				}
				v = v<<3 | d
			}
			if v > 255 {
				return "", false
			}
			s = s[2:]
			buf = append(buf, byte(v))
		default:
			return "", false
		}
	}
	return string(buf), true
}

func unhex(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10), true
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10), true
	}
	return 0, false
}
