package os

import "time"

// SetDeadline sets the read and write deadlines for a File. ergo has no network poller yet,
// so no file supports deadlines: the error is ErrNoDeadline, as gc's for files it cannot
// poll (regular files).
func (f *File) SetDeadline(t time.Time) error {
	return f.setDeadline("SetDeadline")
}

// SetReadDeadline sets the deadline for future Read calls (see SetDeadline).
func (f *File) SetReadDeadline(t time.Time) error {
	return f.setDeadline("SetReadDeadline")
}

// SetWriteDeadline sets the deadline for any future Write calls (see SetDeadline).
func (f *File) SetWriteDeadline(t time.Time) error {
	return f.setDeadline("SetWriteDeadline")
}

func (f *File) setDeadline(op string) error {
	if err := f.checkValid(op); err != nil {
		return err
	}
	if f.closed {
		return errFileClosing
	}
	return ErrNoDeadline
}
