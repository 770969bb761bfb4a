// Behaviour newer than go 1.19, checked against the documentation: os.DirFS's ReadFile,
// ReadDir and Stat methods and its errors naming the path as given (Go 1.21), and
// fs.FormatFileInfo / fs.FormatDirEntry (Go 1.21).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

func main() {
	failed := false
	check := func(ok bool, what string) {
		if !ok {
			fmt.Println("FAIL:", what)
			failed = true
		}
	}
	dir, err := os.MkdirTemp("", "dirfs")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	os.MkdirAll(dir+"/a/b", 0755)
	os.WriteFile(dir+"/a/x.txt", []byte("xx"), 0644)
	when := time.Date(2020, 5, 17, 13, 14, 15, 0, time.UTC)
	os.Chtimes(dir+"/a/x.txt", when, when)
	fsys := os.DirFS(dir)

	_, isReadFile := fsys.(fs.ReadFileFS)
	_, isReadDir := fsys.(fs.ReadDirFS)
	_, isStat := fsys.(fs.StatFS)
	check(isReadFile && isReadDir && isStat, "DirFS implements ReadFileFS, ReadDirFS, StatFS")

	_, err = fs.ReadFile(fsys, "nope")
	check(err != nil && err.Error() == "open nope: no such file or directory", fmt.Sprint("ReadFile error: ", err))
	_, err = fsys.Open("../etc/passwd")
	check(err != nil && err.Error() == "open ../etc/passwd: invalid argument", fmt.Sprint("Open invalid: ", err))
	_, err = fs.Stat(fsys, "a/zzz")
	check(err != nil && err.Error() == "stat a/zzz: no such file or directory", fmt.Sprint("Stat error: ", err))
	_, err = fs.ReadDir(fsys, "a/x.txt")
	check(err != nil && errors.Is(err, fs.ErrInvalid) == false, fmt.Sprint("ReadDir of a file: ", err))
	_, err = fs.ReadFile(fsys, "/abs")
	check(err != nil && err.Error() == "readfile /abs: invalid argument", fmt.Sprint("ReadFile invalid: ", err))
	ents, err := fs.ReadDir(fsys, "a")
	check(err == nil && len(ents) == 2 && ents[0].Name() == "b" && ents[1].Name() == "x.txt", "ReadDir a")

	st, err := fs.Stat(fsys, "a/x.txt")
	check(err == nil, "Stat")
	local := when.Local().Format("2006-01-02 15:04:05")
	check(fs.FormatFileInfo(st) == "-rw-r--r-- 2 "+local+" x.txt", "FormatFileInfo: "+fs.FormatFileInfo(st))
	check(fs.FormatDirEntry(ents[0]) == "d b/", "FormatDirEntry dir: "+fs.FormatDirEntry(ents[0]))
	check(fs.FormatDirEntry(ents[1]) == "- x.txt", "FormatDirEntry file: "+fs.FormatDirEntry(ents[1]))
	check(fmt.Sprint(ents[0]) == "d b/", "DirEntry String: "+fmt.Sprint(ents[0]))
	di := fs.FileInfoToDirEntry(st)
	check(fmt.Sprint(di) == "- x.txt", "FileInfoToDirEntry String: "+fmt.Sprint(di))

	if !failed {
		fmt.Println("PASS")
	}
}
