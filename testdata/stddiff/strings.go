// Command strings is tools/stddiff.py's program for packages strings and bytes: built from
// this same source by go 1.19 (the oracle) and by ergo, run with the same arguments, the two
// must print the same lines.
//
// Usage: strings SEED COUNT [FIRST]
//
// Case i (FIRST <= i < FIRST+COUNT) draws from its own generator, seeded from SEED and i,
// one or two random strings (a tiny alphabet for many matches, ASCII, UTF-8 with the letters
// whose case mapping is special — İ ı K ſ ß ǅ Σ ς ﬀ —, spaces of every kind, invalid
// bytes) and calls one function of strings, or its twin in bytes, printing the case number,
// the function, the inputs and the result, escaped by this program's own code.
package main

import (
	"bytes"
	"os"
	"strings"
	"unicode"
)

// rng is splitmix64: tiny, and the same sequence everywhere.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *rng) coin(percent int) bool { return r.intn(100) < percent }

var out []byte

func flush() {
	os.Stdout.Write(out)
	out = out[:0]
}

func endLine() {
	out = append(out, '\n')
	if len(out) > 1<<16 {
		flush()
	}
}

func put(s string) { out = append(out, s...) }

// putInt writes a space and v.
func putInt(v int) {
	out = append(out, ' ')
	putNum(v)
}

func putNum(v int) {
	if v < 0 {
		out = append(out, '-')
		v = -v
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	out = append(out, b[i:]...)
}

// putQ writes s in double quotes, printable ASCII as is, every other byte as \xNN.
func putQ(s string) {
	out = append(out, ' ', '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			out = append(out, c)
		} else {
			out = append(out, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		}
	}
	out = append(out, '"')
}

func putB(b []byte) {
	if b == nil {
		put(" nil")
		return
	}
	putQ(string(b))
}

func putList(l []string) {
	put(" [")
	putNum(len(l))
	put(":")
	for _, s := range l {
		putQ(s)
	}
	put("]")
}

func putBList(l [][]byte) {
	put(" [")
	putNum(len(l))
	put(":")
	for _, s := range l {
		putB(s)
	}
	put("]")
}

func putBool(b bool) {
	if b {
		put(" true")
	} else {
		put(" false")
	}
}

func parseArg(s string) uint64 {
	var v uint64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			os.Stderr.Write([]byte("usage: strings SEED COUNT [FIRST]\n"))
			os.Exit(2)
		}
		v = v*10 + uint64(s[i]-'0')
	}
	return v
}

// pieces are the building blocks of random strings, by alphabet.
var (
	tiny    = []string{"a", "b", "ab", "A"}
	special = []string{"İ", "ı", "i", "I", "K", "k", "\u212a", "ſ", "s", "S", "ß", "ẞ", "ǅ",
		"ǆ", "Ǆ", "Σ", "σ", "ς", "ﬀ", "ŉ", "ΐ", "é", "É", "ǰ", "Ⅻ", "ⓐ", "Ａ", "ａ", "ᾳ", "ᾼ",
		"\u0345", "ꭰ", "Ꭰ", "𐐀", "𐐨", "Ω", "ω", "\u2126", "日", "本", "😀", "x"}
	spaces = []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680",
		"\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b",
		"\ufeff", "\x1c", "\x1f"}
	invalid = []string{"\xff", "\x80", "\xc3", "\xe6\x97", "\xed\xa0\x80", "\xf4\x90\x80\x80",
		"\xc0\xaf", "\xf0\x9f\x98", "\xef\xbf\xbd", "\x00"}
)

