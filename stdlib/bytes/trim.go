package bytes

import (
	"unicode"
	"unicode/utf8"
)

// TrimLeftFunc treats s as UTF-8-encoded bytes and returns a subslice of s by slicing off all
// leading UTF-8-encoded code points c that satisfy f(c); nil if all do.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s by slicing off all trailing UTF-8-encoded code points
// c that satisfy f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRune(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns a subslice of s by slicing off all leading and trailing UTF-8-encoded code
// points c that satisfy f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace returns a subslice of s by slicing off all leading and trailing white space, as
// defined by Unicode; nil if s is all white space.
func TrimSpace(s []byte) []byte {
	start := indexFunc(s, unicode.IsSpace, false)
	if start < 0 {
		return nil
	}
	return TrimRightFunc(s[start:], unicode.IsSpace)
}

// Trim returns a subslice of s by slicing off all leading and trailing UTF-8-encoded code
// points contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeft(trimRight(s, cutset), cutset)
}

// TrimLeft returns a subslice of s by slicing off all leading UTF-8-encoded code points
// contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeft(s, cutset)
}

// TrimRight returns a subslice of s by slicing off all trailing UTF-8-encoded code points that
// are contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return trimRight(s, cutset)
}

// trimLeft returns nil rather than an empty slice when everything is trimmed, as gc does.
func trimLeft(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(s)
		}
		if indexRuneString(cutset, r) < 0 {
			break
		}
		s = s[n:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

func trimRight(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(s)
		}
		if indexRuneString(cutset, r) < 0 {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimPrefix returns s without the provided leading prefix string. If s doesn't start with
// prefix, s is returned unchanged.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s doesn't end with
// suffix, s is returned unchanged.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
