// run

// []byte: building, converting between byte and int, and reading bytes of strings.
package main

import "fmt"

// upper returns the bytes of s with ASCII letters upper-cased.
func upper(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 97 && c <= 122 {
			c -= 32
		}
		out = append(out, c)
	}
	return out
}

func checksum(bs []byte) int {
	sum := 0
	for _, b := range bs {
		sum = (sum*31 + int(b)) % 1000003
	}
	return sum
}

func printBytes(bs []byte) {
	for i, b := range bs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(b)
	}
	fmt.Println()
}

func main() {
	u := upper("Hello, Gophers!")
	printBytes(u)
	fmt.Println(len(u), cap(u), checksum(u))

	var bs []byte
	for i := 0; i < 300; i += 37 {
		bs = append(bs, byte(i))
	}
	printBytes(bs)

	s := "abc"
	bs = append(bs[:0], s[0], s[1], s[2])
	printBytes(bs)
	bs[1]++
	bs[2] += 200
	printBytes(bs)

	zero := make([]byte, 4)
	printBytes(zero)
	copyOf := append([]byte{}, u[7:14]...)
	copyOf[0] = 0
	printBytes(copyOf)
	fmt.Println(u[7], int(u[7])-int(copyOf[0]))
}
