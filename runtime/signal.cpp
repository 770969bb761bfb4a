// Faults in Go code. Nil dereferences are explicit checks in generated code, so a SIGSEGV or
// SIGBUS is a bug or a stack overflow past the red zone: never unwound, always gc's fatal
// "unexpected fault address" report and exit status 2. The handler runs on the thread's
// sigaltstack, because the faulting stack may be the one that overflowed.
#include "signals.h"

#include <signal.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "format.h"
#include "g.h"
#include "panic.h"
#include "writer.h"

namespace ergo::rt {

namespace {

constexpr size_t kAltStackSize = 64 * 1024;

uintptr_t fault_pc(void* context) {
  auto* uc = static_cast<ucontext_t*>(context);
#if defined(__x86_64__)
  return static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
#elif defined(__aarch64__)
  return static_cast<uintptr_t>(uc->uc_mcontext.pc);
#endif
}

// gc's shape: "unexpected fault address 0x..", "fatal error: fault",
// "[signal SIGSEGV: segmentation violation code=0x1 addr=0x.. pc=0x..]", the goroutine.
void fault_handler(int sig, siginfo_t* info, void* context) {
  auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  print_lock();
  print_cstr("unexpected fault address ");
  print_hex(addr);
  print_cstr("\nfatal error: fault\n[signal ");
  print_cstr(sig == SIGBUS ? "SIGBUS: bus error" : "SIGSEGV: segmentation violation");
  print_cstr(" code=");
  print_hex(static_cast<uint64_t>(static_cast<uint32_t>(info->si_code)));
  print_cstr(" addr=");
  print_hex(addr);
  print_cstr(" pc=");
  print_hex(fault_pc(context));
  print_cstr("]\n");
  // TODO(traceback): the faulting goroutine's frames, from the signal context.
  if (G* g = getg()) {
    print_cstr("\ngoroutine ");
    print_i64(g->id);
    print_cstr(" [running]:\n");
  }
  print_flush();
  _exit(2);
}

}  // namespace

void signals_install_handlers() {
  struct sigaction sa = {};
  sa.sa_sigaction = fault_handler;
  // SA_RESETHAND: a fault inside the handler itself kills the process instead of looping.
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
  sigfillset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

void signals_init_thread() {
  void* mem =
      mmap(nullptr, kAltStackSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) fatal("runtime: cannot allocate a signal stack");
  stack_t ss = {};
  ss.ss_sp = mem;
  ss.ss_size = kAltStackSize;
  if (sigaltstack(&ss, nullptr) != 0) fatal("runtime: sigaltstack failed");
}

}  // namespace ergo::rt
