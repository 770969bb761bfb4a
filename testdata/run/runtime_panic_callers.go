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

func show() {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		if fr.Function == "runtime.gopanic" {
			fmt.Println(fr.Function)
		} else {
			fmt.Println(fr.Function, base(fr.File), fr.Line)
		}
		if !more || fr.Function == "main.main" {
			break
		}
	}
	fmt.Println()
}

//go:noinline
func inner(k int) {
	defer func() {
		show()
		if k == 1 {
			recover()
		}
	}()
	if k > 0 {
		panic("boom")
	}
}

//go:noinline
func outer() {
	defer func() {
		recover()
		show()
	}()
	inner(2)
}

func main() {
	inner(1)
	outer()
	show()
}
