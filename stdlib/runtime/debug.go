package runtime

// Breakpoint executes a breakpoint trap (SIGTRAP: a debugger stops here, otherwise the
// process ends).
//
//go:linkname Breakpoint runtime.Breakpoint
func Breakpoint()
