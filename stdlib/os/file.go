// Package os provides a platform-independent interface to operating system functionality:
// files and directories, the environment, process arguments and exit. Errors are *PathError,
// *LinkError or *SyscallError values wrapping a syscall.Errno, so errors.Is(err,
// fs.ErrNotExist) works. This implementation is Linux-only and has no processes, signals or
// deadlines.
package os

import (
	"errors"
	"io"
	"syscall"
)

// File represents an open file descriptor. The methods of File are not safe for concurrent
// use yet (ergo runs one goroutine at a time).
type File struct {
	*file // os specific
}

// file is the real representation of *File: an extra level of indirection ensures that no
// client of os can overwrite this data.
type file struct {
	fd         int
	name       string
	dirinfo    *dirInfo // nil unless directory being read
	appendMode bool     // whether file is opened for appending
	closed     bool
}

// Flags to OpenFile wrapping those of the underlying system. Exactly one of O_RDONLY,
// O_WRONLY, or O_RDWR must be specified; the others may be or'ed in.
const (
	O_RDONLY int = syscall.O_RDONLY // open the file read-only.
	O_WRONLY int = syscall.O_WRONLY // open the file write-only.
	O_RDWR   int = syscall.O_RDWR   // open the file read-write.
	O_APPEND int = syscall.O_APPEND // append data to the file when writing.
	O_CREATE int = syscall.O_CREAT  // create a new file if none exists.
	O_EXCL   int = syscall.O_EXCL   // used with O_CREATE, file must not exist.
	O_SYNC   int = syscall.O_SYNC   // open for synchronous I/O.
	O_TRUNC  int = syscall.O_TRUNC  // truncate regular writable file when opened.
)

