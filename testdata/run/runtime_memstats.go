package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		sink = make([]byte, 100)
	}
	sink = make([]byte, 1<<20)
	runtime.ReadMemStats(&b)
	fmt.Println(b.Mallocs-a.Mallocs >= 1001, b.TotalAlloc-a.TotalAlloc >= 100000+1<<20, b.Sys >= b.HeapAlloc, b.HeapObjects > 0, b.NumGC <= b.NumGC+1)
}
