// TEMPORARY allocator: libc's calloc and malloc, never freed. See alloc.h.
#include "alloc.h"

#include <cstdlib>

#include "entries.h"
#include "panic.h"

namespace ergo::rt {

uint64_t zerobase = 0;

namespace {

void* checked(void* p) {
  if (p == nullptr) fatal("runtime: out of memory");
  return p;
}

// Tells the test scan's registry about an allocation, when gcscan.cpp is linked in.
void* recorded(void* p, uint64_t size, const TypeDescriptor* type) {
  if (gcscan_record) gcscan_record(p, size, type);
  return p;
}

}  // namespace

void* alloc_object(const TypeDescriptor* type, uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  return recorded(checked(calloc(1, size)), size, type->ptrdata != 0 ? type : nullptr);
}

void* alloc_zeroed(uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  return recorded(checked(calloc(1, size)), size, nullptr);
}

void* alloc_uninitialized(uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  return recorded(checked(malloc(size)), size, nullptr);
}

void* newobject(const TypeDescriptor* type) {
  return alloc_object(type, type->size);
}

}  // namespace ergo::rt
