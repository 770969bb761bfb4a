// Package filepath implements utility routines for manipulating file name paths in the way
// of the target operating system. ergo targets Linux only, so the separator is '/', the list
// separator ':', and there are no volume names.
package filepath

import (
	"errors"
	"path"
)

const (
	Separator     = '/' // the OS-specific path separator
	ListSeparator = ':' // the OS-specific path list separator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path name equivalent to path by purely lexical processing (see
// path.Clean for the rules).
func Clean(p string) string { return path.Clean(p) }

// Join joins any number of path elements into a single path, separating them with
// Separator. Empty elements are ignored and the result is Cleaned; if every element is empty,
// Join returns "".
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits path immediately following the final Separator into a directory and a file
// name component.
func Split(p string) (dir, file string) { return path.Split(p) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path (see path.Base).
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, Cleaned (see path.Dir).
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return len(p) > 0 && p[0] == '/' }

// VolumeName returns the leading volume name: always "" on Linux.
func VolumeName(p string) string { return "" }

// ToSlash returns path with each separator replaced by a slash: unchanged on Linux.
func ToSlash(p string) string { return p }

// FromSlash returns path with each slash replaced by the separator: unchanged on Linux.
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by ListSeparator, as in PATH. An empty string
// gives an empty slice.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	var parts []string
	start := 0
	for i := 0; i < len(list); i++ {
		if list[i] == ListSeparator {
			parts = append(parts, list[start:i])
			start = i + 1
		}
	}
	return append(parts, list[start:])
}

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and does not ignore case when
// required.
func HasPrefix(p, prefix string) bool {
	return len(p) >= len(prefix) && p[:len(prefix)] == prefix
}

// IsLocal reports whether path, using lexical analysis only, is local: within the subtree
// rooted at the directory in which path is evaluated, not absolute, not empty.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	// Only a path with "." or ".." elements needs cleaning.
	hasDots := false
	for rest := p; rest != "" && !hasDots; {
		i := 0
		for i < len(rest) && rest[i] != '/' {
			i++
		}
		elem := rest[:i]
		if i < len(rest) {
			i++
		}
		rest = rest[i:]
		hasDots = elem == "." || elem == ".."
	}
	if hasDots {
		p = Clean(p)
	}
	return p != ".." && !HasPrefix(p, "../")
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to
// basepath with an intervening separator. An error is returned if targpath can't be made
// relative to basepath (one is absolute and the other not) or if knowing the current
// working directory would be necessary to compute it.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	baseAbs := len(base) > 0 && base[0] == Separator
	targAbs := len(targ) > 0 && targ[0] == Separator
	if baseAbs != targAbs {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Move base[b0:bi] and targ[t0:ti] to the first elements that differ.
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 == bl {
		return targ[t0:], nil
	}
	// Elements of base are left: go up once for each before going down into targ.
	buf := []byte("..")
	for i := b0; i < bl; i++ {
		if base[i] == Separator {
			buf = append(buf, "/.."...)
		}
	}
	if t0 != tl {
		buf = append(buf, Separator)
		buf = append(buf, targ[t0:]...)
	}
	return string(buf), nil
}
