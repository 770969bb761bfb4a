package syscall

const (
	O_DIRECT    = 0x4000
	O_DIRECTORY = 0x10000
	O_NOFOLLOW  = 0x20000
	O_LARGEFILE = 0x0
)

// System call numbers used by this package.
const (
	SYS_READ              = 0
	SYS_WRITE             = 1
	SYS_CLOSE             = 3
	SYS_LSEEK             = 8
	SYS_PREAD64           = 17
	SYS_PWRITE64          = 18
	SYS_DUP               = 32
	SYS_GETPID            = 39
	SYS_KILL              = 62
	SYS_UNAME             = 63
	SYS_FSYNC             = 74
	SYS_TRUNCATE          = 76
	SYS_FTRUNCATE         = 77
	SYS_GETCWD            = 79
	SYS_CHDIR             = 80
	SYS_FCHDIR            = 81
	SYS_FCHMOD            = 91
	SYS_FCHOWN            = 93
	SYS_UMASK             = 95
	SYS_GETUID            = 102
	SYS_GETGID            = 104
	SYS_GETEUID           = 107
	SYS_GETEGID           = 108
	SYS_GETPPID           = 110
	SYS_GETTID            = 186
	SYS_GETDENTS64        = 217
	SYS_EXIT_GROUP        = 231
	SYS_OPENAT            = 257
	SYS_MKDIRAT           = 258
	SYS_FCHOWNAT          = 260
	SYS_NEWFSTATAT        = 262
	SYS_UNLINKAT          = 263
	SYS_RENAMEAT          = 264
	SYS_LINKAT            = 265
	SYS_SYMLINKAT         = 266
	SYS_READLINKAT        = 267
	SYS_FCHMODAT          = 268
	SYS_FACCESSAT         = 269
	SYS_UTIMENSAT         = 280
	SYS_DUP3              = 292
	SYS_PIPE2             = 293
	SYS_SCHED_GETAFFINITY = 204
	SYS_FSTAT             = 5
	SYS_GETGROUPS         = 115
)

// Getpagesize returns the memory page size (gc's value for linux/amd64).
func Getpagesize() int { return 4096 }
