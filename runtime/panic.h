// Panics and fatal errors. Each message has a print_* function that only formats (into the
// print buffer, so tests can capture it). Panics unwind (unwind.h); fatal errors exit 2.
#pragma once

#include <cstdint>

#include "abi/abi.h"

namespace ergo::rt {

// gc's boundsErrorCode, in its order; the message shapes are gc's.
enum class BoundsCode : uint8_t {
  Index,      // s[x]:        index out of range [x] with length y
  SliceAlen,  // s[?:x]:      slice bounds out of range [:x] with length y
  SliceAcap,  // s[?:x]:      slice bounds out of range [:x] with capacity y
  SliceB,     // s[x:y]:      slice bounds out of range [x:y]
  Slice3Alen,
  Slice3Acap,
  Slice3B,
  Slice3C,
  Convert,       // (*[x]T)(s): cannot convert slice with length y to pointer to array with length x
  ConvertArray,  // [x]T(s) (Go 1.20): ... to array or pointer to array with length x
};

// "index out of range [5] with length 3" (no "runtime error: " prefix). When x_signed and
// x < 0, gc's shorter negative form: "index out of range [-1]".
void print_bounds_message(BoundsCode code, int64_t x, int64_t y, bool x_signed);

// The panic value as gc's printpanicval prints it: `boom`, `5`, `main.MyInt(5)`,
// `main.S("x")`, `(main.T) 0xc000012345`, `nil`.
void print_panic_value(const abi::TypeDescriptor* type, const void* data);

// "interface conversion: interface {} is string, not int".
void print_type_assertion_message(const abi::TypeDescriptor* have, const abi::TypeDescriptor* want,
                                  const abi::TypeDescriptor* iface);

// "interface conversion: main.T is not main.I: missing method M" (runtime/iface.cpp).
void print_missing_method_message(const abi::TypeDescriptor* have, const abi::TypeDescriptor* want,
                                  abi::String missing);

// A panic value whose type has `Error() string` (or else `String() string`) prints what the
// method returns, as gc's printpanics (runtime/iface.cpp). False when it has neither.
bool print_panic_text(const abi::TypeDescriptor* type, void* data);

// Runtime errors: the values that runtime-raised panics carry, so that recover returns them and
// the report prints them as gc prints their Error() method. ergo has no Go `runtime` package
// with these types, so they are runtime-provided type descriptors named as gc's types (the
// symbols `type:runtime.boundsError`, ...), with method tables: each implements `error` and
// `runtime.Error` (Error() string, RuntimeError()), so `r.(error).Error()` works on them.
struct BoundsError {  // runtime.boundsError: "index out of range [5] with length 3"
  int64_t x;
  int64_t y;
  uint8_t is_signed;
  BoundsCode code;
};
struct TypeAssertionError {  // runtime.TypeAssertionError, carried as a pointer
  const abi::TypeDescriptor* iface;
  const abi::TypeDescriptor* have;
  const abi::TypeDescriptor* want;
  abi::String missing;  // the first method `have` lacks when `want` is an interface
};
// Named as the compiler names type descriptors, so that identity holds if Go code ever
// spells these types.
extern const abi::TypeDescriptor kBoundsErrorType  // data: BoundsError*
    __asm__("type:runtime.boundsError");
extern const abi::TypeDescriptor kErrorStringType  // data: abi::String* ("runtime error: ")
    __asm__("type:runtime.errorString");
extern const abi::TypeDescriptor kPlainErrorType  // data: abi::String* (no prefix)
    __asm__("type:runtime.plainError");
extern const abi::TypeDescriptor kTypeAssertionType __asm__("type:runtime.TypeAssertionError");
extern const abi::TypeDescriptor kTypeAssertionPtrType  // data: TypeAssertionError*
    __asm__("type:*runtime.TypeAssertionError");

// The methods of the runtime error types, called by Go code through itabs with the interface's
// data word (a pointer to the value; for *TypeAssertionError the pointer itself) as gc's
// wrappers `runtime.(*boundsError).Error` are. Same shape as ERGO_RUNTIME_ENTRIES: each gets a
// system-stack stub named by the symbol (systemstack.cpp), which the method tables hold.
#define ERGO_RUNTIME_ERROR_METHODS(X)                                              \
  X("runtime.boundsError.Error", boundsError_Error, 'P', "p", false)               \
  X("runtime.boundsError.RuntimeError", boundsError_RuntimeError, 'v', "p", false) \
  X("runtime.errorString.Error", errorString_Error, 'P', "p", false)               \
  X("runtime.errorString.RuntimeError", errorString_RuntimeError, 'v', "p", false) \
  X("runtime.plainError.Error", plainError_Error, 'P', "p", false)                 \
  X("runtime.plainError.RuntimeError", plainError_RuntimeError, 'v', "p", false)   \
  X("runtime.TypeAssertionError.Error", TypeAssertionError_Error, 'P', "p", false) \
  X("runtime.TypeAssertionError.RuntimeError", TypeAssertionError_RuntimeError, 'v', "p", false)

abi::Pair boundsError_Error(const BoundsError* e);
void boundsError_RuntimeError(const BoundsError* e);
abi::Pair errorString_Error(const abi::String* s);
void errorString_RuntimeError(const abi::String* s);
abi::Pair plainError_Error(const abi::String* s);
void plainError_RuntimeError(const abi::String* s);
abi::Pair TypeAssertionError_Error(const TypeAssertionError* e);
void TypeAssertionError_RuntimeError(const TypeAssertionError* e);

// A descriptor for a type the runtime defines, named as gc names it ("runtime.boundsError"):
// `gcbits` is the pointer bitmap (word i holds a pointer when bit i is set); equality and
// hashing compare bytes (strings: strequal/strhash).
abi::TypeDescriptor runtime_type(const char* name, abi::Kind kind, uint64_t size, uint64_t gcbits,
                                 const abi::TypeDescriptor* elem);

// Prints a runtime error value's Error() text; false when `type` is not a runtime error.
bool print_runtime_error(const abi::TypeDescriptor* type, const void* data);

// Panics with a runtime.errorString value: "runtime error: MSG". `signal` marks the nil
// dereference, whose report adds gc's "[signal SIGSEGV ...]" line. Unwinds (runs defers).
[[noreturn]] void panic_error_string(const char* msg, bool signal = false);

// Panics with "runtime error: PREFIX" followed by `rest` (copied): messages that name a type,
// as "comparing uncomparable type []int".
[[noreturn]] void panic_error_string2(const char* prefix, abi::String rest);

// Panics with a runtime.plainError value, printed without the "runtime error: " prefix
// ("assignment to entry in nil map", "close of closed channel").
[[noreturn]] void panic_plain_error(const char* msg);

// The exiting paths for callers that format their own message. begin_* takes the print lock
// and writes the "panic: " prefix; the caller prints the message; end_panic ends the line,
// prints the goroutine trace and exits with status 2. These do not unwind: defers do not run
// and recover cannot stop them. Prefer panic_error_string.
void begin_panic();
void begin_runtime_error();  // "panic: runtime error: "
[[noreturn]] void end_panic();

// "panic: runtime error: MSG", unwinding: the same as panic_error_string(msg).
[[noreturn]] void panic_runtime_error(const char* msg);

// "fatal error: MSG" and exit 2: unrecoverable runtime failures (gc's throw).
[[noreturn]] void fatal(const char* msg);

}  // namespace ergo::rt
