package main

import (
	"fmt"
	"runtime"
	"strings"
)

// summary keeps what ergo and gc print alike: the header, each Go frame's function and its
// file:line (gc adds its runtime's own frames and argument words).
func summary(trace string) {
	skip := false
	for _, l := range strings.Split(trace, "\n") {
		switch {
		case l == "":
		case strings.HasPrefix(l, "\t"):
			f := strings.Fields(l)[0]
			if !skip {
				fmt.Println("   ", f[strings.LastIndex(f, "/")+1:])
			}
		case strings.HasPrefix(l, "goroutine "):
			fmt.Println(l)
		default:
			name := l[:strings.LastIndex(l, "(")]
			skip = strings.HasPrefix(name, "runtime.") || name == "panic"
			if !skip {
				fmt.Println(" ", name)
			}
		}
	}
}

// Small functions that gc and LLVM inline: the trace still shows each of them.
func h(p *int) int { return *p }

func g(p *int) int { return h(p) + 1 }

func f(p *int) int { return g(p) * 2 }

func main() {
	defer func() {
		recover()
		buf := make([]byte, 4096)
		summary(string(buf[:runtime.Stack(buf, false)]))
	}()
	fmt.Println(f(nil))
}
