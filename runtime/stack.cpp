// Goroutine stacks (stack.h): slab slots for first segments, separately mapped larger
// segments, and the runtime.morestack / runtime.lessstack entry points.
#include "stack.h"

#include <pthread.h>
#include <sys/mman.h>

#include "entries.h"
#include "format.h"
#include "panic.h"
#include "writer.h"

namespace ergo::rt {

namespace {

constexpr uint64_t kSlotSize = abi::kStackSegmentSize;
constexpr uint64_t kSlabSize = kSlotSize * kSlabSlots;
// Bytes between a segment's top (the first sp) and its record: a few words that the first
// frame's callers may look at (the return-address slot of a trampoline's re-call) stay
// inside the segment.
constexpr uint64_t kTopSlack = 32;
// Room a new segment leaves beyond the frame that asked for it and the red zone, so that the
// function that moved can make a few calls before the next check fires.
constexpr uint64_t kGrowSlack = 16 * 1024;

pthread_mutex_t stack_mutex = PTHREAD_MUTEX_INITIALIZER;

// Guarded by stack_mutex.
uintptr_t slab_next = 0;  // the unused rest of the newest slab: [slab_next, slab_end)
uintptr_t slab_end = 0;
StackSegment* free_slots = nullptr;  // linked through `next`
StackStats stats = {};

class Locked {
 public:
  Locked() { pthread_mutex_lock(&stack_mutex); }
  ~Locked() { pthread_mutex_unlock(&stack_mutex); }
  Locked(const Locked&) = delete;
  Locked& operator=(const Locked&) = delete;
};

// Inaccessible address space at the bottom of every stack mapping: a stack that overruns
// its mapping (only possible with -no-stack-check, or through a runtime bug) faults there,
// with gc's fault report, instead of writing over whatever was mapped below (a signal
// stack). One slot, a multiple of every page size; it costs address space only.
constexpr uint64_t kGuardSize = kSlotSize;

// Maps `size` bytes that cost nothing until touched, the lowest kGuardSize of them
// inaccessible. No huge pages: with them a goroutine whose stack touches one page would own
// 2 MiB.
uintptr_t map_stack_memory(uint64_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                 -1, 0);
  if (p == MAP_FAILED) fatal("runtime: cannot allocate memory for goroutine stacks");
  mprotect(p, kGuardSize, PROT_NONE);
  madvise(p, size, MADV_NOHUGEPAGE);
  return reinterpret_cast<uintptr_t>(p);
}

// Places a fresh record at the top of [base, base+size).
StackSegment* make_record(uintptr_t base, uint64_t size, bool from_slab) {
  uintptr_t at = (base + size - sizeof(StackSegment)) & ~uintptr_t{15};
  auto* s = reinterpret_cast<StackSegment*>(at);
  *s = StackSegment{};
  s->base = base;
  s->size = size;
  s->top = at - kTopSlack;
  s->from_slab = from_slab;
  return s;
}

StackSegment* alloc_slot() {
  Locked locked;
  if (StackSegment* s = free_slots) {
    free_slots = s->next;
    --stats.slots_free;
    ++stats.slots_in_use;
    return make_record(s->base, kSlotSize, true);
  }
  if (slab_next == slab_end) {
    uintptr_t slab = map_stack_memory(kSlabSize);
    slab_next = slab + kGuardSize;  // the first slot is the guard
    slab_end = slab + kSlabSize;
    ++stats.slabs;
  }
  uintptr_t base = slab_next;
  slab_next += kSlotSize;
  ++stats.slots_in_use;
  return make_record(base, kSlotSize, true);
}

StackSegment* alloc_large(uint64_t size) {
  StackSegment* s = make_record(map_stack_memory(size + kGuardSize) + kGuardSize, size, false);
  Locked locked;
  ++stats.large_segments;
  return s;
}

void free_segment(StackSegment* s) {
  if (s->from_slab) {
    Locked locked;
    s->next = free_slots;
    free_slots = s;
    --stats.slots_in_use;
    ++stats.slots_free;
    return;
  }
  munmap(reinterpret_cast<void*>(s->base - kGuardSize), s->size + kGuardSize);
  Locked locked;
  --stats.large_segments;
}

// Frees s and every newer cached segment after it.
void free_chain(StackSegment* s) {
  while (s != nullptr) {
    StackSegment* next = s->next;
    free_segment(s);
    s = next;
  }
}

void make_current(G* g, StackSegment* s) {
  g->stack = s;
  g->stack_lo = s->base;
  g->stack_hi = s->top;
  g->stackguard = s->base + abi::kStackRedZone;
}

// Can s hold a frame of framesize bytes at its top and still leave the re-called function
// room to call on?
bool fits(const StackSegment* s, uint64_t framesize) {
  return s->top - s->base >= abi::kStackRedZone + framesize + kGrowSlack;
}

uint64_t round_up(uint64_t n, uint64_t to) {
  return (n + to - 1) / to * to;
}

[[noreturn]] void stack_overflow(const G* g, uintptr_t sp) {
  print_lock();
  print_cstr("runtime: goroutine stack exceeds ");
  print_u64(abi::kMaxStackBytes);
  print_cstr("-byte limit\nruntime: sp=");
  print_hex(sp);
  print_cstr(" stack=[");
  print_hex(g->stack_lo);
  print_cstr(", ");
  print_hex(g->stack_hi);
  print_cstr("]\n");
  fatal("stack overflow");
}

}  // namespace

