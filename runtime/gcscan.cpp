// The test-only conservative root scan (gcscan.h) and the allocation registry it scans.
#include "gcscan.h"

#include <cstdlib>

#include "alloc.h"
#include "panic.h"

// The lowest and highest addresses of the section the linker fills with every package's
// GCRoot table (abi.h). Weak: a program without pointer-holding variables has no section.
extern "C" const ergo::abi::GCRoot __start_ergo_gcroots[] __attribute__((weak));
extern "C" const ergo::abi::GCRoot __stop_ergo_gcroots[] __attribute__((weak));

// glibc: the top of the main thread's stack (just below argv).
extern "C" void* __libc_stack_end;

// ergo_gcscan_spill_registers(words): stores every general-purpose register, the stack
// pointer and every vector register (whole 128 bits) into words[0..kSpillWords).
#if defined(__x86_64__)
__asm__(R"(
  .text
  .globl ergo_gcscan_spill_registers
  .type ergo_gcscan_spill_registers, @function
ergo_gcscan_spill_registers:
  .cfi_startproc
  movq %rax, 0(%rdi)
  movq %rbx, 8(%rdi)
  movq %rcx, 16(%rdi)
  movq %rdx, 24(%rdi)
  movq %rsi, 32(%rdi)
  movq %rdi, 40(%rdi)
  movq %rbp, 48(%rdi)
  movq %rsp, 56(%rdi)
  movq %r8, 64(%rdi)
  movq %r9, 72(%rdi)
  movq %r10, 80(%rdi)
  movq %r11, 88(%rdi)
  movq %r12, 96(%rdi)
  movq %r13, 104(%rdi)
  movq %r14, 112(%rdi)
  movq %r15, 120(%rdi)
  movdqu %xmm0, 128(%rdi)
  movdqu %xmm1, 144(%rdi)
  movdqu %xmm2, 160(%rdi)
  movdqu %xmm3, 176(%rdi)
  movdqu %xmm4, 192(%rdi)
  movdqu %xmm5, 208(%rdi)
  movdqu %xmm6, 224(%rdi)
  movdqu %xmm7, 240(%rdi)
  movdqu %xmm8, 256(%rdi)
  movdqu %xmm9, 272(%rdi)
  movdqu %xmm10, 288(%rdi)
  movdqu %xmm11, 304(%rdi)
  movdqu %xmm12, 320(%rdi)
  movdqu %xmm13, 336(%rdi)
  movdqu %xmm14, 352(%rdi)
  movdqu %xmm15, 368(%rdi)
  ret
  .cfi_endproc
  .size ergo_gcscan_spill_registers, .-ergo_gcscan_spill_registers
)");
#define ERGO_GCSCAN_SP_WORD 7
#elif defined(__aarch64__)
__asm__(R"(
  .text
  .globl ergo_gcscan_spill_registers
  .type ergo_gcscan_spill_registers, %function
ergo_gcscan_spill_registers:
  .cfi_startproc
  stp x0, x1, [x0, #0]
  stp x2, x3, [x0, #16]
  stp x4, x5, [x0, #32]
  stp x6, x7, [x0, #48]
  stp x8, x9, [x0, #64]
  stp x10, x11, [x0, #80]
  stp x12, x13, [x0, #96]
  stp x14, x15, [x0, #112]
  stp x16, x17, [x0, #128]
  stp x18, x19, [x0, #144]
  stp x20, x21, [x0, #160]
  stp x22, x23, [x0, #176]
  stp x24, x25, [x0, #192]
  stp x26, x27, [x0, #208]
  stp x28, x29, [x0, #224]
  mov x9, sp
  stp x30, x9, [x0, #240]
  add x9, x0, #256
  st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9], #64
  st1 {v4.2d, v5.2d, v6.2d, v7.2d}, [x9], #64
  st1 {v8.2d, v9.2d, v10.2d, v11.2d}, [x9], #64
  st1 {v12.2d, v13.2d, v14.2d, v15.2d}, [x9], #64
  st1 {v16.2d, v17.2d, v18.2d, v19.2d}, [x9], #64
  st1 {v20.2d, v21.2d, v22.2d, v23.2d}, [x9], #64
  st1 {v24.2d, v25.2d, v26.2d, v27.2d}, [x9], #64
  st1 {v28.2d, v29.2d, v30.2d, v31.2d}, [x9], #64
  ret
  .cfi_endproc
  .size ergo_gcscan_spill_registers, .-ergo_gcscan_spill_registers
)");
#define ERGO_GCSCAN_SP_WORD 31
#else
#error "gcscan.cpp: unsupported architecture"
#endif

namespace ergo::rt {

// Exposed to Go through bodyless //go:linkname declarations (gcscan.h).
int64_t ergotest_unreachable() __asm__("runtime.ergotest_unreachable");
void ergotest_forget() __asm__("runtime.ergotest_forget");
int64_t ergotest_allocs() __asm__("runtime.ergotest_allocs");

namespace gcscan {

namespace {

// ---- the registry: every heap allocation since the program started ----

struct Registry {
  Object* objects = nullptr;
  size_t count = 0;
  size_t capacity = 0;
  bool locked = false;
};
Registry registry;

void lock_registry() {
  while (__atomic_test_and_set(&registry.locked, __ATOMIC_ACQUIRE)) {
  }
}
void unlock_registry() {
  __atomic_clear(&registry.locked, __ATOMIC_RELEASE);
}

int by_start(const void* a, const void* b) {
  uintptr_t x = static_cast<const Object*>(a)->start, y = static_cast<const Object*>(b)->start;
  return x < y ? -1 : (x > y ? 1 : 0);
}

}  // namespace

// ---- marking ----

void prepare(ObjectSet& set) {
  qsort(set.objects, set.count, sizeof(Object), by_start);
  for (size_t i = 0; i < set.count; ++i) set.objects[i].marked = false;
  set.pending = 0;
}

namespace {
void mark_index(ObjectSet& set, size_t i) {
  if (set.objects[i].marked) return;
  set.objects[i].marked = true;
  set.worklist[set.pending++] = i;
}
}  // namespace

void mark_word(ObjectSet& set, uintptr_t word) {
  // The last object starting at or below word.
  size_t lo = 0, hi = set.count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (set.objects[mid].start <= word)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0) return;
  size_t i = lo - 1;
  const Object& o = set.objects[i];
  if (word <= o.start + o.size) mark_index(set, i);
  // One past the end of the previous object, when it ends where this one starts.
  if (word == o.start && i > 0) {
    const Object& prev = set.objects[i - 1];
    if (prev.start + prev.size == word) mark_index(set, i - 1);
  }
}

void scan_conservative(ObjectSet& set, const void* lo, const void* hi) {
  uintptr_t p = (reinterpret_cast<uintptr_t>(lo) + 7) & ~uintptr_t{7};
  uintptr_t end = reinterpret_cast<uintptr_t>(hi);
  for (; p + 8 <= end; p += 8) mark_word(set, *reinterpret_cast<const uintptr_t*>(p));
}

void scan_typed(ObjectSet& set, const void* p, const abi::TypeDescriptor* type, uint64_t size) {
  if (type == nullptr || type->ptrdata == 0 || type->size == 0) return;
  const uint8_t* base = static_cast<const uint8_t*>(p);
  uint64_t words = type->ptrdata / 8;
  for (uint64_t v = 0; v + type->size <= size; v += type->size) {
    const uintptr_t* value = reinterpret_cast<const uintptr_t*>(base + v);
    for (uint64_t w = 0; w < words; ++w)
      if (abi::type_pointer_word(type, w)) mark_word(set, value[w]);
  }
}

void scan_global_roots(ObjectSet& set, const abi::GCRoot* begin, const abi::GCRoot* end) {
  for (const abi::GCRoot* r = begin; r < end; ++r) scan_typed(set, r->addr, r->type, r->type->size);
}

void mark_reachable(ObjectSet& set) {
  while (set.pending > 0) {
    const Object& o = set.objects[set.worklist[--set.pending]];
    scan_typed(set, reinterpret_cast<const void*>(o.start), o.type, o.size);
  }
}

size_t count_unmarked(const ObjectSet& set) {
  size_t n = 0;
  for (size_t i = 0; i < set.count; ++i) n += set.objects[i].counted && !set.objects[i].marked;
  return n;
}

const abi::GCRoot* global_roots_begin() {
  return __start_ergo_gcroots;
}
const abi::GCRoot* global_roots_end() {
  return __stop_ergo_gcroots;
}

// Not inlined, so that its frame (holding the spilled registers and whatever callee-saved
// registers its prologue saved for its callers) lies above the stack pointer it records.
__attribute__((noinline)) int64_t unreachable_objects() {
  uint64_t regs[kSpillWords];
  ergo_gcscan_spill_registers(regs);
  lock_registry();
  size_t* worklist = static_cast<size_t*>(malloc((registry.count + 1) * sizeof(size_t)));
  if (worklist == nullptr) fatal("runtime: out of memory");
  ObjectSet set{registry.objects, registry.count, worklist};
  prepare(set);
  scan_global_roots(set, global_roots_begin(), global_roots_end());
  scan_conservative(set, regs, regs + kSpillWords);
  // TODO(issue3-A): the current goroutine's stack segments and the system stack; until
  // goroutines exist everything runs on the thread's own stack.
  const void* sp = reinterpret_cast<const void*>(regs[ERGO_GCSCAN_SP_WORD]);
  scan_conservative(set, sp, __libc_stack_end);
  mark_reachable(set);
  size_t missed = count_unmarked(set);
  unlock_registry();
  free(worklist);
  return static_cast<int64_t>(missed);
}

void forget_objects() {
  lock_registry();
  for (size_t i = 0; i < registry.count; ++i) registry.objects[i].counted = false;
  unlock_registry();
}

int64_t counted_objects() {
  lock_registry();
  size_t n = 0;
  for (size_t i = 0; i < registry.count; ++i) n += registry.objects[i].counted;
  unlock_registry();
  return static_cast<int64_t>(n);
}

}  // namespace gcscan

void gcscan_record(void* p, uint64_t size, const abi::TypeDescriptor* type) {
  using gcscan::registry;
  gcscan::lock_registry();
  if (registry.count == registry.capacity) {
    size_t capacity = registry.capacity == 0 ? 1024 : registry.capacity * 2;
    void* grown = realloc(registry.objects, capacity * sizeof(gcscan::Object));
    if (grown == nullptr) fatal("runtime: out of memory");
    registry.objects = static_cast<gcscan::Object*>(grown);
    registry.capacity = capacity;
  }
  registry.objects[registry.count++] =
      gcscan::Object{reinterpret_cast<uintptr_t>(p), size, type, true, false};
  gcscan::unlock_registry();
}

int64_t ergotest_unreachable() {
  return gcscan::unreachable_objects();
}
void ergotest_forget() {
  gcscan::forget_objects();
}
int64_t ergotest_allocs() {
  return gcscan::counted_objects();
}

}  // namespace ergo::rt
