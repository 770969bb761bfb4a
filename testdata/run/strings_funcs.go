// strings against go 1.19: every function over random strings built from ASCII, multi-byte
// runes, case-folding oddities (K, ſ, İ, ı, ß), spaces and invalid UTF-8.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

var seed uint32 = 2463534242

func next() uint32 {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return seed
}

var pieces = []string{"a", "b", "ab", "A", "B", "é", "É", "ſ", "s", "S", "\u212a", "k", "K", "ß", "İ", "ı", "i", "I",
	" ", "\t", "\n", "\u00a0", "\u2028", "\u3000", ",", "", "\xff", "\xe2\x82", "\xed\xa0\x80", "\ufffd", "世", "界", "0", "_", "-"}

func gen(max int) string {
	n := int(next() % uint32(max+1))
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(pieces[next()%uint32(len(pieces))])
	}
	return sb.String()
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouAEIOUé", r) }

func main() {
	for i := 0; i < 400; i++ {
		s := gen(8)
		t := gen(2)
		u := gen(2)
		n := int(next()%5) - 1
		fmt.Printf("%d %q %q %q %d\n", i, s, t, u, n)
		fmt.Println(" idx", strings.Index(s, t), strings.LastIndex(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t),
			strings.Count(s, t), strings.Contains(s, t), strings.ContainsAny(s, t), strings.HasPrefix(s, t), strings.HasSuffix(s, t),
			strings.Compare(s, t), strings.EqualFold(s, t), strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(strings.ToLower(s), s))
		if len(t) > 0 {
			fmt.Println(" byte", strings.IndexByte(s, t[0]), strings.LastIndexByte(s, t[0]))
		}
		for _, r := range t {
			fmt.Println(" rune", strings.IndexRune(s, r), strings.ContainsRune(s, r))
		}
		fmt.Println(" func", strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsSpace), strings.IndexFunc(s, isVowel))
		fmt.Printf(" split %q %q %q %q\n", strings.Split(s, t), strings.SplitAfter(s, t), strings.SplitN(s, t, n), strings.SplitAfterN(s, t, n))
		fmt.Printf(" fields %q %q\n", strings.Fields(s), strings.FieldsFunc(s, isVowel))
		fmt.Printf(" case %q %q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s),
			strings.ToUpperSpecial(unicode.TurkishCase, s))
		fmt.Printf(" special %q %q\n", strings.ToLowerSpecial(unicode.TurkishCase, s), strings.ToTitleSpecial(unicode.AzeriCase, s))
		fmt.Printf(" trim %q %q %q %q %q %q\n", strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t),
			strings.TrimSpace(s), strings.TrimPrefix(s, t), strings.TrimSuffix(s, t))
		fmt.Printf(" trimf %q %q %q\n", strings.TrimFunc(s, isVowel), strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, unicode.IsLetter))
		fmt.Printf(" repl %q %q %q\n", strings.Replace(s, t, u, n), strings.ReplaceAll(s, t, u), strings.NewReplacer(t, u, u, t, "a", "A").Replace(s))
		fmt.Printf(" misc %q %q %q\n", strings.ToValidUTF8(s, u), strings.Repeat(t, n+1), strings.Join(strings.Split(s, t), u))
		fmt.Printf(" map %q\n", strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r == 'b' {
				return 0x10FFFF + 5
			}
			return unicode.SimpleFold(r)
		}, s))
		before, after, found := strings.Cut(s, t)
		fmt.Printf(" cut %q %q %v\n", before, after, found)
	}

	// Replacer corner cases.
	reps := []*strings.Replacer{
		strings.NewReplacer(),
		strings.NewReplacer("a", "1", "a", "2"),
		strings.NewReplacer("a", "1", "b", "22", "c", ""),
		strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"),
		strings.NewReplacer("a", "1", "aa", "2", "aaa", "3"),
		strings.NewReplacer("", "-"),
		strings.NewReplacer("", "-", "a", "A", "", "+"),
		strings.NewReplacer("abc", "x"),
		strings.NewReplacer("x", "y", "é", "e"),
		strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;"),
	}
	for _, in := range []string{"", "a", "aaaa", "abcabc", "é\xffa", "<a&b>", "xaxbxcx"} {
		for i, r := range reps {
			fmt.Printf("replacer %d %q -> %q\n", i, in, r.Replace(in))
		}
	}
	var sb strings.Builder
	n, err := reps[9].WriteString(&sb, "<&>")
	fmt.Println(n, err, sb.String())

	// Builder growth.
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	for i := 0; i < 40; i++ {
		b.WriteByte('x')
		b.WriteRune('é')
		b.WriteRune(-1)
		b.Write([]byte("yz"))
	}
	fmt.Printf("%d %d %q\n", b.Len(), b.Cap(), b.String()[:20])
	b.Reset()
	fmt.Println(b.Len(), b.Cap())

	// Reader.
	rd := strings.NewReader("héllo, wörld")
	buf := make([]byte, 4)
	for {
		n, err := rd.Read(buf)
		fmt.Println(n, err, rd.Len(), rd.Size())
		if err != nil {
			break
		}
	}
	rd.Reset("añb")
	for {
		r, size, err := rd.ReadRune()
		fmt.Println(r, size, err, rd.UnreadRune(), rd.UnreadRune())
		if err != nil {
			break
		}
		rd.ReadRune()
	}
	fmt.Println(rd.Seek(-2, 2))
	fmt.Println(rd.ReadByte())
	fmt.Println(rd.UnreadByte(), rd.UnreadByte(), rd.UnreadRune())
	fmt.Println(rd.Seek(0, 7))
	fmt.Println(rd.Seek(-10, 1))
	fmt.Println(rd.ReadAt(buf, -1))
	fmt.Println(rd.ReadAt(buf, 1))
	fmt.Println(rd.ReadAt(buf, 10))
	rd.Seek(1, 0)
	var sb2 strings.Builder
	fmt.Println(rd.WriteTo(&sb2))
	fmt.Println(sb2.String(), rd.Len())
	var zero strings.Reader
	fmt.Println(zero.Len(), zero.UnreadRune(), zero.UnreadByte())
	fmt.Println(strings.Repeat("ab", 0), strings.Repeat("", 5), strings.Count("", ""), strings.Count("aaa", "aa"))
	fmt.Println(strings.Index("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxabcabd", "abd"))
}
