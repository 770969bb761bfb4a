package syscall

const (
	O_DIRECT    = 0x10000
	O_DIRECTORY = 0x4000
	O_NOFOLLOW  = 0x8000
	O_LARGEFILE = 0x20000
)

// System call numbers used by this package.
const (
	SYS_READ              = 63
	SYS_WRITE             = 64
	SYS_CLOSE             = 57
	SYS_LSEEK             = 62
	SYS_PREAD64           = 67
	SYS_PWRITE64          = 68
	SYS_DUP               = 23
	SYS_GETPID            = 172
	SYS_KILL              = 129
	SYS_UNAME             = 160
	SYS_FSYNC             = 82
	SYS_TRUNCATE          = 45
	SYS_FTRUNCATE         = 46
	SYS_GETCWD            = 17
	SYS_CHDIR             = 49
	SYS_FCHDIR            = 50
	SYS_FCHMOD            = 52
	SYS_FCHOWN            = 55
	SYS_UMASK             = 166
	SYS_GETUID            = 174
	SYS_GETGID            = 176
	SYS_GETEUID           = 175
	SYS_GETEGID           = 177
	SYS_GETPPID           = 173
	SYS_GETTID            = 178
	SYS_GETDENTS64        = 61
	SYS_EXIT_GROUP        = 94
	SYS_OPENAT            = 56
	SYS_MKDIRAT           = 34
	SYS_FCHOWNAT          = 54
	SYS_NEWFSTATAT        = 79
	SYS_UNLINKAT          = 35
	SYS_RENAMEAT          = 38
	SYS_LINKAT            = 37
	SYS_SYMLINKAT         = 36
	SYS_READLINKAT        = 78
	SYS_FCHMODAT          = 53
	SYS_FACCESSAT         = 48
	SYS_UTIMENSAT         = 88
	SYS_DUP3              = 24
	SYS_PIPE2             = 59
	SYS_SCHED_GETAFFINITY = 123
	SYS_FSTAT             = 80
	SYS_GETGROUPS         = 158
)

// Getpagesize returns the memory page size (gc returns 65536 on linux/arm64, the largest
// page size the architecture's kernels use).
func Getpagesize() int { return 65536 }
