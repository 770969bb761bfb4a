// The defer chain, the recover rule and the retiring of recovered panics, driven directly
// (generated code makes the same calls; testdata/ and the IR programs under unwind_ir/ run
// them through real landing pads).
#include <catch2/catch.hpp>
#include <cstdint>
#include <initializer_list>

#include "alloc.h"
#include "entries.h"
#include "g.h"
#include "stack.h"
#include "unwinding.h"

namespace rt = ergo::rt;
using ergo::rt::Panic;

namespace {

// A frame record as both targets lay it out: [fp] = the caller's fp, [fp + 8] = return pc.
struct Frame {
  Frame* caller;
  uintptr_t pc;
};

// Panics on the heap, as the runtime's own (panicrecovered recycles them).
Panic* make_panic(int64_t* value) {
  auto* p = static_cast<Panic*>(rt::alloc_zeroed(sizeof(Panic)));
  p->header.exception_class = rt::kPanicExceptionClass;
  p->value.data = value;
  return p;
}

// Runs with an empty defer chain and no panics, and leaves them so.
struct CleanG {
  rt::G* g = rt::current_g();
  CleanG() { REQUIRE(g->defers == nullptr); }
  ~CleanG() {
    g->defers = nullptr;
    g->panics = nullptr;
  }
};

int closure_a, closure_b, closure_c;  // stand-ins for closure objects (word-aligned)

}  // namespace

TEST_CASE("deferpop returns a frame's deferred calls innermost first", "[defer]") {
  CleanG clean;
  Frame outer{}, inner{&outer, 0};
  rt::deferproc(&outer, &closure_a);
  rt::deferproc(&outer, &closure_b);
  rt::deferproc(&inner, &closure_c);

  CHECK(rt::deferpop(&outer) == nullptr);  // inner's defer is on top: not outer's yet
  CHECK(rt::deferpop(&inner) == &closure_c);
  CHECK(rt::deferpop(&inner) == nullptr);
  CHECK(rt::deferpop(&outer) == &closure_b);
  CHECK(rt::deferpop(&outer) == &closure_a);
  CHECK(rt::deferpop(&outer) == nullptr);
  CHECK(clean.g->defers == nullptr);
}

TEST_CASE("the wrapper mark is stripped from the closure", "[defer]") {
  CleanG clean;
  Frame f{};
  void* marked = reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(&closure_a) | 1);
  rt::deferproc(&f, marked);
  CHECK(rt::deferpop(&f) == &closure_a);
}

TEST_CASE("defer records are reused", "[defer]") {
  CleanG clean;
  Frame f{};
  int popped = 0;
  for (int i = 0; i < 100000; ++i) {
    rt::deferproc(&f, &closure_a);
    popped += rt::deferpop(&f) == &closure_a;
  }
  CHECK(popped == 100000);
}

TEST_CASE("recover: only a function called directly by the deferring frame", "[defer][recover]") {
  // f's landing pad (frame F) calls the deferred function D, whose frame is X.
  Frame F{}, X{&F, 0}, Y{&X, 0};
  int64_t value = 42;

  Panic* p = make_panic(&value);
  CHECK_FALSE(rt::try_recover(p, &F));  // no landing pad yet: nothing is running defers
  p->lpad_frame = &F;
  CHECK_FALSE(rt::try_recover(p, &X));  // called by D: not direct
  CHECK_FALSE(rt::try_recover(p, &Y));
  CHECK_FALSE(rt::try_recover(p, nullptr));
  CHECK(rt::try_recover(p, &F));  // D itself
  CHECK(p->recovered);
  CHECK_FALSE(rt::try_recover(p, &F));  // a second recover returns nil
}

TEST_CASE("recover through a defer wrapper: the wrapped function counts", "[defer][recover]") {
  // `defer g(x)`: the wrapper W (frame X) calls g (frame Y).
  Frame F{}, X{&F, 0}, Y{&X, 0};
  int64_t value = 7;
  Panic* p = make_panic(&value);
  p->lpad_frame = &F;
  p->running_wrapped = true;
  CHECK_FALSE(rt::try_recover(p, &F));  // W itself (`defer recover()`): nil, as gc
  CHECK_FALSE(rt::try_recover(p, &Y));  // called by g
  CHECK(rt::try_recover(p, &X));        // g
}

