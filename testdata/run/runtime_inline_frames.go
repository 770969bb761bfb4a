package main

import (
	"fmt"
	"runtime"
)

func base(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return s[i+1:]
		}
	}
	return s
}

var out []string

// Small functions that gc and LLVM inline: Caller and CallersFrames still see each call.
func h() {
	for skip := 0; skip < 4; skip++ {
		_, file, line, ok := runtime.Caller(skip)
		out = append(out, fmt.Sprint(skip, " ", base(file), ":", line, " ", ok))
	}
	pcs := make([]uintptr, 16)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	for {
		fr, more := frames.Next()
		out = append(out, fmt.Sprint(fr.Function, " ", base(fr.File), ":", fr.Line))
		if !more || fr.Function == "main.main" {
			break
		}
	}
}

func g() { h() }

func f() { g() }

func main() {
	f()
	for _, s := range out {
		fmt.Println(s)
	}
}