// caseBlocks are ranges rich in case mappings that Unicode 14 and 15 left alone (go 1.19 has
// Unicode 13's tables, Go 1.21 and later 15's): Latin-1 to Latin Extended-B, Greek, Cyrillic,
// Armenian, Georgian, Cherokee, Latin and Greek Extended, letterlike symbols, Roman numerals,
// circled letters, Glagolitic (without U+2C2F and U+2C5F), Latin Extended-C, Coptic, Cyrillic
// Extended-B, Latin Extended-D up to U+A7BF, fullwidth Latin, Deseret, Osage, Old Hungarian,
// Warang Citi, Adlam.
var caseBlocks = [...][2]rune{{0x80, 0x24f}, {0x370, 0x3ff}, {0x400, 0x52f}, {0x531, 0x587},
	{0x10a0, 0x10ff}, {0x13a0, 0x13fd}, {0x1e00, 0x1fff}, {0x2100, 0x214f}, {0x2160, 0x2188},
	{0x24b6, 0x24e9}, {0x2c00, 0x2c2e}, {0x2c30, 0x2c5e}, {0x2c60, 0x2cf3}, {0xa640, 0xa69f},
	{0xa720, 0xa7bf}, {0xab70, 0xabbf}, {0xff21, 0xff5a}, {0x10400, 0x1044f}, {0x104b0, 0x104fb},
	{0x10c80, 0x10cf2}, {0x118a0, 0x118df}, {0x1e900, 0x1e943}}

func caseRune(r *rng) string {
	b := caseBlocks[r.intn(len(caseBlocks))]
	return string(b[0] + rune(r.intn(int(b[1]-b[0]+1))))
}

func genString(r *rng) string {
	n := r.intn(10)
	if r.coin(10) {
		n = 10 + r.intn(60)
	}
	mode := r.intn(5)
	var b []byte
	for i := 0; i < n; i++ {
		switch k := r.intn(10); {
		case mode == 0 || k < 2 && mode != 4:
			b = append(b, tiny[r.intn(len(tiny))]...)
		case mode == 1 || k < 4:
			b = append(b, byte(' '+r.intn(95)))
		case mode == 2 || k < 6:
			if r.coin(50) {
				b = append(b, caseRune(r)...)
			} else {
				b = append(b, special[r.intn(len(special))]...)
			}
		case k < 8:
			b = append(b, spaces[r.intn(len(spaces))]...)
		default:
			b = append(b, invalid[r.intn(len(invalid))]...)
		}
	}
	return string(b)
}

// sub draws a second string: often a piece of s, so that searches find something.
func sub(r *rng, s string) string {
	if len(s) > 0 && r.coin(50) {
		i := r.intn(len(s))
		j := i + r.intn(len(s)-i+1)
		if r.coin(80) {
			j = i + r.intn(4)
			if j > len(s) {
				j = len(s)
			}
		}
		return s[i:j]
	}
	if r.coin(10) {
		return ""
	}
	r2 := *r
	r.next()
	s2 := genString(&r2)
	if len(s2) > 4 {
		s2 = s2[:r.intn(5)]
	}
	return s2
}

func genRune(r *rng, s string) rune {
	if len(s) > 0 && r.coin(60) {
		for _, c := range s[r.intn(len(s)):] {
			return c
		}
	}
	switch r.intn(5) {
	case 0:
		return rune(r.intn(0x80))
	case 1:
		return [...]rune{-1, 0xd800, 0x110000, 0xfffd, 0x10ffff}[r.intn(5)]
	default:
		for _, c := range special[r.intn(len(special))] {
			return c
		}
	}
	return 'a'
}

// Predicates and mappings of our own, and unicode's, for the *Func functions.
var preds = []func(rune) bool{
	unicode.IsSpace, unicode.IsUpper, unicode.IsLetter, unicode.IsDigit,
	func(c rune) bool { return c%3 == 0 },
	func(c rune) bool { return c == 'a' || c == 0xfffd },
	func(c rune) bool { return c >= 0x80 },
}

var maps = []func(rune) rune{
	unicode.ToUpper, unicode.ToLower, unicode.ToTitle,
	func(c rune) rune { return -1 },
	func(c rune) rune {
		if c == 'a' {
			return -1
		}
		return c + 1
	},
	func(c rune) rune { return c ^ 0x40 },
	func(c rune) rune {
		if c < 0x80 {
			return 0xd800 // not a valid rune: written as U+FFFD
		}
		return 'x'
	},
}

