// The system stack ("g0") of each thread and the assembly stubs that move runtime calls onto
// it (docs/abi.md, "Stacks"; docs/runtime.md, "The system stack").
//
// Every runtime entry point that generated code calls (abi.h's ERGO_RUNTIME_ENTRIES and the
// hooks in scheduler.h) is an assembly stub named as gc names the function (`runtime.printint`).
// The stub pushes a frame record on the caller's stack, moves sp to the top of this thread's
// system stack unless sp already lies on it, calls the C++ implementation (symbol
// `ergo.impl.runtime.printint`), moves sp back and returns with the result registers as
// the implementation left them. Its CFI defines the CFA through the frame pointer, so an
// unwinder that starts in C++ code on the system stack walks on into the Go frames.
//
// Whether a thread is on its system stack is decided by sp alone (inside [lo, hi) of the
// thread's `ergo_system_stack`), never by a flag: a panic's landing pad that the unwinder
// installs in a Go frame is on the goroutine stack the moment sp is, and the abandoned C++
// frames on the system stack are simply overwritten by the next stub.
#pragma once

#include <cstdint>

#include "g.h"  // ERGO_G_SCHED_SP, which the stubs' assembly uses

namespace ergo::rt {

// This thread's system stack. A stub moves sp to `hi` (16-byte aligned); everything below
// `hi` is scratch whenever no runtime code runs on the thread. {0, 0} on threads the runtime
// does not manage: there stubs call straight through on the current stack.
struct SystemStack {
  uintptr_t lo;
  uintptr_t hi;
};

// Registers the calling thread's system stack: `hi` a little below the caller's frame (the
// caller never returns into the region below it), `size` bytes of it in all.
void set_system_stack_below_caller(uintptr_t frame, uint64_t size);

// True when sp lies on this thread's system stack.
bool on_system_stack();

// For the unwinder (defer/panic): after it installs a landing pad in a Go frame
// from code on the system stack, nothing needs restoring: the "on system stack" state is sp
// itself (see above). Call it anyway where that happens, so a later change of this design
// has one place to hook.
inline void resume_on_goroutine_stack() {}

}  // namespace ergo::rt

// The thread's system stack bounds, read by the stubs' assembly.
extern "C" __thread ergo::rt::SystemStack ergo_system_stack
    __attribute__((tls_model("local-exec")));

// The context-switch primitives (systemstack.cpp). The saved context of a goroutine is, from
// its saved sp upwards: the callee-saved registers (amd64: r15 r14 r13 r12 rbx rbp; arm64:
// x19-x28, d8-d15, x29) and the return address, as a switch stub pushes them.
extern "C" {
// Pushes a saved context on the current stack, stores its sp in *save and calls fn(arg) on
// the same stack; fn never returns. ergo_resume(*save, r) later returns from this call with r.
uintptr_t ergo_save_and_call(uintptr_t* save, void (*fn)(void*), void* arg);
[[noreturn]] void ergo_resume(uintptr_t sp, uintptr_t result);
// The outermost frame of every goroutine: calls the func() value in the saved context's
// first callee-saved register (rbx / x19), then runtime goexit. Its CFI marks the return
// address undefined: the end of the stack for unwinders.
void ergo_gostart();
}

namespace ergo::rt {

// Builds the saved context of a goroutine that has not run yet below `top` (16-byte aligned):
// resuming it enters ergo_gostart, which calls `closure`. Returns the context's sp.
uintptr_t make_start_context(uintptr_t top, const void* closure);

}  // namespace ergo::rt

// ---- The stub generators, as assembler text (used by systemstack.cpp and by tests) ----
#define ERGO_ASM_STR2(x) #x
#define ERGO_ASM_STR(x) ERGO_ASM_STR2(x)

#define ERGO_ASM_FUNCTION_BEGIN(sym) \
  ".section .text." sym              \
  ",\"ax\",%progbits\n"              \
  ".globl " sym                      \
  "\n"                               \
  ".type " sym                       \
  ",%function\n"                     \
  ".p2align 4\n" sym                 \
  ":\n"                              \
  ".cfi_startproc\n"
#define ERGO_ASM_FUNCTION_END(sym) \
  ".cfi_endproc\n"                 \
  ".size " sym ", .-" sym          \
  "\n"                             \
  ".text\n"

