// The system-stack stubs of every runtime entry point and hook, and the context-switch
// primitives (systemstack.h). The stubs are generated from abi.h's ERGO_RUNTIME_ENTRIES and
// scheduler.h's hook lists, so a new entry gets its stub without any code here.
#include "systemstack.h"

#include "entries.h"
#include "g.h"
#include "goapi.h"
#include "panic.h"
#include "scheduler.h"

extern "C" {
__thread ergo::rt::SystemStack ergo_system_stack __attribute__((tls_model("local-exec"))) = {0, 0};
}

// ---- Stubs ----

#define ERGO_STUB_false(sym) ERGO_SYSTEMSTACK_STUB(sym, "ergo.impl." sym)
#define ERGO_STUB_true(sym) ERGO_SYSTEMSTACK_STUB_NORETURN(sym, "ergo.impl." sym)
#define ERGO_STUB_returns(sym) ERGO_STUB_false(sym)
#define ERGO_STUB_may_panic(sym) ERGO_STUB_false(sym)
#define ERGO_STUB_panics(sym) ERGO_STUB_true(sym)
#define ERGO_STUB_unwinds(sym) ERGO_STUB_true(sym)
// A stub moves sp before the call, so arguments passed on the stack would not be where the
// implementation looks: every argument must travel in a register (six on amd64).
#define ERGO_GENERATE_STUB(symbol, name, result, params, noreturn)                       \
  static_assert(sizeof(params) - 1 <= 6, symbol ": more argument words than registers"); \
  asm(ERGO_STUB_##noreturn(symbol));
#define ERGO_GENERATE_SWITCH_STUB(symbol, name) asm(ERGO_SWITCH_STUB(symbol, "ergo.impl." symbol));
ERGO_RUNTIME_ENTRIES(ERGO_GENERATE_STUB)
ERGO_RUNTIME_HOOKS(ERGO_GENERATE_STUB)
ERGO_RUNTIME_API_HOOKS(ERGO_GENERATE_STUB)
ERGO_RUNTIME_ERROR_METHODS(ERGO_GENERATE_STUB)
ERGO_RUNTIME_SWITCH_HOOKS(ERGO_GENERATE_SWITCH_STUB)

// ---- Context switches ----
// A saved context is what ERGO_SWITCH_STUB pushes: the frame record (fp, return address) and
// below it the callee-saved registers. ergo_save_and_call pushes the same shape, and
// ergo_resume pops it and returns into whoever pushed it.

#if defined(__x86_64__)

asm(ERGO_ASM_FUNCTION_BEGIN("ergo_save_and_call")  //
    ERGO_ASM_FRAME_RECORD                          //
    ERGO_ASM_SAVE_CONTEXT_NO_G                     //
    "movq %rsp, (%rdi)\n"
    "movq %rdx, %rdi\n"
    "andq $-16, %rsp\n"
    "call *%rsi\n"  //
    ERGO_ASM_TRAP   //
        ERGO_ASM_FUNCTION_END("ergo_save_and_call"));

asm(ERGO_ASM_FUNCTION_BEGIN("ergo_resume")  //
    ".cfi_undefined %rip\n"
    "movq %rdi, %rsp\n"
    "movq %rsi, %rax\n"
    "popq %r15\n"
    "popq %r14\n"
    "popq %r13\n"
    "popq %r12\n"
    "popq %rbx\n"
    "popq %rbp\n"
    "ret\n"  //
    ERGO_ASM_FUNCTION_END("ergo_resume"));

// Entered by ergo_resume of a fresh context: rbx holds the closure, rbp is 0 (the end of the
// frame-pointer chain) and sp is 16-byte aligned.
asm(ERGO_ASM_FUNCTION_BEGIN("ergo_gostart")  //
    ".cfi_undefined %rip\n"
    "movq %rbx, %r10\n"
    "call *(%rbx)\n"
    "call ergo.goexit\n"  //
    ERGO_ASM_TRAP         //
        ERGO_ASM_FUNCTION_END("ergo_gostart"));

#elif defined(__aarch64__)

asm(ERGO_ASM_FUNCTION_BEGIN("ergo_save_and_call")  //
    ERGO_ASM_FRAME_RECORD                          //
    ERGO_ASM_SAVE_CONTEXT_NO_G                     //
    "mov x9, sp\n"
    "str x9, [x0]\n"
    "mov x0, x2\n"
    "blr x1\n"     //
    ERGO_ASM_TRAP  //
        ERGO_ASM_FUNCTION_END("ergo_save_and_call"));

asm(ERGO_ASM_FUNCTION_BEGIN("ergo_resume")  //
    ".cfi_undefined x30\n"
    "mov sp, x0\n"
    "ldp x19, x20, [sp, #0]\n"
    "ldp x21, x22, [sp, #16]\n"
    "ldp x23, x24, [sp, #32]\n"
    "ldp x25, x26, [sp, #48]\n"
    "ldp x27, x28, [sp, #64]\n"
    "ldp d8, d9, [sp, #80]\n"
    "ldp d10, d11, [sp, #96]\n"
    "ldp d12, d13, [sp, #112]\n"
    "ldp d14, d15, [sp, #128]\n"
    "add sp, sp, #144\n"
    "ldp x29, x30, [sp], #16\n"
    "mov x0, x1\n"
    "ret\n"  //
    ERGO_ASM_FUNCTION_END("ergo_resume"));

// Entered by ergo_resume of a fresh context: x19 holds the closure, x29 is 0.
asm(ERGO_ASM_FUNCTION_BEGIN("ergo_gostart")  //
    ".cfi_undefined x30\n"
    "mov x18, x19\n"
    "ldr x9, [x19]\n"
    "blr x9\n"
    "bl ergo.goexit\n"  //
    ERGO_ASM_TRAP       //
        ERGO_ASM_FUNCTION_END("ergo_gostart"));

#endif

namespace ergo::rt {

namespace {
// Bytes left between the registering caller's frame and the system stack's top: room for
// the caller's own locals and the context ergo_save_and_call pushes there.
constexpr uintptr_t kCallerMargin = 4096;
}  // namespace

void set_system_stack_below_caller(uintptr_t frame, uint64_t size) {
  uintptr_t hi = (frame - kCallerMargin) & ~uintptr_t{15};
  ergo_system_stack.lo = hi - size;
  ergo_system_stack.hi = hi;
}

bool on_system_stack() {
  auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  return sp >= ergo_system_stack.lo && sp < ergo_system_stack.hi;
}

uintptr_t make_start_context(uintptr_t top, const void* closure) {
  auto start = reinterpret_cast<uintptr_t>(&ergo_gostart);
#if defined(__x86_64__)
  // r15 r14 r13 r12 rbx rbp, return address.
  constexpr int kWords = 7;
  auto* w = reinterpret_cast<uintptr_t*>(top) - kWords;
  for (int i = 0; i < kWords; ++i) w[i] = 0;
  w[4] = reinterpret_cast<uintptr_t>(closure);
  w[6] = start;
#else
  // x19-x28, d8-d15, x29, x30.
  constexpr int kWords = 20;
  auto* w = reinterpret_cast<uintptr_t*>(top) - kWords;
  for (int i = 0; i < kWords; ++i) w[i] = 0;
  w[0] = reinterpret_cast<uintptr_t>(closure);
  w[19] = start;
#endif
  return reinterpret_cast<uintptr_t>(w);
}

}  // namespace ergo::rt