func stringsCase(r *rng, s string) {
	t := sub(r, s)
	n := r.intn(6) - 1
	switch r.intn(46) {
	case 0:
		put("Index")
		putQ(s)
		putQ(t)
		putInt(strings.Index(s, t))
	case 1:
		put("LastIndex")
		putQ(s)
		putQ(t)
		putInt(strings.LastIndex(s, t))
	case 2:
		c := byte(r.intn(256))
		if len(s) > 0 && r.coin(60) {
			c = s[r.intn(len(s))]
		}
		put("IndexByte/LastIndexByte")
		putQ(s)
		putInt(int(c))
		putInt(strings.IndexByte(s, c))
		putInt(strings.LastIndexByte(s, c))
	case 3:
		c := genRune(r, s)
		put("IndexRune/ContainsRune")
		putQ(s)
		putInt(int(c))
		putInt(strings.IndexRune(s, c))
		putBool(strings.ContainsRune(s, c))
	case 4:
		put("IndexAny/LastIndexAny/ContainsAny")
		putQ(s)
		putQ(t)
		putInt(strings.IndexAny(s, t))
		putInt(strings.LastIndexAny(s, t))
		putBool(strings.ContainsAny(s, t))
	case 5:
		k := r.intn(len(preds))
		put("IndexFunc/LastIndexFunc")
		putQ(s)
		putInt(k)
		putInt(strings.IndexFunc(s, preds[k]))
		putInt(strings.LastIndexFunc(s, preds[k]))
	case 6:
		put("Contains/Count/HasPrefix/HasSuffix")
		putQ(s)
		putQ(t)
		putBool(strings.Contains(s, t))
		putInt(strings.Count(s, t))
		putBool(strings.HasPrefix(s, t))
		putBool(strings.HasSuffix(s, t))
	case 7:
		put("Split")
		putQ(s)
		putQ(t)
		putList(strings.Split(s, t))
	case 8:
		put("SplitN")
		putQ(s)
		putQ(t)
		putInt(n)
		putList(strings.SplitN(s, t, n))
	case 9:
		put("SplitAfter")
		putQ(s)
		putQ(t)
		putList(strings.SplitAfter(s, t))
	case 10:
		put("SplitAfterN")
		putQ(s)
		putQ(t)
		putInt(n)
		putList(strings.SplitAfterN(s, t, n))
	case 11:
		put("Fields")
		putQ(s)
		putList(strings.Fields(s))
	case 12:
		k := r.intn(len(preds))
		put("FieldsFunc")
		putQ(s)
		putInt(k)
		putList(strings.FieldsFunc(s, preds[k]))
	case 13:
		u := sub(r, s)
		put("Replace")
		putQ(s)
		putQ(t)
		putQ(u)
		putInt(n)
		put(" =>")
		putQ(strings.Replace(s, t, u, n))
		putQ(strings.ReplaceAll(s, t, u))
	case 14:
		put("ToUpper/ToLower/ToTitle")
		putQ(s)
		putQ(strings.ToUpper(s))
		putQ(strings.ToLower(s))
		putQ(strings.ToTitle(s))
	case 15:
		put("Title")
		putQ(s)
		putQ(strings.Title(s))
	case 16:
		u := t
		if r.coin(50) {
			u = strings.ToUpper(s)
			if r.coin(50) {
				u = strings.ToLower(t)
			}
		}
		put("EqualFold")
		putQ(s)
		putQ(u)
		putBool(strings.EqualFold(s, u))
	case 17:
		put("Trim/TrimLeft/TrimRight")
		putQ(s)
		putQ(t)
		putQ(strings.Trim(s, t))
		putQ(strings.TrimLeft(s, t))
		putQ(strings.TrimRight(s, t))
	case 18:
		put("TrimSpace")
		putQ(s)
		putQ(strings.TrimSpace(s))
	case 19:
		put("TrimPrefix/TrimSuffix")
		putQ(s)
		putQ(t)
		putQ(strings.TrimPrefix(s, t))
		putQ(strings.TrimSuffix(s, t))
	case 20:
		k := r.intn(len(preds))
		put("TrimFunc/TrimLeftFunc/TrimRightFunc")
		putQ(s)
		putInt(k)
		putQ(strings.TrimFunc(s, preds[k]))
		putQ(strings.TrimLeftFunc(s, preds[k]))
		putQ(strings.TrimRightFunc(s, preds[k]))
	case 21:
		k := r.intn(8)
		put("Repeat")
		putQ(t)
		putInt(k)
		putQ(strings.Repeat(t, k))
	case 22:
		k := r.intn(len(maps))
		put("Map")
		putQ(s)
		putInt(k)
		putQ(strings.Map(maps[k], s))
	case 23:
		put("Cut")
		putQ(s)
		putQ(t)
		before, after, found := strings.Cut(s, t)
		putQ(before)
		putQ(after)
		putBool(found)
	case 24:
		l := strings.Fields(s)
		put("Join")
		putList(l)
		putQ(t)
		putQ(strings.Join(l, t))
	case 25:
		put("Compare")
		putQ(s)
		putQ(t)
		putInt(strings.Compare(s, t))
		putInt(strings.Compare(t, s))
	case 26:
		put("ToValidUTF8")
		putQ(s)
		putQ(t)
		putQ(strings.ToValidUTF8(s, t))
	case 27, 28:
		replacerCase(r, s)
	case 29:
		builderCase(r, s)
	case 30:
		readerCase(r, s)
	case 31:
		put("Index/LastIndex/Count of a long repeat")
		long := strings.Repeat(t, 1+r.intn(40)) + s
		putQ(long)
		putQ(s)
		putInt(strings.Index(long, s))
		putInt(strings.LastIndex(long, s))
		putInt(strings.Count(long, t))
	case 32:
		put("ToUpperSpecial/ToLowerSpecial")
		putQ(s)
		putQ(strings.ToUpperSpecial(unicode.TurkishCase, s))
		putQ(strings.ToLowerSpecial(unicode.TurkishCase, s))
	case 33:
		put("EqualFold of case variants")
		u := strings.ToUpper(s)
		v := strings.ToLower(s)
		putQ(s)
		putBool(strings.EqualFold(u, v))
		putBool(strings.EqualFold(s, strings.ToTitle(s)))
	default:
		bytesCase(r, s, t, n)
	}
}

