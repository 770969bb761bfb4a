// TEMPORARY allocator, never freed (see alloc.h): objects up to kBumpMax bytes are carved from
// per-thread chunks, bigger ones get their own mapping.
#include "alloc.h"

#include <sys/mman.h>

#include <atomic>

#include "entries.h"
#include "goapi.h"
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

// Each thread bumps through chunks of fresh anonymous memory, which the kernel hands out
// zeroed, so a chunk serves zeroed and uninitialised requests alike. Objects are packed as
// gc's size classes pack small ones (8 bytes for the smallest, then 16-byte steps) instead of
// malloc's 32-byte minimum with a header, so short strings and small structs share cache lines
// as with gc.
//
// With nothing ever freed, the heap's main cost is the kernel's work on fresh pages. Chunks
// are mapped with MAP_POPULATE, which fills all their pages in one system call instead of
// one page fault per 4 KiB page (bench/fmt/sprintf: system time 0.43 s -> 0.30 s). Transparent
// huge pages were tried and lost: their allocation compacts memory on this kind of machine
// (system time 1.1 s). A thread's first chunk is small, so that small programs populate
// little; each next one doubles, up to kChunkMax.
constexpr uint64_t kChunkMin = uint64_t(256) << 10;
constexpr uint64_t kChunkMax = uint64_t(4) << 20;
// Larger objects get their own mapping, populated lazily (a big buffer may stay mostly
// untouched); the limit also bounds the tail of a chunk abandoned when a request does not fit.
constexpr uint64_t kBumpMax = uint64_t(64) << 10;
// What runtime.ReadMemStats reports: each thread counts its own allocations (no atomic
// operation on the allocation path) and registers its counters once; readers add them up.
struct AllocCounters {
  uint64_t mallocs = 0;
  uint64_t bytes = 0;
  uint64_t mapped = 0;
  bool registered = false;
};
constexpr int kMaxCounterThreads = 1024;
AllocCounters* counter_threads[kMaxCounterThreads];
std::atomic<int> counter_thread_count{0};
std::atomic_flag counter_lock = ATOMIC_FLAG_INIT;
thread_local AllocCounters counters;

void register_counters() {
  counters.registered = true;
  while (counter_lock.test_and_set(std::memory_order_acquire)) {
  }
  int n = counter_thread_count.load(std::memory_order_relaxed);
  if (n < kMaxCounterThreads) {
    counter_threads[n] = &counters;
    counter_thread_count.store(n + 1, std::memory_order_release);
  }
  counter_lock.clear(std::memory_order_release);
}

thread_local uint8_t* chunk_next = nullptr;
thread_local uint8_t* chunk_end = nullptr;
thread_local uint64_t next_chunk_size = kChunkMin;

void* map_fresh(uint64_t size, int flags) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  if (!counters.registered) register_counters();
  counters.mapped += size;
  return p;
}

void* bump_block(uint64_t size) {
  size = size <= 8 ? 8 : (size + 15) & ~uint64_t(15);
  // 8-byte blocks keep 8-byte alignment; a bigger one after an odd number of them starts
  // at the next 16-byte boundary.
  uint8_t* p = chunk_next;
  if (size > 8)
    p = reinterpret_cast<uint8_t*>((reinterpret_cast<uintptr_t>(p) + 15) & ~uintptr_t(15));
  if (p == nullptr || static_cast<uint64_t>(chunk_end - p) < size) {
    void* chunk = map_fresh(next_chunk_size, MAP_POPULATE);
    if (chunk == nullptr) return nullptr;
    p = static_cast<uint8_t*>(chunk);
    chunk_end = p + next_chunk_size;
    if (next_chunk_size < kChunkMax) next_chunk_size *= 2;
  }
  chunk_next = p + size;
  return p;
}

void* block(uint64_t size) {
  ++counters.mallocs;
  counters.bytes += size;
  if (size <= kBumpMax) return bump_block(size);
  return map_fresh((size + 4095) & ~uint64_t(4095), MAP_NORESERVE);
}

}  // namespace

void* alloc_object(const TypeDescriptor* type, uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  return recorded(checked(block(size)), size, type->ptrdata != 0 ? type : nullptr);
}

void* alloc_zeroed(uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  return recorded(checked(block(size)), size, nullptr);
}

void* alloc_uninitialized(uint64_t size) {
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) fatal("runtime: out of memory");
  return recorded(checked(block(size)), size, nullptr);
}

void memstats(uint64_t* out) {
  uint64_t mallocs = 0, bytes = 0, mapped = 0;
  int n = counter_thread_count.load(std::memory_order_acquire);
  for (int i = 0; i < n; ++i) {
    mallocs += counter_threads[i]->mallocs;
    bytes += counter_threads[i]->bytes;
    mapped += counter_threads[i]->mapped;
  }
  out[0] = mallocs;
  out[1] = bytes;
  out[2] = mapped;
}

void* newobject(const TypeDescriptor* type) {
  return alloc_object(type, type->size);
}

}  // namespace ergo::rt
