// Defer records and recover (docs/abi.md, "Defer, panic, recover"). Generated code runs the
// deferred calls itself: deferproc pushes a func() value for a frame, deferpop hands them
// back innermost first, at every return and in the frame's landing pad.
#include <cstddef>

#include "alloc.h"
#include "entries.h"
#include "g.h"
#include "panic.h"
#include "stack.h"
#include "unwinding.h"

namespace ergo::rt {

// One deferred call. `frame` is the deferring function's frame pointer.
struct Defer {
  Defer* link;
  void* frame;
  void* closure;
  bool wrapped;  // the closure is a compiler wrapper around the deferred call (see deferproc)
};

namespace {

// Finished records are reused: runtime code never switches goroutines while it touches the
// list, so one list per thread needs no lock. (A record on the G's chain holds its closure
// alive: G::defers is the root.)
thread_local Defer* free_defers = nullptr;

// gc's name for the record; `link` and `closure` are the heap pointers (`frame` is a stack
// address).
const abi::TypeDescriptor kDeferType = runtime_type(
    "runtime._defer", abi::Kind::Struct, sizeof(Defer),
    (1u << (offsetof(Defer, link) / 8)) | (1u << (offsetof(Defer, closure) / 8)), nullptr);

Defer* new_defer() {
  Defer* d = free_defers;
  if (d == nullptr) return static_cast<Defer*>(alloc_object(&kDeferType, sizeof(Defer)));
  free_defers = d->link;
  return d;
}

void free_defer(Defer* d) {
  d->link = free_defers;
  free_defers = d;
}

// The caller's frame pointer saved in a frame record (the same layout on amd64 and arm64:
// [fp] = the caller's fp, [fp + 8] = the return address).
uintptr_t parent_frame(uintptr_t fp) {
  return fp == 0 ? 0 : *reinterpret_cast<const uintptr_t*>(fp);
}

// The frame of the function that called the one whose caller's frame pointer is `fp`. A
// function that grew its stack runs as R (its prologue, which has built R's frame record) ->
// R·morestack (the trampoline, whose frame the segment records) -> R on the new segment, so
// behind a trampoline frame the caller is two frame records up. (A function inlined into its
// caller would have the trampoline called from the caller itself: functions that call recover
// are never inlined, and deferred calls are indirect, so that shape never reaches here.)
uintptr_t effective_caller(const G* g, uintptr_t fp) {
  if (fp != 0 && is_morestack_frame(g, fp)) return parent_frame(parent_frame(fp));
  return fp;
}

}  // namespace

G* current_g() {
  G* g = getg();
  if (g != nullptr) return g;
  static thread_local G stand_in{};
  stand_in.id = 1;
  return &stand_in;
}

bool try_recover(Panic* p, void* callerfp) {
  if (p == nullptr || p->recovered || p->lpad_frame == nullptr) return false;
  const G* g = current_g();
  uintptr_t fp = reinterpret_cast<uintptr_t>(callerfp);
  uintptr_t frame = reinterpret_cast<uintptr_t>(p->lpad_frame);
  uintptr_t caller = effective_caller(g, fp);
  if (p->running_wrapped) {
    // The deferred function is the one the wrapper calls: its caller is the wrapper, whose
    // caller is `frame`. The wrapper itself calling recover (`defer recover()`) gets nil.
    if (caller == frame || effective_caller(g, parent_frame(caller)) != frame) return false;
  } else if (caller != frame) {
    return false;
  }
  p->recovered = true;
  return true;
}

// Bit 0 of `closure` (closure objects are word-aligned) marks a compiler wrapper: generated
// code sets it when `defer f(args)` became a closure that calls f, so that recover in f
// counts as called by the deferred function.
void deferproc(void* frame, void* closure) {
  G* g = current_g();
  Defer* d = new_defer();
  uintptr_t bits = reinterpret_cast<uintptr_t>(closure);
  d->frame = frame;
  d->closure = reinterpret_cast<void*>(bits & ~uintptr_t{1});
  d->wrapped = (bits & 1) != 0;
  d->link = g->defers;
  g->defers = d;
}

void* deferpop(void* frame) {
  G* g = current_g();
  Defer* d = g->defers;
  if (d == nullptr || d->frame != frame) return nullptr;
  g->defers = d->link;
  void* closure = d->closure;
  // In a landing pad, the call about to run is the panic's deferred call.
  Panic* p = g->panics;
  if (p != nullptr && p->lpad_frame == frame) p->running_wrapped = d->wrapped;
  free_defer(d);
  return closure;
}

Pair gorecover(void* callerfp) {
  Panic* p = current_g()->panics;
  if (!try_recover(p, callerfp)) return Pair{0, 0};
  return Pair{reinterpret_cast<uint64_t>(p->value.type), reinterpret_cast<uint64_t>(p->value.data)};
}

}  // namespace ergo::rt