TEST_CASE("gorecover sees the innermost panic and the running deferred call", "[defer][recover]") {
  CleanG clean;
  Frame F{}, X{&F, 0};
  int64_t value = 5;
  Panic* p = make_panic(&value);
  p->value.type = reinterpret_cast<const ergo::abi::TypeDescriptor*>(&closure_c);
  p->lpad_frame = &F;

  CHECK(rt::gorecover(&F).first == 0);  // not panicking yet
  clean.g->panics = p;

  // The landing pad pops a wrapped deferred call: recover works one frame further.
  rt::deferproc(&F, reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(&closure_a) | 1));
  rt::deferproc(&X, &closure_b);  // a defer of the deferred call's own frame
  CHECK(rt::deferpop(&X) == &closure_b);
  CHECK_FALSE(p->running_wrapped);  // X's own defers do not belong to the panic
  CHECK(rt::deferpop(&F) == &closure_a);
  CHECK(p->running_wrapped);
  CHECK(rt::gorecover(&F).first == 0);
  ergo::abi::Pair r = rt::gorecover(&X);
  CHECK(r.first == reinterpret_cast<uint64_t>(&closure_c));
  CHECK(r.second == reinterpret_cast<uint64_t>(&value));
  CHECK(rt::gorecover(&X).first == 0);  // recovered once
}

TEST_CASE("panicrecovered retires the panic and the aborted ones below it", "[defer][recover]") {
  CleanG clean;
  int64_t v1 = 1, v2 = 2, v3 = 3;
  Panic* p1 = make_panic(&v1);
  Panic* p2 = make_panic(&v2);
  Panic* p3 = make_panic(&v3);
  p2->link = p1;
  p3->link = p2;
  clean.g->panics = p3;

  CHECK(rt::panicrecovered(p3) == 0);  // not recovered: keeps unwinding
  CHECK(clean.g->panics == p3);
  CHECK(rt::panicrecovered(nullptr) == 0);

  p2->aborted = true;  // p3 unwound through p2's deferred call; p1 is still running one
  p3->recovered = true;
  CHECK(rt::panicrecovered(p3) == 1);
  CHECK(clean.g->panics == p1);
}

TEST_CASE("a foreign exception is not a panic", "[defer][recover]") {
  _Unwind_Exception foreign{};
  foreign.exception_class = 0x474e5543432b2b00ull;  // "GNUCC++\0"
  CHECK(rt::panic_of(&foreign) == nullptr);
  CHECK(rt::panicrecovered(&foreign) == 0);
}

namespace {

// Makes `trampolines` the frames of morestack trampolines of the running goroutine (as segment
// records say), for the life of the object.
class GrownStack {
 public:
  explicit GrownStack(std::initializer_list<const Frame*> trampolines) {
    saved_ = rt::getg();
    rt::StackSegment* prev = &segments_[0];
    size_t i = 1;
    for (const Frame* t : trampolines) {
      segments_[i].prev = prev;
      segments_[i].caller_fp = reinterpret_cast<uintptr_t>(t);
      prev = &segments_[i++];
    }
    g_.stack = prev;
    rt::setg(&g_);
  }
  ~GrownStack() { rt::setg(saved_); }
  GrownStack(const GrownStack&) = delete;
  GrownStack& operator=(const GrownStack&) = delete;

 private:
  rt::G* saved_;
  rt::G g_{};
  rt::StackSegment segments_[4]{};
};

}  // namespace

TEST_CASE("recover sees through a morestack trampoline", "[defer][recover]") {
  // D grew its stack: F -> D (prologue frame) -> D·morestack (T) -> D on a new segment.
  Frame F{}, Douter{&F, 0}, T{&Douter, 0};
  // D calls h, which grew as well: D -> h (prologue) -> h·morestack (T2) -> h.
  Frame Dinner{&T, 0}, Houter{&Dinner, 0}, T2{&Houter, 0};
  GrownStack grown({&T, &T2});
  int64_t value = 1;
  Panic* p = make_panic(&value);
  p->lpad_frame = &F;
  CHECK_FALSE(rt::try_recover(p, &T2));  // h: called by D, not by F
  CHECK_FALSE(rt::try_recover(p, &Douter));
  CHECK(rt::try_recover(p, &T));  // D on its new segment
}

TEST_CASE("recover through a wrapper and trampolines", "[defer][recover]") {
  // `defer g(x)`: F -> W (grew: W prologue -> T1 -> W) -> g (grew: g prologue -> T2 -> g).
  Frame F{}, Wouter{&F, 0}, T1{&Wouter, 0}, W{&T1, 0}, Gouter{&W, 0}, T2{&Gouter, 0};
  Frame G{&T2, 0};  // g calls h
  GrownStack grown({&T1, &T2});
  int64_t value = 1;
  Panic* p = make_panic(&value);
  p->lpad_frame = &F;
  p->running_wrapped = true;
  CHECK_FALSE(rt::try_recover(p, &T1));  // W itself
  CHECK_FALSE(rt::try_recover(p, &G));   // h, called by g
  CHECK(rt::try_recover(p, &T2));        // g
}
