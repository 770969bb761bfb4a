// Signals (docs/abi.md, "Defer, panic, recover"; docs/runtime.md, "Signals"). Not named
// signal.h: the runtime directory is on the include path, and <signal.h> must stay libc's.
#pragma once

#include <cstdint>

namespace ergo::rt {

struct G;

// Installs the SIGSEGV/SIGBUS handler (the program's start; tests keep Catch2's).
void signals_install_handlers();

// Gives the calling thread its alternate signal stack. Every thread the runtime runs
// goroutines on calls it once.
void signals_init_thread();

// The fault report's frames: pcs[0] = pc (the faulting instruction), then the return
// addresses along the frame-pointer chain from fp (every Go function keeps frame pointers,
// docs/abi.md), across g's stack segments. Returns how many (at most max). Exposed for tests.
int fault_traceback(const G* g, uintptr_t pc, uintptr_t fp, uintptr_t sp, uintptr_t* pcs, int max);

}  // namespace ergo::rt
