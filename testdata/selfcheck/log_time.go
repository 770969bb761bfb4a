// log's date and time header (LstdFlags, Lmicroseconds, LUTC), which changes at every run:
// the header must parse with the layout it is documented to have and lie within a minute of
// time.Now.
package main

import (
	"fmt"
	"log"
	"strings"
	"time"
)

type sink struct{ s string }

func (w *sink) Write(p []byte) (int, error) {
	w.s += string(p)
	return len(p), nil
}

func main() {
	failures := 0
	var w sink
	l := log.New(&w, "P ", log.LstdFlags|log.Lmicroseconds|log.LUTC|log.Lmsgprefix)
	l.Print("hello")
	line := w.s
	const layout = "2006/01/02 15:04:05.000000"
	if len(line) < len(layout) || !strings.HasSuffix(line, " P hello\n") {
		fmt.Printf("FAIL shape %q\n", line)
		failures++
	} else {
		t, err := time.Parse(layout, line[:len(layout)])
		if d := time.Since(t); err != nil || d < -time.Minute || d > time.Minute {
			fmt.Printf("FAIL time %q %v %v\n", line, err, d)
			failures++
		}
	}
	w.s = ""
	l.SetFlags(log.Ldate | log.LUTC)
	l.SetPrefix("")
	before := time.Now().UTC().Format("2006/01/02") + " x\n"
	l.Println("x")
	after := time.Now().UTC().Format("2006/01/02") + " x\n"
	if w.s != before && w.s != after { // the date may change between the calls
		fmt.Printf("FAIL Ldate %q want %q\n", w.s, after)
		failures++
	}
	w.s = ""
	l.SetFlags(log.Ltime)
	l.Print("y")
	if len(w.s) != len("15:04:05 y\n") || w.s[2] != ':' || w.s[5] != ':' {
		fmt.Printf("FAIL Ltime %q\n", w.s)
		failures++
	}
	if failures == 0 {
		fmt.Println("PASS")
	}
}
