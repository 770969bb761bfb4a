#include "slice.h"

#include <cstring>

#include "alloc.h"
#include "entries.h"
#include "panic.h"
#include "sizeclass.h"

namespace ergo::rt {

Growth grow_capacity(uint64_t elem_size, int64_t old_cap, int64_t new_len) {
  // Double small slices; from 256 elements on, grow by a quarter plus 192 elements per step,
  // which eases from 2x towards 1.25x. Below the threshold one doubling always suffices
  // unless more than double was asked for.
  constexpr int64_t kThreshold = 256;
  int64_t new_cap = old_cap;
  int64_t doubled = old_cap + old_cap;
  if (new_len > doubled) {
    new_cap = new_len;
  } else if (old_cap < kThreshold) {
    new_cap = doubled;
  } else {
    // The 0 < new_cap test stops the loop if the sum overflows.
    while (0 < new_cap && new_cap < new_len) new_cap += (new_cap + 3 * kThreshold) / 4;
    if (new_cap <= 0) new_cap = new_len;
  }

  // Round the byte size up to the allocation gc would make and hand the slack to cap. gc
  // specialises sizes 1, 8 and powers of two with shifts; the results are the same as this
  // division.
  uint64_t bytes = 0;
  bool overflow = __builtin_mul_overflow(elem_size, static_cast<uint64_t>(new_cap), &bytes);
  bytes = round_up_size(bytes);
  Growth g;
  g.out_of_range = overflow || bytes > kMaxAlloc;
  g.bytes = bytes;
  g.cap = static_cast<int64_t>(bytes / elem_size);
  return g;
}

void* makeslice(const TypeDescriptor* elem, int64_t len, int64_t cap) {
  uint64_t bytes = 0;
  bool overflow = __builtin_mul_overflow(elem->size, static_cast<uint64_t>(cap), &bytes);
  if (overflow || bytes > kMaxAlloc || len < 0 || len > cap) {
    // Say which operand is at fault: len if it is bad on its own, else cap.
    uint64_t len_bytes = 0;
    if (__builtin_mul_overflow(elem->size, static_cast<uint64_t>(len), &len_bytes) ||
        len_bytes > kMaxAlloc || len < 0) {
      panic_runtime_error("makeslice: len out of range");
    }
    panic_runtime_error("makeslice: cap out of range");
  }
  return alloc_object(elem, bytes);
}

// Returns the new backing array and its capacity; the compiler sets len = new_len itself.
Pair growslice(const TypeDescriptor* elem, const void* oldptr, int64_t oldlen, int64_t oldcap,
               int64_t newlen) {
  if (newlen < oldcap) panic_runtime_error("growslice: cap out of range");
  if (elem->size == 0) {
    // Zero-size elements need no memory, but the slice must not become nil.
    return make_pair(&zerobase, static_cast<uint64_t>(newlen));
  }
  Growth g = grow_capacity(elem->size, oldcap, newlen);
  if (g.out_of_range) panic_runtime_error("growslice: cap out of range");
  // TODO(gc): the zeroed allocation doubles as the clear gc does past old len; a real allocator
  // can skip zeroing [0, oldlen) for pointer-free elements.
  void* p = alloc_object(elem, g.bytes);
  if (oldlen > 0) memcpy(p, oldptr, static_cast<uint64_t>(oldlen) * elem->size);
  return make_pair(p, static_cast<uint64_t>(g.cap));
}

}  // namespace ergo::rt
