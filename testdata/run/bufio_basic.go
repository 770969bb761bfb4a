package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
)

type sr struct {
	s string
	i int
	k int
}

// Read hands out at most k bytes per call.
func (r *sr) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	if n > r.k {
		n = r.k
	}
	r.i += n
	return n, nil
}

type sw struct{ b []byte }

func (w *sw) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }

type failW struct{ n int }

func (w *failW) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, errors.New("disk full")
	}
	return len(p), nil
}

func src(s string, k int) io.Reader { return &sr{s: s, k: k} }

func main() {
	sc := bufio.NewScanner(src("one\ntwo\r\nthree\n\nlast", 3))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(src("  hello  wörld\t\u00a0x\u3000y  ", 2))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(src("aé\xffz\xe4\xb8", 1))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(src("abc", 5))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()

	sc = bufio.NewScanner(src("short\nthis line is far too long for the buffer\nx\n", 7))
	sc.Buffer(make([]byte, 8), 16)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(src("a,b,STOP,c", 4))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				if string(data[:i]) == "STOP" {
					return 0, data[:i], bufio.ErrFinalToken
				}
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	r := bufio.NewReaderSize(src("line one\nline two\r\nhéllo\nend", 3), 16)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println(ru, size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune(), r.UnreadRune())
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	n, err := r.Discard(4)
	fmt.Println(n, err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	b, err = r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	_, err = r.Peek(-1)
	fmt.Println(err, r.Size())

	r = bufio.NewReaderSize(src("abcdefghijklmnopqrstuvwxyz0123456789\n", 40), 16)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)

	w := &sw{}
	bw := bufio.NewWriterSize(w, 8)
	bw.WriteString("hello")
	fmt.Println(bw.Buffered(), bw.Available(), len(w.b))
	bw.WriteString(", world of buffers")
	bw.WriteRune('é')
	bw.WriteByte('!')
	fmt.Println(bw.Buffered(), string(w.b))
	fmt.Println(bw.Flush(), string(w.b))
	wn, err := bw.ReadFrom(src("0123456789abcdef", 5))
	fmt.Println(wn, err, bw.Buffered(), bw.Flush(), string(w.b))

	fw := bufio.NewWriterSize(&failW{3}, 4)
	nn, err := fw.WriteString("abcdefgh")
	fmt.Println(nn, err, fw.Flush(), fw.Buffered())

	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "via %s\n", "bufio")
	out.Flush()

	var sb sw
	rd := bufio.NewReader(src("copy me through WriteTo", 4))
	cn, err := io.Copy(&sb, rd)
	fmt.Println(cn, err, string(sb.b))
	rw := bufio.NewReadWriter(bufio.NewReader(src("rw", 8)), bufio.NewWriter(&sb))
	x, _ := rw.ReadString('\n')
	rw.WriteString(x)
	rw.Flush()
	fmt.Println(string(sb.b))
}
