// Package oserror defines the portable file-system errors that io/fs, os and syscall share
// (io/fs re-exports them as fs.ErrNotExist and friends; syscall.Errno.Is matches them).
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
