// The runtime functions behind stdlib's runtime, syscall and os packages (goapi.h).
#include "goapi.h"

#include <unistd.h>

#include <sys/syscall.h>
#include <time.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "format.h"
#include "g.h"
#include "scheduler.h"
#include "symbolize.h"
#include "traceback.h"
#include "unwinding.h"
#include "writer.h"

namespace ergo::rt {

namespace {

// The process arguments: glibc passes them to every .init_array function, in static and
// dynamic programs alike (and in the runtime's unit tests, whose main is Catch2's).
char** process_argv = nullptr;
char** process_envp = nullptr;

__attribute__((constructor)) void record_arguments(int /*argc*/, char** argv, char** envp) {
  process_argv = argv;
  process_envp = envp;
}

char** arguments(int64_t kind) {
  return kind == 0 ? process_argv : process_envp;
}

Pair syscall_result(long r) {
  if (r == -1) return Pair{static_cast<uint64_t>(-1), static_cast<uint64_t>(errno)};
  return Pair{static_cast<uint64_t>(r), 0};
}

bool starts_with(const char* s, size_t len, const char* prefix) {
  size_t n = strlen(prefix);
  return len >= n && memcmp(s, prefix, n) == 0;
}

bool has_name(const SymbolInfo& info, const char* name) {
  return info.name && info.name_len == strlen(name) && memcmp(info.name, name, info.name_len) == 0;
}

// A Go function of package runtime (runtime.Callers, runtime.Caller): Go code with a line.
bool is_go_runtime_function(const SymbolInfo& info) {
  return info.name && starts_with(info.name, info.name_len, "runtime.") && info.has_line &&
         info.row.line != 0;
}

}  // namespace

Pair syscall4(int64_t trap, int64_t a1, int64_t a2, int64_t a3, int64_t a4) {
  return syscall_result(syscall(trap, a1, a2, a3, a4));
}

Pair syscall6(int64_t trap, const int64_t* args) {
  return syscall_result(syscall(trap, args[0], args[1], args[2], args[3], args[4], args[5]));
}

void exit_process(int64_t code) {
  print_flush();
  _exit(static_cast<int>(code));
}

int64_t osargc(int64_t kind) {
  char** strings = arguments(kind);
  int64_t n = 0;
  while (strings != nullptr && strings[n] != nullptr) ++n;
  return n;
}

Pair osarg(int64_t kind, int64_t i) {
  const char* s = arguments(kind)[i];
  return make_pair(s, strlen(s));
}

namespace {

#if defined(__x86_64__)
constexpr int kFramePointerRegister = 6;  // rbp
#else
constexpr int kFramePointerRegister = 29;  // x29
#endif

// A stack as return addresses and the frame pointer of each frame.
struct Walk {
  static constexpr int kMax = 512;
  uintptr_t pcs[kMax];
  uintptr_t fps[kMax];
  int n = 0;
};

_Unwind_Reason_Code walk_frame(_Unwind_Context* context, void* arg) {
  auto* w = static_cast<Walk*>(arg);
  if (w->n == Walk::kMax) return _URC_END_OF_STACK;
  uintptr_t pc = _Unwind_GetIP(context);
  if (pc == 0) return _URC_END_OF_STACK;
  w->pcs[w->n] = pc;
  w->fps[w->n] = _Unwind_GetGR(context, kFramePointerRegister);
  ++w->n;
  return _URC_NO_REASON;
}

// gc runs deferred calls on top of the panicking frames, so a deferred call sees them on its
// stack; ergo has unwound them by then. While a landing pad's deferred call runs (the walk
// passes the panic's lpad_frame), the frames from there on are replaced by the trace the
// panic captured at its site, which goes on down to the goroutine's first frame; nested
// panics repeat this with the older panic's trace.
void splice_panics(Walk* w, const Panic* p) {
  for (; p != nullptr; p = p->link) {
    if (p->lpad_frame == nullptr) continue;
    uintptr_t lpad = reinterpret_cast<uintptr_t>(p->lpad_frame);
    int cut = -1;
    for (int i = 0; i < w->n; ++i) {
      if (w->fps[i] == lpad) {
        cut = i;
        break;
      }
    }
    if (cut < 0) return;  // the panic's deferred calls are not running below us
    int n = cut;
    // gc's runtime.gopanic frame, which runs the deferred call: a 0 pc marks it, with the
    // panic in place of the frame pointer (never a stack address, so never an lpad_frame).
    if (n < Walk::kMax) {
      w->pcs[n] = 0;
      w->fps[n] = reinterpret_cast<uintptr_t>(p);
      ++n;
    }
    for (int i = 0; i < p->npcs && n < Walk::kMax; ++i, ++n) {
      w->pcs[n] = p->pcs[i];
      w->fps[n] = p->fps[i];
    }
    w->n = n;
  }
}

// The entry point of panic(): its address stands for gc's runtime.gopanic frame.
extern "C" void gopanic_stub() __asm__("runtime.gopanic");

// callers' walk, used under the print lock: too big for the system stack's comfort.
Walk walk;

// The calling goroutine's stack as gc sees it, into `walk`. The caller holds the print lock.
void walk_goroutine() {
  walk.n = 0;
  _Unwind_Backtrace(walk_frame, &walk);
  splice_panics(&walk, current_g()->panics);
}

}  // namespace

int64_t callers(int64_t skip, uint64_t* out, int64_t len) {
  PrintLockGuard lock;  // symbolize's one-time setup runs under the print lock
  walk_goroutine();
  const uintptr_t* pcs = walk.pcs;
  int n = walk.n;
  // gc's list: the Go runtime function that called this entry (runtime.Callers), the Go
  // frames above it, then runtime.main (goroutine 1's outermost function).
  int first = 0;
  SymbolInfo info;
  while (first < n) {
    symbolize(pcs[first] - 1, &info);
    if (is_go_runtime_function(info)) break;
    ++first;
  }
  if (first == n) return 0;
  int64_t count = 0;
  auto add = [&](uintptr_t pc) {
    if (skip > 0) {
      --skip;
    } else if (count < len) {
      out[count++] = pc;
    }
  };
  add(pcs[first]);
  // The Go frames between gopanic marks (splice_panics), each mark as gopanic's return
  // address (one byte into the stub, so that pc - 1 names it).
  int begin = first + 1;
  while (begin <= n) {
    int end = begin;
    while (end < n && pcs[end] != 0) ++end;
    GoFrames frames(pcs + begin, end - begin);
    uintptr_t pc;
    while (frames.next(&pc, &info)) add(pc);
    if (end < n) add(reinterpret_cast<uintptr_t>(&gopanic_stub) + 1);
    begin = end + 1;
  }
  for (int i = n - 1; i > first; --i) {
    if (pcs[i] == 0) continue;
    symbolize(pcs[i] - 1, &info);
    if (has_name(info, "runtime.main")) {
      add(pcs[i]);
      break;
    }
  }
  // The goroutine's outermost frame, ergo_gostart, which plays gc's runtime.goexit (the
  // function every goroutine's first function returns into); Go code names it so.
  if (n > first + 1 && pcs[n - 1] != 0) {
    symbolize(pcs[n - 1] - 1, &info);
    if (has_name(info, "ergo_gostart")) add(pcs[n - 1]);
  }
  return count;
}

int64_t stack(uint8_t* buf, int64_t len, uint8_t /*all*/) {
  PrintLockGuard lock;
  walk_goroutine();
  PrintSink sink;
  PrintSink* old = set_print_sink(&sink);
  const G* g = current_g();
  print_cstr("goroutine ");
  print_i64(g->id);
  print_cstr(" [running]:\n");
  // The Go frames between gopanic marks (splice_panics); a mark prints as the panic frame of
  // ergo's panic reports.
  int shown = 0;
  int begin = 0;
  while (begin <= walk.n && shown <= kTracebackMaxFrames) {
    int end = begin;
    while (end < walk.n && walk.pcs[end] != 0) ++end;
    GoFrames frames(walk.pcs + begin, end - begin);
    uintptr_t pc;
    SymbolInfo info;
    while (shown <= kTracebackMaxFrames && frames.next(&pc, &info)) {
      if (shown++ == kTracebackMaxFrames) {
        print_cstr("...additional frames elided...\n");
        break;
      }
      print_frame_expanded(pc, info);
    }
    if (end < walk.n && shown < kTracebackMaxFrames) {
      const Panic* p = reinterpret_cast<const Panic*>(walk.fps[end]);
      print_cstr("panic({");
      print_hex(reinterpret_cast<uintptr_t>(p->value.type));
      print_cstr(", ");
      print_hex(reinterpret_cast<uintptr_t>(p->value.data));
      print_cstr("})\n\t?:0\n");
      ++shown;
    }
    begin = end + 1;
  }
  print_created_by(g->gopc);
  set_print_sink(old);
  int64_t n = static_cast<int64_t>(sink.len) < len ? static_cast<int64_t>(sink.len) : len;
  if (n > 0) memcpy(buf, sink.data, static_cast<size_t>(n));
  free(sink.data);
  return n;
}

uint8_t funcinfo(int64_t pc, FuncInfo* out) {
  SymbolInfo info;
  {
    PrintLockGuard lock;
    symbolize(static_cast<uintptr_t>(pc), &info);
  }
  *out = FuncInfo{};
  if (!info.name) return 0;
  out->name =
      abi::String{reinterpret_cast<const uint8_t*>(info.name), static_cast<int64_t>(info.name_len)};
  out->entry = info.entry;
  if (info.has_line) {
    out->dir = abi::String{reinterpret_cast<const uint8_t*>(info.row.dir),
                           static_cast<int64_t>(strlen(info.row.dir))};
    out->file = abi::String{reinterpret_cast<const uint8_t*>(info.row.file),
                            static_cast<int64_t>(strlen(info.row.file))};
    out->line = info.row.line;
  }
  return 1;
}

uint8_t inlineinfo(int64_t pc, int64_t level, FuncInfo* out) {
  SymbolInfo info;
  constexpr int kMaxInlined = 32;
  InlinedCall chain[kMaxInlined];
  int n = 0;
  {
    PrintLockGuard lock;
    symbolize(static_cast<uintptr_t>(pc), &info);
    if (info.name) n = inline_chain(static_cast<uintptr_t>(pc), chain, kMaxInlined);
  }
  *out = FuncInfo{};
  if (!info.name || level < 0 || level > n) return 0;
  // Level 0 is the innermost inlined call (at pc's own line), level n the function that
  // the symbol table names (at the outermost call's line).
  const char* name = level < n ? chain[n - 1 - level].name : info.name;
  size_t name_len = level < n ? chain[n - 1 - level].name_len : info.name_len;
  out->name = abi::String{reinterpret_cast<const uint8_t*>(name), static_cast<int64_t>(name_len)};
  out->entry = info.entry;
  LineRow row;
  bool has_row = false;
  if (level == 0) {
    row = info.row;
    has_row = info.has_line;
  } else if (chain[n - level].call.file[0]) {
    row = chain[n - level].call;
    has_row = true;
  }
  if (has_row) {
    out->dir = abi::String{reinterpret_cast<const uint8_t*>(row.dir),
                           static_cast<int64_t>(strlen(row.dir))};
    out->file = abi::String{reinterpret_cast<const uint8_t*>(row.file),
                            static_cast<int64_t>(strlen(row.file))};
    out->line = row.line;
  }
  return 1;
}

int64_t numgoroutine() {
  int64_t n = 0;
  for_each_g(
      [](G* g, void* arg) {
        if (g->status == GStatus::Runnable || g->status == GStatus::Running ||
            g->status == GStatus::Waiting)
          ++*static_cast<int64_t*>(arg);
      },
      &n);
  return n;
}

void keepalive(void* /*p*/) {}

void breakpoint() {
  __builtin_debugtrap();
}

Pair walltime() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return Pair{static_cast<uint64_t>(ts.tv_sec), static_cast<uint64_t>(ts.tv_nsec)};
}

int64_t nanotime() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

}  // namespace ergo::rt
