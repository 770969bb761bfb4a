// The test-only conservative root scan (gcscan.h) and the allocation registry it scans.
#include "gcscan.h"

#include <cstdlib>

#include "alloc.h"
#include "g.h"
#include "panic.h"
#include "stack.h"
#include "systemstack.h"

// The lowest and highest addresses of the section the linker fills with every package's
// GCRoot table (abi.h). Weak: a program without pointer-holding variables has no section.
extern "C" const ergo::abi::GCRoot __start_ergo_gcroots[] __attribute__((weak));
extern "C" const ergo::abi::GCRoot __stop_ergo_gcroots[] __attribute__((weak));

// glibc: the top of the main thread's stack (just below argv): where the stack scan stops on
// a thread that has no system stack registered (the runtime's unit tests).
extern "C" void* __libc_stack_end;

extern "C" int64_t ergo_gcscan_call_with_vector_pointer(uintptr_t masked, uintptr_t mask,
                                                        int64_t (*scan)());

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

// ergo_gcscan_call_with_vector_pointer(masked, mask, scan) calls scan() with `masked ^ mask` held
// only in a vector register (xmm15 on amd64, v31 on arm64): every other caller-saved register is
// cleared first, so no stale copy of the address survives in one (the callee-saved ones were
// restored by the calls that used them). On arm64 they include x18, the closure context.
#if defined(__x86_64__)
__asm__(R"(
  .text
  .globl ergo_gcscan_call_with_vector_pointer
  .type ergo_gcscan_call_with_vector_pointer, @function
ergo_gcscan_call_with_vector_pointer:
  xorq %rsi, %rdi
  movq %rdi, %xmm15
  movq %rdx, %r11
  xorl %eax, %eax
  xorl %ecx, %ecx
  xorl %edx, %edx
  xorl %esi, %esi
  xorl %edi, %edi
  xorl %r8d, %r8d
  xorl %r9d, %r9d
  xorl %r10d, %r10d
  pxor %xmm0, %xmm0
  pxor %xmm1, %xmm1
  pxor %xmm2, %xmm2
  pxor %xmm3, %xmm3
  pxor %xmm4, %xmm4
  pxor %xmm5, %xmm5
  pxor %xmm6, %xmm6
  pxor %xmm7, %xmm7
  pxor %xmm8, %xmm8
  pxor %xmm9, %xmm9
  pxor %xmm10, %xmm10
  pxor %xmm11, %xmm11
  pxor %xmm12, %xmm12
  pxor %xmm13, %xmm13
  pxor %xmm14, %xmm14
  subq $8, %rsp
  call *%r11
  addq $8, %rsp
  ret
  .size ergo_gcscan_call_with_vector_pointer, .-ergo_gcscan_call_with_vector_pointer
)");
#elif defined(__aarch64__)
__asm__(R"(
  .text
  .globl ergo_gcscan_call_with_vector_pointer
  .type ergo_gcscan_call_with_vector_pointer, %function
ergo_gcscan_call_with_vector_pointer:
  eor x0, x0, x1
  fmov d31, x0
  mov x16, x2
  mov x0, #0
  mov x1, #0
  mov x2, #0
  mov x3, #0
  mov x4, #0
  mov x5, #0
  mov x6, #0
  mov x7, #0
  mov x8, #0
  mov x9, #0
  mov x10, #0
  mov x11, #0
  mov x12, #0
  mov x13, #0
  mov x14, #0
  mov x15, #0
  mov x17, #0
  mov x18, #0
  movi v0.16b, #0
  movi v1.16b, #0
  movi v2.16b, #0
  movi v3.16b, #0
  movi v4.16b, #0
  movi v5.16b, #0
  movi v6.16b, #0
  movi v7.16b, #0
  movi v8.16b, #0
  movi v9.16b, #0
  movi v10.16b, #0
  movi v11.16b, #0
  movi v12.16b, #0
  movi v13.16b, #0
  movi v14.16b, #0
  movi v15.16b, #0
  movi v16.16b, #0
  movi v17.16b, #0
  movi v18.16b, #0
  movi v19.16b, #0
  movi v20.16b, #0
  movi v21.16b, #0
  movi v22.16b, #0
  movi v23.16b, #0
  movi v24.16b, #0
  movi v25.16b, #0
  movi v26.16b, #0
  movi v27.16b, #0
  movi v28.16b, #0
  movi v29.16b, #0
  movi v30.16b, #0
  stp x29, x30, [sp, #-16]!
  mov x29, sp
  blr x16
  ldp x29, x30, [sp], #16
  ret
  .size ergo_gcscan_call_with_vector_pointer, .-ergo_gcscan_call_with_vector_pointer
)");
#endif

namespace ergo::rt {

// Exposed to Go through bodyless //go:linkname declarations (gcscan.h).
// Each is an assembly stub (systemstack.h) that runs the C++ implementation
// `ergo.impl.<symbol>` on the system stack, like every runtime entry.
#define ERGO_GCSCAN_HOOKS(X)                                       \
  X("runtime.ergotest_unreachable", ergotest_unreachable, int64_t) \
  X("runtime.ergotest_forget", ergotest_forget, void)              \
  X("runtime.ergotest_allocs", ergotest_allocs, int64_t)           \
  X("runtime.ergotest_vector_register_root", ergotest_vector_register_root, int64_t)
#define ERGO_GCSCAN_DECLARE_HOOK(symbol, name, result) \
  result name() __asm__("ergo.impl." symbol);          \
  asm(ERGO_SYSTEMSTACK_STUB(symbol, "ergo.impl." symbol));
ERGO_GCSCAN_HOOKS(ERGO_GCSCAN_DECLARE_HOOK)
#undef ERGO_GCSCAN_DECLARE_HOOK

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

namespace {

// Set by the hooks on entry: the stub's frame record, the lowest live address of the calling
// goroutine's stack while the scan runs on the system stack.
uintptr_t goroutine_sp = 0;

// The frame record of the stub that called the hook implementation calling this (its
// caller's frame pointer): the hook runs on the system stack, the record is on the goroutine's.
#define ERGO_GCSCAN_CALLER_FRAME() (*static_cast<const uintptr_t*>(__builtin_frame_address(0)))

bool within(uintptr_t p, uintptr_t lo, uintptr_t hi) {
  return lo <= p && p < hi;
}

// Every segment of g's stack in use, from `sp` in the current one (g->stack) back to the
// first: [caller_sp, top) of each older segment, as morestack recorded it.
void scan_goroutine_stack(ObjectSet& set, const G* g, uintptr_t sp) {
  uintptr_t lo = sp;
  for (const StackSegment* seg = g->stack; seg != nullptr; seg = seg->prev) {
    if (seg->active || seg == g->stack)
      scan_conservative(set, reinterpret_cast<const void*>(lo),
                        reinterpret_cast<const void*>(seg->top));
    lo = seg->caller_sp;
  }
}

// The runtime's own references from the current G to heap objects: its defer records and
// panics (typed objects, scanned precisely from there) and the func() value it runs.
void scan_goroutine_roots(ObjectSet& set, const G* g) {
  if (g == nullptr) return;
  mark_word(set, reinterpret_cast<uintptr_t>(g->defers));
  mark_word(set, reinterpret_cast<uintptr_t>(g->panics));
  mark_word(set, reinterpret_cast<uintptr_t>(g->entry));
}

// The stacks: the running thread's from sp up (its system stack, or the whole thread stack
// where the runtime has registered none), and the current goroutine's segments.
void scan_stacks(ObjectSet& set, uintptr_t sp) {
  const G* g = getg();
  SystemStack sys = ergo_system_stack;
  bool on_goroutine = g != nullptr && g->stack != nullptr && within(sp, g->stack_lo, g->stack_hi);
  if (on_goroutine) {
    scan_goroutine_stack(set, g, sp);
    return;
  }
  uintptr_t top = sys.hi != 0 && within(sp, sys.lo, sys.hi)
                      ? sys.hi
                      : reinterpret_cast<uintptr_t>(__libc_stack_end);
  scan_conservative(set, reinterpret_cast<const void*>(sp), reinterpret_cast<const void*>(top));
  if (g != nullptr && g->stack != nullptr && within(goroutine_sp, g->stack_lo, g->stack_hi))
    scan_goroutine_stack(set, g, goroutine_sp);
}

}  // namespace

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
  scan_stacks(set, regs[ERGO_GCSCAN_SP_WORD]);
  scan_goroutine_roots(set, getg());
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

namespace {
constexpr uintptr_t kMask = 0x5a5a5a5a5a5a5a5a;

// The only trace of the new object left behind is its address xor kMask.
__attribute__((noinline)) uintptr_t allocate_masked() {
  return reinterpret_cast<uintptr_t>(alloc_zeroed(64)) ^ kMask;
}

// Overwrites the stack below the caller's frame, where the allocation left stale copies of
// the address that a conservative scan would find.
__attribute__((noinline)) void scrub_stack() {
  volatile uint8_t area[8 * 1024];
  for (size_t i = 0; i < sizeof area; ++i) area[i] = 0;
}

int64_t scan() {
  return unreachable_objects();
}
}  // namespace

int64_t vector_register_root_check() {
  forget_objects();
  volatile uintptr_t masked = allocate_masked();
  scrub_stack();
  int64_t failures = 0;
  if (counted_objects() != 1) failures |= 4;
  if (ergo_gcscan_call_with_vector_pointer(masked, kMask, scan) != 0) failures |= 1;
  // Without it nothing refers to the object, so the scan must not find it.
  if (ergo_gcscan_call_with_vector_pointer(0, 0, scan) != 1) failures |= 2;
  forget_objects();
  return failures;
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
  gcscan::goroutine_sp = ERGO_GCSCAN_CALLER_FRAME();
  int64_t n = gcscan::unreachable_objects();
  gcscan::goroutine_sp = 0;
  return n;
}
void ergotest_forget() {
  gcscan::forget_objects();
}
int64_t ergotest_allocs() {
  return gcscan::counted_objects();
}
int64_t ergotest_vector_register_root() {
  gcscan::goroutine_sp = ERGO_GCSCAN_CALLER_FRAME();
  int64_t r = gcscan::vector_register_root_check();
  gcscan::goroutine_sp = 0;
  return r;
}

}  // namespace ergo::rt
