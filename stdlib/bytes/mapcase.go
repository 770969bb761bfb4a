package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a copy of the byte slice s with all its characters modified according to the
// mapping function. If mapping returns a negative value, the character is dropped from the
// byte slice with no replacement. The characters in s and the output are interpreted as
// UTF-8-encoded code points.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		wid := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += wid
	}
	return b
}

// asciiCase reports whether s is all ASCII, and whether it has a byte in [lo, hi].
func asciiCase(s []byte, lo, hi byte) (isASCII, has bool) {
	isASCII = true
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return false, has
		}
		has = has || (lo <= c && c <= hi)
	}
	return
}

// asciiMap returns a new slice of the ASCII s with the bytes in [lo, hi] shifted by delta;
// an unchanged s is copied the way gc copies it.
func asciiMap(s []byte, lo, hi byte, has bool, delta int) []byte {
	if !has {
		return append([]byte(""), s...)
	}
	b := make([]byte, len(s))
	for i, c := range s {
		if lo <= c && c <= hi {
			c = byte(int(c) + delta)
		}
		b[i] = c
	}
	return b
}

// ToUpper returns a copy of the byte slice s with all Unicode letters mapped to their upper
// case.
func ToUpper(s []byte) []byte {
	if isASCII, has := asciiCase(s, 'a', 'z'); isASCII {
		return asciiMap(s, 'a', 'z', has, 'A'-'a')
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns a copy of the byte slice s with all Unicode letters mapped to their lower
// case.
func ToLower(s []byte) []byte {
	if isASCII, has := asciiCase(s, 'A', 'Z'); isASCII {
		return asciiMap(s, 'A', 'Z', has, 'a'-'A')
	}
	return Map(unicode.ToLower, s)
}

// ToTitle treats s as UTF-8-encoded bytes and returns a copy with all the Unicode letters
// mapped to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial treats s as UTF-8-encoded bytes and returns a copy with all the Unicode
// letters mapped to their upper case, giving priority to the special casing rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToUpper, s)
}

// ToLowerSpecial treats s as UTF-8-encoded bytes and returns a copy with all the Unicode
// letters mapped to their lower case, giving priority to the special casing rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToLower, s)
}

// ToTitleSpecial treats s as UTF-8-encoded bytes and returns a copy with all the Unicode
// letters mapped to their title case, giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToTitle, s)
}

// ToValidUTF8 treats s as UTF-8-encoded bytes and returns a copy with each run of bytes
// representing invalid UTF-8 replaced with the bytes in replacement, which may be empty.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // previous byte was from an invalid UTF-8 sequence
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, wid := utf8.DecodeRune(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return b
}

// isSeparator reports whether the rune could mark a word boundary for Title.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title treats s as UTF-8-encoded bytes and returns a copy with all Unicode letters that
// begin words mapped to their title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle Unicode punctuation
// properly. Use golang.org/x/text/cases instead.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		wordStart := isSeparator(prev)
		prev = r
		if wordStart {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// Runes interprets s as a sequence of UTF-8-encoded code points. It returns a slice of runes
// (Unicode code points) equivalent to s.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	i := 0
	for len(s) > 0 {
		r, l := utf8.DecodeRune(s)
		t[i] = r
		i++
		s = s[l:]
	}
	return t
}

// Repeat returns a new byte slice consisting of count copies of b. It panics if count is
// negative or if the result of (len(b) * count) overflows.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(b) >= maxInt/count {
		panic("bytes: Repeat output length overflow")
	}
	n := len(b) * count
	if len(b) == 0 {
		return []byte{}
	}
	nb := make([]byte, n)
	bp := copy(nb, b)
	for bp < n {
		bp += copy(nb[bp:], nb[:bp])
	}
	return nb
}

// Replace returns a copy of the slice s with the first n non-overlapping instances of old
// replaced by new. If old is empty, it matches at the beginning of the slice and after each
// UTF-8 sequence. If n < 0, there is no limit on the number of replacements.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w := 0
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRune(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		w += copy(t[w:], s[start:j])
		w += copy(t[w:], new)
		start = j + len(old)
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

// ReplaceAll returns a copy of the slice s with all non-overlapping instances of old replaced
// by new.
func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding, which is a more general form of case-insensitivity.
func EqualFold(s, t []byte) bool {
	for len(s) != 0 && len(t) != 0 {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRune(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRune(t)
			tr, t = r, t[size:]
		}
		if tr == sr {
			continue
		}
		if tr < sr {
			tr, sr = sr, tr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return len(s) == len(t)
}
