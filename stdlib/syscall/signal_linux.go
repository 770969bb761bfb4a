package syscall

import "internal/itoa"

// A Signal is a number describing a process signal. It implements the os.Signal interface.
type Signal int

// Signal does nothing: having it is what makes a Signal an os.Signal.
func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signalTable) {
		str := signalTable[s]
		if str != "" {
			return str
		}
	}
	return "signal " + itoa.Itoa(int(s))
}

// Linux signal numbers (the same on amd64 and arm64).
const (
	SIGHUP    = Signal(0x1)
	SIGINT    = Signal(0x2)
	SIGQUIT   = Signal(0x3)
	SIGILL    = Signal(0x4)
	SIGTRAP   = Signal(0x5)
	SIGABRT   = Signal(0x6)
	SIGIOT    = Signal(0x6)
	SIGBUS    = Signal(0x7)
	SIGFPE    = Signal(0x8)
	SIGKILL   = Signal(0x9)
	SIGUSR1   = Signal(0xa)
	SIGSEGV   = Signal(0xb)
	SIGUSR2   = Signal(0xc)
	SIGPIPE   = Signal(0xd)
	SIGALRM   = Signal(0xe)
	SIGTERM   = Signal(0xf)
	SIGSTKFLT = Signal(0x10)
	SIGCHLD   = Signal(0x11)
	SIGCLD    = Signal(0x11)
	SIGCONT   = Signal(0x12)
	SIGSTOP   = Signal(0x13)
	SIGTSTP   = Signal(0x14)
	SIGTTIN   = Signal(0x15)
	SIGTTOU   = Signal(0x16)
	SIGURG    = Signal(0x17)
	SIGXCPU   = Signal(0x18)
	SIGXFSZ   = Signal(0x19)
	SIGVTALRM = Signal(0x1a)
	SIGPROF   = Signal(0x1b)
	SIGWINCH  = Signal(0x1c)
	SIGIO     = Signal(0x1d)
	SIGPOLL   = Signal(0x1d)
	SIGPWR    = Signal(0x1e)
	SIGSYS    = Signal(0x1f)
	SIGUNUSED = Signal(0x1f)
)

// signalTable holds the texts of Signal.String, gc's wording.
var signalTable = [...]string{
	1:  "hangup",
	2:  "interrupt",
	3:  "quit",
	4:  "illegal instruction",
	5:  "trace/breakpoint trap",
	6:  "aborted",
	7:  "bus error",
	8:  "floating point exception",
	9:  "killed",
	10: "user defined signal 1",
	11: "segmentation fault",
	12: "user defined signal 2",
	13: "broken pipe",
	14: "alarm clock",
	15: "terminated",
	16: "stack fault",
	17: "child exited",
	18: "continued",
	19: "stopped (signal)",
	20: "stopped",
	21: "stopped (tty input)",
	22: "stopped (tty output)",
	23: "urgent I/O condition",
	24: "CPU time limit exceeded",
	25: "file size limit exceeded",
	26: "virtual timer expired",
	27: "profiling timer expired",
	28: "window changed",
	29: "I/O possible",
	30: "power failure",
	31: "bad system call",
}

// Kill sends the signal sig to the process pid (kill(2)).
func Kill(pid int, sig Signal) error {
	_, e := syscall4(SYS_KILL, uintptr(pid), uintptr(sig), 0, 0)
	return errnoErr(e)
}
