package syscall

import (
	"errors"
	"internal/itoa"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition. It implements the error
// interface. The zero Errno is by convention a non-error, so code to convert from Errno to
// error should use: err = nil; if errno != 0 { err = errno }.
//
// Errno values can be tested against error values using errors.Is: errors.Is(err,
// fs.ErrNotExist) is true for ENOENT.
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errorTable) {
		s := errorTable[e]
		if s != "" {
			return s
		}
	}
	return "errno " + itoa.Itoa(int(e))
}

// Is reports whether e matches one of the portable errors of io/fs (and errors.ErrUnsupported).
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errors.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

// Temporary reports whether the error is worth retrying.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether the error is a timeout.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}