func replacerCase(r *rng, s string) {
	var pairs []string
	np := 1 + r.intn(4)
	kind := r.intn(4)
	for i := 0; i < np; i++ {
		var old, new string
		switch kind {
		case 0: // single bytes to single bytes: the byte replacer
			old, new = string(rune('a'+r.intn(4))), string(rune('A'+r.intn(26)))
		case 1: // single bytes to strings
			old, new = string(rune('a'+r.intn(4))), sub(r, s)
		default:
			old, new = sub(r, s), sub(r, s)
		}
		pairs = append(pairs, old, new)
	}
	put("Replacer")
	putList(pairs)
	putQ(s)
	rep := strings.NewReplacer(pairs...)
	putQ(rep.Replace(s))
	var b strings.Builder
	n, err := rep.WriteString(&b, s)
	putQ(b.String())
	putInt(n)
	putBool(err == nil)
}

func builderCase(r *rng, s string) {
	var b strings.Builder
	put("Builder")
	if r.coin(30) {
		b.Grow(r.intn(100))
	}
	for i := r.intn(6); i > 0; i-- {
		switch r.intn(4) {
		case 0:
			t := sub(r, s)
			b.WriteString(t)
			put(" S")
			putQ(t)
		case 1:
			c := byte(r.intn(256))
			b.WriteByte(c)
			put(" B")
			putInt(int(c))
		case 2:
			c := genRune(r, s)
			n, _ := b.WriteRune(c)
			put(" R")
			putInt(int(c))
			putInt(n)
		default:
			t := sub(r, s)
			n, _ := b.Write([]byte(t))
			put(" W")
			putQ(t)
			putInt(n)
		}
	}
	put(" =>")
	putQ(b.String())
	putInt(b.Len())
	if b.Cap() < b.Len() {
		put(" cap<len")
	}
}

