#include "traceback.h"

#include <unwind.h>
#include <cstring>

#include "abi/abi.h"
#include "format.h"
#include "systemstack.h"
#include "writer.h"

namespace ergo::rt {

namespace {

struct CaptureState {
  uintptr_t* pcs;
  int max;
  int skip;
  int n;
};

_Unwind_Reason_Code capture_frame(_Unwind_Context* context, void* arg) {
  auto* state = static_cast<CaptureState*>(arg);
  if (state->skip > 0) {
    --state->skip;
    return _URC_NO_REASON;
  }
  if (state->n >= state->max) return _URC_END_OF_STACK;
  uintptr_t pc = _Unwind_GetIP(context);
  if (pc == 0) return _URC_END_OF_STACK;
  state->pcs[state->n++] = pc;
  return _URC_NO_REASON;
}

bool starts_with(const char* s, size_t len, const char* prefix) {
  size_t n = strlen(prefix);
  return len >= n && memcmp(s, prefix, n) == 0;
}

bool contains(const char* s, size_t len, const char* part) {
  size_t n = strlen(part);
  for (size_t i = 0; i + n <= len; ++i)
    if (memcmp(s + i, part, n) == 0) return true;
  return false;
}

bool ends_with(const char* s, size_t len, const char* suffix) {
  size_t n = strlen(suffix);
  return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

bool ends_with(const char* s, const char* suffix) {
  return ends_with(s, strlen(s), suffix);
}

// `main.g.deferwrap1`, `main.main.gowrap2` (compiler/ir/builder.cpp names them).
bool is_wrapper_name(const char* name, size_t len) {
  size_t end = len;
  while (end > 0 && name[end - 1] >= '0' && name[end - 1] <= '9') --end;
  if (end < len && (ends_with(name, end, ".deferwrap") || ends_with(name, end, ".gowrap")))
    return true;
  // A method value's function (`main.T.M-fm`), which gc marks as a wrapper too.
  return ends_with(name, len, "-fm");
}

// `main.rec·morestack` (compiler/lower/stackcheck.cpp; U+00B7 in UTF-8).
bool is_trampoline_name(const char* name, size_t len) {
  return ends_with(name, len, "\xc2\xb7morestack");
}

// A function whose frame is too large for the prologue check runs as `F·body` behind a
// wrapper F that checks for it (compiler/lower/stackcheck.cpp); traces call it F, as gc does.
size_t go_name_len(const char* name, size_t len) {
  return ends_with(name, len,
                   "\xc2\xb7"
                   "body")
             ? len - 6
             : len;
}

// Without line information: Go symbols are `path.Name` (gc's spelling); C++ symbols are
// mangled (`_Z...`), C ones have no dot, and GCC's clones in static glibc (`f.cold`,
// `f.part.0`, ...) are told apart by their suffixes.
bool looks_like_go_symbol(const char* name, size_t len) {
  if (len == 0 || name[0] == '_' || name[0] == '.' || !memchr(name, '.', len)) return false;
  static const char* const kCloneSuffixes[] = {".cold", ".part.", ".isra.", ".constprop.",
                                               ".lto_priv."};
  for (const char* suffix : kCloneSuffixes)
    if (contains(name, len, suffix)) return false;
  return true;
}

// Functions the spec gives no parameters: main.main and package initialisers (`p.init`,
// `p.init.0`). gc prints their frames as `main.main()`.
bool takes_no_arguments(const char* name, size_t len) {
  if (len == 9 && memcmp(name, "main.main", 9) == 0) return true;
  const char* end = name + len;
  const char* p = end;
  while (p > name && p[-1] >= '0' && p[-1] <= '9') --p;
  if (p < end && p > name && p[-1] == '.') end = p - 1;  // drop `.N`
  size_t n = static_cast<size_t>(end - name);
  return n > 5 && memcmp(end - 5, ".init", 5) == 0;
}

// Prints a function's name as gc's traces do: an instance of a generic function or of a
// method of a generic type shows its type arguments as `[...]` (`main.Sum[...]`,
// `main.(*List[...]).Push`), whatever they are.
void print_go_name(const char* name, size_t len) {
  size_t depth = 0, start = 0;
  for (size_t i = 0; i < len; ++i) {
    if (name[i] == '[') {
      if (depth++ == 0) {
        print_bytes(name + start, i - start);
        print_cstr("[...");
      }
    } else if (name[i] == ']' && depth > 0) {
      if (--depth == 0) start = i;  // the `]` is printed with what follows
    }
  }
  if (depth == 0) print_bytes(name + start, len - start);
}

}  // namespace

__attribute__((noinline)) int capture_traceback(uintptr_t* pcs, int max, int skip) {
  // The unwinder's first frame is this function itself (its pc is inside it): dropped.
  CaptureState state{pcs, max, skip + 1, 0};
  if (max <= 0) return 0;
  _Unwind_Backtrace(capture_frame, &state);
  return state.n;
}

bool is_go_visible(const SymbolInfo& info) {
  // gc hides the runtime's own frames from panic traces.
  if (info.name && (starts_with(info.name, info.name_len, "runtime.") ||
                    starts_with(info.name, info.name_len, "ergo.")))
    return false;
  if (info.has_line) return info.row.line != 0 && ends_with(info.row.file, ".go");
  if (info.name) return looks_like_go_symbol(info.name, info.name_len);
  return !info.image_has_symbols;
}

FrameKind classify_frame(const SymbolInfo& info) {
  if (info.name && is_trampoline_name(info.name, info.name_len)) return FrameKind::Trampoline;
  if (!is_go_visible(info)) return FrameKind::Hidden;
  if (info.name && is_wrapper_name(info.name, info.name_len)) return FrameKind::Wrapper;
  return FrameKind::Go;
}

bool GoFrames::next(uintptr_t* pc, SymbolInfo* info) {
  while (i_ < n_) {
    bool exact = first_is_pc_ && i_ == 0;
    uintptr_t p = pcs_[i_++];
    // A return address follows the call: the call's line is one byte back.
    symbolize(exact ? p : p - 1, info);
    switch (classify_frame(*info)) {
      case FrameKind::Trampoline:
        ++i_;  // and its caller
        continue;
      case FrameKind::Hidden:
        continue;
      case FrameKind::Wrapper:
        if (shown_) continue;
        break;
      case FrameKind::Go:
        break;
    }
    shown_ = true;
    *pc = p;
    return true;
  }
  return false;
}

TraceFrame describe_frame(uintptr_t pc, const SymbolInfo& info) {
  TraceFrame f;
  f.pc = pc;
  f.name = info.name;
  f.name_len = info.name ? go_name_len(info.name, info.name_len) : 0;
  f.entry = info.name ? info.entry : 0;
  if (info.has_line) {
    f.dir = info.row.dir;
    f.file = info.row.file;
    f.line = info.row.line;
  }
  return f;
}

namespace {

// A frame's second line: `\tfile:line +0xoff`.
void print_location(const TraceFrame& frame) {
  print_char('\t');
  if (frame.file) {
    if (frame.dir[0]) {
      print_cstr(frame.dir);
      print_char('/');
    }
    print_cstr(frame.file);
    print_char(':');
    print_u64(frame.line);
  } else {
    print_cstr("?:0");
  }
  if (frame.entry) {
    print_cstr(" +");
    print_hex(frame.pc - frame.entry);
  } else {
    // A static executable's pcs are link-time addresses: `addr2line -e` on an unstripped
    // copy of the binary finds the line.
    print_cstr(" pc=");
    print_hex(frame.pc);
  }
  print_char('\n');
}

}  // namespace

void print_frame(const TraceFrame& frame) {
  // gc prints the argument words in hex; ergo has no argument metadata and prints (...),
  // gc's own spelling for a frame whose arguments it cannot show (an inlined call), except
  // for the functions that have no parameters at all.
  if (frame.name) {
    print_go_name(frame.name, frame.name_len);
    print_cstr(takes_no_arguments(frame.name, frame.name_len) ? "()" : "(...)");
  } else {
    print_cstr("?(...)");
  }
  print_char('\n');
  print_location(frame);
}

void print_frame_expanded(uintptr_t pc, const SymbolInfo& info) {
  TraceFrame frame = describe_frame(pc, info);
  constexpr int kMaxInlined = 32;
  InlinedCall chain[kMaxInlined];
  // pc is a return address: the call instruction is one byte back (as symbolize's lookup).
  int n = frame.name && frame.file ? inline_chain(pc - 1, chain, kMaxInlined) : 0;
  for (int i = n - 1; i >= 0; --i) {
    // Level i runs at the innermost position (the frame's own line) or where it calls the
    // next inlined level. gc prints inlined frames as `name(...)` without an offset, and
    // hides the runtime's own functions.
    const LineRow& at = i == n - 1 ? LineRow{frame.dir, frame.file, frame.line} : chain[i + 1].call;
    if (strncmp(chain[i].name, "runtime.", 8) == 0) continue;
    print_go_name(chain[i].name, chain[i].name_len);
    print_cstr("(...)\n\t");
    if (at.dir[0]) {
      print_cstr(at.dir);
      print_char('/');
    }
    print_cstr(at.file);
    print_char(':');
    print_u64(at.line);
    print_char('\n');
  }
  if (n > 0 && chain[0].call.file[0]) {
    frame.dir = chain[0].call.dir;
    frame.file = chain[0].call.file;
    frame.line = chain[0].call.line;
  }
  print_frame(frame);
}

void print_traceback(const uintptr_t* pcs, int n, int64_t goid, uintptr_t creator_pc,
                     bool first_is_pc) {
  print_cstr("goroutine ");
  print_i64(goid);
  print_cstr(" [running]:\n");
  int shown = 0;
  GoFrames frames(pcs, n, first_is_pc);
  uintptr_t pc;
  SymbolInfo info;
  while (frames.next(&pc, &info)) {
    if (shown == kTracebackMaxFrames) {
      print_cstr("...additional frames elided...\n");
      break;
    }
    print_frame_expanded(pc, info);
    ++shown;
  }
  print_created_by(creator_pc);
}

void print_created_by(uintptr_t creator_pc) {
  if (creator_pc == 0) return;
  SymbolInfo info;
  symbolize(creator_pc - 1, &info);
  if (classify_frame(info) != FrameKind::Go || !info.name) return;
  print_cstr("created by ");
  print_go_name(info.name, go_name_len(info.name, info.name_len));
  print_char('\n');
  print_location(describe_frame(creator_pc, info));
}

// ---- Test hooks for Go programs (testdata/abi/traceback.go), through //go:linkname ----
//
// Each describes the skip-th Go-visible frame above the Go function that calls the hook (0:
// that function itself), as runtime.Caller would. Not part of the ABI table, only for tests;
// like every runtime entry, each is an assembly stub (the gc-named symbol) that runs the C++
// implementation `ergo.impl.<symbol>` on the system stack (systemstack.h), whose unwind
// information leads the unwinder back to the Go frames.

namespace {

bool go_caller(int64_t skip, SymbolInfo* out) {
  uintptr_t pcs[64];
  PrintLockGuard lock;  // symbolize's one-time setup runs under the print lock
  // The stubs, the hooks and go_caller are runtime frames, which GoFrames drops.
  int n = capture_traceback(pcs, 64, 0);
  GoFrames frames(pcs, n);
  uintptr_t pc;
  while (frames.next(&pc, out)) {
    if (skip-- == 0) return true;
  }
  *out = SymbolInfo{};
  return false;
}

}  // namespace

// The hooks are called from Go, never from C++: declared here only to name them.
#define ERGO_CALLER_HOOKS(X)                                       \
  X("runtime.ergotest_callername", ergotest_callername, abi::Pair) \
  X("runtime.ergotest_callerfile", ergotest_callerfile, abi::Pair) \
  X("runtime.ergotest_callerline", ergotest_callerline, int64_t)
#define ERGO_DECLARE_CALLER_HOOK(symbol, name, result)    \
  result name(int64_t skip) __asm__("ergo.impl." symbol); \
  asm(ERGO_SYSTEMSTACK_STUB(symbol, "ergo.impl." symbol));
ERGO_CALLER_HOOKS(ERGO_DECLARE_CALLER_HOOK)
#undef ERGO_DECLARE_CALLER_HOOK

__attribute__((noinline)) abi::Pair ergotest_callername(int64_t skip) {
  SymbolInfo info;
  if (!go_caller(skip, &info) || !info.name) return abi::Pair{0, 0};
  return abi::Pair{reinterpret_cast<uint64_t>(info.name), go_name_len(info.name, info.name_len)};
}

__attribute__((noinline)) abi::Pair ergotest_callerfile(int64_t skip) {
  SymbolInfo info;
  if (!go_caller(skip, &info) || !info.has_line) return abi::Pair{0, 0};
  // ergo records absolute file names, so the directory is empty.
  return abi::Pair{reinterpret_cast<uint64_t>(info.row.file), strlen(info.row.file)};
}

__attribute__((noinline)) int64_t ergotest_callerline(int64_t skip) {
  SymbolInfo info;
  if (!go_caller(skip, &info) || !info.has_line) return 0;
  return info.row.line;
}

}  // namespace ergo::rt
