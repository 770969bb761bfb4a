// (Not sched.h: the runtime directory is on the include path, and libc's <sched.h> must win.)
// The scheduler, TEMPORARY form (docs/runtime.md, "Scheduler"): one run queue, and one
// thread at a time runs goroutines (a single "P"), cooperatively. Threads (Ms) exist so
// that a goroutine can move between them (ergotest_migrate); the M:N scheduler replaces this.
#pragma once

#include <cstdint>

#include "entries.h"
#include "g.h"

// Runtime functions that Go code reaches through bodyless //go:linkname declarations
// instead of abi.h's table (the compiler calls them with the same convention), and internal
// ones that runtime assembly calls. Same shape as ERGO_RUNTIME_ENTRIES; each gets a
// system-stack stub.
//   ergotest_*: test hooks for testdata/abi (not part of Go's runtime API).
#define ERGO_RUNTIME_HOOKS(X)                                         \
  X("runtime.ergotest_unparkall", ergotest_unparkall, 'v', "", false) \
  X("runtime.ergotest_rss", ergotest_rss, 'i', "", false)             \
  X("runtime.ergotest_gid", ergotest_gid, 'i', "", false)             \
  X("runtime.ergotest_tid", ergotest_tid, 'i', "", false)             \
  X("ergo.mainexit", mainexit, 'v', "", true)

// Hooks that suspend the calling goroutine: the stub saves its context and calls
// impl(G*) on the system stack, which never returns; the goroutine resumes later, maybe on
// another thread. ERGO_SWITCH_HOOK(symbol, cxx_name)
#define ERGO_RUNTIME_SWITCH_HOOKS(X)                     \
  X("runtime.Gosched", gosched_switch)                   \
  X("runtime.ergotest_park", ergotest_park_switch)       \
  X("runtime.ergotest_migrate", ergotest_migrate_switch) \
  X("ergo.goexit", goexit_switch)

namespace ergo::rt {

struct M;

void ergotest_unparkall();  // every parked goroutine back on the run queue, in park order
int64_t ergotest_rss();     // resident set size in bytes (/proc/self/statm)
int64_t ergotest_gid();     // the current goroutine's id
int64_t ergotest_tid();     // the current thread's id
void mainexit();            // main.main returned: exit(0)

[[noreturn]] void gosched_switch(G* g);
[[noreturn]] void ergotest_park_switch(G* g);     // park g until ergotest_unparkall
[[noreturn]] void ergotest_migrate_switch(G* g);  // resume g on another thread, return its tid
[[noreturn]] void goexit_switch(G* g);            // g's function returned

#define ERGO_RT_DECLARE_SWITCH_HOOK(symbol, name) \
  [[noreturn]] void name(G* g) __asm__("ergo.impl." symbol);
ERGO_RUNTIME_HOOKS(ERGO_RT_DECLARE_ENTRY)
ERGO_RUNTIME_SWITCH_HOOKS(ERGO_RT_DECLARE_SWITCH_HOOK)
#undef ERGO_RT_DECLARE_SWITCH_HOOK

// Turns the calling thread (the process's main thread) into the first M, runs `body` as
// goroutine 1 and never returns: the program ends when body calls ergo.mainexit.
[[noreturn]] void run_main(const void* closure);

// Runs goroutines on the calling thread until none is runnable, then returns (the calling
// thread becomes an M for good). For tests, whose main is Catch2's.
void run_until_idle();

// A new runnable goroutine that calls the func() value `closure` (runtime.newproc's work);
// `gopc` is the go statement's return address for its traceback (G::gopc).
G* newproc_g(const void* closure, uintptr_t gopc = 0);

// Calls visit(g, arg) for every G ever made, the running, runnable, waiting and dead ones
// (status tells them apart), for stack scans and tracebacks of all goroutines. Holds the
// scheduler lock: visit must not park, switch or create goroutines.
void for_each_g(void (*visit)(G* g, void* arg), void* arg);

// Number of threads the scheduler has started (tests).
int64_t thread_count();

}  // namespace ergo::rt
