package syscall

import "unsafe"

// The file and process system calls, as gc's syscall package declares them. Paths become
// NUL-terminated copies (EINVAL when they hold a NUL byte); every path call goes through the
// *at form relative to _AT_FDCWD, which exists on both architectures.

func at1(trap uintptr, path string, a2, a3 uintptr) (uintptr, error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return 0, err
	}
	r, e := syscall4(trap, atFDCWD, ptr(p), a2, a3)
	return r, errnoErr(e)
}

// Open opens the file path (open(2)).
func Open(path string, mode int, perm uint32) (fd int, err error) {
	return Openat(_AT_FDCWD, path, mode|O_LARGEFILE, perm)
}

// Openat opens path relative to the directory dirfd (openat(2)).
func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	r, e := syscall4(SYS_OPENAT, uintptr(dirfd), ptr(p), uintptr(flags), uintptr(mode))
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Read reads up to len(p) bytes from fd.
func Read(fd int, p []byte) (n int, err error) {
	r, e := syscall4(SYS_READ, uintptr(fd), bufPtr(p), uintptr(len(p)), 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Write writes p to fd (a short count is possible).
func Write(fd int, p []byte) (n int, err error) {
	r, e := syscall4(SYS_WRITE, uintptr(fd), bufPtr(p), uintptr(len(p)), 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Pread reads from fd at offset without moving its file offset.
func Pread(fd int, p []byte, offset int64) (n int, err error) {
	r, e := syscall4(SYS_PREAD64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(offset))
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Pwrite writes to fd at offset without moving its file offset.
func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	r, e := syscall4(SYS_PWRITE64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(offset))
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Close closes fd.
func Close(fd int) error {
	_, e := syscall4(SYS_CLOSE, uintptr(fd), 0, 0, 0)
	return errnoErr(e)
}

// Seek sets fd's file offset (lseek(2)).
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, e := syscall4(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence), 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int64(r), nil
}

// Fstat stores fd's file status in stat.
func Fstat(fd int, stat *Stat_t) error {
	_, e := syscall4(SYS_FSTAT, uintptr(fd), uintptr(unsafe.Pointer(stat)), 0, 0)
	return errnoErr(e)
}

// Stat stores the status of the file path names (following symbolic links) in stat.
func Stat(path string, stat *Stat_t) error {
	_, err := at1(SYS_NEWFSTATAT, path, uintptr(unsafe.Pointer(stat)), 0)
	return err
}

// Lstat is Stat that describes a symbolic link itself.
func Lstat(path string, stat *Stat_t) error {
	_, err := at1(SYS_NEWFSTATAT, path, uintptr(unsafe.Pointer(stat)), _AT_SYMLINK_NOFOLLOW)
	return err
}

// Mkdir creates the directory path.
func Mkdir(path string, mode uint32) error {
	_, err := at1(SYS_MKDIRAT, path, uintptr(mode), 0)
	return err
}

// Rmdir removes the empty directory path.
func Rmdir(path string) error {
	_, err := at1(SYS_UNLINKAT, path, _AT_REMOVEDIR, 0)
	return err
}

// Unlink removes the file path (not a directory).
func Unlink(path string) error {
	_, err := at1(SYS_UNLINKAT, path, 0, 0)
	return err
}

// Unlinkat removes the file path relative to the directory dirfd (not a directory).
func Unlinkat(dirfd int, path string) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, e := syscall4(SYS_UNLINKAT, uintptr(dirfd), ptr(p), 0, 0)
	return errnoErr(e)
}

// Access checks whether the calling process may access path in the given mode (4 read, 2
// write, 1 execute, 0 existence).
func Access(path string, mode uint32) error {
	_, err := at1(SYS_FACCESSAT, path, uintptr(mode), 0)
	return err
}

// Chmod changes the mode of the file path.
func Chmod(path string, mode uint32) error {
	_, err := at1(SYS_FCHMODAT, path, uintptr(mode), 0)
	return err
}

// Fchmod changes the mode of the open file fd.
func Fchmod(fd int, mode uint32) error {
	_, e := syscall4(SYS_FCHMOD, uintptr(fd), uintptr(mode), 0, 0)
	return errnoErr(e)
}

// Chdir changes the working directory to path.
func Chdir(path string) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, e := syscall4(SYS_CHDIR, ptr(p), 0, 0, 0)
	return errnoErr(e)
}

// Fchdir changes the working directory to the open directory fd.
func Fchdir(fd int) error {
	_, e := syscall4(SYS_FCHDIR, uintptr(fd), 0, 0, 0)
	return errnoErr(e)
}

// Truncate changes the size of the file path.
func Truncate(path string, length int64) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, e := syscall4(SYS_TRUNCATE, ptr(p), uintptr(length), 0, 0)
	return errnoErr(e)
}

// Ftruncate changes the size of the open file fd.
func Ftruncate(fd int, length int64) error {
	_, e := syscall4(SYS_FTRUNCATE, uintptr(fd), uintptr(length), 0, 0)
	return errnoErr(e)
}

// Fsync flushes fd's data to stable storage.
func Fsync(fd int) error {
	_, e := syscall4(SYS_FSYNC, uintptr(fd), 0, 0, 0)
	return errnoErr(e)
}

func twoPaths(trap uintptr, oldpath, newpath string, flags uintptr) error {
	o, err := BytePtrFromString(oldpath)
	if err != nil {
		return err
	}
	n, err := BytePtrFromString(newpath)
	if err != nil {
		return err
	}
	var e uintptr
	if trap == SYS_SYMLINKAT {
		_, e = syscall4(trap, ptr(o), atFDCWD, ptr(n), 0)
	} else {
		args := [6]uintptr{atFDCWD, ptr(o), atFDCWD, ptr(n), flags, 0}
		_, e = syscall6(trap, &args)
	}
	return errnoErr(e)
}

// Rename renames oldpath to newpath, replacing a file there.
func Rename(oldpath, newpath string) error {
	return twoPaths(SYS_RENAMEAT, oldpath, newpath, 0)
}

// Link makes newpath a hard link to oldpath.
func Link(oldpath, newpath string) error {
	return twoPaths(SYS_LINKAT, oldpath, newpath, 0)
}

// Symlink makes newpath a symbolic link to oldpath.
func Symlink(oldpath, newpath string) error {
	return twoPaths(SYS_SYMLINKAT, oldpath, newpath, 0)
}

// Readlink stores the target of the symbolic link path in buf and returns its length.
func Readlink(path string, buf []byte) (n int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	r, e := syscall4(SYS_READLINKAT, atFDCWD, ptr(p), bufPtr(buf), uintptr(len(buf)))
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Getcwd stores the working directory, NUL-terminated, in buf and returns its length with
// the NUL.
func Getcwd(buf []byte) (n int, err error) {
	r, e := syscall4(SYS_GETCWD, bufPtr(buf), uintptr(len(buf)), 0, 0)
	if e != 0 {
		return 0, Errno(e)
	}
	return int(r), nil
}

// Getwd returns the working directory.
func Getwd() (wd string, err error) {
	var buf [PathMax]byte
	n, err := Getcwd(buf[0:])
	if err != nil {
		return "", err
	}
	// The kernel's length includes the NUL.
	if n < 1 || n > len(buf) || buf[n-1] != 0 {
		return "", EINVAL
	}
	// An unreachable directory (outside the root) reads as "(unreachable)...".
	if buf[0] != '/' {
		return "", ENOENT
	}
	return string(buf[0 : n-1]), nil
}

// Getdents reads directory entries (struct linux_dirent64) from the directory fd into buf.
func Getdents(fd int, buf []byte) (n int, err error) {
	r, e := syscall4(SYS_GETDENTS64, uintptr(fd), bufPtr(buf), uintptr(len(buf)), 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// ReadDirent reads directory entries from fd into buf (Getdents).
func ReadDirent(fd int, buf []byte) (n int, err error) {
	return Getdents(fd, buf)
}

// Getgroups returns the supplementary group ids of the calling process.
func Getgroups() (gids []int, err error) {
	n, e := syscall4(SYS_GETGROUPS, 0, 0, 0, 0)
	if e != 0 {
		return nil, Errno(e)
	}
	if n == 0 {
		return nil, nil
	}
	// The kernel's limit, as gc's check.
	if n > 1<<20 {
		return nil, EINVAL
	}
	a := make([]uint32, n)
	n, e = syscall4(SYS_GETGROUPS, n, uintptr(unsafe.Pointer(&a[0])), 0, 0)
	if e != 0 {
		return nil, Errno(e)
	}
	gids = make([]int, n)
	for i, v := range a[0:n] {
		gids[i] = int(v)
	}
	return
}

// Dup returns a new descriptor for the file of oldfd.
func Dup(oldfd int) (fd int, err error) {
	r, e := syscall4(SYS_DUP, uintptr(oldfd), 0, 0, 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Dup3 makes newfd a copy of oldfd.
func Dup3(oldfd int, newfd int, flags int) error {
	_, e := syscall4(SYS_DUP3, uintptr(oldfd), uintptr(newfd), uintptr(flags), 0)
	return errnoErr(e)
}

// Umask sets the file mode creation mask and returns the previous one.
func Umask(mask int) (oldmask int) {
	r, _ := syscall4(SYS_UMASK, uintptr(mask), 0, 0, 0)
	return int(r)
}

// Uname stores the system's names in buf.
func Uname(buf *Utsname) error {
	_, e := syscall4(SYS_UNAME, uintptr(unsafe.Pointer(buf)), 0, 0, 0)
	return errnoErr(e)
}

func rawInt(trap uintptr) int {
	r, _ := syscall4(trap, 0, 0, 0, 0)
	return int(r)
}

// Getpid returns the process id.
func Getpid() int { return rawInt(SYS_GETPID) }

// Getppid returns the parent's process id.
func Getppid() int { return rawInt(SYS_GETPPID) }

// Gettid returns the calling thread's id.
func Gettid() int { return rawInt(SYS_GETTID) }

// Getuid returns the real user id.
func Getuid() int { return rawInt(SYS_GETUID) }

// Geteuid returns the effective user id.
func Geteuid() int { return rawInt(SYS_GETEUID) }

// Getgid returns the real group id.
func Getgid() int { return rawInt(SYS_GETGID) }

// Getegid returns the effective group id.
func Getegid() int { return rawInt(SYS_GETEGID) }

// Exit ends the process with the status code, at once: deferred calls do not run.
func Exit(code int) {
	runtimeExit(code)
}

// Chown changes the owner and group of the file path (following symbolic links).
func Chown(path string, uid int, gid int) error {
	return fchownat(path, uid, gid, 0)
}

// Lchown changes the owner and group of the file path itself, not following symbolic links.
func Lchown(path string, uid int, gid int) error {
	return fchownat(path, uid, gid, _AT_SYMLINK_NOFOLLOW)
}

func fchownat(path string, uid, gid, flags int) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	args := [6]uintptr{atFDCWD, ptr(p), uintptr(uid), uintptr(gid), uintptr(flags), 0}
	_, e := syscall6(SYS_FCHOWNAT, &args)
	return errnoErr(e)
}

// Fchown changes the owner and group of the open file fd.
func Fchown(fd int, uid int, gid int) error {
	_, e := syscall4(SYS_FCHOWN, uintptr(fd), uintptr(uid), uintptr(gid), 0)
	return errnoErr(e)
}

// UtimesNano sets the access and modification times of path (ts[0] and ts[1]), following
// symbolic links. A Nsec of (1<<30)-2 (the kernel's UTIME_OMIT) leaves that time unchanged.
func UtimesNano(path string, ts []Timespec) error {
	if len(ts) != 2 {
		return EINVAL
	}
	_, err := at1(SYS_UTIMENSAT, path, uintptr(unsafe.Pointer(&ts[0])), 0)
	return err
}

// Pipe2 creates a pipe with the given flags (O_CLOEXEC, O_NONBLOCK): p[0] is the read end,
// p[1] the write end.
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	var pp [2]int32
	_, e := syscall4(SYS_PIPE2, uintptr(unsafe.Pointer(&pp)), uintptr(flags), 0, 0)
	if e != 0 {
		return Errno(e)
	}
	p[0] = int(pp[0])
	p[1] = int(pp[1])
	return nil
}

// Pipe creates a pipe: p[0] is the read end, p[1] the write end.
func Pipe(p []int) error {
	return Pipe2(p, 0)
}
