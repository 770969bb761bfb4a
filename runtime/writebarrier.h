// The one door for copies of pointer-holding values into memory that may be on the heap
// (docs/runtime.md, "Write barriers"): generated code tests `runtime.writeBarrier` inline and
// calls runtime.typedmemmove only when it is set; runtime code copies typed values with
// typed_memmove. The collector's write barrier goes into write_barrier_copy.
#pragma once

#include <cstdint>
#include <cstring>

#include "abi/abi.h"

// Set while the collector needs to see pointer writes (gc's writeBarrier.enabled). Never set
// yet: the first collector stops the world. One byte, read by generated code.
extern "C" uint8_t ergo_write_barrier_enabled __asm__("runtime.writeBarrier");

namespace ergo::rt {

// The barrier's work for copying a value of type t from src to dst, before the bytes move.
// Nothing to do until a concurrent collector exists (abi::type_pointer_word tells it which
// words of t are pointers).
void write_barrier_copy(const abi::TypeDescriptor* t, void* dst, const void* src);

// *dst = *src for a value of type t (the ranges may overlap), through the barrier when it is
// enabled and t holds pointers.
inline void typed_memmove(const abi::TypeDescriptor* t, void* dst, const void* src) {
  if (t->size == 0 || dst == src) return;
  if (__builtin_expect(ergo_write_barrier_enabled != 0, 0) && t->ptrdata != 0)
    write_barrier_copy(t, dst, src);
  switch (t->size) {  // the common sizes (words, strings, interfaces) without a call
    case 8:
      memmove(dst, src, 8);
      return;
    case 16:
      memmove(dst, src, 16);
      return;
    default:
      memmove(dst, src, t->size);
  }
}

}  // namespace ergo::rt
