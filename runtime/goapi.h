// The runtime functions behind stdlib's runtime, syscall and os packages (docs/runtime.md,
// "The Go API"), which Go code reaches through bodyless //go:linkname declarations, as
// scheduler.h's hooks. Same shape as ERGO_RUNTIME_ENTRIES; each gets a system-stack stub
// (systemstack.cpp):
//   syscall4(trap, a1, a2, a3, a4) -> {r1, errno}   a raw Linux system call with at most four
//   syscall6(trap, args *[6]uintptr) -> {r1, errno} ... or six arguments; errno 0 on success
//   exit(code)                                      flushes the print buffer and ends the process
//   osargc(kind) -> n                               number of process arguments (kind 0) or
//                                                   environment strings (kind 1)
//   osarg(kind, i) -> string                        the i-th one, a string into the process's
//                                                   own argument memory (never freed)
//   callers(skip, pcs, len) -> n                    runtime.Callers: the calling Go runtime
//                                                   function's pc, the Go frames above it and
//                                                   runtime.main, skip of them dropped
//   inlineinfo(pc, level, out) -> ok               level `level` of the calls inlined at pc
//                                                   (0: innermost; the last: the function)
//   stack(buf, len, all) -> n                       runtime.Stack: the calling goroutine's
//                                                   trace as gc prints it, cut to len bytes
//   funcinfo(pc, out *FuncInfo) -> ok               what the executable says about pc
//   numgoroutine() -> n                             goroutines that have not exited
//   keepalive(p)                                    nothing: a call keeps p live up to it
//   walltime() -> {sec, nsec}                       CLOCK_REALTIME: seconds since 1970 and
//                                                   nanoseconds 0..999999999
//   Breakpoint()                                    runtime.Breakpoint: a breakpoint trap
//   memstats(out *[3]uint64)                        the allocator's counts (alloc.cpp): objects
//                                                   and bytes allocated, bytes mapped
//   nanotime() -> ns                                CLOCK_MONOTONIC in nanoseconds
#pragma once

#include <cstdint>

#include "entries.h"

#define ERGO_RUNTIME_API_HOOKS(X)                         \
  X("runtime.syscall4", syscall4, 'P', "iiiii", false)    \
  X("runtime.syscall6", syscall6, 'P', "ip", false)       \
  X("runtime.exit", exit_process, 'v', "i", true)         \
  X("runtime.osargc", osargc, 'i', "i", false)            \
  X("runtime.osarg", osarg, 'P', "ii", false)             \
  X("runtime.callers", callers, 'i', "ipi", false)        \
  X("runtime.funcinfo", funcinfo, 'b', "ip", false)       \
  X("runtime.inlineinfo", inlineinfo, 'b', "iip", false)  \
  X("runtime.stack", stack, 'i', "pib", false)            \
  X("runtime.numgoroutine", numgoroutine, 'i', "", false) \
  X("runtime.keepalive", keepalive, 'v', "p", false)      \
  X("runtime.walltime", walltime, 'P', "", false)         \
  X("runtime.nanotime", nanotime, 'i', "", false)         \
  X("runtime.Breakpoint", breakpoint, 'v', "", false)     \
  X("runtime.memstats", memstats, 'v', "p", false)

namespace ergo::rt {

// What funcinfo reports, laid out as the Go struct stdlib/runtime/symtab.go declares: Go
// strings (pointer, length) into the mapped executable.
struct FuncInfo {
  abi::String name;  // the symbol (Go code elides generic type arguments, as gc prints them)
  abi::String dir;   // "" unless the line table records a relative file name
  abi::String file;  // "" without line information
  int64_t line;
  uint64_t entry;
};

Pair syscall4(int64_t trap, int64_t a1, int64_t a2, int64_t a3, int64_t a4);
Pair syscall6(int64_t trap, const int64_t* args);
void exit_process(int64_t code);
int64_t osargc(int64_t kind);
Pair osarg(int64_t kind, int64_t i);
int64_t callers(int64_t skip, uint64_t* pcs, int64_t len);
uint8_t funcinfo(int64_t pc, FuncInfo* out);
uint8_t inlineinfo(int64_t pc, int64_t level, FuncInfo* out);
int64_t stack(uint8_t* buf, int64_t len, uint8_t all);
int64_t numgoroutine();
void keepalive(void* p);
Pair walltime();
int64_t nanotime();
void breakpoint();
void memstats(uint64_t* out);

ERGO_RUNTIME_API_HOOKS(ERGO_RT_DECLARE_ENTRY)

}  // namespace ergo::rt
