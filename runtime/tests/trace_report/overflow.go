// Built with -no-stack-check, main's recursion runs off the end of its first stack segment
// into the guard below it: the SIGSEGV report (runtime/signal.cpp) must show the frames,
// found through the frame pointers of the signal context.
package main

func rec(n int) int {
	if n == 0 {
		return 0
	}
	return rec(n-1) + 1 // line 10
}

func main() {
	println(rec(100000000))
}
