// The one source of truth for every layout and entry point shared by the compiler's
// generated code and the C++ runtime. The compiler includes this header to build its LLVM
// types; the runtime includes it to read them. Keep it free of anything but <cstdint>.
//
// Calling convention between generated code and the runtime (see docs/abi.md):
//  * every argument is a scalar word (pointer, i64, or i8 for bool); Go strings are passed as
//    two arguments (data, len), slices as three (data, len, cap);
//  * a result is at most two words, returned as a plain struct of two 8-byte fields, which
//    LLVM and C++ both return in registers (rax:rdx on amd64, x0:x1 on arm64);
//  * runtime entry points are named as gc spells them (`runtime.printint`) through asm labels.
// Go-to-Go calls use LLVM's own convention with first-class aggregates (both sides are LLVM).
#pragma once

#include <cstdint>

namespace ergo::abi {

struct TypeDescriptor;

// Go's string header: {data, len}.
struct String {
  const uint8_t* data;
  int64_t len;
};

// Go's slice header: {data, len, cap}.
struct Slice {
  void* data;
  int64_t len;
  int64_t cap;
};

// The empty interface: {type, data}. A nil interface has type == nullptr.
// `data` points to a heap copy of the value, except for pointer-shaped types (kind Pointer,
// UnsafePointer, Map, Chan, Func), whose value is stored in the data word itself, as gc does.
struct Eface {
  const TypeDescriptor* type;
  void* data;
};

// Two-word result of a runtime call (a string, or a pointer and a capacity).
struct Pair {
  uint64_t first;
  uint64_t second;
};

// reflect.Kind's numbering, so that stdlib/reflect can expose the value unchanged.
enum class Kind : uint8_t {
  Invalid = 0,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
};

// A type descriptor is a constant global emitted by the compiler (linkonce_odr, so each type
// is one symbol in the whole binary and type identity at run time is pointer identity).
// Symbol name: "type:" followed by the type's gc spelling, e.g. "type:int", "type:[]string".
struct TypeDescriptor {
  uint64_t size;               // unsafe.Sizeof
  uint64_t ptrdata;            // length of the prefix that can hold pointers (0: pointer-free)
  uint32_t hash;               // FNV-1a of `name`: fast inequality in type switches
  uint8_t align;               // unsafe.Alignof
  Kind kind;                   // reflect.Kind
  uint16_t flags;              // reserved, 0
  String name;                 // gc's spelling for %T and panics: "int", "main.T", "[]string"
  const TypeDescriptor* elem;  // element type of pointer, slice, array; nullptr otherwise
  int64_t len;                 // array length; 0 otherwise
};

// ---- Goroutines, stacks and the current G (docs/abi.md, "Stacks" and "The current G") ----
// The running goroutine is the thread-local `ergo_current_g` (a G*, local-exec TLS model).
// Generated code and the runtime read it afresh each time through an `asm volatile` TLS
// access, never through an address computed once: a goroutine can resume on another thread
// after any call.
inline constexpr const char* kCurrentGSymbol = "ergo_current_g";
// The only field of the G that generated code reads: the prologue calls runtime.morestack
// when sp < G->stackguard (= the current segment's low end + kStackRedZone).
inline constexpr uint64_t kGStackGuardOffset = 0;
// The prologue check runs after the backend's prologue has built the frame, so every frame
// (plus the 16 bytes a runtime stub pushes) must fit in this margin.
inline constexpr uint64_t kStackRedZone = 16 * 1024;
// The first segment of every goroutine (a slot of a MAP_NORESERVE slab).
inline constexpr uint64_t kStackSegmentSize = 64 * 1024;
// gc's limit on 64-bit targets: "goroutine stack exceeds 1000000000-byte limit".
inline constexpr uint64_t kMaxStackBytes = 1000000000;
// The personality routine of every generated function (runtime/unwind.cpp).
inline constexpr const char* kPersonalitySymbol = "ergo_personality";

// Field offsets of TypeDescriptor that generated code reads directly.
inline constexpr unsigned kTypeDescriptorFields = 9;
static_assert(sizeof(String) == 16 && sizeof(Slice) == 24 && sizeof(Eface) == 16);
static_assert(sizeof(TypeDescriptor) == 56);

}  // namespace ergo::abi

