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

//go:noinline
func f() {
	pc, file, line, ok := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), base(file), line, ok)
	_, file, line, ok = runtime.Caller(1)
	fmt.Println(base(file), line, ok)
	pcs := make([]uintptr, 10)
	n := runtime.Callers(0, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		if fr.Function == "runtime.Callers" {
			// gc inlines Callers: its Func is nil and its line is gc's own.
			fmt.Println(fr.Function)
		} else {
			fmt.Println(fr.Function, base(fr.File), fr.Line, fr.PC >= fr.Entry)
		}
		if !more || fr.Function == "main.main" {
			break
		}
	}
	n = runtime.Callers(1, pcs[:2])
	fmt.Println(n, runtime.FuncForPC(pcs[1]-1).Name())
}

type T struct{}

//go:noinline
func (*T) M() { f() }

//go:noinline
func G[X any]() {
	pc, _, _, _ := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	file, line := fn.FileLine(pc)
	fmt.Println(fn.Name(), base(file), line, fn.Entry() <= pc)
}

func main() {
	new(T).M()
	func() { f() }()
	G[int]()
	G[map[string][]int]()
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok)
	var nilf *runtime.Func
	fmt.Println(nilf.Name() == "", runtime.FuncForPC(0) == nil)
	fmt.Println(runtime.GOOS, runtime.Compiler, runtime.NumGoroutine())
	runtime.GC()
	runtime.Gosched()
	runtime.KeepAlive(&T{})
	fmt.Println(runtime.NumCPU() > 0)
	fr, more := runtime.CallersFrames(nil).Next()
	fmt.Println(fr.Function == "", fr.PC, more)
	// The whole stack: gc's goroutine 1 starts in runtime.main, called from runtime.goexit.
	pcs := make([]uintptr, 10)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(0, pcs)])
	for {
		fr, more := frames.Next()
		fmt.Println(fr.Function)
		if !more {
			break
		}
	}
}
