package strings

import (
	"unicode"
	"unicode/utf8"
)

// explode splits s into a slice of UTF-8 strings, one string per Unicode character up to a
// maximum of n (n < 0 means no limit). Invalid UTF-8 bytes are sliced individually but come
// out as U+FFFD.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		r, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
		if r == utf8.RuneError {
			a[i] = string(utf8.RuneError)
		}
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s after each instance of sep, keeping sepSave bytes of sep in the
// subarrays, into at most n subslices (all of them if n < 0). The result's capacity is the
// most it could need, as gc's.
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into substrings separated by sep and returns a slice of the substrings
// between those separators. The count determines the number of substrings to return:
// n > 0: at most n substrings, the last being the unsplit remainder; n == 0: nil;
// n < 0: all substrings.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into substrings after each instance of sep and returns a slice of
// those substrings, at most n of them as for SplitN.
func SplitAfterN(s, sep string, n int) []string {
	return genSplit(s, sep, len(sep), n)
}

// Split slices s into all substrings separated by sep and returns a slice of the substrings
// between those separators. If sep is empty, Split splits after each UTF-8 sequence.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all substrings after each instance of sep and returns a slice of
// those substrings.
func SplitAfter(s, sep string) []string {
	return genSplit(s, sep, len(sep), -1)
}

// Fields splits the string s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace, returning a slice of substrings of s or an empty
// slice if s contains only white space.
func Fields(s string) []string {
	return FieldsFunc(s, unicode.IsSpace)
}

// FieldsFunc splits the string s at each run of Unicode code points c satisfying f(c) and
// returns an array of slices of s. If all code points in s satisfy f(c) or the string is
// empty, an empty slice is returned.
func FieldsFunc(s string, f func(rune) bool) []string {
	// Record the field boundaries first: f is called once per rune, in order.
	type span struct {
		start int
		end   int
	}
	spans := make([]span, 0, 32)
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, end})
				start = -1
			}
		} else if start < 0 {
			start = end
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end]
	}
	return a
}

// Join concatenates the elements of its first argument to create a single string. The
// separator string sep is placed between elements in the resulting string.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	const maxInt = int(^uint(0) >> 1)
	var n int
	if len(sep) > 0 {
		if len(sep) >= maxInt/(len(elems)-1) {
			panic("strings: Join output length overflow")
		}
		n += len(sep) * (len(elems) - 1)
	}
	for _, elem := range elems {
		if len(elem) > maxInt-n {
			panic("strings: Join output length overflow")
		}
		n += len(elem)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, s := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(s)
	}
	return b.String()
}
