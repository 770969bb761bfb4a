// Goroutine tracebacks in gc's shape (docs/abi.md, "Names and positions"):
//
//   goroutine 1 [running]:
//   main.f(...)
//   	/abs/path/x.go:12 +0x1d
//   main.main()
//   	/abs/path/x.go:20 +0x25
//
// Capture records return addresses before anything unwinds; printing symbolizes them later
// from the executable's symbol table and DWARF line table (symbolize.h).
#pragma once

#include <cstddef>
#include <cstdint>

#include "symbolize.h"

namespace ergo::rt {

// gc's limit: frames past it are elided.
inline constexpr int kTracebackMaxFrames = 100;

// Stores return addresses of the calling thread's frames into pcs (at most max) and returns
// how many. With skip == 0, pcs[0] is capture_traceback's own return address (a pc in its
// caller); each unit of skip drops one more frame. Walks with the platform unwinder (CFI), so
// it crosses runtime C++ frames, the entry stubs' switch to the system stack and morestack
// segments, and stops at the goroutine's outermost frame.
int capture_traceback(uintptr_t* pcs, int max, int skip);

// Prints `goroutine <goid> [running]:` and the Go-visible frames among pcs (return
// addresses, as capture_traceback stores them). The caller holds the print lock.
void print_traceback(const uintptr_t* pcs, int n, int64_t goid = 1);

// One frame as print_traceback prints it. Split out for the tests.
struct TraceFrame {
  const char* name = nullptr;  // null: unknown (stripped)
  size_t name_len = 0;
  const char* dir = "";        // "" unless the file name is relative
  const char* file = nullptr;  // null: no line information
  uint32_t line = 0;
  uintptr_t pc = 0;     // the return address
  uintptr_t entry = 0;  // the function's start; 0 when unknown
};

// Whether a frame is one gc would show: Go code (a .go line on a non-zero line, or, without
// line information, a Go-looking symbol name), not the runtime's. With neither symbols nor
// lines every frame is shown, as raw pcs.
bool is_go_visible(const SymbolInfo& info);

// The frame's two lines: `name(...)` and `\tfile:line +0xoff` (`?(...)`, `\t?:0` and
// `pc=0x...` stand in for what is unknown).
void print_frame(const TraceFrame& frame);

// The frame that describes the return address pc.
TraceFrame describe_frame(uintptr_t pc, const SymbolInfo& info);

}  // namespace ergo::rt
