package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Word string

func (w *Word) Scan(s fmt.ScanState, verb rune) error {
	wid, ok := s.Width()
	tok, err := s.Token(true, func(r rune) bool { return r >= 'a' && r <= 'z' })
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return fmt.Errorf("no word (verb %c, width %d %v)", verb, wid, ok)
	}
	*w = Word(fmt.Sprintf("%c:%s:%d:%v", verb, tok, wid, ok))
	return nil
}

type Pair struct{ a, b int }

func (p *Pair) Scan(s fmt.ScanState, verb rune) error {
	r, _, err := s.ReadRune()
	if err != nil {
		return err
	}
	if r != '<' {
		s.UnreadRune()
		return fmt.Errorf("want <, got %q", r)
	}
	_, err = fmt.Fscanf(s, "%d,%d>", &p.a, &p.b)
	return err
}

type EOFer struct{}

func (*EOFer) Scan(s fmt.ScanState, verb rune) error { return io.EOF }

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func main() {
	var w1, w2 Word
	n, err := fmt.Sscan("  hello world", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	n, err = fmt.Sscanf("abcdef", "%3v%s", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	n, err = fmt.Sscan("123", &w1)
	fmt.Println(n, err)
	var p Pair
	n, err = fmt.Sscan("<3,4>", &p)
	fmt.Println(n, err, p)
	n, err = fmt.Sscan("x", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &EOFer{})
	fmt.Println(n, err)
	r := strings.NewReader("1 2 3\n4 5")
	var a, b, c int
	for {
		n, err := fmt.Fscanln(r, &a, &b, &c)
		fmt.Println(n, err, a, b, c)
		if err == io.EOF || n == 0 {
			break
		}
	}
	br := oneByte{bytes.NewBufferString("héllo 7 wörld\xff 9")}
	var s1, s2 string
	var i1, i2 int
	n, err = fmt.Fscan(br, &s1, &i1, &s2, &i2)
	fmt.Printf("%d %v %q %d %q %d\n", n, err, s1, i1, s2, i2)
	var f32 float32
	var c64 complex64
	var u16 uint16
	n, err = fmt.Sscanf("3.25 (1.5-2i) 65535 70000", "%g %v %d %d", &f32, &c64, &u16, &u16)
	fmt.Println(n, err, f32, c64, u16)
	var x, y int
	n, err = fmt.Sscanf("10\n20", "%d\n%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("10 20", "%d\n%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("10\n20", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("a10", "a%d", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("ff 0x1f 1_000", "%x %v %v", &x, &y, &a)
	fmt.Println(n, err, x, y, a)
	n, err = fmt.Sscanf("U+1F600 z", "%U %c", &x, &y)
	fmt.Println(n, err, x, y)
	var bo bool
	n, err = fmt.Sscanf("T", "%t", &bo)
	fmt.Println(n, err, bo)
	n, err = fmt.Sscanf("tru", "%t", &bo)
	fmt.Println(n, err, bo)
	var bs []byte
	n, err = fmt.Sscanf("`raw str` 41x", "%q %x", &s1, &bs)
	fmt.Println(n, err, s1, bs)
	n, err = fmt.Sscanf("5", "%5")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %")
	fmt.Println(n, err)
	var ip *int
	n, err = fmt.Sscan("5", &ip)
	fmt.Println(n, err)
}
