// Behaviour newer than go 1.19, checked against the documentation: Go 1.22's Scanner stops
// without a token when a split function returns ErrFinalToken with a nil token; Go 1.20's
// io.OffsetWriter, Go 1.21's errors.ErrUnsupported matching of syscall.Errno, Go 1.22's
// io.SectionReader.Outer, os.File.WriteTo.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
)

type buf struct{ b []byte }

func (w *buf) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(w.b)) < off+int64(len(p)) {
		w.b = append(w.b, '.')
	}
	copy(w.b[off:], p)
	return len(p), nil
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

func main() {
	failed := false
	check := func(ok bool, what string) {
		if !ok {
			fmt.Println("FAIL:", what)
			failed = true
		}
	}

	// Scanner: ErrFinalToken with a nil token ends the scan with no token and no error.
	sc := bufio.NewScanner(&stringReader{s: "a b STOP c"})
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "STOP" {
			return 0, nil, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	check(len(got) == 2 && got[0] == "a" && got[1] == "b", "ErrFinalToken with nil token")
	check(sc.Err() == nil, "Err after ErrFinalToken")
	check(!sc.Scan(), "Scan after the final token")

	// io.OffsetWriter.
	w := &buf{}
	ow := io.NewOffsetWriter(w, 3)
	ow.Write([]byte("ab"))
	ow.WriteAt([]byte("Z"), 4)
	pos, err := ow.Seek(0, io.SeekCurrent)
	check(pos == 2 && err == nil, "OffsetWriter.Seek current")
	_, err = ow.Seek(-1, io.SeekStart)
	check(err != nil && err.Error() == "Seek: invalid offset", "OffsetWriter.Seek negative")
	_, err = ow.Seek(0, io.SeekEnd)
	check(err != nil && err.Error() == "Seek: invalid whence", "OffsetWriter.Seek end")
	_, err = ow.WriteAt([]byte("x"), -1)
	check(err != nil && err.Error() == "Seek: invalid offset", "OffsetWriter.WriteAt negative")
	check(string(w.b) == "...ab..Z", "OffsetWriter contents: "+string(w.b))

	// io.SectionReader.Outer, os.File.WriteTo.
	sr := io.NewSectionReader(strAt("0123456789"), 2, 5)
	r, off, n := sr.Outer()
	check(r == strAt("0123456789") && off == 2 && n == 5, "SectionReader.Outer")

	// errors.ErrUnsupported and syscall.Errno.
	check(errors.Is(syscall.ENOSYS, errors.ErrUnsupported), "ENOSYS is ErrUnsupported")
	check(errors.Is(syscall.EOPNOTSUPP, errors.ErrUnsupported), "EOPNOTSUPP is ErrUnsupported")
	check(!errors.Is(syscall.ENOENT, errors.ErrUnsupported), "ENOENT is not ErrUnsupported")

	// bufio.Writer.AvailableBuffer (Go 1.18) and Reset to itself (Go 1.21).
	bw := bufio.NewWriterSize(os.Stdout, 32)
	check(cap(bw.AvailableBuffer()) == 32 && len(bw.AvailableBuffer()) == 0, "AvailableBuffer")
	bw.Reset(bw)
	check(bw.Size() == 32, "Writer.Reset(itself)")

	// os.File.WriteTo (Go 1.22).
	f, err := os.CreateTemp("", "writeto")
	check(err == nil, "CreateTemp")
	defer os.Remove(f.Name())
	f.WriteString("0123456789")
	f.Seek(4, io.SeekStart)
	var sink writeBuf
	var wt io.WriterTo = f
	n, err = wt.WriteTo(&sink)
	check(n == 6 && err == nil && string(sink.b) == "456789", "File.WriteTo")

	if !failed {
		fmt.Println("PASS")
	}
}

type writeBuf struct{ b []byte }

func (w *writeBuf) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }

type stringReader struct {
	s string
	i int
}

func (r *stringReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}
