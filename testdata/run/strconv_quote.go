// strconv quoting: Quote, QuoteToASCII, QuoteToGraphic, QuoteRune*, the Append forms,
// CanBackquote, IsPrint/IsGraphic over the BMP (on code points whose category go 1.19's
// Unicode 13 and Unicode 15 agree on), Unquote/UnquoteChar/QuotedPrefix with errors.
package main

import "strconv"

var out []byte

func line(s string) {
	out = append(out, s...)
	out = append(out, '\n')
}

func main() {
	strs := []string{"", "hello", "a\"b", "a'b", "a`b", "\\", "\a\b\f\n\r\t\v", "\x00\x01\x7f\x80\xff",
		"☺ é ü ß 日本語", "\u00a0\u2000\u3000\u200b\ufeff", "\U0001F600\U0001D400", "\xed\xa0\x80",
		"\xf4\x90\x80\x80", "abc\xe2\x82", "\u0300\u0301", "tab\there", "\u2028\u2029", "\u00ad",
		"\U0010FFFF", "\uFFFD", "\uFFFE"}
	for _, s := range strs {
		line(strconv.Quote(s) + " " + strconv.QuoteToASCII(s) + " " + strconv.QuoteToGraphic(s) + " " +
			strconv.FormatBool(strconv.CanBackquote(s)))
		b := strconv.AppendQuote([]byte("<"), s)
		b = strconv.AppendQuoteToASCII(b, s)
		b = strconv.AppendQuoteToGraphic(b, s)
		line(string(b))
	}
	runes := []rune{0, 'a', '\'', '"', '\\', '\n', 0x7f, 0x80, 0xa0, 0xad, 0x263a, 0xfeff, 0xfffd, 0xd800,
		0x10ffff, 0x110000, -1, 0x1f600, 0x3000, 0x2028, 0xe000, 0x1d400}
	for _, r := range runes {
		b := strconv.AppendQuoteRune(nil, r)
		b = strconv.AppendQuoteRuneToASCII(b, r)
		b = strconv.AppendQuoteRuneToGraphic(b, r)
		line(strconv.QuoteRune(r) + " " + strconv.QuoteRuneToASCII(r) + " " + strconv.QuoteRuneToGraphic(r) + " " + string(b))
	}
	// IsPrint and IsGraphic on code points whose category Unicode 13 (go 1.19) and 15 share.
	sample := ""
	for _, r := range []rune{0, 9, 32, 'A', '~', 0x7f, 0x85, 0xa0, 0xa1, 0xad, 0xff, 0x100, 0x2ff, 0x300,
		0x36f, 0x378, 0x37e, 0x5d0, 0x600, 0x61c, 0x900, 0xe01, 0x1680, 0x180e, 0x2000, 0x200b, 0x200e,
		0x2028, 0x202f, 0x205f, 0x2060, 0x2070, 0x20ac, 0x2500, 0x3000, 0x3041, 0x4e00, 0x9fa5, 0xac00,
		0xd7a3, 0xd800, 0xdfff, 0xe000, 0xf8ff, 0xf900, 0xfe00, 0xfeff, 0xfff9, 0xfffc, 0xfffd, 0xfffe,
		0xffff, 0x10000, 0x1000c, 0x1d400, 0x1f600, 0x20000, 0x2a6d6, 0xe0001, 0xe0020, 0xe0100, 0xe01ef,
		0xe01f0, 0xf0000, 0x10ffff, -5, 0x110000} {
		sample += " " + strconv.FormatBool(strconv.IsPrint(r)) + "/" + strconv.FormatBool(strconv.IsGraphic(r))
	}
	line(sample)
	for _, r := range []rune{0x10000, 0x1F600, 0x20000, 0xE0001, 0xE0100, 0x10FFFF, -5, 0x110000} {
		line(strconv.FormatBool(strconv.IsPrint(r)) + " " + strconv.FormatBool(strconv.IsGraphic(r)))
	}
	quoted := []string{`""`, `"abc"`, `"a\tb"`, `"\x41\101\u263a\U0001F600"`, `"\'"`, `'\"'`, `'a'`, `'ab'`, `''`,
		`'\''`, "`raw\\n`", "`a\rb`", "`a`b`", `"\z"`, `"\400"`, `"\x4"`, `"\uD800"`, `"\U00110000"`,
		`"unterminated`, `"a"b`, `"\xff"`, `'\xff'`, `'☺'`, "'\xff'", "\"\xff\"", `"a` + "\n" + `b"`, `a`,
		`"`, `'`, "`", `"\`, `"\"`, `'\u263a'`, `"\377"`, `"\8"`}
	for _, q := range quoted {
		u, err := strconv.Unquote(q)
		s := strconv.Quote(q) + " -> " + strconv.Quote(u)
		if err != nil {
			s += " " + err.Error()
		}
		p, err := strconv.QuotedPrefix(q + "rest")
		s += " prefix " + strconv.Quote(p)
		if err != nil {
			s += " " + err.Error()
		}
		line(s)
	}
	for _, in := range []string{`\n`, `\'x`, `\"x`, `'`, `"`, "☺x", `\x41`, `\u263a!`, `\U0001F600`, `\777`, `\q`, ``, `\`} {
		for _, q := range []byte{0, '\'', '"'} {
			v, mb, tail, err := strconv.UnquoteChar(in, q)
			s := strconv.Quote(in) + " " + strconv.Itoa(int(q)) + ": " + strconv.Itoa(int(v)) + " " + strconv.FormatBool(mb) + " " + strconv.Quote(tail)
			if err != nil {
				s += " " + err.Error()
			}
			line(s)
		}
	}
	print(string(out))
}
