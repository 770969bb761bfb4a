package runtime

//go:linkname stack runtime.stack
func stack(buf *byte, n int, all bool) int

// Stack formats a stack trace of the calling goroutine into buf and returns the number of
// bytes written to buf, in gc's format ("goroutine 1 [running]:" and two lines per frame).
// With all set, gc adds the traces of all other goroutines; ergo does not print those yet
// (only the calling goroutine's trace is written).
func Stack(buf []byte, all bool) int {
	if len(buf) == 0 {
		return 0
	}
	return stack(&buf[0], len(buf), all)
}
