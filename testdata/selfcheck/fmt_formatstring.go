// Go 1.20's fmt.FormatString, which rebuilds a directive from a State: '%', the flags in
// the order " +-#0", the width, '.' and the precision, then the verb. go 1.19 cannot run
// this program, so it checks itself against the documentation and prints PASS.
package main

import "fmt"

var failures = 0

type directive struct{ got *string }

func (d directive) Format(f fmt.State, verb rune) {
	*d.got = fmt.FormatString(f, verb)
}

func main() {
	for _, c := range []struct{ format, want string }{
		{"%v", "%v"},
		{"%d", "%d"},
		{"%+v", "%+v"},
		{"%#v", "%#v"},
		{"%-8.3x", "%-8.3x"},
		{"%0+ #12q", "% +#012q"},
		{"%.0f", "%.0f"},
		{"%5s", "%5s"},
		{"%☺", "%☺"},
		{"%*d", "%7d"},
		{"%-*d", "%-7d"},
		{"%.*e", "%.7e"},
	} {
		var got string
		star := false
		for i := 0; i < len(c.format); i++ {
			star = star || c.format[i] == '*'
		}
		if star {
			fmt.Sprintf(c.format, 7, directive{&got})
		} else {
			fmt.Sprintf(c.format, directive{&got})
		}
		if got != c.want {
			fmt.Printf("FAIL FormatString(%q) = %q, want %q\n", c.format, got, c.want)
			failures++
		}
	}
	if failures == 0 {
		fmt.Println("PASS")
	}
}
