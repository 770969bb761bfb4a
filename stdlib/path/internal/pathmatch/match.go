// Package pathmatch is the shell pattern matcher of path.Match and filepath.Match (for
// '/' as the separator). The two differ in one way, as gc's: when a match fails early,
// path.Match still checks the rest of the pattern for syntax errors; filepath.Match does
// not.
package pathmatch

// errBadPattern is the only error: each package reports its own ErrBadPattern instead.
type errBadPattern struct{}

func (errBadPattern) Error() string { return "syntax error in pattern" }

// ErrBadPattern is returned for a malformed pattern.
var ErrBadPattern error = errBadPattern{}

// Match reports whether name matches the shell pattern. The pattern syntax is:
//
//	pattern:
//		{ term }
//	term:
//		'*'         matches any sequence of non-/ characters
//		'?'         matches any single non-/ character
//		'[' [ '^' ] { character-range } ']'
//		            character class (must be non-empty)
//		c           matches character c (c != '*', '?', '\\', '[')
//		'\\' c      matches character c
//
//	character-range:
//		c           matches character c (c != '\\', '-', ']')
//		'\\' c      matches character c
//		lo '-' hi   matches character c for lo <= c <= hi
//
// Match requires pattern to match all of name, not just a substring. The only possible
// error is ErrBadPattern, when pattern is malformed. With checkRest, a failed match still
// reports a syntax error in the rest of the pattern.
func Match(pattern, name string, checkRest bool) (matched bool, err error) {
	for len(pattern) > 0 {
		star, chunk, rest := scanChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// A trailing star matches the rest of the name unless it crosses a slash.
			return indexSlash(name) < 0, nil
		}
		t, ok, err := matchChunk(chunk, name)
		// The last chunk must consume all of name; otherwise a star may still help.
		if ok && (t == "" || pattern != "") {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		advanced := false
		if star {
			// Let the star swallow i+1 more bytes, never a slash.
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				t, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if pattern == "" && t != "" {
						continue
					}
					name = t
					advanced = true
					break
				}
				if err != nil {
					return false, err
				}
			}
		}
		if advanced {
			continue
		}
		// No match: still report a malformed remainder of the pattern.
		for checkRest && len(pattern) > 0 {
			_, chunk, pattern = scanChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return name == "", nil
}

func indexSlash(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

// scanChunk splits off the leading stars and the chunk up to the next star outside a
// character class.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			// A trailing backslash is reported by matchChunk.
			if i+1 < len(pattern) {
				i++
			}
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// decodeRune returns the first rune of s and its width in bytes, as utf8.DecodeRuneInString:
// an invalid byte gives U+FFFD with width 1, an empty string (U+FFFD, 0).
func decodeRune(s string) (r rune, size int) {
	if s == "" {
		return 0xFFFD, 0
	}
	size = len(s)
	for i, c := range s {
		if i > 0 {
			size = i
			break
		}
		r = c
	}
	return r, size
}

// matchChunk matches chunk (which has no star) at the start of s and returns what is left of
// s. Once the match has failed, the rest of the chunk is still checked for syntax.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if !failed && s == "" {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = decodeRune(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if len(chunk) > 0 && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			in := false
			for nrange := 0; ; nrange++ {
				if len(chunk) > 0 && chunk[0] == ']' && nrange > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = classChar(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = classChar(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					in = true
				}
			}
			if in == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := decodeRune(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if chunk == "" {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// classChar reads one possibly escaped character of a character class. The class must go on
// after it (at least a closing bracket), so an exhausted chunk is an error.
func classChar(chunk string) (r rune, rest string, err error) {
	if chunk == "" || chunk[0] == '-' || chunk[0] == ']' {
		return 0, chunk, ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if chunk == "" {
			return 0, chunk, ErrBadPattern
		}
	}
	r, n := decodeRune(chunk)
	if r == 0xFFFD && n == 1 {
		err = ErrBadPattern
	}
	rest = chunk[n:]
	if rest == "" {
		err = ErrBadPattern
	}
	return r, rest, err
}
