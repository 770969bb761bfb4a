// unicode/utf16's AppendRune (Go 1.20), checked against its
// documentation: go 1.19 cannot run this program, so it checks itself and prints PASS.
package main

import (
	"fmt"
	"unicode/utf16"
)

var failures = 0

func check(what string, got, want int) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

func main() {
	a := utf16.AppendRune(nil, 'x')
	check("append x len", len(a), 1)
	check("append x", int(a[0]), 'x')
	a = utf16.AppendRune(a, 0x1F600)
	check("append pair len", len(a), 3)
	check("append pair hi", int(a[1]), 0xD83D)
	check("append pair lo", int(a[2]), 0xDE00)
	a = utf16.AppendRune(a, 0xD800)
	check("append surrogate", int(a[3]), 0xFFFD)
	a = utf16.AppendRune(a, 0x110000)
	check("append too big", int(a[4]), 0xFFFD)
	a = utf16.AppendRune(a, -5)
	check("append negative", int(a[5]), 0xFFFD)
	check("final len", len(a), 6)
	// Every code point appends what Encode produces.
	for r := rune(0); r <= 0x10FFFF; r += 97 {
		got := utf16.AppendRune(nil, r)
		want := utf16.Encode([]rune{r})
		if len(got) != len(want) || got[0] != want[0] || got[len(got)-1] != want[len(want)-1] {
			check("append vs encode", int(r), -1)
			break
		}
	}
	if failures == 0 {
		fmt.Println("PASS")
	}
}
