// Heap allocation. TEMPORARY: per-thread bump chunks for small objects and calloc/malloc for
// big ones, with no garbage collector, so nothing is ever freed. The size-classed allocator and the
// GC (DESIGN.md section 5) replace it; callers only rely on the contract below.
//
// The collector's rule (docs/abi.md, "GC metadata"): memory that can hold pointers is
// allocated with its type (alloc_object), so the collector knows which words to scan; the
// untyped allocations hold pointer-free data only (string and []byte bytes).
#pragma once

#include <cstdint>

#include "abi/abi.h"

namespace ergo::rt {

// The largest allocation gc allows on 64-bit Linux (1 << heapAddrBits): larger requests are
// "out of range" panics for make and append rather than out-of-memory failures.
inline constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;

// Every zero-size allocation returns this address, as gc's zerobase: distinct from nil.
extern uint64_t zerobase;

// Zeroed memory for `size` bytes holding consecutive values of `type` (gc's mallocgc): an
// object (size == type->size) or an array's backing store (a multiple of it, possibly rounded
// up to a size class; the bytes after the last whole value hold no pointers). Aligned as gc
// aligns: 8 bytes for allocations of at most 8 bytes, else 16; never null: out of memory is a
// fatal error.
void* alloc_object(const abi::TypeDescriptor* type, uint64_t size);

// Zeroed memory that never holds pointers, aligned as alloc_object, never null.
void* alloc_zeroed(uint64_t size);

// Memory the caller overwrites entirely before Go code can see it (string bytes); not
// zeroed. Must only ever hold pointer-free data.
void* alloc_uninitialized(uint64_t size);

// Test-only (gcscan.cpp): called with every heap allocation when gcscan.cpp is linked in,
// which only the runtime's unit tests and programs calling its test hooks do. `type` is
// nullptr for pointer-free memory.
void gcscan_record(void* p, uint64_t size, const abi::TypeDescriptor* type) __attribute__((weak));

}  // namespace ergo::rt
