// Signals (docs/abi.md, "Defer, panic, recover"; docs/runtime.md, "Signals"). Not named
// signal.h: the runtime directory is on the include path, and <signal.h> must stay libc's.
#pragma once

namespace ergo::rt {

// Installs the SIGSEGV/SIGBUS handler (the program's start; tests keep Catch2's).
void signals_install_handlers();

// Gives the calling thread its alternate signal stack. Every thread the runtime runs
// goroutines on calls it once.
void signals_init_thread();

}  // namespace ergo::rt
