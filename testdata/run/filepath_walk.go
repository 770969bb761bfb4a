// path/filepath over a real directory tree: Walk and WalkDir (order, SkipDir on files and
// directories, SkipAll, errors), Glob, EvalSymlinks (relative, absolute and chained links,
// loops, missing files) and Abs. (SkipAll, Go 1.20: selfcheck/filepath_skipall.go.)
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var tmp string

func rel(s string) string { return strings.ReplaceAll(s, tmp, "TMP") }

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	var err error
	tmp, err = os.MkdirTemp("", "walk")
	must(err)
	defer os.RemoveAll(tmp)
	for _, d := range []string{"a/b/c", "a/skip/deep", "b", "z"} {
		must(os.MkdirAll(filepath.Join(tmp, d), 0o755))
	}
	for _, f := range []string{"a/1.txt", "a/b/2.go", "a/b/c/3.go", "a/skip/4.txt", "a/skip/deep/5.txt", "b/6.go", "b/7.txt", "top.go"} {
		must(os.WriteFile(filepath.Join(tmp, f), []byte(f), 0o644))
	}
	must(os.Symlink("b", filepath.Join(tmp, "link-to-b")))
	must(os.Symlink(filepath.Join(tmp, "a", "b"), filepath.Join(tmp, "abs-link")))
	must(os.Symlink("link-to-b/6.go", filepath.Join(tmp, "chain")))
	must(os.Symlink("loop2", filepath.Join(tmp, "loop1")))
	must(os.Symlink("loop1", filepath.Join(tmp, "loop2")))
	must(os.Symlink("missing", filepath.Join(tmp, "dangling")))

	fmt.Println("-- Walk")
	err = filepath.Walk(tmp, func(path string, info fs.FileInfo, err error) error {
		fmt.Println(rel(path), rel(path) == "TMP" || info.Name() == filepath.Base(path), info.IsDir(), info.Mode()&fs.ModeSymlink != 0, err)
		if info.Name() == "skip" {
			return filepath.SkipDir
		}
		if info.Name() == "6.go" {
			return filepath.SkipDir // skips the rest of b
		}
		return nil
	})
	fmt.Println("Walk:", err)

	fmt.Println("-- WalkDir")
	err = filepath.WalkDir(tmp, func(path string, d fs.DirEntry, err error) error {
		info, _ := d.Info()
		fmt.Println(rel(path), d.Name() == filepath.Base(path), d.IsDir(), d.Type(), info.Name() == d.Name(), err)
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		if d.Name() == "dangling" {
			return filepath.SkipDir // skips the rest of the root directory
		}
		return nil
	})
	fmt.Println("WalkDir:", err)

	fmt.Println("-- errors")
	stop := errors.New("stop")
	err = filepath.WalkDir(filepath.Join(tmp, "a"), func(path string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(path, "2.go") {
			return stop
		}
		return nil
	})
	fmt.Println(err == stop)
	err = filepath.Walk(filepath.Join(tmp, "nope"), func(path string, info fs.FileInfo, err error) error {
		fmt.Println(rel(path), info == nil, rel(err.Error()), errors.Is(err, fs.ErrNotExist))
		return err
	})
	fmt.Println(rel(err.Error()))
	err = filepath.WalkDir(filepath.Join(tmp, "nope"), func(path string, d fs.DirEntry, err error) error {
		fmt.Println(rel(path), d == nil, rel(err.Error()))
		return nil
	})
	fmt.Println(err)
	err = filepath.Walk(filepath.Join(tmp, "top.go"), func(path string, info fs.FileInfo, err error) error {
		fmt.Println("single", rel(path), info.Size(), err)
		return filepath.SkipDir
	})
	fmt.Println(err)

	fmt.Println("-- Glob")
	for _, p := range []string{"*", "*/*.go", "a/*/*", "[ab]/*.txt", "*/*/*/*.go", "nomatch*", "top.go", "missing.go", "a/[", "\\*", "a/b/c/3.g?"} {
		m, err := filepath.Glob(filepath.Join(tmp, p))
		for i := range m {
			m[i] = rel(m[i])
		}
		fmt.Println(p, m, err)
	}

	fmt.Println("-- EvalSymlinks")
	for _, p := range []string{"link-to-b", "link-to-b/6.go", "abs-link/c/../2.go", "chain", "a/../b/./7.txt", "loop1", "dangling", "top.go/x", "nope/x", "a/b/c/.."} {
		r, err := filepath.EvalSymlinks(filepath.Join(tmp, p))
		e := ""
		if err != nil {
			e = rel(err.Error())
		}
		fmt.Println(p, rel(r), e)
	}
	must(os.Chdir(tmp))
	for _, p := range []string{"link-to-b", "chain", "../" + filepath.Base(tmp) + "/abs-link", ".", "a/.."} {
		r, err := filepath.EvalSymlinks(p)
		fmt.Println(strings.ReplaceAll(p, filepath.Base(tmp), "BASE"), rel(r), err)
	}

	fmt.Println("-- Abs")
	for _, p := range []string{"", ".", "x/y/../z", "/abs/../path", "a/"} {
		a, err := filepath.Abs(p)
		real, _ := filepath.EvalSymlinks(tmp)
		fmt.Println(p, strings.ReplaceAll(a, real, "TMP"), err)
	}
}
