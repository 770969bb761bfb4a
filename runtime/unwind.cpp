// Panics unwind with the platform unwinder (libgcc's _Unwind_ForcedUnwind, phase 2 only):
// every Go landing pad is a cleanup that runs its frame's defers, since whether one of them
// recovers is only known by running it. docs/abi.md ("Defer, panic, recover").
#include "unwinding.h"

#include <unistd.h>
#include <cstddef>
#include <cstring>

#include "alloc.h"
#include "entries.h"
#include "format.h"
#include "g.h"
#include "lsda.h"
#include "panic.h"
#include "symbolize.h"
#include "systemstack.h"
#include "traceback.h"
#include "writer.h"

namespace ergo::rt {

namespace {

// DWARF number of the frame-pointer register: a Go frame's value of it is the frame's
// llvm.frameaddress(0), what deferproc, deferpop and recover compare.
#if defined(__x86_64__)
constexpr int kFramePointerRegister = 6;  // rbp
#elif defined(__aarch64__)
constexpr int kFramePointerRegister = 29;  // x29
#else
#error "unsupported architecture"
#endif

// Retired panics are reused (see defer.cpp's free list for why one list per thread).
thread_local Panic* free_panics = nullptr;

// gc's name for the record; the heap pointers are the value's two words and the link.
const abi::TypeDescriptor kPanicType =
    runtime_type("runtime._panic", abi::Kind::Struct, sizeof(Panic),
                 (uint64_t{1} << (offsetof(Panic, value) / 8)) |
                     (uint64_t{1} << (offsetof(Panic, value) / 8 + 1)) |
                     (uint64_t{1} << (offsetof(Panic, link) / 8)),
                 nullptr);

Panic* new_panic() {
  Panic* p = free_panics;
  if (p == nullptr) {
    p = static_cast<Panic*>(alloc_object(&kPanicType, sizeof(Panic)));
  } else {
    free_panics = p->link;
    memset(static_cast<void*>(p), 0, sizeof(Panic));
  }
  return p;
}

void free_panic(Panic* p) {
  p->link = free_panics;
  free_panics = p;
}

// ---- The panic site's trace ----

// The entry points that may raise panics (abi.h's table: may_panic and panics): the trace
// starts at the Go frame that called one. Each is two frames: its system-stack stub (the
// gc-named symbol) and its C++ implementation (entries.h).
#define ERGO_IF_PANICS_returns(...)
#define ERGO_IF_PANICS_unwinds(...)
#define ERGO_IF_PANICS_may_panic(...) __VA_ARGS__
#define ERGO_IF_PANICS_panics(...) __VA_ARGS__

#define ERGO_DECLARE_STUB(symbol, name, result, params, end) \
  ERGO_IF_PANICS_##end(extern "C" const char stub_##name[] __asm__(symbol);)
ERGO_RUNTIME_ENTRIES(ERGO_DECLARE_STUB)
#undef ERGO_DECLARE_STUB

#define ERGO_ENTRY_ADDRESSES(symbol, name, result, params, end) \
  ERGO_IF_PANICS_##end(reinterpret_cast<uintptr_t>(&name),      \
                       reinterpret_cast<uintptr_t>(stub_##name), )
const uintptr_t kPanickingEntries[] = {ERGO_RUNTIME_ENTRIES(ERGO_ENTRY_ADDRESSES)};
#undef ERGO_ENTRY_ADDRESSES

bool is_panicking_entry(uintptr_t region_start) {
  for (uintptr_t entry : kPanickingEntries) {
    if (entry == region_start) return true;
  }
  return false;
}

struct TraceState {
  Panic* p;
  bool in_entry;    // the frames of the raising entry point are being walked
  bool past_entry;  // ... and have been left
};

_Unwind_Reason_Code record_frame(_Unwind_Context* context, void* arg) {
  auto* state = static_cast<TraceState*>(arg);
  Panic* p = state->p;
  int before = 0;
  uintptr_t pc = _Unwind_GetIPInfo(context, &before);
  if (pc == 0) return _URC_END_OF_STACK;
  if (!state->past_entry) {
    if (is_panicking_entry(_Unwind_GetRegionStart(context))) {
      p->npcs = 0;  // everything so far was the runtime's own frames
      state->in_entry = true;
      return _URC_NO_REASON;
    }
    state->past_entry = state->in_entry;
  }
  if (p->npcs == kMaxPanicPcs) return _URC_END_OF_STACK;
  p->pcs[p->npcs] = pc;
  p->fps[p->npcs] = _Unwind_GetGR(context, kFramePointerRegister);
  ++p->npcs;
  return _URC_NO_REASON;
}

// Records the calling goroutine's frames in p, starting at the Go frame that called the
// raising entry point (all frames when none is found).
void capture_trace(Panic* p) {
  TraceState state{p, false, false};
  p->npcs = 0;
  _Unwind_Backtrace(&record_frame, &state);
}

// ---- The report ----

// gc walks at most 100 frames for a panic's trace (kTracebackMaxFrames), its hidden runtime
// frames included: gopanic, and for a runtime error also the function that raised it
// (goPanicIndex, panicdivide, ...). So a report shows 99 Go frames under panic(), 98 under a
// runtime error, and never reaches "...additional frames elided...", which needs 100 shown.
int hidden_frames(const Panic* p) {
  return p->by_runtime ? 2 : 1;
}

// The frames among pcs that rt::print_traceback would show (without its header), while the
// budget of walked frames lasts.
void print_go_frames(const uintptr_t* pcs, int n, int* budget) {
  int walked = n < *budget ? n : *budget;  // hidden frames count: gc walks them too
  *budget -= walked;
  GoFrames frames(pcs, walked);
  uintptr_t pc;
  SymbolInfo info;
  while (frames.next(&pc, &info)) print_frame_expanded(pc, info);
}

// The goroutine's stack as gc shows it when the panic reaches the end of the stack: gc runs
// deferred calls on top of the panicking frames, so a panic raised by a deferred call shows
// that call's frames, a `panic(...)` frame for the panic it interrupted, and that panic's own
// site. ergo unwinds as it goes, so it rebuilds that picture from the traces captured at each
// panic: the newer trace up to the frame whose landing pad ran the deferred call, then the
// older one.
void print_panic_frames(const Panic* newest) {
  int budget = kTracebackMaxFrames - hidden_frames(newest);
  for (const Panic* p = newest; p != nullptr && budget > 0; p = p->link) {
    const Panic* older = p->link;
    int cut = p->npcs;
    if (older != nullptr && older->lpad_frame != nullptr) {
      for (int i = 0; i < p->npcs; ++i) {
        if (p->fps[i] == reinterpret_cast<uintptr_t>(older->lpad_frame)) {
          cut = i;
          break;
        }
      }
    }
    print_go_frames(p->pcs, cut, &budget);
    if (cut == p->npcs || budget <= 0) return;  // the traces do not meet, or the budget is out
    // gc: `panic({0x45c0c0, 0x47b858})` (the interrupted panic's value words) at
    // runtime/panic.go, and for a runtime error the hidden frame that raised it.
    print_cstr("panic({");
    print_hex(reinterpret_cast<uintptr_t>(older->value.type));
    print_cstr(", ");
    print_hex(reinterpret_cast<uintptr_t>(older->value.data));
    print_cstr("})\n\t?:0\n");
    budget -= hidden_frames(older);
  }
}

void print_goroutine_trace(const Panic* newest) {
  G* g = current_g();
  print_cstr("\ngoroutine ");
  print_i64(g->id);
  print_cstr(" [running]:\n");
  print_panic_frames(newest);
  print_created_by(g->gopc);
}

void print_chain_oldest_first(const Panic* p) {
  if (p->link != nullptr) {
    print_chain_oldest_first(p->link);
    print_char('\t');
  }
  print_cstr("panic: ");
  print_panic_value(p->value.type, p->value.data);
  if (p->recovered) print_cstr(" [recovered]");
  print_char('\n');
}

// The end of the goroutine's stack: nothing recovered. gc's report, exit status 2.
[[noreturn]] void die_of_panic(const Panic* newest) {
  print_lock();
  print_panic_chain(newest);
  print_goroutine_trace(newest);  // the newest panic's trace, reaching back to the older ones
  print_flush();
  _exit(2);
}

_Unwind_Reason_Code stop_at_end_of_stack(int, _Unwind_Action actions, _Unwind_Exception_Class,
                                         _Unwind_Exception* exception, _Unwind_Context*, void*) {
  if (actions & _UA_END_OF_STACK) die_of_panic(panic_of(exception));
  return _URC_NO_REASON;
}

// A newer panic unwinding through the frame where an older one runs a deferred call ends
// that older panic's unwinding for good (gc's "aborted").
void mark_aborted(Panic* p, void* fp) {
  for (Panic* q = p->link; q != nullptr; q = q->link) {
    if (q->lpad_frame == fp) q->aborted = true;
  }
}

}  // namespace

Panic* panic_of(void* exception) {
  auto* header = static_cast<_Unwind_Exception*>(exception);
  if (header == nullptr || header->exception_class != kPanicExceptionClass) return nullptr;
  return reinterpret_cast<Panic*>(header);
}

void print_panic_chain(const Panic* newest) {
  if (newest == nullptr) return;
  print_chain_oldest_first(newest);
  for (const Panic* p = newest; p != nullptr; p = p->link) {
    if (!p->signal) continue;
    // gc prints the faulting pc; ergo's nil checks are calls, so the call's return address.
    print_cstr("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=");
    print_hex(p->npcs > 0 ? p->pcs[0] : 0);
    print_cstr("]\n");
    break;
  }
}

void raise_panic(const TypeDescriptor* type, void* data, PanicSource source) {
  G* g = current_g();
  Panic* p = new_panic();
  p->header.exception_class = kPanicExceptionClass;
  p->value = abi::Eface{type, data};
  p->signal = source == PanicSource::NilDeref;
  p->by_runtime = source != PanicSource::Call;
  p->link = g->panics;
  g->panics = p;
  capture_trace(p);
  _Unwind_ForcedUnwind(&p->header, &stop_at_end_of_stack, nullptr);
  die_of_panic(p);  // the unwinder could not walk the stack
}

uint8_t panicrecovered(void* exception) {
  Panic* p = panic_of(exception);
  if (p == nullptr || !p->recovered) return 0;
  G* g = current_g();
  if (g->panics != p) fatal("panicrecovered: not the innermost panic");
  // The recovered panic and the aborted ones under it are over.
  Panic* rest = p->link;
  free_panic(p);
  while (rest != nullptr && rest->aborted) {
    Panic* next = rest->link;
    free_panic(rest);
    rest = next;
  }
  g->panics = rest;
  return 1;
}

void unwindresume(void* exception) {
  _Unwind_Resume(static_cast<_Unwind_Exception*>(exception));
  fatal("unwindresume: _Unwind_Resume returned");
}

}  // namespace ergo::rt

using ergo::rt::LsdaBases;
using ergo::rt::LsdaStatus;

extern "C" _Unwind_Reason_Code ergo_personality(int version, _Unwind_Action actions,
                                                _Unwind_Exception_Class exception_class,
                                                _Unwind_Exception* exception,
                                                _Unwind_Context* context) {
  if (version != 1 || exception == nullptr || context == nullptr) return _URC_FATAL_PHASE1_ERROR;
  // Go frames have cleanups only, and only for ergo's panics: a search phase finds nothing,
  // and a foreign exception passes through without running defers.
  if ((actions & _UA_SEARCH_PHASE) || exception_class != ergo::rt::kPanicExceptionClass) {
    return _URC_CONTINUE_UNWIND;
  }
  ergo::rt::Panic* p = ergo::rt::panic_of(exception);
  void* fp = reinterpret_cast<void*>(_Unwind_GetGR(context, ergo::rt::kFramePointerRegister));
  ergo::rt::mark_aborted(p, fp);

  int before_insn = 0;
  uintptr_t pc = _Unwind_GetIPInfo(context, &before_insn);
  if (pc == 0) return _URC_CONTINUE_UNWIND;
  if (!before_insn) --pc;  // a return address: look up the call instruction itself
  LsdaBases bases;
  bases.func_start = _Unwind_GetRegionStart(context);
  bases.text = _Unwind_GetTextRelBase(context);
  bases.data = _Unwind_GetDataRelBase(context);
  auto lsda = static_cast<const uint8_t*>(_Unwind_GetLanguageSpecificData(context));
  ergo::rt::LsdaLookup found = ergo::rt::find_landing_pad(lsda, pc, bases);
  if (found.status == LsdaStatus::Malformed) ergo::rt::fatal("ergo_personality: malformed LSDA");
  if (found.status != LsdaStatus::LandingPad) return _URC_CONTINUE_UNWIND;

  p->lpad_frame = fp;
  p->running_wrapped = false;
  _Unwind_SetGR(context, __builtin_eh_return_data_regno(0), reinterpret_cast<uintptr_t>(exception));
  _Unwind_SetGR(context, __builtin_eh_return_data_regno(1), 0);  // selector 0: a cleanup
  _Unwind_SetIP(context, found.landing_pad);
  ergo::rt::resume_on_goroutine_stack();
  return _URC_INSTALL_CONTEXT;
}
