package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

func main() {
	dir, err := os.MkdirTemp("", "dirfs")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	os.MkdirAll(dir+"/a/b", 0755)
	os.WriteFile(dir+"/a/x.txt", []byte("xx"), 0644)
	os.WriteFile(dir+"/a/b/y.txt", []byte("yyy"), 0600)
	os.WriteFile(dir+"/top.go", nil, 0644)
	when := time.Date(2020, 5, 17, 13, 14, 15, 0, time.UTC)
	fmt.Println(os.Chtimes(dir+"/a/x.txt", when, when))
	fsys := os.DirFS(dir)
	fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("err", err)
			return err
		}
		info, _ := d.Info()
		fmt.Println(path, d.IsDir(), d.Type(), info.Mode())
		if path == "a/b" {
			return fs.SkipDir
		}
		return nil
	})
	b, err := fs.ReadFile(fsys, "a/x.txt")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "nope")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	m, err := fs.Glob(fsys, "a/*.txt")
	fmt.Println(m, err)
	m, err = fs.Glob(fsys, "*/*/*")
	fmt.Println(m, err)
	_, err = fs.Glob(fsys, "[")
	fmt.Println(err)
	sub, err := fs.Sub(fsys, "a")
	fmt.Println(err)
	ents, err := fs.ReadDir(sub, ".")
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir())
	}
	_, err = fs.Stat(sub, "b/zzz")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	st, err := fs.Stat(fsys, "a/x.txt")
	fmt.Println(st.Name(), st.Size(), st.ModTime().UTC(), err)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."), fs.ValidPath(""), fs.ValidPath("a/"), fs.ValidPath("\xff"))
	for _, m := range []fs.FileMode{0, 0755, fs.ModeDir | 0700, fs.ModeSymlink | 0777, fs.ModeDevice | fs.ModeCharDevice | 0620, fs.ModeNamedPipe, fs.ModeSocket | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky, fs.ModeIrregular | fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary} {
		fmt.Println(m.String(), m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	fmt.Println(os.Getpagesize() > 0)
	_, err = os.Stat(dir + "/a/x.txt/z")
	fmt.Println(errors.Is(err, fs.ErrNotExist), err.(*fs.PathError).Err)
	err = os.Rename(dir+"/nope", dir+"/nope2")
	fmt.Println(err != nil, os.IsNotExist(err))
	_, err = os.ReadDir(dir + "/top.go")
	fmt.Println(err != nil)
	f, _ := os.Open(dir)
	names, err := f.Readdirnames(-1)
	fmt.Println(len(names), err)
	names, err = f.Readdirnames(1)
	fmt.Println(len(names), err)
	f.Close()
	err = os.RemoveAll(dir + "/.")
	fmt.Println(err.(*fs.PathError).Op, err.(*fs.PathError).Err, os.RemoveAll(""), os.RemoveAll(dir+"/nonexistent"))
}
