package syscall

// open(2) flags shared by amd64 and arm64 (consts_linux_GOARCH.go has the others).
const (
	O_RDONLY   = 0x0
	O_WRONLY   = 0x1
	O_RDWR     = 0x2
	O_ACCMODE  = 0x3
	O_CREAT    = 0x40
	O_EXCL     = 0x80
	O_NOCTTY   = 0x100
	O_TRUNC    = 0x200
	O_APPEND   = 0x400
	O_NONBLOCK = 0x800
	O_NDELAY   = 0x800
	O_DSYNC    = 0x1000
	O_ASYNC    = 0x2000
	O_NOATIME  = 0x40000
	O_CLOEXEC  = 0x80000
	O_SYNC     = 0x101000
	O_FSYNC    = 0x101000
	O_RSYNC    = 0x101000
)

// File types and mode bits of Stat_t.Mode.
const (
	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200
	S_IRUSR  = 0x100
	S_IWUSR  = 0x80
	S_IXUSR  = 0x40
	S_IRWXU  = 0x1c0
	S_IRWXG  = 0x38
	S_IRWXO  = 0x7
)

// The *at system calls' directory and flags (unexported in gc's syscall too).
const (
	_AT_FDCWD            = -0x64
	_AT_REMOVEDIR        = 0x200
	_AT_SYMLINK_NOFOLLOW = 0x100
)

// Directory entry types (Dirent.Type).
const (
	DT_UNKNOWN = 0x0
	DT_FIFO    = 0x1
	DT_CHR     = 0x2
	DT_DIR     = 0x4
	DT_BLK     = 0x6
	DT_REG     = 0x8
	DT_LNK     = 0xa
	DT_SOCK    = 0xc
	DT_WHT     = 0xe
)

// Standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// PathMax is the longest path name the kernel accepts, with its NUL.
const PathMax = 0x1000

// ImplementsGetwd reports that Getwd is implemented.
const ImplementsGetwd = true

// atFDCWD is _AT_FDCWD (-100) as a system call argument word.
const atFDCWD = ^uintptr(0x63)
