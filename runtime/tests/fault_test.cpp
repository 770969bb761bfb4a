// The frames of the fault report (signals.h): a walk of frame records {caller's fp, return
// address} from the signal context, which must stay on the goroutine's stack segments.
#include <catch2/catch.hpp>
#include <cstdint>

#include "g.h"
#include "signals.h"
#include "stack.h"
#include "systemstack.h"

namespace rt = ergo::rt;

namespace {

// A fake goroutine stack: two segments over two buffers, the older one first.
struct FakeStack {
  alignas(16) uintptr_t older[64] = {};
  alignas(16) uintptr_t newer[64] = {};
  rt::StackSegment old_segment{};
  rt::StackSegment new_segment{};
  rt::G g{};

  FakeStack() {
    old_segment.base = reinterpret_cast<uintptr_t>(older);
    old_segment.size = sizeof older;
    new_segment.base = reinterpret_cast<uintptr_t>(newer);
    new_segment.size = sizeof newer;
    new_segment.prev = &old_segment;
    g.stack = &new_segment;
  }

  // Writes a frame record at words[i] and returns its address.
  static uintptr_t record(uintptr_t* words, int i, uintptr_t caller_fp, uintptr_t ret) {
    words[i] = caller_fp;
    words[i + 1] = ret;
    return reinterpret_cast<uintptr_t>(&words[i]);
  }
};

int walk(const FakeStack& s, uintptr_t fp, uintptr_t* pcs, int max, uintptr_t sp = 0) {
  return rt::fault_traceback(&s.g, 0x1000, fp, sp, pcs, max);
}

}  // namespace

TEST_CASE("the fault report follows the frame-pointer chain across segments", "[signal]") {
  FakeStack s;
  // The outermost frame (return address 0) in the older segment, a segment switch, then two
  // frames on the newer segment.
  uintptr_t outer = FakeStack::record(s.older, 40, 0, 0);
  uintptr_t a = FakeStack::record(s.older, 20, outer, 0x2003);
  uintptr_t b = FakeStack::record(s.newer, 30, a, 0x2002);
  uintptr_t c = FakeStack::record(s.newer, 10, b, 0x2001);
  uintptr_t pcs[16];
  int n = walk(s, c, pcs, 16);
  REQUIRE(n == 4);
  CHECK(pcs[0] == 0x1000);  // the faulting pc itself
  CHECK(pcs[1] == 0x2001);
  CHECK(pcs[2] == 0x2002);
  CHECK(pcs[3] == 0x2003);
  CHECK(walk(s, c, pcs, 2) == 2);  // capped
  CHECK(walk(s, c, pcs, 0) == 0);
}

TEST_CASE("the fault report stops where the chain leaves the stack", "[signal]") {
  FakeStack s;
  uintptr_t outside[2] = {0, 0x9999};
  uintptr_t a = FakeStack::record(s.newer, 20, reinterpret_cast<uintptr_t>(outside), 0x2002);
  uintptr_t b = FakeStack::record(s.newer, 10, a, 0x2001);
  uintptr_t pcs[16];
  CHECK(walk(s, b, pcs, 16) == 3);      // 0x9999 is not read
  CHECK(walk(s, b + 4, pcs, 16) == 1);  // misaligned
  // The last record must fit in the segment.
  uintptr_t top = reinterpret_cast<uintptr_t>(&s.newer[63]);
  CHECK(walk(s, top, pcs, 16) == 1);
  // A cycle ends at max.
  uintptr_t self = FakeStack::record(s.newer, 50, 0, 0x2005);
  s.newer[50] = self;
  CHECK(walk(s, self, pcs, 16) == 16);
}

TEST_CASE("a fault on the system stack continues at the stub's frame record", "[signal]") {
  FakeStack s;
  uintptr_t go_caller = FakeStack::record(s.newer, 30, 0, 0x2002);
  s.g.sched_sp = FakeStack::record(s.newer, 10, go_caller, 0x2001);  // the stub's record
  alignas(16) uintptr_t system[64] = {};
  rt::SystemStack saved = ergo_system_stack;
  ergo_system_stack = {reinterpret_cast<uintptr_t>(system),
                       reinterpret_cast<uintptr_t>(system + 64)};
  uintptr_t pcs[16];
  // The runtime's C++ frame keeps no frame pointer: fp is any register value.
  int on_system = walk(s, 0x7, pcs, 16, reinterpret_cast<uintptr_t>(&system[20]));
  int elsewhere = walk(s, 0x7, pcs + 8, 8, 0x10);
  ergo_system_stack = saved;
  REQUIRE(on_system == 3);
  CHECK(pcs[1] == 0x2001);
  CHECK(pcs[2] == 0x2002);
  CHECK(elsewhere == 1);
}
