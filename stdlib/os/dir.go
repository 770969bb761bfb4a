package os

import (
	"cmp"
	"io"
	"io/fs"
	"slices"
	"syscall"
)

// dirInfo is the state of reading a directory: a buffer of linux_dirent64 records.
type dirInfo struct {
	buf  []byte // buffer for directory I/O
	nbuf int    // length of buf; return value from Getdents
	bufp int    // location of next record in buf
}

const blockSize = 8192

type readdirMode int

const (
	readdirName readdirMode = iota
	readdirDirEntry
	readdirFileInfo
)

// The layout of struct linux_dirent64: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1),
// d_name (NUL-terminated).
const (
	direntInoOff    = 0
	direntReclenOff = 16
	direntTypeOff   = 18
	direntNameOff   = 19
)

func readUint(b []byte, off, size int) (uint64, bool) {
	if len(b) < off+size {
		return 0, false
	}
	var v uint64
	// Little-endian on both amd64 and arm64.
	for i := size - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[off+i])
	}
	return v, true
}

func (f *File) readdir(n int, mode readdirMode) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	if f.closed {
		return nil, nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: errFileClosing}
	}
	if f.dirinfo == nil {
		f.dirinfo = &dirInfo{buf: make([]byte, blockSize)}
	}
	d := f.dirinfo

	// n <= 0 means all entries; from here on n < 0 does.
	if n == 0 {
		n = -1
	}

	for n != 0 {
		// Refill the buffer if necessary.
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var errno error
			for {
				d.nbuf, errno = syscall.ReadDirent(f.fd, d.buf)
				if errno != syscall.EINTR {
					break
				}
			}
			if errno != nil {
				return names, dirents, infos, &PathError{Op: "readdirent", Path: f.name, Err: errno}
			}
			if d.nbuf <= 0 {
				break // EOF
			}
		}

		// Drain the buffer.
		buf := d.buf[d.bufp:d.nbuf]
		reclen, ok := readUint(buf, direntReclenOff, 2)
		if !ok || reclen > uint64(len(buf)) {
			break
		}
		rec := buf[:reclen]
		d.bufp += int(reclen)
		ino, ok := readUint(rec, direntInoOff, 8)
		if !ok {
			break
		}
		if ino == 0 {
			continue
		}
		if len(rec) < direntNameOff {
			break
		}
		name := rec[direntNameOff:]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		// Check for useless names before allocating a string.
		if string(name) == "." || string(name) == ".." {
			continue
		}
		if n > 0 {
			n--
		}
		switch mode {
		case readdirName:
			names = append(names, string(name))
		case readdirDirEntry:
			de, err := newUnixDirent(f.name, string(name), dtToType(rec[direntTypeOff]))
			if IsNotExist(err) {
				// File disappeared between readdir and stat: treat as if it didn't exist.
				continue
			}
			if err != nil {
				return nil, dirents, nil, err
			}
			dirents = append(dirents, de)
		default:
			info, err := Lstat(f.name + "/" + string(name))
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
	}

	if n > 0 && len(names)+len(dirents)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirents, infos, nil
}

func dtToType(typ uint8) FileMode {
	switch typ {
	case syscall.DT_BLK:
		return ModeDevice
	case syscall.DT_CHR:
		return ModeDevice | ModeCharDevice
	case syscall.DT_DIR:
		return ModeDir
	case syscall.DT_FIFO:
		return ModeNamedPipe
	case syscall.DT_LNK:
		return ModeSymlink
	case syscall.DT_REG:
		return 0
	case syscall.DT_SOCK:
		return ModeSocket
	}
	return ^FileMode(0)
}

type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func (d *unixDirent) String() string {
	return fs.FormatDirEntry(d)
}

func newUnixDirent(parent, name string, typ FileMode) (DirEntry, error) {
	ude := &unixDirent{
		parent: parent,
		name:   name,
		typ:    typ,
	}
	if typ != ^FileMode(0) {
		return ude, nil
	}
	// The file system did not say: ask lstat.
	info, err := Lstat(parent + "/" + name)
	if err != nil {
		return nil, err
	}
	ude.typ = info.Mode().Type()
	ude.info = info
	return ude, nil
}

// Readdir reads the contents of the directory associated with file and returns a slice of
// up to n FileInfo values, as would be returned by Lstat, in directory order (all of them
// when n <= 0; then an error stops the reading and is returned with what was read).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, readdirFileInfo)
	if infos == nil {
		// Readdir has historically always returned a non-nil empty slice, never nil, even on
		// error (except misuse with nil receiver above).
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames reads the contents of the directory associated with file and returns a slice
// of up to n names of files in the directory, in directory order (see Readdir).
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, readdirName)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the contents of the directory associated with the file f and returns a
// slice of DirEntry values in directory order (see Readdir).
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirents, _, err := f.readdir(n, readdirDirEntry)
	if dirents == nil {
		dirents = []DirEntry{}
	}
	return dirents, err
}

// ReadDir reads the named directory, returning all its directory entries sorted by
// filename. If an error occurs reading the directory, ReadDir returns the entries it was
// able to read before the error, along with the error.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	dirs, err := f.ReadDir(-1)
	slices.SortFunc(dirs, func(a, b DirEntry) int { return cmp.Compare(a.Name(), b.Name()) })
	return dirs, err
}