// Runtime entry points called by generated code. The X-macro lists each once with its gc-style
// symbol name, its C++ name, and its LLVM signature as words: 'p' pointer, 'i' i64, 'b' i8 (bool),
// 'v' void result, 'P' two-word Pair result, 'n' marks a noreturn entry point.
// ERGO_RUNTIME_ENTRY(symbol, cxx_name, result, params, noreturn)
#define ERGO_RUNTIME_ENTRIES(X)                                       \
  X("runtime.printint", printint, 'v', "i", false)                    \
  X("runtime.printuint", printuint, 'v', "i", false)                  \
  X("runtime.printbool", printbool, 'v', "b", false)                  \
  X("runtime.printstring", printstring, 'v', "pi", false)             \
  X("runtime.printpointer", printpointer, 'v', "p", false)            \
  X("runtime.printslice", printslice, 'v', "pii", false)              \
  X("runtime.printeface", printeface, 'v', "pp", false)               \
  X("runtime.printsp", printsp, 'v', "", false)                       \
  X("runtime.printnl", printnl, 'v', "", false)                       \
  X("runtime.printlock", printlock, 'v', "", false)                   \
  X("runtime.printunlock", printunlock, 'v', "", false)               \
  X("runtime.newobject", newobject, 'p', "p", false)                  \
  X("runtime.makeslice", makeslice, 'p', "pii", false)                \
  X("runtime.growslice", growslice, 'P', "ppiii", false)              \
  X("runtime.concatstring2", concatstring2, 'P', "pipi", false)       \
  X("runtime.cmpstring", cmpstring, 'i', "pipi", false)               \
  X("runtime.memequal", memequal, 'b', "ppi", false)                  \
  X("runtime.slicebytetostring", slicebytetostring, 'P', "pi", false) \
  X("runtime.stringtoslicebyte", stringtoslicebyte, 'P', "pi", false) \
  X("runtime.intstring", intstring, 'P', "i", false)                  \
  X("runtime.decoderune", decoderune, 'P', "pii", false)              \
  X("runtime.efaceeq", efaceeq, 'b', "pppp", false)                   \
  X("runtime.gopanic", gopanic, 'v', "pp", true)                      \
  X("runtime.panicIndex", panicIndex, 'v', "ii", true)                \
  X("runtime.panicIndexU", panicIndexU, 'v', "ii", true)              \
  X("runtime.panicSliceAlen", panicSliceAlen, 'v', "ii", true)        \
  X("runtime.panicSliceAcap", panicSliceAcap, 'v', "ii", true)        \
  X("runtime.panicSliceB", panicSliceB, 'v', "ii", true)              \
  X("runtime.panicSlice3Acap", panicSlice3Acap, 'v', "ii", true)      \
  X("runtime.panicSlice3B", panicSlice3B, 'v', "ii", true)            \
  X("runtime.panicSlice3C", panicSlice3C, 'v', "ii", true)            \
  X("runtime.panicdivide", panicdivide, 'v', "", true)                \
  X("runtime.panicshift", panicshift, 'v', "", true)                  \
  X("runtime.panicnilderef", panicnilderef, 'v', "", true)            \
  X("runtime.panicdottype", panicdottype, 'v', "ppp", true)           \
  X("runtime.write", write, 'i', "ipii", false)                       \
  ERGO_RUNTIME_STACK_ENTRIES(X)                                       \
  ERGO_RUNTIME_DEFER_ENTRIES(X)

// Stacks (runtime/stack.cpp). morestack(framesize) switches the current G to a new segment
// with room for framesize bytes beyond the red zone and returns its top (16-byte aligned),
// where the caller moves sp before re-calling itself; lessstack() makes the previous segment
// current again after that call returns or unwinds. newproc(closure) starts a goroutine
// that calls the func() value `closure`.
#define ERGO_RUNTIME_STACK_ENTRIES(X)                \
  X("runtime.morestack", morestack, 'p', "i", false) \
  X("runtime.lessstack", lessstack, 'v', "", false)  \
  X("runtime.newproc", newproc, 'v', "p", false)

// Defer, panic and recover (runtime/defer.cpp, runtime/unwind.cpp), see docs/abi.md:
//   deferproc(frame, closure)   pushes a deferred func() value for the frame `frame`
//                               (llvm.frameaddress(0) of the deferring function);
//   deferpop(frame) -> closure  pops the innermost deferred call of `frame`, nil if none;
//   gorecover(callerfp) -> eface  recover(); callerfp is llvm.frameaddress(1) of the function
//                               that calls recover, so only a direct deferred call recovers;
//   panicrecovered(exc) -> bool after a landing pad ran its frame's defers: true (and the
//                               panic is retired) if one of them recovered;
//   unwindresume(exc)           continues unwinding from a landing pad (on the system stack).
#define ERGO_RUNTIME_DEFER_ENTRIES(X)                          \
  X("runtime.deferproc", deferproc, 'v', "pp", false)          \
  X("runtime.deferpop", deferpop, 'p', "p", false)             \
  X("runtime.gorecover", gorecover, 'P', "p", false)           \
  X("runtime.panicrecovered", panicrecovered, 'b', "p", false) \
  X("runtime.unwindresume", unwindresume, 'v', "p", true)

// Symbols that generated code defines and the runtime's entry calls:
//   "ergo.inittasks": void(), runs every package's variable initialisers and init functions
//                     in dependency order;
//   "main.main":      void(), the program.