void stack_init(G* g) {
  StackSegment* s = alloc_slot();
  s->active = true;
  g->stack_total = s->size;
  make_current(g, s);
}

void stack_free(G* g) {
  StackSegment* first = g->stack;
  if (first == nullptr) return;
  while (first->prev != nullptr) first = first->prev;
  free_chain(first);
  g->stack = nullptr;
  g->stack_total = 0;
  g->stack_lo = g->stack_hi = g->stackguard = 0;
}

uintptr_t stack_grow(G* g, uint64_t framesize, uintptr_t caller_fp, uintptr_t caller_sp) {
  StackSegment* cur = g->stack;
  StackSegment* next = cur->next;
  if (next != nullptr && !fits(next, framesize)) {
    free_chain(next);
    cur->next = next = nullptr;
  }
  if (next == nullptr) {
    uint64_t size = cur->size * 2 < kMaxSegmentSize ? cur->size * 2 : kMaxSegmentSize;
    uint64_t needed = round_up(
        abi::kStackRedZone + framesize + kGrowSlack + kTopSlack + sizeof(StackSegment) + 16,
        kSlotSize);
    if (needed > size) size = needed;
    if (g->stack_total + size > abi::kMaxStackBytes) stack_overflow(g, caller_sp);
    next = alloc_large(size);
    next->prev = cur;
    cur->next = next;
  } else if (g->stack_total + next->size > abi::kMaxStackBytes) {
    stack_overflow(g, caller_sp);
  }
  next->active = true;
  next->caller_fp = caller_fp;
  next->caller_sp = caller_sp;
  g->stack_total += next->size;
  make_current(g, next);
  return next->top;
}

void stack_shrink(G* g) {
  StackSegment* cur = g->stack;
  if (cur->prev == nullptr) fatal("lessstack on a goroutine's first stack segment");
  cur->active = false;
  g->stack_total -= cur->size;
  make_current(g, cur->prev);
}

bool is_morestack_frame(const G* g, uintptr_t fp) {
  if (g == nullptr) return false;
  for (const StackSegment* s = g->stack; s != nullptr && s->prev != nullptr; s = s->prev) {
    if (s->caller_fp == fp) return true;
  }
  return false;
}

bool is_morestack_frame(uintptr_t fp) {
  return is_morestack_frame(getg(), fp);
}

void for_each_stack_range(const G* g, uintptr_t sp, StackRangeVisitor visit, void* arg) {
  for (const StackSegment* s = g->stack; s != nullptr; s = s->prev) {
    visit(sp, s->top, arg);
    sp = s->caller_sp;
  }
}

StackStats stack_stats() {
  Locked locked;
  return stats;
}

// ---- Entry points (on the system stack, through their stubs) ----

void* morestack(int64_t framesize) {
  G* g = getg();
  if (g == nullptr || g->stack == nullptr) fatal("morestack on a thread without a goroutine");
  // Reached only through the runtime.morestack stub, whose frame record sits right above
  // ours: our saved frame pointer is the stub's, and the stub's record holds the frame
  // pointer of its caller, the F·morestack trampoline.
  auto* own = static_cast<uintptr_t*>(__builtin_frame_address(0));
  uintptr_t stub_record = own[0];
  uintptr_t caller_fp = *reinterpret_cast<uintptr_t*>(stub_record);
  uint64_t frame = framesize < 0 ? 0 : static_cast<uint64_t>(framesize);
  return reinterpret_cast<void*>(stack_grow(g, frame, caller_fp, stub_record));
}

void lessstack() {
  G* g = getg();
  if (g == nullptr || g->stack == nullptr) fatal("lessstack on a thread without a goroutine");
  stack_shrink(g);
}

}  // namespace ergo::rt
