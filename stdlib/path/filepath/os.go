package filepath

import (
	"errors"
	"io/fs"
	"os"
	"sort"
	"syscall"
)

// The functions of filepath that look at the file system.

// Abs returns an absolute representation of path. If the path is not absolute it will be
// joined with the current working directory to turn it into an absolute path. Abs calls
// Clean on the result.
func Abs(path string) (string, error) {
	if IsAbs(path) {
		return Clean(path), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, path), nil
}

// Glob returns the names of all files matching pattern or nil if there is no matching
// file. The syntax of patterns is the same as in Match. The pattern may describe
// hierarchical names such as /usr/*/bin/ed.
//
// Glob ignores file system errors such as I/O errors reading directories. The only
// possible returned error is ErrBadPattern, when pattern is malformed.
func Glob(pattern string) (matches []string, err error) {
	return globWithLimit(pattern, 0)
}

// pathSeparatorsLimit bounds the recursion of Glob over the pattern's directories.
const pathSeparatorsLimit = 10000

func globWithLimit(pattern string, depth int) (matches []string, err error) {
	// Check pattern is well-formed.
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if depth == pathSeparatorsLimit {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}

	dir, file := Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}

	// Prevent infinite recursion (a pattern that is its own directory).
	if dir == pattern {
		return nil, ErrBadPattern
	}

	var m []string
	m, err = globWithLimit(dir, depth+1)
	if err != nil {
		return
	}
	for _, d := range m {
		matches, err = glob(d, file, matches)
		if err != nil {
			return
		}
	}
	return
}

// cleanGlobPath prepares path for glob matching.
func cleanGlobPath(path string) string {
	switch path {
	case "":
		return "."
	case string(Separator):
		// Do nothing to the path.
		return path
	default:
		return path[0 : len(path)-1] // chop off trailing separator
	}
}

// glob searches for files matching pattern in the directory dir and appends them to
// matches. If the directory cannot be opened, it returns the existing matches. New matches
// are added in lexicographical order.
func glob(dir, pattern string, matches []string) (m []string, e error) {
	m = matches
	fi, err := os.Stat(dir)
	if err != nil {
		return // ignore I/O error
	}
	if !fi.IsDir() {
		return // ignore I/O error
	}
	d, err := os.Open(dir)
	if err != nil {
		return // ignore I/O error
	}
	defer d.Close()

	names, _ := d.Readdirnames(-1)
	sort.Strings(names)

	for _, n := range names {
		matched, err := Match(pattern, n)
		if err != nil {
			return m, err
		}
		if matched {
			m = append(m, Join(dir, n))
		}
	}
	return
}

// hasMeta reports whether path contains any of the magic characters recognized by Match.
func hasMeta(path string) bool {
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// EvalSymlinks returns the path name after the evaluation of any symbolic links. If path is
// relative the result will be relative to the current directory, unless one of the
// components is an absolute symbolic link. EvalSymlinks calls Clean on the result.
func EvalSymlinks(path string) (string, error) {
	volLen := 0
	if volLen < len(path) && path[volLen] == Separator {
		volLen++
	}
	vol := path[:volLen]
	dest := vol
	linksWalked := 0
	for start, end := volLen, volLen; start < len(path); start = end {
		for start < len(path) && path[start] == Separator {
			start++
		}
		end = start
		for end < len(path) && path[end] != Separator {
			end++
		}

		// The next path component is path[start:end].
		if end == start {
			break // no more components
		} else if path[start:end] == "." {
			continue
		} else if path[start:end] == ".." {
			// Back up to the previous component if possible (volLen counts a leading
			// slash).
			var r int
			for r = len(dest) - 1; r >= volLen; r-- {
				if dest[r] == Separator {
					break
				}
			}
			if r < volLen || dest[r+1:] == ".." {
				// No slash, or a ".." that had to be kept: keep this one too.
				if len(dest) > volLen {
					dest += string(Separator)
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}

		// An ordinary component.
		if len(dest) > 0 && dest[len(dest)-1] != Separator {
			dest += string(Separator)
		}
		dest += path[start:end]

		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(path) {
				return "", syscall.ENOTDIR
			}
			continue
		}

		// A symbolic link: continue with its target followed by the rest of the path.
		linksWalked++
		if linksWalked > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		path = link + path[end:]
		if len(link) > 0 && link[0] == Separator {
			// An absolute link restarts from the root.
			dest = link[:1]
			end = 1
			vol = link[:1]
			volLen = 1
		} else {
			// A relative link replaces the last component of dest.
			var r int
			for r = len(dest) - 1; r >= volLen; r-- {
				if dest[r] == Separator {
					break
				}
			}
			if r < volLen {
				dest = vol
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}