func readerCase(r *rng, s string) {
	rd := strings.NewReader(s)
	put("Reader")
	putQ(s)
	for i := r.intn(8); i > 0; i-- {
		switch r.intn(6) {
		case 0:
			c, err := rd.ReadByte()
			put(" RB")
			putInt(int(c))
			putBool(err == nil)
		case 1:
			c, size, err := rd.ReadRune()
			put(" RR")
			putInt(int(c))
			putInt(size)
			putBool(err == nil)
		case 2:
			err := rd.UnreadRune()
			put(" UR")
			putBool(err == nil)
		case 3:
			buf := make([]byte, r.intn(5))
			n, err := rd.Read(buf)
			put(" R")
			putQ(string(buf[:n]))
			putBool(err == nil)
		case 4:
			pos, err := rd.Seek(int64(r.intn(10)-3), r.intn(3))
			put(" S")
			putInt(int(pos))
			putBool(err == nil)
		default:
			err := rd.UnreadByte()
			put(" UB")
			putBool(err == nil)
		}
		put(" len")
		putInt(rd.Len())
	}
}

// bytesCase calls the bytes twins, which have their own code in gc.
func bytesCase(r *rng, s, t string, n int) {
	bs, bt := []byte(s), []byte(t)
	if len(bt) == 0 && r.coin(50) {
		bt = nil
	}
	switch r.intn(16) {
	case 0:
		put("bytes.Index/LastIndex/Count/Contains")
		putQ(s)
		putQ(t)
		putInt(bytes.Index(bs, bt))
		putInt(bytes.LastIndex(bs, bt))
		putInt(bytes.Count(bs, bt))
		putBool(bytes.Contains(bs, bt))
	case 1:
		put("bytes.Split")
		putQ(s)
		putQ(t)
		putInt(n)
		putBList(bytes.SplitN(bs, bt, n))
		putBList(bytes.SplitAfter(bs, bt))
	case 2:
		put("bytes.Fields")
		putQ(s)
		putBList(bytes.Fields(bs))
		putBList(bytes.FieldsFunc(bs, preds[r.intn(len(preds))]))
	case 3:
		put("bytes.ToUpper/ToLower/Title")
		putQ(s)
		putB(bytes.ToUpper(bs))
		putB(bytes.ToLower(bs))
		putB(bytes.ToTitle(bs))
		putB(bytes.Title(bs))
	case 4:
		put("bytes.EqualFold/Equal/Compare")
		putQ(s)
		putQ(t)
		putBool(bytes.EqualFold(bs, bt))
		putBool(bytes.EqualFold(bs, bytes.ToUpper(bs)))
		putBool(bytes.Equal(bs, bt))
		putInt(bytes.Compare(bs, bt))
	case 5:
		put("bytes.Trim")
		putQ(s)
		putQ(t)
		putB(bytes.Trim(bs, t))
		putB(bytes.TrimLeft(bs, t))
		putB(bytes.TrimRight(bs, t))
		putB(bytes.TrimSpace(bs))
		putB(bytes.TrimPrefix(bs, bt))
		putB(bytes.TrimSuffix(bs, bt))
	case 6:
		u := sub(r, s)
		put("bytes.Replace")
		putQ(s)
		putQ(t)
		putQ(u)
		putInt(n)
		putB(bytes.Replace(bs, bt, []byte(u), n))
		putB(bytes.ReplaceAll(bs, bt, []byte(u)))
	case 7:
		k := r.intn(len(maps))
		put("bytes.Map/Repeat/Runes")
		putQ(s)
		putInt(k)
		putB(bytes.Map(maps[k], bs))
		putB(bytes.Repeat(bt, 3))
		putInt(len(bytes.Runes(bs)))
	case 8:
		c := genRune(r, s)
		put("bytes.IndexRune/IndexAny/IndexByte")
		putQ(s)
		putInt(int(c))
		putQ(t)
		putInt(bytes.IndexRune(bs, c))
		putInt(bytes.IndexAny(bs, t))
		putInt(bytes.LastIndexAny(bs, t))
		if len(t) > 0 {
			putInt(bytes.IndexByte(bs, t[0]))
			putInt(bytes.LastIndexByte(bs, t[0]))
		}
	case 9:
		k := r.intn(len(preds))
		put("bytes.IndexFunc/TrimFunc")
		putQ(s)
		putInt(k)
		putInt(bytes.IndexFunc(bs, preds[k]))
		putInt(bytes.LastIndexFunc(bs, preds[k]))
		putB(bytes.TrimFunc(bs, preds[k]))
	case 10:
		put("bytes.Cut/HasPrefix/HasSuffix")
		putQ(s)
		putQ(t)
		before, after, found := bytes.Cut(bs, bt)
		putB(before)
		putB(after)
		putBool(found)
		putBool(bytes.HasPrefix(bs, bt))
		putBool(bytes.HasSuffix(bs, bt))
	case 11:
		put("bytes.Join/ToValidUTF8")
		putQ(s)
		putQ(t)
		putB(bytes.Join(bytes.Fields(bs), bt))
		putB(bytes.ToValidUTF8(bs, bt))
	case 12, 13:
		bufferCase(r, s)
	default:
		put("bytes.ContainsRune/ContainsAny")
		c := genRune(r, s)
		putQ(s)
		putInt(int(c))
		putBool(bytes.ContainsRune(bs, c))
		putBool(bytes.ContainsAny(bs, t))
	}
}

