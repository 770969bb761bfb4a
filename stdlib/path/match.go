package path

import (
	"errors"
	"path/internal/pathmatch"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

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
// returned error is ErrBadPattern, when pattern is malformed (also when the match fails
// before the malformed part).
func Match(pattern, name string) (matched bool, err error) {
	matched, err = pathmatch.Match(pattern, name, true)
	if err != nil {
		return false, ErrBadPattern
	}
	return matched, nil
}
