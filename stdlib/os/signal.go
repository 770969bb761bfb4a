package os

import "syscall"

// A Signal represents an operating system signal. The usual underlying implementation is
// syscall.Signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The only signal values guaranteed to be present in the os package on all systems are
// os.Interrupt (send the process an interrupt) and os.Kill (force the process to exit).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)
