// (Named unwinding.h, not unwind.h: that name would shadow the system <unwind.h> here.)
// Panics: the Panic record, the forced unwind that carries it through Go frames, and ergo's
// personality routine. docs/abi.md ("Defer, panic, recover") describes the protocol.
#pragma once

#include <unwind.h>
#include <cstdint>

#include "abi/abi.h"

namespace ergo::rt {

// "ERGO\0GO\0" as a big-endian word: marks the exceptions ergo raises, so the personality
// and the landing pads' runtime calls leave foreign ones alone.
inline constexpr _Unwind_Exception_Class kPanicExceptionClass = 0x4552474f00474f00ull;

// Frames of the panic site kept for the report: gc prints at most 100 Go frames, then
// "...additional frames elided..."; the margin covers hidden (runtime) frames and tells
// that there were more.
inline constexpr int kMaxPanicPcs = 128;

// One active panic, innermost first on G::panics.
struct Panic {
  _Unwind_Exception header;  // first: the unwinder's exception object is the Panic itself
  abi::Eface value;          // the argument of panic(), what recover returns
  Panic* link = nullptr;     // the panic that was active when this one started (older)
  // The frame (frame pointer) whose landing pad the personality installed last for this
  // panic: the deferred calls that landing pad runs are called from this frame.
  void* lpad_frame = nullptr;
  // Whether the deferred call running now (popped by deferpop from lpad_frame) was deferred
  // through a compiler wrapper (`defer f(x)` becomes a closure calling f): then f, one frame
  // further, is the deferred function for recover.
  bool running_wrapped = false;
  bool recovered = false;  // recover() returned this panic's value
  // A newer panic unwound through lpad_frame while this one's deferred call ran there: this
  // panic will never resume; it stays on the list for the report (as gc's "aborted").
  bool aborted = false;
  bool signal = false;      // a nil dereference: the report adds gc's "[signal SIGSEGV ...]" line
  bool by_runtime = false;  // raised by the runtime (a runtime error), not by panic()
  // The panic site's trace, captured before unwinding: return addresses (as gc's), pcs[0] in
  // the Go frame that raised the panic, and each frame's frame pointer (to find where a
  // newer panic's trace meets an older one's).
  int npcs = 0;
  uintptr_t pcs[kMaxPanicPcs];
  uintptr_t fps[kMaxPanicPcs];
};

// The running goroutine; on a thread the runtime does not manage (the runtime's unit tests), a
// per-thread stand-in numbered 1, so that panics work there too.
struct G;
G* current_g();

// Starts a panic with value {type, data}: records it on the G, captures the trace, releases
// nothing (callers hold no runtime locks), and unwinds. Never returns: either a landing pad
// takes over or the report is printed and the process exits with status 2.
enum class PanicSource : uint8_t {
  Call,      // panic(v)
  Runtime,   // a runtime error (index out of range, ...)
  NilDeref,  // a runtime error whose report adds the signal line
};
[[noreturn]] void raise_panic(const abi::TypeDescriptor* type, void* data, PanicSource source);

// The Panic behind a landing pad's exception pointer, or nullptr for a foreign exception.
Panic* panic_of(void* exception);

// Prints gc's report for the current G's panics (oldest first, `[recovered]` marks, the
// signal line) without the goroutine trace. The caller holds the print lock. For the tests.
void print_panic_chain(const Panic* newest);

// Test hook: the recover rule (docs/abi.md) for the innermost panic `p`, given recover's
// callerfp; marks p recovered when it applies.
bool try_recover(Panic* p, void* callerfp);

}  // namespace ergo::rt

// The personality routine of generated functions with landing pads (abi::kPersonalitySymbol).
extern "C" _Unwind_Reason_Code ergo_personality(int version, _Unwind_Action actions,
                                                _Unwind_Exception_Class exception_class,
                                                _Unwind_Exception* exception,
                                                _Unwind_Context* context);
