package syscall

// Linux error numbers (the same on amd64 and arm64).
const (
	EPERM           = Errno(0x1)
	ENOENT          = Errno(0x2)
	ESRCH           = Errno(0x3)
	EINTR           = Errno(0x4)
	EIO             = Errno(0x5)
	ENXIO           = Errno(0x6)
	E2BIG           = Errno(0x7)
	ENOEXEC         = Errno(0x8)
	EBADF           = Errno(0x9)
	ECHILD          = Errno(0xa)
	EAGAIN          = Errno(0xb)
	ENOMEM          = Errno(0xc)
	EACCES          = Errno(0xd)
	EFAULT          = Errno(0xe)
	ENOTBLK         = Errno(0xf)
	EBUSY           = Errno(0x10)
	EEXIST          = Errno(0x11)
	EXDEV           = Errno(0x12)
	ENODEV          = Errno(0x13)
	ENOTDIR         = Errno(0x14)
	EISDIR          = Errno(0x15)
	EINVAL          = Errno(0x16)
	ENFILE          = Errno(0x17)
	EMFILE          = Errno(0x18)
	ENOTTY          = Errno(0x19)
	ETXTBSY         = Errno(0x1a)
	EFBIG           = Errno(0x1b)
	ENOSPC          = Errno(0x1c)
	ESPIPE          = Errno(0x1d)
	EROFS           = Errno(0x1e)
	EMLINK          = Errno(0x1f)
	EPIPE           = Errno(0x20)
	EDOM            = Errno(0x21)
	ERANGE          = Errno(0x22)
	EDEADLK         = Errno(0x23)
	ENAMETOOLONG    = Errno(0x24)
	ENOLCK          = Errno(0x25)
	ENOSYS          = Errno(0x26)
	ENOTEMPTY       = Errno(0x27)
	ELOOP           = Errno(0x28)
	ENOMSG          = Errno(0x2a)
	EIDRM           = Errno(0x2b)
	ECHRNG          = Errno(0x2c)
	EL2NSYNC        = Errno(0x2d)
	EL3HLT          = Errno(0x2e)
	EL3RST          = Errno(0x2f)
	ELNRNG          = Errno(0x30)
	EUNATCH         = Errno(0x31)
	ENOCSI          = Errno(0x32)
	EL2HLT          = Errno(0x33)
	EBADE           = Errno(0x34)
	EBADR           = Errno(0x35)
	EXFULL          = Errno(0x36)
	ENOANO          = Errno(0x37)
	EBADRQC         = Errno(0x38)
	EBADSLT         = Errno(0x39)
	EBFONT          = Errno(0x3b)
	ENOSTR          = Errno(0x3c)
	ENODATA         = Errno(0x3d)
	ETIME           = Errno(0x3e)
	ENOSR           = Errno(0x3f)
	ENONET          = Errno(0x40)
	ENOPKG          = Errno(0x41)
	EREMOTE         = Errno(0x42)
	ENOLINK         = Errno(0x43)
	EADV            = Errno(0x44)
	ESRMNT          = Errno(0x45)
	ECOMM           = Errno(0x46)
	EPROTO          = Errno(0x47)
	EMULTIHOP       = Errno(0x48)
	EDOTDOT         = Errno(0x49)
	EBADMSG         = Errno(0x4a)
	EOVERFLOW       = Errno(0x4b)
	ENOTUNIQ        = Errno(0x4c)
	EBADFD          = Errno(0x4d)
	EREMCHG         = Errno(0x4e)
	ELIBACC         = Errno(0x4f)
	ELIBBAD         = Errno(0x50)
	ELIBSCN         = Errno(0x51)
	ELIBMAX         = Errno(0x52)
	ELIBEXEC        = Errno(0x53)
	EILSEQ          = Errno(0x54)
	ERESTART        = Errno(0x55)
	ESTRPIPE        = Errno(0x56)
	EUSERS          = Errno(0x57)
	ENOTSOCK        = Errno(0x58)
	EDESTADDRREQ    = Errno(0x59)
	EMSGSIZE        = Errno(0x5a)
	EPROTOTYPE      = Errno(0x5b)
	ENOPROTOOPT     = Errno(0x5c)
	EPROTONOSUPPORT = Errno(0x5d)
	ESOCKTNOSUPPORT = Errno(0x5e)
	EOPNOTSUPP      = Errno(0x5f)
	EPFNOSUPPORT    = Errno(0x60)
	EAFNOSUPPORT    = Errno(0x61)
	EADDRINUSE      = Errno(0x62)
	EADDRNOTAVAIL   = Errno(0x63)
	ENETDOWN        = Errno(0x64)
	ENETUNREACH     = Errno(0x65)
	ENETRESET       = Errno(0x66)
	ECONNABORTED    = Errno(0x67)
	ECONNRESET      = Errno(0x68)
	ENOBUFS         = Errno(0x69)
	EISCONN         = Errno(0x6a)
	ENOTCONN        = Errno(0x6b)
	ESHUTDOWN       = Errno(0x6c)
	ETOOMANYREFS    = Errno(0x6d)
	ETIMEDOUT       = Errno(0x6e)
	ECONNREFUSED    = Errno(0x6f)
	EHOSTDOWN       = Errno(0x70)
	EHOSTUNREACH    = Errno(0x71)
	EALREADY        = Errno(0x72)
	EINPROGRESS     = Errno(0x73)
	ESTALE          = Errno(0x74)
	EUCLEAN         = Errno(0x75)
	ENOTNAM         = Errno(0x76)
	ENAVAIL         = Errno(0x77)
	EISNAM          = Errno(0x78)
	EREMOTEIO       = Errno(0x79)
	EDQUOT          = Errno(0x7a)
	ENOMEDIUM       = Errno(0x7b)
	EMEDIUMTYPE     = Errno(0x7c)
	ECANCELED       = Errno(0x7d)
	ENOKEY          = Errno(0x7e)
	EKEYEXPIRED     = Errno(0x7f)
	EKEYREVOKED     = Errno(0x80)
	EKEYREJECTED    = Errno(0x81)
	EOWNERDEAD      = Errno(0x82)
	ENOTRECOVERABLE = Errno(0x83)
	ERFKILL         = Errno(0x84)
	EDEADLOCK       = EDEADLK
	EWOULDBLOCK     = EAGAIN
	ENOTSUP         = EOPNOTSUPP
)

