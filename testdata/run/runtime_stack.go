package main

import (
	"fmt"
	"runtime"
	"strings"
)

// summary keeps what ergo and gc print alike: the header, each frame's function and its
// file:line (gc prints argument words and runtime paths where ergo prints "...").
func summary(trace string) {
	for _, l := range strings.Split(trace, "\n") {
		switch {
		case l == "":
		case strings.HasPrefix(l, "\t"):
			f := strings.Fields(l)[0]
			if strings.Contains(f, "runtime_stack.go") {
				fmt.Println("   ", f[strings.LastIndex(f, "/")+1:])
			}
		case strings.HasPrefix(l, "goroutine "):
			fmt.Println(l)
		default:
			fmt.Println(" ", l[:strings.Index(l, "(")])
		}
	}
}

func trace() string {
	buf := make([]byte, 4096)
	return string(buf[:runtime.Stack(buf, false)])
}

type T int

//go:noinline
func (t T) M() string { return trace() }

//go:noinline
func f() {
	defer func() {
		recover()
		summary(trace())
	}()
	var m map[string]int
	m["a"] = 1
}

func main() {
	summary(trace())
	g := T(1).M
	summary(g())
	f()
	buf := make([]byte, 10)
	fmt.Printf("%q\n", buf[:runtime.Stack(buf, true)])
}
