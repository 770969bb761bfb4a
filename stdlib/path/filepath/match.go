package filepath

import "path/internal/pathmatch"

// Match reports whether name matches the shell file name pattern. The syntax is path.Match's
// (on Linux a backslash escapes the next character). The only possible returned error is
// ErrBadPattern, when pattern is malformed; unlike path.Match, a match that fails before
// the malformed part of the pattern returns false and no error, as gc's.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = pathmatch.Match(pattern, name, false)
	if err != nil {
		return false, ErrBadPattern
	}
	return matched, nil
}