#if defined(__x86_64__)

// push rbp; mov rsp, rbp: the frame record the unwinder and frame-pointer walks follow.
#define ERGO_ASM_FRAME_RECORD \
  "pushq %rbp\n"              \
  ".cfi_def_cfa_offset 16\n"  \
  ".cfi_offset %rbp, -16\n"   \
  "movq %rsp, %rbp\n"         \
  ".cfi_def_cfa_register %rbp\n"

// Moves sp to the system stack's top unless sp is already on it or the thread has none;
// when it moves, it records the frame record's address (the lowest live address of the
// goroutine stack) in G.sched_sp for stack scans. Clobbers rax and r11 (no argument
// register; rax carries no value into a call of a non-variadic function).
#define ERGO_ASM_TO_SYSTEM_STACK \
  "movq %fs:ergo_system_stack@tpoff+8, %rax\n"           \
  "testq %rax, %rax\n"                                   \
  "jz 1f\n"                                              \
  "cmpq %rax, %rsp\n"                                    \
  "jae 2f\n"                                             \
  "cmpq %fs:ergo_system_stack@tpoff, %rsp\n"             \
  "jae 1f\n"                                             \
  "2:\n"                                                 \
  "movq %fs:ergo_current_g@tpoff, %r11\n"                \
  "testq %r11, %r11\n"                                   \
  "jz 3f\n"                                              \
  "movq %rbp, " ERGO_ASM_STR(ERGO_G_SCHED_SP) "(%r11)\n" \
  "3:\n"                                                 \
  "movq %rax, %rsp\n"                                    \
  "1:\n"

#define ERGO_ASM_RETURN_FROM_FRAME \
  "movq %rbp, %rsp\n"              \
  "popq %rbp\n"                    \
  ".cfi_def_cfa %rsp, 8\n"         \
  "ret\n"

#define ERGO_ASM_TRAP "ud2\n"
// sp = the system stack's top, unconditionally (a goroutine switch leaves its stack).
#define ERGO_ASM_SYSTEM_STACK_TOP "movq %fs:ergo_system_stack@tpoff+8, %rsp\n"

// Saves the goroutine's context (after the frame record): the callee-saved registers; the
// full form also stores sp in the current G's sched_sp and leaves the G in rdi.
#define ERGO_ASM_SAVE_CONTEXT_NO_G \
  "pushq %rbx\n"                   \
  "pushq %r12\n"                   \
  "pushq %r13\n"                   \
  "pushq %r14\n"                   \
  "pushq %r15\n"
#define ERGO_ASM_SAVE_CONTEXT             \
  ERGO_ASM_SAVE_CONTEXT_NO_G              \
  "movq %fs:ergo_current_g@tpoff, %rdi\n" \
  "movq %rsp, " ERGO_ASM_STR(ERGO_G_SCHED_SP) "(%rdi)\n"

#elif defined(__aarch64__)

#define ERGO_ASM_FRAME_RECORD   \
  "stp x29, x30, [sp, #-16]!\n" \
  ".cfi_def_cfa_offset 16\n"    \
  ".cfi_offset x30, -8\n"       \
  ".cfi_offset x29, -16\n"      \
  "mov x29, sp\n"               \
  ".cfi_def_cfa w29, 16\n"

// The same on arm64; clobbers x9-x11 (scratch registers that carry no argument).
#define ERGO_ASM_TO_SYSTEM_STACK \
  "mrs x9, tpidr_el0\n"                                   \
  "add x9, x9, #:tprel_hi12:ergo_system_stack, lsl #12\n" \
  "add x9, x9, #:tprel_lo12_nc:ergo_system_stack\n"       \
  "ldp x10, x11, [x9]\n"                                  \
  "cbz x11, 1f\n"                                         \
  "mov x9, sp\n"                                          \
  "cmp x9, x11\n"                                         \
  "b.hs 2f\n"                                             \
  "cmp x9, x10\n"                                         \
  "b.hs 1f\n"                                             \
  "2:\n"                                                  \
  "mrs x9, tpidr_el0\n"                                   \
  "add x9, x9, #:tprel_hi12:ergo_current_g, lsl #12\n"    \
  "add x9, x9, #:tprel_lo12_nc:ergo_current_g\n"          \
  "ldr x9, [x9]\n"                                        \
  "cbz x9, 3f\n"                                          \
  "str x29, [x9, #" ERGO_ASM_STR(ERGO_G_SCHED_SP) "]\n"   \
  "3:\n"                                                  \
  "mov sp, x11\n"                                         \
  "1:\n"

