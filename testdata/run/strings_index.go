// strings and bytes searching (Index, LastIndex, Count, Replace, IndexAny, Split, Fields)
// against go 1.19 on long random strings over small alphabets, where matches overlap and
// the long-text search paths run.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

var seed uint32 = 99

func next() uint32 {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return seed
}

func gen(n int, alpha string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alpha[next()%uint32(len(alpha))]
	}
	return string(b)
}

func main() {
	h := 0
	for i := 0; i < 20000; i++ {
		alpha := "ab"
		if i%3 == 0 {
			alpha = "abc\xff"
		}
		s := gen(int(next()%400), alpha)
		t := gen(int(next()%12), alpha)
		if i%5 == 0 && len(s) > 20 {
			k := int(next() % uint32(len(s)-10))
			t = s[k : k+int(next()%10)]
		}
		r := []int{strings.Index(s, t), strings.LastIndex(s, t), strings.Count(s, t), len(strings.Replace(s, t, "XY", -1)),
			bytes.Index([]byte(s), []byte(t)), bytes.LastIndex([]byte(s), []byte(t)), bytes.Count([]byte(s), []byte(t)),
			strings.IndexAny(s, t), strings.LastIndexAny(s, t), len(strings.Split(s, t)), len(strings.Fields(s))}
		for _, v := range r {
			h = h*31 + v
			h &= 0xFFFFFFFF
		}
		if i%1000 == 0 {
			fmt.Println(i, r)
		}
	}
	fmt.Println(h)
}
