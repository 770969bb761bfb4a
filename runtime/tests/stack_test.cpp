// Stack slabs and segments: the bookkeeping behind morestack and lessstack (stack.h).
#include <catch2/catch.hpp>

#include "sched_testing.h"
#include "stack.h"

namespace rt = ergo::rt;
using ergo::abi::kMaxStackBytes;
using ergo::abi::kStackRedZone;
using ergo::abi::kStackSegmentSize;

TEST_CASE("a goroutine starts on a 64 KiB slab slot", "[stack]") {
  rt::StackStats before = rt::stack_stats();
  rt::G g{};
  rt::stack_init(&g);
  const rt::StackSegment* s = g.stack;
  REQUIRE(s != nullptr);
  CHECK(s->from_slab);
  CHECK(s->size == kStackSegmentSize);
  CHECK(s->base % kStackSegmentSize == 0);
  CHECK(g.stack_lo == s->base);
  CHECK(g.stack_hi == s->top);
  CHECK(g.stack_hi % 16 == 0);
  CHECK(g.stack_hi < s->base + s->size);
  CHECK(g.stack_hi > s->base + s->size - 256);  // only the record and a few words above
  CHECK(g.stackguard == g.stack_lo + kStackRedZone);
  CHECK(g.stack_total == kStackSegmentSize);
  CHECK(s->prev == nullptr);
  rt::StackStats during = rt::stack_stats();
  CHECK(during.slots_in_use == before.slots_in_use + 1);

  // The top of the stack is writable; nothing below it has been touched.
  reinterpret_cast<volatile uint64_t*>(g.stack_hi)[-1] = 42;

  uintptr_t base = s->base;
  rt::stack_free(&g);
  CHECK(g.stack == nullptr);
  rt::StackStats after = rt::stack_stats();
  CHECK(after.slots_in_use == before.slots_in_use);
  CHECK(after.slots_free == during.slots_free + 1);

  // A freed slot is the next one handed out.
  rt::G g2{};
  rt::stack_init(&g2);
  CHECK(g2.stack->base == base);
  rt::stack_free(&g2);
}

TEST_CASE("slots are carved from big slabs", "[stack]") {
  rt::StackStats before = rt::stack_stats();
  constexpr int kN = 3000;  // three slabs' worth, minus what earlier tests took
  static rt::G gs[kN];
  for (auto& g : gs) {
    g = rt::G{};
    rt::stack_init(&g);
  }
  rt::StackStats during = rt::stack_stats();
  CHECK(during.slots_in_use == before.slots_in_use + kN);
  CHECK(during.slabs - before.slabs <= kN / rt::kSlabSlots + 1);
  CHECK(during.slabs >= static_cast<uint64_t>(kN) / rt::kSlabSlots);
  // Distinct, non-overlapping slots.
  for (int i = 1; i < kN; ++i) {
    uintptr_t a = gs[i - 1].stack->base, b = gs[i].stack->base;
    CHECK((a > b ? a - b : b - a) >= kStackSegmentSize);
  }
  for (auto& g : gs) rt::stack_free(&g);
  CHECK(rt::stack_stats().slots_in_use == before.slots_in_use);
}