// Seek whence values. Deprecated: Use io.SeekStart, io.SeekCurrent, and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's “null device”.
const DevNull = "/dev/null"

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output,
// and standard error file descriptors.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name. The returned value
// will be nil if fd is not a valid file descriptor (negative).
func NewFile(fd uintptr, name string) *File {
	fdi := int(fd)
	if fdi < 0 {
		return nil
	}
	f := &File{&file{fd: fdi, name: name}}
	return f
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file (^uintptr(0) for a
// nil or closed File).
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid checks whether f is valid for use.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr wraps an error that occurred during an operation on an open file.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	if err == errFileClosing {
		err = ErrClosed
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// maxRW is the largest single read or write gc issues (some kernels fail larger ones).
const maxRW = 1 << 30

func (f *File) read(b []byte) (int, error) {
	if f.closed {
		return 0, errFileClosing
	}
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	for {
		n, err := syscall.Read(f.fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f *File) pread(b []byte, off int64) (int, error) {
	if f.closed {
		return 0, errFileClosing
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	for {
		n, err := syscall.Pread(f.fd, b, off)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 && len(b) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f *File) write(b []byte) (int, error) {
	if f.closed {
		return 0, errFileClosing
	}
	nn := 0
	for {
		max := len(b)
		if max-nn > maxRW {
			max = nn + maxRW
		}
		n, err := syscall.Write(f.fd, b[nn:max])
		if err == syscall.EINTR {
			continue
		}
		if n > 0 {
			nn += n
		}
		if nn == len(b) {
			return nn, err
		}
		if err != nil {
			return nn, err
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
	}
}

func (f *File) pwrite(b []byte, off int64) (int, error) {
	if f.closed {
		return 0, errFileClosing
	}
	nn := 0
	for nn < len(b) {
		max := len(b)
		if max-nn > maxRW {
			max = nn + maxRW
		}
		n, err := syscall.Pwrite(f.fd, b[nn:max], off+int64(nn))
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nn, err
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
		nn += n
	}
	return nn, nil
}

// Read reads up to len(b) bytes from the File and stores them in b. It returns the number of
// bytes read and any error encountered. At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	n, e := f.read(b)
	return n, f.wrapErr("read", e)
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. It returns the number
// of bytes read and the error, if any. ReadAt always returns a non-nil error when n <
// len(b). At end of file, that error is io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := f.pread(b, off)
		if e != nil {
			err = f.wrapErr("read", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// ReadFrom implements io.ReaderFrom: it copies r to the file until EOF.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return genericReadFrom(f, r)
}

// onlyWriter hides File.ReadFrom from io.Copy, which then copies through Write.
type onlyWriter struct {
	io.Writer
}

func genericReadFrom(f *File, r io.Reader) (int64, error) {
	return io.Copy(onlyWriter{f}, r)
}

// WriteTo implements io.WriterTo: it copies the file's contents from the current offset to w
// until EOF.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, onlyReader{f})
}

// onlyReader hides File.WriteTo from io.Copy, which then copies through Read.
type onlyReader struct {
	io.Reader
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written and
// an error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := f.write(b)
	if n < 0 {
		n = 0
	}
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return n, err
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes len(b) bytes to the File starting at byte offset off. It returns the number
// of bytes written and an error, if any. WriteAt returns a non-nil error when n != len(b).
// If file was opened with the O_APPEND flag, WriteAt returns an error.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	n, e := f.pwrite(b, off)
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return
}

// WriteString is like Write, but writes the contents of string s rather than a slice of
// bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted according
// to whence: 0 means relative to the origin of the file, 1 means relative to the current
// offset, and 2 means relative to the end. It returns the new offset and an error, if any.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	var e error
	if f.closed {
		e = errFileClosing
	} else {
		// Seeking a directory restarts its reading.
		f.dirinfo = nil
		ret, e = syscall.Seek(f.fd, offset, whence)
	}
	if e == nil && f.dirinfo != nil && ret != 0 {
		e = syscall.EISDIR
	}
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return ret, nil
}

// Close closes the File, rendering it unusable for I/O. Close returns an error if it has
// already been called.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	f.dirinfo = nil
	if e := syscall.Close(f.fd); e != nil {
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("sync", errFileClosing)
	}
	if e := ignoringEINTR(func() error { return syscall.Fsync(f.fd) }); e != nil {
		return f.wrapErr("sync", e)
	}
	return nil
}

// Truncate changes the size of the file. It does not change the I/O offset.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("truncate", errFileClosing)
	}
	if e := ignoringEINTR(func() error { return syscall.Ftruncate(f.fd, size) }); e != nil {
		return f.wrapErr("truncate", e)
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("chmod", errFileClosing)
	}
	if e := ignoringEINTR(func() error { return syscall.Fchmod(f.fd, syscallMode(mode)) }); e != nil {
		return f.wrapErr("chmod", e)
	}
	return nil
}

// Chdir changes the current working directory to the file, which must be a directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("chdir", errFileClosing)
	}
	if e := syscall.Fchdir(f.fd); e != nil {
		return f.wrapErr("chdir", e)
	}
	return nil
}

// Open opens the named file for reading. If successful, methods on the returned file can be
// used for reading; the associated file descriptor has mode O_RDONLY. If there is an error,
// it will be of type *PathError.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask). If there is an
// error, it will be of type *PathError.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call: it opens the named file with specified flag
// (O_RDONLY etc.). If the file does not exist, and the O_CREATE flag is passed, it is
// created with mode perm (before umask). If there is an error, it will be of type
// *PathError.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var r int
	e := ignoringEINTR(func() error {
		var err error
		r, err = syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
		return err
	})
	if e != nil {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	f := NewFile(uintptr(r), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// ReadFile reads the named file and returns the contents. A successful call returns err ==
// nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	var size int
	if info, err := f.Stat(); err == nil {
		size64 := info.Size()
		if int64(int(size64)) == size64 {
			size = int(size64)
		}
	}
	size++ // one byte for final read at EOF

	// Files in /proc report size 0: start with a reasonable buffer.
	if size < 512 {
		size = 512
	}

	data := make([]byte, 0, size)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary (with permissions perm,
// before umask) and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}
