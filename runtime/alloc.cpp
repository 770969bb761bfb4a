// TEMPORARY allocator: libc's calloc and malloc, never freed. See alloc.h.
#include "alloc.h"

#include <cstdlib>

#include "entries.h"
#include "panic.h"

namespace ergo::rt {

uint64_t zerobase = 0;

void* alloc_zeroed(uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  void* p = calloc(1, size);
  if (p == nullptr) fatal("runtime: out of memory");
  return p;
}

void* alloc_uninitialized(uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  void* p = malloc(size);
  if (p == nullptr) fatal("runtime: out of memory");
  return p;
}

void* newobject(const TypeDescriptor* type) {
  return alloc_zeroed(type->size);
}

}  // namespace ergo::rt
