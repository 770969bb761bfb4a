package os

import (
	"syscall"
	"time"
)

// utimeOmit is the kernel's UTIME_OMIT: utimensat leaves that time unchanged.
const utimeOmit = (1 << 30) - 2

// Getgroups returns a list of the numeric ids of groups that the caller belongs to.
func Getgroups() ([]int, error) {
	gids, err := syscall.Getgroups()
	return gids, NewSyscallError("getgroups", err)
}

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return syscall.Getpagesize() }

// Chown changes the numeric uid and gid of the named file. If the file is a symbolic link, it
// changes the uid and gid of the link's target. A uid or gid of -1 means to not change that
// value. If there is an error, it will be of type *PathError.
func Chown(name string, uid, gid int) error {
	e := ignoringEINTR(func() error {
		return syscall.Chown(name, uid, gid)
	})
	if e != nil {
		return &PathError{Op: "chown", Path: name, Err: e}
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file. If the file is a symbolic link,
// it changes the uid and gid of the link itself. If there is an error, it will be of type
// *PathError.
func Lchown(name string, uid, gid int) error {
	e := ignoringEINTR(func() error {
		return syscall.Lchown(name, uid, gid)
	})
	if e != nil {
		return &PathError{Op: "lchown", Path: name, Err: e}
	}
	return nil
}

// Chown changes the numeric uid and gid of the file. If there is an error, it will be of type
// *PathError.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("chown", errFileClosing)
	}
	if e := ignoringEINTR(func() error { return syscall.Fchown(f.fd, uid, gid) }); e != nil {
		return f.wrapErr("chown", e)
	}
	return nil
}

// Chtimes changes the access and modification times of the named file, similar to the Unix
// utime() or utimes() functions. A zero time.Time value will leave the corresponding file
// time unchanged. If there is an error, it will be of type *PathError.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	var utimes [2]syscall.Timespec
	set := func(i int, t time.Time) {
		if t.IsZero() {
			utimes[i] = syscall.Timespec{Sec: 0, Nsec: utimeOmit}
		} else {
			utimes[i] = syscall.NsecToTimespec(t.UnixNano())
		}
	}
	set(0, atime)
	set(1, mtime)
	if e := syscall.UtimesNano(name, utimes[0:]); e != nil {
		return &PathError{Op: "chtimes", Path: name, Err: e}
	}
	return nil
}