TEST_CASE("morestack adds doubling segments and lessstack keeps them for reuse", "[stack]") {
  rt::StackStats before = rt::stack_stats();
  rt::G g{};
  rt::stack_init(&g);
  rt::StackSegment* first = g.stack;

  uintptr_t top = rt::stack_grow(&g, 0, 0x1000, first->base + 100);
  rt::StackSegment* second = g.stack;
  CHECK(second != first);
  CHECK(second->prev == first);
  CHECK(first->next == second);
  CHECK(!second->from_slab);
  CHECK(second->size == 2 * kStackSegmentSize);
  CHECK(top == g.stack_hi);
  CHECK(top % 16 == 0);
  CHECK(g.stack_lo == second->base);
  CHECK(g.stackguard == second->base + kStackRedZone);
  CHECK(g.stack_total == 3 * kStackSegmentSize);
  CHECK(second->caller_fp == 0x1000);
  CHECK(second->caller_sp == first->base + 100);
  CHECK(rt::is_morestack_frame(&g, 0x1000));
  CHECK(!rt::is_morestack_frame(&g, 0x2000));

  rt::stack_grow(&g, 0, 0x2000, second->base + 100);
  rt::StackSegment* third = g.stack;
  CHECK(third->size == 4 * kStackSegmentSize);
  CHECK(rt::is_morestack_frame(&g, 0x1000));
  CHECK(rt::is_morestack_frame(&g, 0x2000));
  CHECK(rt::stack_stats().large_segments == before.large_segments + 2);

  // Back down: the segments stay cached, and the frames they recorded are no longer active.
  rt::stack_shrink(&g);
  CHECK(g.stack == second);
  CHECK(!rt::is_morestack_frame(&g, 0x2000));
  rt::stack_shrink(&g);
  CHECK(g.stack == first);
  CHECK(g.stack_lo == first->base);
  CHECK(g.stack_total == kStackSegmentSize);
  CHECK(!rt::is_morestack_frame(&g, 0x1000));

  // Growing again reuses them without mapping anything.
  rt::stack_grow(&g, 0, 0x3000, first->base + 100);
  CHECK(g.stack == second);
  CHECK(second->caller_fp == 0x3000);
  rt::stack_grow(&g, 0, 0x4000, second->base + 100);
  CHECK(g.stack == third);
  CHECK(rt::stack_stats().large_segments == before.large_segments + 2);

  // A frame bigger than the cached segment replaces it.
  rt::stack_shrink(&g);
  constexpr uint64_t kBigFrame = 3 << 20;
  uintptr_t big_top = rt::stack_grow(&g, kBigFrame, 0x5000, second->base + 100);
  CHECK(g.stack->size > 4 * kStackSegmentSize);  // not the cached 256 KiB one
  CHECK(big_top - g.stack_lo >= kBigFrame + kStackRedZone);
  CHECK(big_top - kBigFrame > g.stackguard);
  CHECK(rt::stack_stats().large_segments == before.large_segments + 2);

  rt::stack_free(&g);
  CHECK(rt::stack_stats().large_segments == before.large_segments);
  CHECK(rt::stack_stats().slots_in_use == before.slots_in_use);
}

TEST_CASE("segment sizes double up to 64 MiB", "[stack]") {
  rt::G g{};
  rt::stack_init(&g);
  uint64_t size = kStackSegmentSize;
  for (int i = 0; i < 14; ++i) {
    rt::stack_grow(&g, 0, 0, g.stack_lo);
    size = size * 2 > rt::kMaxSegmentSize ? rt::kMaxSegmentSize : size * 2;
    CHECK(g.stack->size == size);
  }
  CHECK(g.stack->size == rt::kMaxSegmentSize);
  rt::stack_free(&g);
}

TEST_CASE("a stack over 1e9 bytes is gc's fatal stack overflow", "[stack][exit]") {
  auto outcome = ergo::rt::testing::run_in_child([] {
    rt::G g{};
    rt::stack_init(&g);
    for (;;) rt::stack_grow(&g, 0, 0, g.stack_lo);
  });
  CHECK(outcome.status == 2);
  const std::string& text = outcome.stderr_text;
  CHECK(text.rfind("runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x", 0) ==
        0);
  CHECK(text.find("\nfatal error: stack overflow\n") != std::string::npos);
  CHECK(kMaxStackBytes == 1000000000);
}

TEST_CASE("the live ranges of a segmented stack, newest first", "[stack]") {
  rt::G g{};
  rt::stack_init(&g);
  rt::StackSegment* first = g.stack;
  uintptr_t sp1 = first->top - 1000;
  rt::stack_grow(&g, 0, 0, sp1);
  rt::StackSegment* second = g.stack;
  uintptr_t sp2 = second->top - 2000;
  rt::stack_grow(&g, 0, 0, sp2);
  rt::StackSegment* third = g.stack;
  uintptr_t sp3 = third->top - 48;

  struct Range {
    uintptr_t lo, hi;
  };
  struct Ranges {
    Range r[8];
    int n;
  } ranges{};
  rt::for_each_stack_range(
      &g, sp3,
      [](uintptr_t lo, uintptr_t hi, void* arg) {
        auto* rs = static_cast<Ranges*>(arg);
        rs->r[rs->n++] = {lo, hi};
      },
      &ranges);
  REQUIRE(ranges.n == 3);
  CHECK(ranges.r[0].lo == sp3);
  CHECK(ranges.r[0].hi == third->top);
  CHECK(ranges.r[1].lo == sp2);
  CHECK(ranges.r[1].hi == second->top);
  CHECK(ranges.r[2].lo == sp1);
  CHECK(ranges.r[2].hi == first->top);
  rt::stack_free(&g);
}
