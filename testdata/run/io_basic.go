package main

import (
	"fmt"
	"io"
)

type sr struct {
	s string
	i int
}

func (r *sr) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	if n > 3 {
		n = 3
	}
	r.i += n
	return n, nil
}

func (r *sr) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n := copy(p, r.s[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

type bw struct{ b []byte }

func (w *bw) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }

func main() {
	b, err := io.ReadAll(&sr{s: "hello, world"})
	fmt.Println(string(b), e(err))
	buf := make([]byte, 5)
	n, err := io.ReadFull(&sr{s: "abc"}, buf)
	fmt.Println(n, e(err))
	n, err = io.ReadFull(&sr{s: ""}, buf)
	fmt.Println(n, e(err))
	n, err = io.ReadAtLeast(&sr{s: "abcdefgh"}, buf, 6)
	fmt.Println(n, e(err))
	w := &bw{}
	c, err := io.Copy(w, io.LimitReader(&sr{s: "0123456789"}, 7))
	fmt.Println(c, e(err), string(w.b))
	w = &bw{}
	c, err = io.CopyN(w, &sr{s: "0123"}, 7)
	fmt.Println(c, e(err), string(w.b))
	w = &bw{}
	mr := io.MultiReader(&sr{s: "ab"}, &sr{s: "cdef"}, &sr{s: ""})
	c, err = io.Copy(w, io.TeeReader(mr, w))
	fmt.Println(c, e(err), string(w.b))
	s := io.NewSectionReader(&sr{s: "0123456789"}, 2, 5)
	b, err = io.ReadAll(s)
	fmt.Println(string(b), e(err), s.Size())
	p, err := s.Seek(1, io.SeekStart)
	fmt.Println(p, e(err))
	_, err = s.Seek(-5, io.SeekCurrent)
	fmt.Println(e(err))
	n, err = s.ReadAt(buf, 3)
	fmt.Println(n, e(err), string(buf[:n]))
	w1, w2 := &bw{}, &bw{}
	mw := io.MultiWriter(w1, w2)
	io.WriteString(mw, "xyz")
	fmt.Println(string(w1.b), string(w2.b))
	c, err = io.Copy(io.Discard, &sr{s: "1234567"})
	fmt.Println(c, e(err))
}

func e(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}
