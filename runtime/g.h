// The goroutine (G) and the current-G accessor shared by every runtime file.
// docs/abi.md ("The current G", "Stacks") and docs/runtime.md record the decisions behind
// this layout.
#pragma once

#include <cstdint>

#include "abi/abi.h"

// Offsets of the fields the assembly in systemstack.cpp reads (checked below).
#define ERGO_G_SCHED_SP 48
#define ERGO_G_SCHED_RET 56

namespace ergo::rt {

struct Defer;         // defer.cpp: one deferred call
struct Panic;         // unwind.cpp: one active panic
struct M;             // scheduler.cpp: an OS thread that runs goroutines
struct StackSegment;  // stack.cpp: one piece of a goroutine stack

enum class GStatus : uint32_t {
  Idle,      // on the free list
  Runnable,  // on the run queue
  Running,   // on an M
  Waiting,   // parked (off every queue until someone readies it)
  Dead,      // finished, not yet reused
};

struct G {
  // Read by generated prologues at offset 0 (abi::kGStackGuardOffset): the low end of the
  // current stack segment plus abi::kStackRedZone.
  uintptr_t stackguard;
  uintptr_t stack_lo;  // the current segment: [stack_lo, stack_hi)
  uintptr_t stack_hi;
  Defer* defers = nullptr;  // innermost deferred call first (defer.cpp)
  Panic* panics = nullptr;  // innermost active panic first (unwind.cpp)
  int64_t id = 0;           // goroutine number as gc prints it: main is 1
  // The saved context while the goroutine is not running: sp points at its callee-saved
  // registers and return address (systemstack.cpp's switch stubs); `sched_ret` is the
  // result register the switch stub returns with when the goroutine resumes.
  uintptr_t sched_sp = 0;
  uintptr_t sched_ret = 0;
  M* m = nullptr;                  // the thread running it, while Running
  StackSegment* stack = nullptr;   // the current segment (stack.cpp)
  uint64_t stack_total = 0;        // bytes in the segments from the first to the current one
  G* schedlink = nullptr;          // run queue, park list, free list
  const void* entry = nullptr;     // the func() value the goroutine runs
  GStatus status = GStatus::Idle;  //
  bool want_tid = false;           // resume with the new thread's id (ergotest_migrate)
  // The return address of the go statement's runtime.newproc call, for the traceback's
  // `created by` line (gc's gopc); 0 for the main goroutine.
  uintptr_t gopc = 0;
};
static_assert(__builtin_offsetof(G, stackguard) == abi::kGStackGuardOffset);
static_assert(__builtin_offsetof(G, sched_sp) == ERGO_G_SCHED_SP);
static_assert(__builtin_offsetof(G, sched_ret) == ERGO_G_SCHED_RET);

}  // namespace ergo::rt

// The running goroutine of this thread (g.cpp): null on a thread that runs none. Local-exec
// TLS: the runtime and generated code are always linked into one executable.
extern "C" __thread ergo::rt::G* ergo_current_g __attribute__((tls_model("local-exec")));

namespace ergo::rt {

// The running goroutine, read through the TLS slot on every call (never cached: the
// goroutine may have moved to another thread since the last read). The asm is volatile so
// the compiler can neither merge two reads nor keep the thread pointer across a call.
// Runtime code on the system stack sees the goroutine it runs for: getg() does not change
// when a runtime entry's stub switches to the system stack.
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

// Makes g the running goroutine of this thread (the scheduler, when it starts or stops
// running a goroutine on this thread).
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
