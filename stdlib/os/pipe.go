package os

import "syscall"

// Pipe returns a connected pair of Files; reads from r return bytes written to w. It returns
// the files and an error, if any.
func Pipe() (r *File, w *File, err error) {
	var p [2]int
	e := syscall.Pipe2(p[0:], syscall.O_CLOEXEC)
	if e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return NewFile(uintptr(p[0]), "|0"), NewFile(uintptr(p[1]), "|1"), nil
}