#define ERGO_ASM_RETURN_FROM_FRAME \
  "mov sp, x29\n"                  \
  "ldp x29, x30, [sp], #16\n"      \
  ".cfi_def_cfa sp, 0\n"           \
  ".cfi_restore x29\n"             \
  ".cfi_restore x30\n"             \
  "ret\n"

#define ERGO_ASM_TRAP "brk #1\n"
#define ERGO_ASM_SYSTEM_STACK_TOP                         \
  "mrs x9, tpidr_el0\n"                                   \
  "add x9, x9, #:tprel_hi12:ergo_system_stack, lsl #12\n" \
  "add x9, x9, #:tprel_lo12_nc:ergo_system_stack\n"       \
  "ldr x9, [x9, #8]\n"                                    \
  "mov sp, x9\n"

#define ERGO_ASM_SAVE_CONTEXT_NO_G \
  "sub sp, sp, #144\n"             \
  "stp x19, x20, [sp, #0]\n"       \
  "stp x21, x22, [sp, #16]\n"      \
  "stp x23, x24, [sp, #32]\n"      \
  "stp x25, x26, [sp, #48]\n"      \
  "stp x27, x28, [sp, #64]\n"      \
  "stp d8, d9, [sp, #80]\n"        \
  "stp d10, d11, [sp, #96]\n"      \
  "stp d12, d13, [sp, #112]\n"     \
  "stp d14, d15, [sp, #128]\n"
#define ERGO_ASM_SAVE_CONTEXT                          \
  ERGO_ASM_SAVE_CONTEXT_NO_G                           \
  "mrs x0, tpidr_el0\n"                                \
  "add x0, x0, #:tprel_hi12:ergo_current_g, lsl #12\n" \
  "add x0, x0, #:tprel_lo12_nc:ergo_current_g\n"       \
  "ldr x0, [x0]\n"                                     \
  "mov x9, sp\n"                                       \
  "str x9, [x0, #" ERGO_ASM_STR(ERGO_G_SCHED_SP) "]\n"

#else
#error "unsupported architecture"
#endif

#if defined(__x86_64__)
#define ERGO_ASM_CALL(impl) "call " impl "\n"
#else
#define ERGO_ASM_CALL(impl) "bl " impl "\n"
#endif

// A runtime entry: `sym` runs `impl` on the system stack. noreturn entries trap if the
// implementation ever returns.
#define ERGO_SYSTEMSTACK_STUB(sym, impl)                             \
  ERGO_ASM_FUNCTION_BEGIN(sym)                                       \
  ERGO_ASM_FRAME_RECORD ERGO_ASM_TO_SYSTEM_STACK ERGO_ASM_CALL(impl) \
  ERGO_ASM_RETURN_FROM_FRAME                                         \
  ERGO_ASM_FUNCTION_END(sym)
#define ERGO_SYSTEMSTACK_STUB_NORETURN(sym, impl)                    \
  ERGO_ASM_FUNCTION_BEGIN(sym)                                       \
  ERGO_ASM_FRAME_RECORD ERGO_ASM_TO_SYSTEM_STACK ERGO_ASM_CALL(impl) \
  ERGO_ASM_TRAP                                                      \
  ERGO_ASM_FUNCTION_END(sym)

// A goroutine switch: `sym` saves the calling goroutine's context in its G, moves to the
// system stack and calls impl(G*), which never returns; the goroutine continues when some
// thread resumes it (ergo_resume of G.sched_sp), and `sym` then returns G.sched_ret.
#define ERGO_SWITCH_STUB(sym, impl)                                                         \
  ERGO_ASM_FUNCTION_BEGIN(sym)                                                              \
  ERGO_ASM_FRAME_RECORD ERGO_ASM_SAVE_CONTEXT ERGO_ASM_SYSTEM_STACK_TOP ERGO_ASM_CALL(impl) \
  ERGO_ASM_TRAP ERGO_ASM_FUNCTION_END(sym)
