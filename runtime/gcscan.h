// A test-only conservative root scan (docs/abi.md, "GC metadata"): proves that the metadata
// a collector needs finds every live heap object. Roots are the package variables (precise,
// from the compiler's ergo_gcroots map), the saved registers including vector registers and
// the stack (conservative: every word); heap objects are scanned precisely through their type
// bitmaps. A word pointing anywhere into an object, or one past its end, keeps it live.
//
// gcscan.cpp is linked into a program only when it calls one of the Go test hooks:
//   runtime.ergotest_unreachable() int  objects still counted that the scan did not reach
//   runtime.ergotest_forget()           stop counting every object allocated so far (they
//                                       are still scanned when reached)
//   runtime.ergotest_allocs() int       objects counted (allocated since the last forget)
//   runtime.ergotest_vector_register_root() int  0 when vector_register_root_check passes
#pragma once

#include <cstddef>
#include <cstdint>

#include "abi/abi.h"

namespace ergo::rt::gcscan {

// One heap object known to the scan.
struct Object {
  uintptr_t start;
  uint64_t size;
  const abi::TypeDescriptor* type;  // nullptr: pointer-free; else size / type->size values
  bool counted;                     // reported by unreachable() when not marked
  bool marked;
};

// The objects of one scan and its mark worklist. Callers provide the storage: `worklist`
// must have room for `count` entries.
struct ObjectSet {
  Object* objects;
  size_t count;
  size_t* worklist;
  size_t pending = 0;
};

// Sorts the objects by address and clears their marks; call before marking.
void prepare(ObjectSet& set);

// Marks the object that `word` points into (or one past the end of), if any.
void mark_word(ObjectSet& set, uintptr_t word);

// Conservative: every 8-byte-aligned word in [lo, hi).
void scan_conservative(ObjectSet& set, const void* lo, const void* hi);

// Precise: the pointer words of `size / type->size` consecutive values of `type` at p.
void scan_typed(ObjectSet& set, const void* p, const abi::TypeDescriptor* type, uint64_t size);

// The package variables listed in [begin, end).
void scan_global_roots(ObjectSet& set, const abi::GCRoot* begin, const abi::GCRoot* end);

// Scans every marked object precisely until no new object is marked.
void mark_reachable(ObjectSet& set);

// Objects counted but not marked.
size_t count_unmarked(const ObjectSet& set);

// The linker-collected map of every package's pointer-holding variables.
const abi::GCRoot* global_roots_begin();
const abi::GCRoot* global_roots_end();

// Spills every general-purpose and vector register into `words` (kSpillWords words):
// amd64 16 GPRs and xmm0-15, arm64 x0-x30, sp and v0-v31.
inline constexpr size_t kSpillWords = 96;
extern "C" void ergo_gcscan_spill_registers(uint64_t* words);

// The whole scan over the allocator's registry. Roots: the package variables, the registers,
// the running thread's stack from sp (its system stack when called through a hook's stub),
// every segment of the current goroutine's stack, and the current G's defers, panics and
// func value. Returns how many counted objects it missed.
int64_t unreachable_objects();

// The registry's test hooks (exposed to Go as runtime.ergotest_*).
void forget_objects();
int64_t counted_objects();

// Allocates an object whose address is then held only in a vector register (xmm15, v31)
// while the scan runs: 0 when the scan finds it there and, once the register is cleared, no
// longer finds it. Forgets every object before and after.
int64_t vector_register_root_check();

}  // namespace ergo::rt::gcscan
