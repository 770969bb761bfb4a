package main

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// A small deterministic generator so that ergo and gc see the same inputs.
var seed uint32 = 12345

func next() uint32 {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return seed
}

func main() {
	interesting := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF}
	sum := 0
	// Every sequence of up to 3 interesting bytes, decoded forwards and backwards.
	var seqs [][]byte
	for _, a := range interesting {
		seqs = append(seqs, []byte{a})
		for _, b := range interesting {
			seqs = append(seqs, []byte{a, b})
			for _, c := range interesting {
				seqs = append(seqs, []byte{a, b, c})
			}
		}
	}
	for i := 0; i < 20000; i++ {
		n := int(next() % 7)
		s := make([]byte, n)
		for j := range s {
			s[j] = interesting[next()%uint32(len(interesting))]
		}
		seqs = append(seqs, s)
	}
	for i, s := range seqs {
		r1, n1 := utf8.DecodeRune(s)
		r2, n2 := utf8.DecodeRuneInString(string(s))
		r3, n3 := utf8.DecodeLastRune(s)
		r4, n4 := utf8.DecodeLastRuneInString(string(s))
		f1, f2 := utf8.FullRune(s), utf8.FullRuneInString(string(s))
		c1, c2 := utf8.RuneCount(s), utf8.RuneCountInString(string(s))
		v1, v2 := utf8.Valid(s), utf8.ValidString(string(s))
		h := int(r1)*3 + n1*5 + int(r2)*7 + n2*11 + int(r3)*13 + n3*17 + int(r4)*19 + n4*23 + c1*29 + c2*31
		if f1 {
			h += 37
		}
		if f2 {
			h += 41
		}
		if v1 {
			h += 43
		}
		if v2 {
			h += 47
		}
		sum = sum*31 + h
		if i%997 == 0 {
			fmt.Println(i, s, r1, n1, r3, n3, f1, c1, v1)
		}
		sum &= 0xFFFFFFF
	}
	fmt.Println("decode hash", sum)

	runes := []rune{-1, 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0x7FFFFFFF, -0x80000000}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		app := utf8.AppendRune([]byte("x"), r)
		r1, r2 := utf16.EncodeRune(r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], app, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	for _, w := range utf16.Encode(runes) {
		fmt.Print(w, " ")
	}
	fmt.Println()
	e := utf16.Encode(runes)
	fmt.Println(len(e), cap(e))
	words := []uint16{0x41, 0xD800, 0xDC00, 0xD800, 0x41, 0xDC00, 0xDBFF, 0xDFFF, 0xD800}
	for _, r := range utf16.Decode(words) {
		fmt.Print(r, " ")
	}
	fmt.Println()
	for i := 0; i < 2000; i++ {
		r := rune(next() % 0x110000)
		var b [4]byte
		n := utf8.EncodeRune(b[:], r)
		d, m := utf8.DecodeRune(b[:n])
		if (d != r && utf8.ValidRune(r)) || m != n {
			fmt.Println("roundtrip", r, d, n, m)
		}
		w := utf16.Encode([]rune{r})
		back := utf16.Decode(w)
		sum = sum*7 + int(back[0]) + len(w)
		sum &= 0xFFFFFFF
	}
	fmt.Println("roundtrip hash", sum)
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart(0xC0), utf8.RuneStart('a'))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
}