func bufferCase(r *rng, s string) {
	b := new(bytes.Buffer)
	if r.coin(30) {
		b = bytes.NewBufferString(s)
	}
	put("bytes.Buffer")
	putQ(s)
	for i := r.intn(10); i > 0; i-- {
		switch r.intn(9) {
		case 0:
			t := sub(r, s)
			b.WriteString(t)
			put(" WS")
			putQ(t)
		case 1:
			c := genRune(r, s)
			b.WriteRune(c)
			put(" WR")
			putInt(int(c))
		case 2:
			c, err := b.ReadByte()
			put(" RB")
			putInt(int(c))
			putBool(err == nil)
		case 3:
			c, size, err := b.ReadRune()
			put(" RR")
			putInt(int(c))
			putInt(size)
			putBool(err == nil)
		case 4:
			put(" UR")
			putBool(b.UnreadRune() == nil)
		case 5:
			buf := make([]byte, r.intn(6))
			n, err := b.Read(buf)
			put(" R")
			putQ(string(buf[:n]))
			putBool(err == nil)
		case 6:
			k := r.intn(5)
			put(" N")
			putInt(k)
			putQ(string(b.Next(k)))
		case 7:
			delim := byte("ab \x80"[r.intn(4)])
			line, err := b.ReadString(delim)
			put(" RS")
			putInt(int(delim))
			putQ(line)
			putBool(err == nil)
		default:
			k := r.intn(b.Len() + 1)
			b.Truncate(k)
			put(" T")
			putInt(k)
		}
	}
	put(" =>")
	putQ(b.String())
	putInt(b.Len())
}

func main() {
	if len(os.Args) < 3 || len(os.Args) > 4 {
		parseArg("?")
	}
	seed, count := parseArg(os.Args[1]), parseArg(os.Args[2])
	first := uint64(0)
	if len(os.Args) == 4 {
		first = parseArg(os.Args[3])
	}
	for i := first; i < first+count; i++ {
		r := rng{seed*0x2545f4914f6cdd1d ^ i}
		r.next()
		putNum(int(i))
		put(" ")
		stringsCase(&r, genString(&r))
		endLine()
	}
	flush()
}
