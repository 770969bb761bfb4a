// strings and bytes API newer than go 1.19 (CutPrefix, CutSuffix, bytes.Clone in 1.20;
// ContainsFunc, Buffer.Available and AvailableBuffer in 1.21), checked against the
// documentation: the program checks itself and prints PASS.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

var failures = 0

func check(what string, got, want any) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

func panicOf(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func main() {
	a, ok := strings.CutPrefix("prefix-body", "prefix-")
	check("CutPrefix", a, "body")
	check("CutPrefix ok", ok, true)
	a, ok = strings.CutPrefix("body", "x")
	check("CutPrefix miss", a, "body")
	check("CutPrefix miss ok", ok, false)
	a, ok = strings.CutPrefix("body", "")
	check("CutPrefix empty", a+fmt.Sprint(ok), "bodytrue")
	a, ok = strings.CutSuffix("body.go", ".go")
	check("CutSuffix", a+fmt.Sprint(ok), "bodytrue")
	a, ok = strings.CutSuffix("body.go", ".c")
	check("CutSuffix miss", a+fmt.Sprint(ok), "body.gofalse")
	check("ContainsFunc", strings.ContainsFunc("abc1", unicode.IsDigit), true)
	check("ContainsFunc no", strings.ContainsFunc("abc", unicode.IsDigit), false)
	check("ContainsFunc empty", strings.ContainsFunc("", func(rune) bool { return true }), false)
	check("ContainsFunc invalid", strings.ContainsFunc("a\xff", func(r rune) bool { return r == unicode.ReplacementChar }), true)

	s := []byte("prefix-body.go")
	b, ok := bytes.CutPrefix(s, []byte("prefix-"))
	check("bytes.CutPrefix", string(b)+fmt.Sprint(ok), "body.gotrue")
	check("bytes.CutPrefix aliases", &b[0] == &s[7], true)
	b, ok = bytes.CutPrefix(s, []byte("nope"))
	check("bytes.CutPrefix miss", string(b)+fmt.Sprint(ok), "prefix-body.gofalse")
	b, ok = bytes.CutSuffix(s, []byte(".go"))
	check("bytes.CutSuffix", string(b)+fmt.Sprint(ok), "prefix-bodytrue")
	b, ok = bytes.CutSuffix(nil, nil)
	check("bytes.CutSuffix nil", b == nil && ok, true)
	check("bytes.ContainsFunc", bytes.ContainsFunc(s, unicode.IsPunct), true)
	check("bytes.ContainsFunc no", bytes.ContainsFunc(s, unicode.IsDigit), false)

	check("Clone nil", bytes.Clone(nil) == nil, true)
	e := bytes.Clone([]byte{})
	check("Clone empty non-nil", e != nil && len(e) == 0, true)
	c := bytes.Clone(s)
	check("Clone copy", string(c), string(s))
	c[0] = 'P'
	check("Clone independent", s[0], byte('p'))
	check("strings.Clone", strings.Clone("abc"), "abc")

	var buf bytes.Buffer
	check("Available zero", buf.Available(), 0)
	check("AvailableBuffer zero", len(buf.AvailableBuffer()), 0)
	buf.WriteString("hello")
	check("Available", buf.Available(), buf.Cap()-buf.Len())
	ab := buf.AvailableBuffer()
	check("AvailableBuffer len", len(ab), 0)
	check("AvailableBuffer cap", cap(ab), buf.Available())
	ab = append(ab, " world"...)
	buf.Write(ab)
	check("AvailableBuffer write", buf.String(), "hello world")

	// Go 1.21 reworded Repeat's overflow panic.
	check("Repeat overflow", panicOf(func() { strings.Repeat("abc", int(^uint(0)>>2)) }), "strings: Repeat output length overflow")
	check("bytes.Repeat overflow", panicOf(func() { bytes.Repeat([]byte("ab"), int(^uint(0)>>2)) }), "bytes: Repeat output length overflow")
	check("Repeat negative", panicOf(func() { strings.Repeat("", -1) }), "strings: negative Repeat count")
	check("Repeat empty", strings.Repeat("", int(^uint(0)>>1)), "")
	if failures == 0 {
		fmt.Println("PASS")
	}
}
