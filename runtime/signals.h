// Signals (docs/abi.md, "Defer, panic, recover"; docs/runtime.md, "Signals"). Not named
// signal.h: the runtime directory is on the include path, and <signal.h> must stay libc's.
#pragma once

namespace ergo::rt {

// Gives the calling thread its alternate signal stack and, on the first call in the
// process, installs the SIGSEGV/SIGBUS handler. Every thread the runtime runs goroutines on
// calls it once.
void signals_init_thread();

}  // namespace ergo::rt
