// Goroutine stacks: 64 KiB first segments carved from big MAP_NORESERVE slabs, larger
// segments mapped one by one, and the segment list morestack/lessstack walk (docs/abi.md,
// "Stacks"; docs/runtime.md).
#pragma once

#include <cstdint>

#include "g.h"

namespace ergo::rt {

// One segment of a goroutine stack. The record lives at the top of the segment's own memory
// (a page the first frames touch anyway), so a segment costs no separate allocation.
struct StackSegment {
  uintptr_t base;      // lowest address of the memory
  uint64_t size;       // bytes of memory, record included
  uintptr_t top;       // where sp starts: 16-byte aligned, a few words below this record
  StackSegment* prev;  // the older segment (null for a goroutine's first)
  StackSegment* next;  // the newer segment, kept for reuse after lessstack
  bool from_slab;      // a slab slot (the first segment) or a mapping of its own
  bool active;         // between the goroutine's first and current segment
  // Set by morestack when it makes this segment current:
  uintptr_t caller_fp;  // frame pointer of the F·morestack trampoline that called
                        // morestack and re-calls F on this segment
  uintptr_t caller_sp;  // the lowest live address of the previous segment (the morestack
                        // stub's frame record): a stack scan covers [caller_sp, prev->top)
};

// The first segment of a new goroutine: sets g->stack and the bounds.
void stack_init(G* g);
// Releases every segment of an exited goroutine.
void stack_free(G* g);

// morestack's work: makes the segment after the current one current (a cached one if it is
// big enough for framesize, else a new one), records caller_fp/caller_sp in it, and returns
// the new top for sp. Over abi::kMaxStackBytes in all: gc's "stack overflow" fatal error.
uintptr_t stack_grow(G* g, uint64_t framesize, uintptr_t caller_fp, uintptr_t caller_sp);
// lessstack's work: the previous segment becomes current again (the left one stays cached).
void stack_shrink(G* g);

// True when fp is the frame pointer of an F·morestack trampoline of the current goroutine,
// which re-called F on a newer segment. recover() uses it to see through the trampoline and
// the prologue frame of F that called it: the frame above those is F's real caller.
bool is_morestack_frame(uintptr_t fp);
bool is_morestack_frame(const G* g, uintptr_t fp);

// The live parts of g's stack, newest first, for stack scans: [sp, top) of the current
// segment, then for each older segment in use [caller_sp recorded by its successor, its top).
// `sp` is the goroutine's own sp when it is the one scanning; otherwise g->sched_sp, which
// every stub that leaves the goroutine stack and every goroutine switch records.
using StackRangeVisitor = void (*)(uintptr_t lo, uintptr_t hi, void* arg);
void for_each_stack_range(const G* g, uintptr_t sp, StackRangeVisitor visit, void* arg);

// Bookkeeping, for tests and docs/runtime.md's measurements.
struct StackStats {
  uint64_t slabs;           // slabs mapped
  uint64_t slots_in_use;    // first segments handed out and not freed
  uint64_t slots_free;      // on the free list
  uint64_t large_segments;  // segments mapped on their own, alive
};
StackStats stack_stats();

// Sizes (see docs/abi.md): a slab is kSlabSlots slots, the lowest an inaccessible guard and
// the others first segments; later segments double up to kMaxSegmentSize.
inline constexpr uint64_t kSlabSlots = 1024;
inline constexpr uint64_t kMaxSegmentSize = uint64_t{64} << 20;

}  // namespace ergo::rt
