// fmt.Sprintf with mixed verbs and flags (%d %5.2f %s %q %x %v %+v %#v %T %e %g %-8s %08b %c
// %U %p-free), on ints, floats, strings, byte slices, structs, pointers to structs, slices
// and maps: the everyday formatting of log lines and messages.
package main

import (
	"fmt"
	"os"
)

type point struct {
	X, Y int
	Name string
}

const rounds = 300000

func main() {
	p := &point{3, -4, "origin"}
	words := []string{"alpha", "beta", "gamma", "delta"}
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	data := []byte("héllo, wörld")
	total, sum := 0, 0
	for i := 0; i < rounds; i++ {
		f := float64(i) * 1.0625
		w := words[i&3]
		s := fmt.Sprintf("%d %5.2f %s %q %x|%-8s|%08b %c %U", i, f, w, w, i*2654435761, w, i&255,
			'a'+rune(i%26), 0x1F600+rune(i&15))
		total += len(s)
		sum += int(s[len(s)/2])
		s = fmt.Sprintf("%v %+v %e %g %x %t %6.3v", *p, p, f, f/7, data, i&1 == 0, f)
		total += len(s)
		if i%16 == 0 {
			s = fmt.Sprintf("%#v %v %T %v", *p, m, p, words)
			total += len(s)
		}
		p.X, p.Y = p.Y, p.X+i&7
	}
	fmt.Fprintf(os.Stdout, "%d %d\n", total, sum)
}
