// Package path: Clean, Split, Join, Base, Dir, Ext, IsAbs and Match (with its syntax errors).
package main

import (
	"fmt"
	"path"
)

func main() {
	paths := []string{"", ".", "..", "/", "//", "///a//b", "a/b/../c", "../../a/./b/", "/../a", "a//b",
		"abc/..", "abc/../..", "/abc/../../x", "x/./y/../../..", "a/b/c/../../../..", "a/", "/a/",
		"a.b/c.d.e", "a.b/", ".hidden", "dir/.x", "日本/語.txt", "a/../../b/../c"}
	for _, p := range paths {
		dir, file := path.Split(p)
		fmt.Printf("%q: Clean=%q Split=%q,%q Base=%q Dir=%q Ext=%q IsAbs=%v\n",
			p, path.Clean(p), dir, file, path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Printf("%q %q %q %q %q %q\n", path.Join(), path.Join(""), path.Join("", ""), path.Join("a", "", "b/"),
		path.Join("/", "x", "../y"), path.Join("", "/a"))

	patterns := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"},
		{"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
		{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"},
		{"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"},
		{"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"},
		{"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
		{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"},
		{"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "a"}, {"*", ""},
		{"a*", "ab/c"}, {"*x*", "a/x/b"}, {"[\xff]", "\xff"}, {"a*[", "abc"}, {"a*\\", "abc"},
	}
	for _, p := range patterns {
		ok, err := path.Match(p[0], p[1])
		fmt.Printf("Match(%q, %q) = %v, %v (ErrBadPattern: %v)\n", p[0], p[1], ok, err, err == path.ErrBadPattern)
	}
}
