package main

// A differential check of bufio over random inputs: random bytes (ASCII, newlines, CRs,
// multi-byte and invalid UTF-8), random reader chunk sizes, random buffer sizes and random
// operation sequences. The output is a running checksum per case family, equal to gc's.

import (
	"bufio"
	"fmt"
	"io"
)

var seed uint64 = 0x9e3779b97f4a7c15

func rnd(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

var alphabet = []string{"a", "b", " ", "\n", "\r", "\r\n", "\t", "é", "世", "\xff", "\xe4\xb8", "xyz", "\u00a0", "\u3000"}

func randInput() string {
	n := rnd(200)
	s := ""
	for i := 0; i < n; i++ {
		s += alphabet[rnd(len(alphabet))]
	}
	return s
}

type chunky struct {
	s string
	i int
}

func (r *chunky) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	k := 1 + rnd(20)
	if k > len(p) {
		k = len(p)
	}
	n := copy(p[:k], r.s[r.i:])
	r.i += n
	if r.i >= len(r.s) && rnd(2) == 0 {
		return n, io.EOF
	}
	return n, nil
}

var sum uint64

func mix(s string) {
	for i := 0; i < len(s); i++ {
		sum = sum*1099511628211 + uint64(s[i])
	}
	sum = sum*1099511628211 + 0xff
}

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func readerCase() {
	in := randInput()
	r := bufio.NewReaderSize(&chunky{s: in}, 16+rnd(40))
	for step := 0; step < 60; step++ {
		switch rnd(9) {
		case 0:
			s, err := r.ReadString('\n')
			mix("RS" + s + errText(err))
		case 1:
			l, pre, err := r.ReadLine()
			mix(fmt.Sprint("RL", string(l), pre, errText(err)))
		case 2:
			c, sz, err := r.ReadRune()
			mix(fmt.Sprint("RR", c, sz, errText(err)))
		case 3:
			mix("UR" + errText(r.UnreadRune()))
		case 4:
			b, err := r.ReadByte()
			mix(fmt.Sprint("RB", b, errText(err)))
		case 5:
			mix("UB" + errText(r.UnreadByte()))
		case 6:
			p, err := r.Peek(rnd(70))
			mix(fmt.Sprint("PK", string(p), errText(err), r.Buffered()))
		case 7:
			n, err := r.Discard(rnd(10))
			mix(fmt.Sprint("DC", n, errText(err)))
		case 8:
			buf := make([]byte, rnd(30))
			n, err := r.Read(buf)
			mix(fmt.Sprint("RD", string(buf[:n]), errText(err)))
		}
	}
}

func scannerCase() {
	in := randInput()
	sc := bufio.NewScanner(&chunky{s: in})
	if rnd(3) == 0 {
		sc.Buffer(make([]byte, rnd(10)), 8+rnd(60))
	}
	switch rnd(4) {
	case 0:
		sc.Split(bufio.ScanWords)
	case 1:
		sc.Split(bufio.ScanRunes)
	case 2:
		sc.Split(bufio.ScanBytes)
	}
	n := 0
	for sc.Scan() {
		mix("T" + sc.Text())
		n++
	}
	mix(fmt.Sprint("E", n, errText(sc.Err())))
}

type limitedWriter struct {
	out  []byte
	fail int
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	if w.fail >= 0 && len(w.out)+len(p) > w.fail {
		n := w.fail - len(w.out)
		if n < 0 {
			n = 0
		}
		w.out = append(w.out, p[:n]...)
		return n, io.ErrShortWrite
	}
	w.out = append(w.out, p...)
	return len(p), nil
}

func writerCase() {
	w := &limitedWriter{fail: -1}
	if rnd(3) == 0 {
		w.fail = rnd(300)
	}
	bw := bufio.NewWriterSize(w, 1+rnd(40))
	for step := 0; step < 30; step++ {
		switch rnd(4) {
		case 0:
			n, err := bw.WriteString(randInput()[:rnd(5)*0+0] + alphabet[rnd(len(alphabet))])
			mix(fmt.Sprint("WS", n, errText(err)))
		case 1:
			n, err := bw.WriteRune(rune(rnd(0x11000)))
			mix(fmt.Sprint("WR", n, errText(err)))
		case 2:
			mix("WB" + errText(bw.WriteByte(byte(rnd(256)))))
		case 3:
			mix("FL" + errText(bw.Flush()) + fmt.Sprint(bw.Buffered(), bw.Available()))
		}
	}
	mix("END" + errText(bw.Flush()) + string(w.out))
}

func main() {
	for family, f := range []func(){readerCase, scannerCase, writerCase} {
		sum = 0
		for i := 0; i < 3000; i++ {
			f()
		}
		fmt.Printf("family %d: %016x\n", family, sum)
	}
}
