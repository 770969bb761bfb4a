// Package path/filepath's lexical functions on Linux: Clean, Join, Split, Base, Dir, Ext,
// IsAbs, Rel, Match, SplitList, VolumeName, ToSlash/FromSlash, HasPrefix.
package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "/", "a/b/../c/", "//x//y/", "../a/../../b", "f.tar.gz"} {
		dir, file := filepath.Split(p)
		fmt.Printf("%q: %q %q,%q %q %q %q %v %q %q %q\n", p, filepath.Clean(p), dir, file, filepath.Base(p),
			filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p), filepath.VolumeName(p), filepath.ToSlash(p), filepath.FromSlash(p))
	}
	fmt.Printf("%q %q %q\n", filepath.Join("a", "b", "../c"), filepath.Join("", "", ""), filepath.Join("/", "", "a"))
	rels := [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {".", "a/b"}, {"a/b", "."},
		{"/", "/a"}, {"/a", "/"}, {"a", "/a"}, {"/a", "a"}, {"../a", "b"}, {"a/..", ".."}, {"x/../..", "y"},
		{"", "a"}, {"a/b/c", "a/b/c"}, {"/a/b/c", "/a/b/c/../d"}, {"a/b/c", "a/b"}, {"../..", ".."},
		{"..", "../.."}, {"/ab/cd", "/ab/cde"}, {"a/b", "a/bc/d"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], rel, err)
	}
	for _, l := range []string{"", ":", "a", "/bin:/usr/bin", "a::b:"} {
		fmt.Printf("SplitList(%q) = %q (%d)\n", l, filepath.SplitList(l), len(filepath.SplitList(l)))
	}
	// Unlike path.Match, a failed match does not look at the rest of the pattern.
	for _, m := range [][2]string{{"*.go", "x.go"}, {"*.go", "a/x.go"}, {"[", "x"}, {"a\\", "a"}, {"?", "é"},
		{"a[", "x"}, {"x*[", "ab"}, {"/*[/", "?x"}, {"b\\", "a"}, {"[]", "a"}} {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Println(m, ok, err, err == filepath.ErrBadPattern)
	}
	fmt.Println(filepath.HasPrefix("/a/bc", "/a/b"), string(filepath.Separator), string(filepath.ListSeparator))
}
