// Heap allocation. TEMPORARY: this is calloc/malloc with no garbage collector, so nothing is
// ever freed. The size-classed allocator and the GC (DESIGN.md section 5) replace it; callers
// only rely on the contract below.
#pragma once

#include <cstdint>

namespace ergo::rt {

// The largest allocation gc allows on 64-bit Linux (1 << heapAddrBits): larger requests are
// "out of range" panics for make and append rather than out-of-memory failures.
inline constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;

// Every zero-size allocation returns this address, as gc's zerobase: distinct from nil.
extern uint64_t zerobase;

// Zeroed memory, 16-byte aligned. Never null: out of memory is a fatal error.
void* alloc_zeroed(uint64_t size);

// Memory the caller overwrites entirely before Go code can see it (string bytes); not
// zeroed. TODO(gc): must only ever hold pointer-free data.
void* alloc_uninitialized(uint64_t size);

}  // namespace ergo::rt
