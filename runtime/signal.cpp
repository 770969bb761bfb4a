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
#include "stack.h"
#include "systemstack.h"
#include "traceback.h"
#include "writer.h"

namespace ergo::rt {

namespace {

constexpr size_t kAltStackSize = 64 * 1024;

// The interrupted pc, frame pointer and sp.
struct FaultRegisters {
  uintptr_t pc, fp, sp;
};

FaultRegisters fault_registers(void* context) {
  auto* uc = static_cast<ucontext_t*>(context);
#if defined(__x86_64__)
  const greg_t* r = uc->uc_mcontext.gregs;
  return {static_cast<uintptr_t>(r[REG_RIP]), static_cast<uintptr_t>(r[REG_RBP]),
          static_cast<uintptr_t>(r[REG_RSP])};
#elif defined(__aarch64__)
  const auto& m = uc->uc_mcontext;
  return {static_cast<uintptr_t>(m.pc), static_cast<uintptr_t>(m.regs[29]),
          static_cast<uintptr_t>(m.sp)};
#endif
}

// Whether [p, p + n) lies in one of g's stack segments in use (the current one and older).
bool on_goroutine_stack(const G* g, uintptr_t p, uintptr_t n) {
  for (const StackSegment* s = g->stack; s != nullptr; s = s->prev) {
    if (p >= s->base && p + n <= s->base + s->size) return true;
  }
  return false;
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
  FaultRegisters regs = fault_registers(context);
  print_cstr(" pc=");
  print_hex(regs.pc);
  print_cstr("]\n");
  if (G* g = getg()) {
    uintptr_t pcs[kTracebackMaxFrames + 1];
    int n = fault_traceback(g, regs.pc, regs.fp, regs.sp, pcs, kTracebackMaxFrames + 1);
    print_char('\n');
    print_traceback(pcs, n, g->id, g->gopc, /*first_is_pc=*/true);
  }
  print_flush();
  _exit(2);
}

}  // namespace

int fault_traceback(const G* g, uintptr_t pc, uintptr_t fp, uintptr_t sp, uintptr_t* pcs, int max) {
  if (max <= 0) return 0;
  int n = 0;
  pcs[n++] = pc;
  // A fault in runtime code on the system stack: its frames may keep no frame pointer, but
  // the stub that entered it left a frame record on the goroutine stack (G::sched_sp).
  const SystemStack& sys = ergo_system_stack;
  if (!on_goroutine_stack(g, fp, 16) && sp >= sys.lo && sp < sys.hi) fp = g->sched_sp;
  // Frame records are {caller's fp, return address}; every one lies on the goroutine's
  // stack, so a corrupt chain ends the walk instead of faulting again.
  while (n < max && fp % 8 == 0 && on_goroutine_stack(g, fp, 16)) {
    const auto* record = reinterpret_cast<const uintptr_t*>(fp);
    if (record[1] == 0) break;  // the outermost frame
    pcs[n++] = record[1];
    fp = record[0];
  }
  return n;
}

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
