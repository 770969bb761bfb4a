// The goroutine (G) and the current-G accessor shared by every runtime file.
// docs/abi.md ("The current G", "Stacks") records the decisions behind this layout.
#pragma once

#include <cstdint>

#include "abi/abi.h"

namespace ergo::rt {

struct Defer;  // defer.cpp: one deferred call
struct Panic;  // unwind.cpp: one active panic

struct G {
  // Read by generated prologues at offset 0 (abi::kGStackGuardOffset): the low end of the
  // current stack segment plus abi::kStackRedZone.
  uintptr_t stackguard;
  uintptr_t stack_lo;  // the current segment: [stack_lo, stack_hi)
  uintptr_t stack_hi;
  Defer* defers = nullptr;  // innermost deferred call first (defer.cpp)
  Panic* panics = nullptr;  // innermost active panic first (unwind.cpp)
  int64_t id = 0;           // goroutine number as gc prints it: main is 1
  // Scheduler and stack-segment state follow (stack.cpp, sched.cpp).
};
static_assert(__builtin_offsetof(G, stackguard) == abi::kGStackGuardOffset);

}  // namespace ergo::rt

// The running goroutine of this thread (g.cpp). Local-exec TLS: the runtime and generated
// code are always linked into one static executable.
extern "C" __thread ergo::rt::G* ergo_current_g __attribute__((tls_model("local-exec")));

namespace ergo::rt {

// The running goroutine, read through the TLS slot on every call (never cached: the
// goroutine may have moved to another thread since the last read). The asm is volatile so
// the compiler can neither merge two reads nor keep the thread pointer across a call.
inline G* getg() {
  G* g;
#if defined(__x86_64__)
  asm volatile("movq %%fs:ergo_current_g@tpoff, %0" : "=r"(g));
#elif defined(__aarch64__)
  asm volatile(
      "mrs %0, tpidr_el0\n\t"
      "add %0, %0, #:tprel_hi12:ergo_current_g, lsl #12\n\t"
      "add %0, %0, #:tprel_lo12_nc:ergo_current_g\n\t"
      "ldr %0, [%0]"
      : "=r"(g));
#else
#error "unsupported architecture"
#endif
  return g;
}

// Makes g the running goroutine of this thread (the scheduler's switch, the thread's g0).
inline void setg(G* g) {
#if defined(__x86_64__)
  asm volatile("movq %0, %%fs:ergo_current_g@tpoff" : : "r"(g) : "memory");
#elif defined(__aarch64__)
  uintptr_t tmp;
  asm volatile(
      "mrs %0, tpidr_el0\n\t"
      "add %0, %0, #:tprel_hi12:ergo_current_g, lsl #12\n\t"
      "add %0, %0, #:tprel_lo12_nc:ergo_current_g\n\t"
      "str %1, [%0]"
      : "=&r"(tmp)
      : "r"(g)
      : "memory");
#endif
}

}  // namespace ergo::rt
