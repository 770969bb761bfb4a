package fmt

// write is implemented by the runtime: it writes all of p to the file descriptor and returns
// the number of bytes written, or minus the errno.
//
//go:linkname write runtime.write
func write(fd int, p []byte) int

// writeStdout writes b to standard output for Print, Printf and Println.
func writeStdout(b []byte) (int, error) {
	n := write(1, b)
	if n < 0 {
		return 0, writeError(-n)
	}
	return n, nil
}

// writeError is a failed write's errno.
type writeError int

func (e writeError) Error() string {
	return "write /dev/stdout: errno " + string(appendDecimal(nil, int(e)))
}
