package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
)

func main() {
	r, w, err := os.Pipe()
	fmt.Println(err, r.Name(), w.Name())
	w.WriteString("through the pipe\nsecond line\n")
	w.Close()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	r.Close()
	f, _ := os.CreateTemp("", "wt")
	defer os.Remove(f.Name())
	f.WriteString("0123456789")
	f.Seek(3, io.SeekStart)
	var sb stringsBuilder
	n, err := io.Copy(&sb, f)
	fmt.Println(n, err, string(sb.b))
	f.Seek(0, io.SeekStart)
	n, err = io.Copy(&sb, f)
	fmt.Println(n, err, string(sb.b))
	g, _ := os.Create(f.Name() + ".copy")
	defer os.Remove(g.Name())
	f.Seek(0, io.SeekStart)
	n, err = io.Copy(g, f)
	fmt.Println(n, err)
	b, _ := os.ReadFile(g.Name())
	fmt.Println(string(b), runtime.NumCgoCall())
}

type stringsBuilder struct{ b []byte }

func (s *stringsBuilder) Write(p []byte) (int, error) { s.b = append(s.b, p...); return len(p), nil }
