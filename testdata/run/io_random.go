package main

// A differential check of package io over random inputs, reader chunkings, errors and
// sizes; the output is a checksum per function family, equal to gc's.

import (
	"errors"
	"fmt"
	"io"
)

var seed uint64 = 0x2545f4914f6cdd1d

func rnd(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

var errBoom = errors.New("boom")

// chunky hands out random chunk sizes and ends with EOF (sometimes with the last data),
// or with errBoom.
type chunky struct {
	s    string
	i    int
	fail bool
}

func (r *chunky) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		if r.fail {
			return 0, errBoom
		}
		return 0, io.EOF
	}
	k := rnd(12)
	if k > len(p) {
		k = len(p)
	}
	n := copy(p[:k], r.s[r.i:])
	r.i += n
	if r.i >= len(r.s) && !r.fail && rnd(2) == 0 {
		return n, io.EOF
	}
	return n, nil
}

type strAt string

func (s strAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(s)) {
		return 0, io.EOF
	}
	n := copy(p, s[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

type sink struct {
	b     []byte
	limit int
}

func (w *sink) Write(p []byte) (int, error) {
	if w.limit >= 0 && len(w.b)+len(p) > w.limit {
		n := w.limit - len(w.b)
		w.b = append(w.b, p[:n]...)
		if rnd(2) == 0 {
			return n, nil // a short write without an error
		}
		return n, errBoom
	}
	w.b = append(w.b, p...)
	return len(p), nil
}

func randString() string {
	b := make([]byte, rnd(100))
	for i := range b {
		b[i] = byte('a' + rnd(26))
	}
	return string(b)
}

func src() *chunky { return &chunky{s: randString(), fail: rnd(4) == 0} }

func newSink() *sink {
	w := &sink{limit: -1}
	if rnd(4) == 0 {
		w.limit = rnd(100)
	}
	return w
}

var sum uint64

func mix(v ...any) {
	s := fmt.Sprint(v...)
	for i := 0; i < len(s); i++ {
		sum = sum*1099511628211 + uint64(s[i])
	}
	sum = sum*1099511628211 + 0xff
}

func e(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func main() {
	families := []func(){
		func() {
			w := newSink()
			n, err := io.Copy(w, src())
			mix(n, e(err), string(w.b))
		},
		func() {
			w := newSink()
			n, err := io.CopyN(w, src(), int64(rnd(120)-10))
			mix(n, e(err), string(w.b))
		},
		func() {
			buf := make([]byte, rnd(120))
			min := rnd(130)
			n, err := io.ReadAtLeast(src(), buf, min)
			mix(n, e(err), string(buf[:n]))
			n, err = io.ReadFull(src(), buf)
			mix(n, e(err), string(buf[:n]))
		},
		func() {
			b, err := io.ReadAll(io.LimitReader(src(), int64(rnd(120)-10)))
			mix(string(b), e(err))
		},
		func() {
			rs := make([]io.Reader, rnd(5))
			for i := range rs {
				rs[i] = src()
			}
			b, err := io.ReadAll(io.MultiReader(rs...))
			mix(string(b), e(err))
		},
		func() {
			w1, w2 := newSink(), newSink()
			mw := io.MultiWriter(w1, w2)
			s := randString()
			var n int
			var err error
			if rnd(2) == 0 {
				n, err = io.WriteString(mw, s)
			} else {
				n, err = mw.Write([]byte(s))
			}
			mix(n, e(err), string(w1.b), string(w2.b))
		},
		func() {
			w := newSink()
			b, err := io.ReadAll(io.TeeReader(src(), w))
			mix(string(b), e(err), string(w.b))
		},
		func() {
			s := randString()
			sr := io.NewSectionReader(strAt(s), int64(rnd(60)), int64(rnd(60)))
			for k := 0; k < 6; k++ {
				switch rnd(3) {
				case 0:
					buf := make([]byte, rnd(30))
					n, err := sr.Read(buf)
					mix("R", n, e(err), string(buf[:n]))
				case 1:
					p, err := sr.Seek(int64(rnd(80)-20), rnd(4))
					mix("S", p, e(err))
				case 2:
					buf := make([]byte, rnd(30))
					n, err := sr.ReadAt(buf, int64(rnd(70)-5))
					mix("A", n, e(err), string(buf[:n]))
				}
			}
			mix(sr.Size())
		},
		func() {
			w := newSink()
			buf := make([]byte, 1+rnd(10))
			n, err := io.CopyBuffer(w, src(), buf)
			mix(n, e(err), string(w.b))
		},
	}
	for i, f := range families {
		sum = 0
		for k := 0; k < 2000; k++ {
			f()
		}
		fmt.Printf("family %d: %016x\n", i, sum)
	}
}
