// The panics of strings and bytes (Repeat, Builder.Grow and copying, Buffer.Truncate and
// Grow, NewReplacer) carry gc's messages. Repeat's overflow message changed after go 1.19
// and is checked by selfcheck/strings_new.go.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, recover())
	}()
	f()
}

func main() {
	try("bytes.Repeat", func() { bytes.Repeat([]byte("x"), -1) })
	try("Join", func() { fmt.Println(strings.Join(nil, ","), strings.Join([]string{"a"}, ",")) })
	try("Buffer.Next", func() { fmt.Println(bytes.NewBufferString("abc").Next(-1) == nil) })
	try("Builder.Grow", func() {
		var b strings.Builder
		b.Grow(-1)
	})
	try("Builder copy", func() {
		var b strings.Builder
		b.WriteString("x")
		c := b
		c.WriteString("y")
	})
	try("Buffer.Truncate", func() {
		var b bytes.Buffer
		b.WriteString("abc")
		b.Truncate(4)
	})
	try("Buffer.Grow", func() {
		var b bytes.Buffer
		b.Grow(-1)
	})
	try("NewReplacer", func() { strings.NewReplacer("a") })
	try("Repeat ok", func() { fmt.Println(strings.Repeat("", 1<<62), strings.Repeat("ab", 1)) })
}
