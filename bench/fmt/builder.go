// strings.Builder: building lines from strings, bytes and runes (WriteString, WriteByte,
// WriteRune, Grow, Len, String, Reset), the way formatters and code generators do.
package main

import (
	"os"
	"strconv"
	"strings"
)

const rounds = 2000000

func main() {
	words := []string{"alpha", "β", "gamma", "дельта", "ε", "zeta-zeta-zeta"}
	var b strings.Builder
	total, sum := 0, 0
	for i := 0; i < rounds; i++ {
		b.Reset()
		if i&1 == 0 {
			b.Grow(64)
		}
		for j := 0; j < 12; j++ {
			b.WriteString(words[(i+j)%len(words)])
			b.WriteByte(' ')
			b.WriteRune(rune('a' + (i+j)%26))
			if j%3 == 0 {
				b.WriteRune('→')
			}
		}
		b.WriteString(strconv.Itoa(i))
		s := b.String()
		total += b.Len()
		sum += int(s[len(s)/3])
	}
	os.Stdout.WriteString(strconv.Itoa(total) + " " + strconv.Itoa(sum) + "\n")
}
