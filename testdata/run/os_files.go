package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "ostest*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	_, err = os.Open(dir + "/nope")
	fmt.Println(err != nil, errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Err)
	err = os.WriteFile(dir+"/a.txt", []byte("hello\nworld\n"), 0644)
	fmt.Println(err)
	b, err := os.ReadFile(dir + "/a.txt")
	fmt.Printf("%q %v\n", b, err)
	f, _ := os.Create(dir + "/b.txt")
	f.WriteString("xyz")
	f.Seek(1, io.SeekStart)
	buf := make([]byte, 10)
	n, err := f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.Read(buf)
	fmt.Println(n, err)
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.Mode(), st.IsDir())
	f.Close()
	fmt.Println(f.Close() != nil)
	_, err = f.Read(buf)
	fmt.Println(errors.Is(err, os.ErrClosed))
	os.MkdirAll(dir+"/x/y/z", 0755)
	os.Mkdir(dir+"/c", 0755)
	err = os.Mkdir(dir+"/c", 0755)
	fmt.Println(os.IsExist(err), errors.Is(err, fs.ErrExist))
	ents, err := os.ReadDir(dir)
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}
	st, _ = os.Stat(dir + "/x")
	fmt.Println(st.Mode(), st.Mode().Perm())
	fmt.Println(os.Remove(dir+"/x") != nil)
	fmt.Println(len(os.Args), os.Getenv("NOPE_NOT_SET") == "")
	os.Setenv("K1", "v1")
	v, ok := os.LookupEnv("K1")
	fmt.Println(v, ok, os.ExpandEnv("a $K1 ${K1}b $"))
	fmt.Println(os.Setenv("", "x"))
}
