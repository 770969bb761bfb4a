package filepath

import "path"

// Match reports whether name matches the shell file name pattern. The syntax is path.Match's
// (on Linux a backslash escapes the next character). The only possible error is
// ErrBadPattern, when pattern is malformed.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err != nil {
		// path.Match has no other error.
		return false, ErrBadPattern
	}
	return matched, nil
}
