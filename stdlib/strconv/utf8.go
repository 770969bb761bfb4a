package strconv

// Minimal UTF-8 helpers, so strconv depends on no other package (as fmt imports strconv).

const (
	runeSelf    = 0x80
	runeError   = '\uFFFD'
	maxRune     = '\U0010FFFF'
	surrogateLo = 0xD800
	surrogateHi = 0xDFFF
)

// validRune reports whether r is a Unicode scalar value (in range, not a surrogate).
func validRune(r rune) bool {
	return 0 <= r && r < surrogateLo || surrogateHi < r && r <= maxRune
}

// decodeRune decodes the first UTF-8 sequence of s; invalid or short input yields
// (runeError, 1) and an empty s yields (runeError, 0).
func decodeRune(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return runeError, 0
	}
	c0 := s[0]
	if c0 < runeSelf {
		return rune(c0), 1
	}
	switch {
	case c0 >= 0xC2 && c0 <= 0xDF:
		if n < 2 || s[1]&0xC0 != 0x80 {
			return runeError, 1
		}
		return rune(c0&0x1F)<<6 | rune(s[1]&0x3F), 2
	case c0 >= 0xE0 && c0 <= 0xEF:
		lo, hi := byte(0x80), byte(0xBF)
		if c0 == 0xE0 {
			lo = 0xA0
		} else if c0 == 0xED {
			hi = 0x9F // excludes surrogates
		}
		if n < 2 || s[1] < lo || s[1] > hi {
			return runeError, 1
		}
		if n < 3 || s[2]&0xC0 != 0x80 {
			return runeError, 1
		}
		return rune(c0&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	case c0 >= 0xF0 && c0 <= 0xF4:
		lo, hi := byte(0x80), byte(0xBF)
		if c0 == 0xF0 {
			lo = 0x90
		} else if c0 == 0xF4 {
			hi = 0x8F
		}
		if n < 2 || s[1] < lo || s[1] > hi {
			return runeError, 1
		}
		if n < 3 || s[2]&0xC0 != 0x80 || n < 4 || s[3]&0xC0 != 0x80 {
			return runeError, 1
		}
		return rune(c0&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
	}
	return runeError, 1
}

// validString reports whether s is entirely valid UTF-8.
func validString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < runeSelf {
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		if r == runeError && n == 1 {
			return false
		}
		i += n
	}
	return true
}

// appendRune appends the UTF-8 encoding of r (runeError if r is invalid).
func appendRune(b []byte, r rune) []byte {
	if !validRune(r) {
		r = runeError
	}
	switch {
	case r < 0x80:
		return append(b, byte(r))
	case r < 0x800:
		return append(b, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	case r < 0x10000:
		return append(b, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return append(b, 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
}

// index returns the index of the first c in s, or -1.
func index(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
