// bytes against go 1.19: every function over random byte slices built from ASCII, multi-byte
// runes, case-folding oddities, spaces and invalid UTF-8, with nil-ness and capacities where
// gc's results show them; Buffer growth and Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

var seed uint32 = 88172645

func next() uint32 {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return seed
}

var pieces = []string{"a", "b", "ab", "A", "B", "é", "É", "ſ", "s", "S", "\u212a", "k", "K", "ß", "İ", "ı", "i", "I",
	" ", "\t", "\n", "\u00a0", "\u2028", "\u3000", ",", "", "\xff", "\xe2\x82", "\xed\xa0\x80", "\ufffd", "世", "界", "0", "_", "-"}

func gen(max int) []byte {
	n := int(next() % uint32(max+1))
	if n == 0 && next()%2 == 0 {
		return nil
	}
	var b []byte
	for i := 0; i < n; i++ {
		b = append(b, pieces[next()%uint32(len(pieces))]...)
	}
	return b
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouAEIOUé", r) }

// show prints a byte slice with its nil-ness.
func show(b []byte) string {
	if b == nil {
		return "nil"
	}
	return fmt.Sprintf("%q", b)
}

func showAll(bs [][]byte) string {
	if bs == nil {
		return "nil"
	}
	s := fmt.Sprintf("%d/%d[", len(bs), cap(bs))
	for _, b := range bs {
		s += fmt.Sprintf("%s:%d ", show(b), cap(b)-len(b))
	}
	return s + "]"
}

func main() {
	for i := 0; i < 400; i++ {
		s := gen(8)
		t := gen(2)
		u := gen(2)
		n := int(next()%5) - 1
		fmt.Printf("%d %s %s %s %d\n", i, show(s), show(t), show(u), n)
		fmt.Println(" idx", bytes.Index(s, t), bytes.LastIndex(s, t), bytes.IndexAny(s, string(t)), bytes.LastIndexAny(s, string(t)),
			bytes.Count(s, t), bytes.Contains(s, t), bytes.ContainsAny(s, string(t)), bytes.HasPrefix(s, t), bytes.HasSuffix(s, t),
			bytes.Compare(s, t), bytes.Equal(s, t), bytes.EqualFold(s, t), bytes.EqualFold(s, bytes.ToUpper(s)))
		if len(t) > 0 {
			fmt.Println(" byte", bytes.IndexByte(s, t[0]), bytes.LastIndexByte(s, t[0]))
		}
		for _, r := range string(t) {
			fmt.Println(" rune", bytes.IndexRune(s, r), bytes.ContainsRune(s, r))
		}
		fmt.Println(" func", bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsSpace), bytes.IndexFunc(s, isVowel))
		fmt.Println(" split", showAll(bytes.Split(s, t)), showAll(bytes.SplitAfter(s, t)), showAll(bytes.SplitN(s, t, n)), showAll(bytes.SplitAfterN(s, t, n)))
		fmt.Println(" fields", showAll(bytes.Fields(s)), showAll(bytes.FieldsFunc(s, isVowel)))
		fmt.Println(" case", show(bytes.ToUpper(s)), show(bytes.ToLower(s)), show(bytes.ToTitle(s)), show(bytes.Title(s)),
			show(bytes.ToUpperSpecial(unicode.TurkishCase, s)), show(bytes.ToLowerSpecial(unicode.TurkishCase, s)))
		fmt.Println(" trim", show(bytes.Trim(s, string(t))), show(bytes.TrimLeft(s, string(t))), show(bytes.TrimRight(s, string(t))),
			show(bytes.TrimSpace(s)), show(bytes.TrimPrefix(s, t)), show(bytes.TrimSuffix(s, t)))
		fmt.Println(" trimf", show(bytes.TrimFunc(s, isVowel)), show(bytes.TrimLeftFunc(s, unicode.IsSpace)), show(bytes.TrimRightFunc(s, unicode.IsLetter)))
		fmt.Println(" repl", show(bytes.Replace(s, t, u, n)), show(bytes.ReplaceAll(s, t, u)))
		fmt.Println(" misc", show(bytes.ToValidUTF8(s, u)), show(bytes.Repeat(t, n+1)), show(bytes.Join(bytes.Split(s, t), u)),
			string(bytes.Runes(s)) == string([]rune(string(s))))
		fmt.Println(" map", show(bytes.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.SimpleFold(r)
		}, s)))
		before, after, found := bytes.Cut(s, t)
		fmt.Println(" cut", show(before), show(after), found)
	}
	fmt.Println(show(bytes.Join(nil, []byte(","))), show(bytes.Join([][]byte{nil}, nil)), show(bytes.Join([][]byte{[]byte("a"), nil}, []byte("--"))))

	// Buffer: growth as seen through Cap, reads, unreads.
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String(), (*bytes.Buffer)(nil).String())
	for i := 0; i < 50; i++ {
		b.WriteString("abcdefghijk"[:i%11])
		b.WriteByte('!')
		b.WriteRune('é')
		b.Write([]byte("xy"))
		if i%7 == 0 {
			p := make([]byte, 9)
			n, err := b.Read(p)
			fmt.Printf("read %d %v %q\n", n, err, p[:n])
		}
		fmt.Print(b.Len(), ":", b.Cap(), " ")
	}
	fmt.Println()
	b.Grow(1000)
	fmt.Println(b.Len(), b.Cap())
	fmt.Println(string(b.Next(5)), b.UnreadByte(), b.UnreadByte(), b.UnreadRune())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.UnreadRune())
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	lb, err := b.ReadBytes('#')
	fmt.Println(len(lb), err, b.Len())
	p := make([]byte, 3)
	n, err := b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	c, err := b.ReadByte()
	fmt.Println(c, err)
	b.WriteString("0123456789")
	b.Truncate(4)
	fmt.Println(b.String(), b.Len())
	var w strings.Builder
	m, err := b.WriteTo(&w)
	fmt.Println(m, err, w.String(), b.Len())
	nb := bytes.NewBufferString("hello\nworld\n")
	m, err = nb.ReadFrom(strings.NewReader(strings.Repeat("z", 1500)))
	fmt.Println(m, err, nb.Len(), nb.Cap())
	nb2 := bytes.NewBuffer(make([]byte, 0, 10))
	nb2.ReadFrom(strings.NewReader("short"))
	fmt.Println(nb2.Len(), nb2.Cap(), nb2.String())

	// Reader.
	rd := bytes.NewReader([]byte("héllo, wörld"))
	buf := make([]byte, 5)
	for {
		n, err := rd.Read(buf)
		fmt.Println(n, err, rd.Len(), rd.Size())
		if err != nil {
			break
		}
	}
	rd.Reset([]byte("añb"))
	for {
		r, size, err := rd.ReadRune()
		fmt.Println(r, size, err, rd.UnreadRune(), rd.UnreadRune())
		if err != nil {
			break
		}
		rd.ReadRune()
	}
	fmt.Println(rd.Seek(-2, io.SeekEnd))
	fmt.Println(rd.ReadByte())
	fmt.Println(rd.UnreadByte(), rd.UnreadByte(), rd.UnreadRune())
	fmt.Println(rd.Seek(0, 7))
	fmt.Println(rd.Seek(-10, io.SeekCurrent))
	fmt.Println(rd.ReadAt(buf, -1))
	fmt.Println(rd.ReadAt(buf, 1))
	rd.Seek(1, io.SeekStart)
	var sb strings.Builder
	fmt.Println(rd.WriteTo(&sb))
	fmt.Println(sb.String(), rd.Len())
}
