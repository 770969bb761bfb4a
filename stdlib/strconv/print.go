package strconv

// IsPrint reports whether the rune is defined as printable by Go, with the same definition
// as unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space.
// The tables in isprint.go come from Unicode 15.0, as in Go 1.21 and later.
func IsPrint(r rune) bool {
	if r <= 0xFF {
		// Latin-1: space through '~', and '¡' through 'ÿ' except the soft hyphen.
		if 0x20 <= r && r <= 0x7E {
			return true
		}
		if 0xA1 <= r && r <= 0xFF {
			return r != 0xAD
		}
		return false
	}
	if r < 1<<16 {
		x := uint16(r)
		// First range end that is >= x, found among the odd (hi) entries.
		lo, hi := 0, len(isPrint16)/2
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if isPrint16[2*m+1] < x {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo < len(isPrint16)/2 && isPrint16[2*lo] <= x
	}
	x := uint32(r)
	lo, hi := 0, len(isPrint32)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if isPrint32[2*m+1] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(isPrint32)/2 && isPrint32[2*lo] <= x
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: letters, marks,
// numbers, punctuation, symbols and spaces, from categories L, M, N, P, S and Zs.
func IsGraphic(r rune) bool {
	return IsPrint(r) || isInGraphicList(r)
}

// isInGraphicList reports whether r is a space separator other than U+0020.
func isInGraphicList(r rune) bool {
	if r < 0 || r > 0xFFFF {
		return false
	}
	for _, c := range isGraphicSpace {
		if rune(c) == r {
			return true
		}
	}
	return false
}