// errorTable holds the texts of Errno.Error, gc's wording (not glibc's strerror).
var errorTable = [...]string{
	EPERM:           "operation not permitted",
	ENOENT:          "no such file or directory",
	ESRCH:           "no such process",
	EINTR:           "interrupted system call",
	EIO:             "input/output error",
	ENXIO:           "no such device or address",
	E2BIG:           "argument list too long",
	ENOEXEC:         "exec format error",
	EBADF:           "bad file descriptor",
	ECHILD:          "no child processes",
	EAGAIN:          "resource temporarily unavailable",
	ENOMEM:          "cannot allocate memory",
	EACCES:          "permission denied",
	EFAULT:          "bad address",
	ENOTBLK:         "block device required",
	EBUSY:           "device or resource busy",
	EEXIST:          "file exists",
	EXDEV:           "invalid cross-device link",
	ENODEV:          "no such device",
	ENOTDIR:         "not a directory",
	EISDIR:          "is a directory",
	EINVAL:          "invalid argument",
	ENFILE:          "too many open files in system",
	EMFILE:          "too many open files",
	ENOTTY:          "inappropriate ioctl for device",
	ETXTBSY:         "text file busy",
	EFBIG:           "file too large",
	ENOSPC:          "no space left on device",
	ESPIPE:          "illegal seek",
	EROFS:           "read-only file system",
	EMLINK:          "too many links",
	EPIPE:           "broken pipe",
	EDOM:            "numerical argument out of domain",
	ERANGE:          "numerical result out of range",
	EDEADLK:         "resource deadlock avoided",
	ENAMETOOLONG:    "file name too long",
	ENOLCK:          "no locks available",
	ENOSYS:          "function not implemented",
	ENOTEMPTY:       "directory not empty",
	ELOOP:           "too many levels of symbolic links",
	ENOMSG:          "no message of desired type",
	EIDRM:           "identifier removed",
	ECHRNG:          "channel number out of range",
	EL2NSYNC:        "level 2 not synchronized",
	EL3HLT:          "level 3 halted",
	EL3RST:          "level 3 reset",
	ELNRNG:          "link number out of range",
	EUNATCH:         "protocol driver not attached",
	ENOCSI:          "no CSI structure available",
	EL2HLT:          "level 2 halted",
	EBADE:           "invalid exchange",
	EBADR:           "invalid request descriptor",
	EXFULL:          "exchange full",
	ENOANO:          "no anode",
	EBADRQC:         "invalid request code",
	EBADSLT:         "invalid slot",
	EBFONT:          "bad font file format",
	ENOSTR:          "device not a stream",
	ENODATA:         "no data available",
	ETIME:           "timer expired",
	ENOSR:           "out of streams resources",
	ENONET:          "machine is not on the network",
	ENOPKG:          "package not installed",
	EREMOTE:         "object is remote",
	ENOLINK:         "link has been severed",
	EADV:            "advertise error",
	ESRMNT:          "srmount error",
	ECOMM:           "communication error on send",
	EPROTO:          "protocol error",
	EMULTIHOP:       "multihop attempted",
	EDOTDOT:         "RFS specific error",
	EBADMSG:         "bad message",
	EOVERFLOW:       "value too large for defined data type",
	ENOTUNIQ:        "name not unique on network",
	EBADFD:          "file descriptor in bad state",
	EREMCHG:         "remote address changed",
	ELIBACC:         "can not access a needed shared library",
	ELIBBAD:         "accessing a corrupted shared library",
	ELIBSCN:         ".lib section in a.out corrupted",
	ELIBMAX:         "attempting to link in too many shared libraries",
	ELIBEXEC:        "cannot exec a shared library directly",
	EILSEQ:          "invalid or incomplete multibyte or wide character",
	ERESTART:        "interrupted system call should be restarted",
	ESTRPIPE:        "streams pipe error",
	EUSERS:          "too many users",
	ENOTSOCK:        "socket operation on non-socket",
	EDESTADDRREQ:    "destination address required",
	EMSGSIZE:        "message too long",
	EPROTOTYPE:      "protocol wrong type for socket",
	ENOPROTOOPT:     "protocol not available",
	EPROTONOSUPPORT: "protocol not supported",
	ESOCKTNOSUPPORT: "socket type not supported",
	EOPNOTSUPP:      "operation not supported",
	EPFNOSUPPORT:    "protocol family not supported",
	EAFNOSUPPORT:    "address family not supported by protocol",
	EADDRINUSE:      "address already in use",
	EADDRNOTAVAIL:   "cannot assign requested address",
	ENETDOWN:        "network is down",
	ENETUNREACH:     "network is unreachable",
	ENETRESET:       "network dropped connection on reset",
	ECONNABORTED:    "software caused connection abort",
	ECONNRESET:      "connection reset by peer",
	ENOBUFS:         "no buffer space available",
	EISCONN:         "transport endpoint is already connected",
	ENOTCONN:        "transport endpoint is not connected",
	ESHUTDOWN:       "cannot send after transport endpoint shutdown",
	ETOOMANYREFS:    "too many references: cannot splice",
	ETIMEDOUT:       "connection timed out",
	ECONNREFUSED:    "connection refused",
	EHOSTDOWN:       "host is down",
	EHOSTUNREACH:    "no route to host",
	EALREADY:        "operation already in progress",
	EINPROGRESS:     "operation now in progress",
	ESTALE:          "stale NFS file handle",
	EUCLEAN:         "structure needs cleaning",
	ENOTNAM:         "not a XENIX named type file",
	ENAVAIL:         "no XENIX semaphores available",
	EISNAM:          "is a named type file",
	EREMOTEIO:       "remote I/O error",
	EDQUOT:          "disk quota exceeded",
	ENOMEDIUM:       "no medium found",
	EMEDIUMTYPE:     "wrong medium type",
	ECANCELED:       "operation canceled",
	ENOKEY:          "required key not available",
	EKEYEXPIRED:     "key has expired",
	EKEYREVOKED:     "key has been revoked",
	EKEYREJECTED:    "key was rejected by service",
	EOWNERDEAD:      "owner died",
	ENOTRECOVERABLE: "state not recoverable",
	ERFKILL:         "operation not possible due to RF-kill",
}
