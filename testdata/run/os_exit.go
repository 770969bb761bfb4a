package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	println("println output is flushed before exit")
	n, err := os.Stdout.WriteString("direct\n")
	fmt.Println(n, err, os.Stdout.Name(), os.Stdout.Fd(), os.Stdin.Fd())
	func() {
		defer fmt.Println("inner deferred: must not print")
		os.Exit(0)
	}()
	fmt.Println("after Exit: must not print")
}
