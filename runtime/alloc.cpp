// TEMPORARY allocator, never freed (see alloc.h): small objects are carved from per-thread
// zeroed chunks, bigger ones come from libc's calloc and malloc.
#include "alloc.h"

#include <sys/mman.h>

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

// Objects up to kSmallMax bytes are cut from a thread's current chunk, packed as gc's size
// classes pack them (8 bytes for the smallest, then multiples of 16) instead of malloc's
// 32-byte minimum with a header: short strings and small structs then share cache lines as
// they do with gc. mmap'd chunks are zeroed, so this serves zeroed and uninitialised requests.
constexpr uint64_t kSmallMax = 256;
constexpr uint64_t kChunkSize = uint64_t(1) << 20;
thread_local uint8_t* chunk_next = nullptr;
thread_local uint8_t* chunk_end = nullptr;

void* small_block(uint64_t size) {
  size = size <= 8 ? 8 : (size + 15) & ~uint64_t(15);
  if (static_cast<uint64_t>(chunk_end - chunk_next) < size) {
    void* chunk =
        mmap(nullptr, kChunkSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (chunk == MAP_FAILED) return nullptr;
    chunk_next = static_cast<uint8_t*>(chunk);
    chunk_end = chunk_next + kChunkSize;
  }
  // 8-byte blocks keep 8-byte alignment; a bigger one after an odd number of them starts
  // at the next 16-byte boundary.
  if (size > 8)
    chunk_next =
        reinterpret_cast<uint8_t*>((reinterpret_cast<uintptr_t>(chunk_next) + 15) & ~uintptr_t(15));
  if (static_cast<uint64_t>(chunk_end - chunk_next) < size) return small_block(size);
  void* p = chunk_next;
  chunk_next += size;
  return p;
}

void* zeroed_block(uint64_t size) {
  return size <= kSmallMax ? small_block(size) : calloc(1, size);
}

}  // namespace

void* alloc_object(const TypeDescriptor* type, uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  return recorded(checked(zeroed_block(size)), size, type->ptrdata != 0 ? type : nullptr);
}

void* alloc_zeroed(uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  return recorded(checked(zeroed_block(size)), size, nullptr);
}

void* alloc_uninitialized(uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  void* p = size <= kSmallMax ? small_block(size) : malloc(size);
  return recorded(checked(p), size, nullptr);
}

void* newobject(const TypeDescriptor* type) {
  return alloc_object(type, type->size);
}

}  // namespace ergo::rt
