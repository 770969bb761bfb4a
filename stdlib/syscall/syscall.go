// Package syscall is the interface to the Linux system calls that the os package and
// programs use directly: raw calls (Syscall, Syscall6), file and directory calls, the
// process environment, and Errno with gc's error texts. This is the subset that sequential
// programs need (no sockets, signals, processes or ptrace).
package syscall

import "unsafe"

// Implemented by the runtime (runtime/goapi.h): a system call with at most four, or six,
// arguments; errno is 0 on success, else r1 is -1.
//
//go:linkname syscall4 runtime.syscall4
func syscall4(trap, a1, a2, a3, a4 uintptr) (r1, errno uintptr)

//go:linkname syscall6 runtime.syscall6
func syscall6(trap uintptr, args *[6]uintptr) (r1, errno uintptr)

//go:linkname runtimeExit runtime.exit
func runtimeExit(code int)

// Syscall calls system call trap with three arguments. r2 is always 0: ergo's runtime
// returns only the first result register (no Linux call on amd64 or arm64 uses the second).
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	r1, e := syscall4(trap, a1, a2, a3, 0)
	return r1, 0, Errno(e)
}

// Syscall6 calls system call trap with six arguments (see Syscall for r2).
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	args := [6]uintptr{a1, a2, a3, a4, a5, a6}
	r1, e := syscall6(trap, &args)
	return r1, 0, Errno(e)
}

// RawSyscall is Syscall: ergo's scheduler does not need to be told about system calls.
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return Syscall(trap, a1, a2, a3)
}

// RawSyscall6 is Syscall6 (see RawSyscall).
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return Syscall6(trap, a1, a2, a3, a4, a5, a6)
}

// ByteSliceFromString returns a NUL-terminated slice containing the text of s. If s contains
// a NUL byte at any location, it returns (nil, EINVAL).
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// BytePtrFromString returns a pointer to a NUL-terminated array of bytes containing the text
// of s. If s contains a NUL byte at any location, it returns (nil, EINVAL).
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

func ptr(p *byte) uintptr { return uintptr(unsafe.Pointer(p)) }

// bufPtr is the address of b's first byte, or of a static byte when b is empty (the kernel
// never touches it then).
func bufPtr(b []byte) uintptr {
	if len(b) == 0 {
		return uintptr(unsafe.Pointer(&zeroByte))
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

var zeroByte byte

// errnoErr returns e as an error, nil for 0.
func errnoErr(e uintptr) error {
	if e == 0 {
		return nil
	}
	return Errno(e)
}
