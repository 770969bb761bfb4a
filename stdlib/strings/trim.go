package strings

import (
	"unicode"
	"unicode/utf8"
)

// TrimLeftFunc returns a slice of the string s with all leading Unicode code points c
// satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns a slice of the string s with all trailing Unicode code points c
// satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	// The rune found backwards is re-measured forwards, as gc does.
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns a slice of the string s with all leading and trailing Unicode code points
// c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace returns a slice of the string s, with all leading and trailing white space
// removed, as defined by Unicode.
func TrimSpace(s string) string {
	return TrimFunc(s, unicode.IsSpace)
}

// inCutset reports whether r is one of the code points of cutset; utf8.RuneError also
// matches an invalid byte of cutset.
func inCutset(cutset string, r rune) bool {
	return IndexRune(cutset, r) >= 0
}

// Trim returns a slice of the string s with all leading and trailing Unicode code points
// contained in cutset removed.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRight(trimLeft(s, cutset), cutset)
}

// TrimLeft returns a slice of the string s with all leading Unicode code points contained in
// cutset removed. To remove a prefix, use TrimPrefix instead.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimLeft(s, cutset)
}

// TrimRight returns a slice of the string s, with all trailing Unicode code points contained
// in cutset removed. To remove a suffix, use TrimSuffix instead.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRight(s, cutset)
}

func trimLeft(s, cutset string) string {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !inCutset(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

func trimRight(s, cutset string) string {
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !inCutset(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimPrefix returns s without the provided leading prefix string. If s doesn't start with
// prefix, s is returned unchanged.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s doesn't end with
// suffix, s is returned unchanged.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
