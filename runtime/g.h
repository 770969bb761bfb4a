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

// The running goroutine, read through the TLS slot on every call (never cached: the
// goroutine may have moved to another thread since the last read).
G* getg();

}  // namespace ergo::rt
