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

// Prints `goroutine <goid> [running]:` and the frames among pcs (return addresses, as
// capture_traceback stores them) that GoFrames shows, then, for a goroutine created by a go
// statement, gc's `created by` lines for `creator_pc` (G::gopc; 0 for none). `first_is_pc`:
// pcs[0] is the pc of a faulting instruction, not a return address. The caller holds the
// print lock.
void print_traceback(const uintptr_t* pcs, int n, int64_t goid = 1, uintptr_t creator_pc = 0,
                     bool first_is_pc = false);

// gc's last lines for a goroutine that a go statement started: `created by main.main` and
// `\tfile:line +0xoff` of the go statement (creator_pc, the return address of its
// runtime.newproc call). Nothing when creator_pc is 0 or not in Go code.
void print_created_by(uintptr_t creator_pc);

// What a frame is to a Go-visible trace.
enum class FrameKind : uint8_t {
  Go,          // shown
  Hidden,      // the runtime's, C++ or libc code (!is_go_visible)
  Wrapper,     // `F.deferwrapN` / `F.gowrapN`, the closure the compiler makes for `defer f(x)`
               // and `go f(x)`, and `T.M-fm`, a method value's function: hidden as gc hides
               // its wrappers, except as the innermost frame
               // (the wrapper itself panicked: `defer panic(v)`, a nil func value)
  Trampoline,  // `F·morestack`: hidden together with its caller, the frame of F that ran out
               // of stack in its prologue; F goes on in the frame the trampoline called
};
FrameKind classify_frame(const SymbolInfo& info);

// Walks return addresses innermost first and yields the frames gc would show (FrameKind).
// Symbolizes: the caller holds the print lock.
class GoFrames {
 public:
  // first_is_pc: pcs[0] is an instruction's own pc (a fault's), the others return addresses.
  GoFrames(const uintptr_t* pcs, int n, bool first_is_pc = false)
      : pcs_(pcs), n_(n), first_is_pc_(first_is_pc) {}
  // The next shown frame's return address and symbol information; false at the end.
  bool next(uintptr_t* pc, SymbolInfo* info);

 private:
  const uintptr_t* pcs_;
  int n_;
  bool first_is_pc_;
  int i_ = 0;
  bool shown_ = false;  // a frame was shown: wrappers are hidden from now on
};

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

// Prints the frame of return address pc (print_frame) preceded by the frames of the calls the
// compiler inlined there, innermost first, as gc prints them: `name(...)` and `\tfile:line`.
void print_frame_expanded(uintptr_t pc, const SymbolInfo& info);

// The frame that describes the return address pc.
TraceFrame describe_frame(uintptr_t pc, const SymbolInfo& info);

}  // namespace ergo::rt
