#include "panic.h"

#include <unistd.h>
#include <cstdlib>
#include <cstring>

#include "alloc.h"
#include "entries.h"
#include "format.h"
#include "g.h"
#include "traceback.h"
#include "typealg.h"
#include "unwinding.h"
#include "writer.h"

namespace ergo::rt {

using abi::Kind;

namespace {

void print_type_name(const TypeDescriptor* t) {
  print_gostring(t->name.data, t->name.len);
}

bool name_equals(const abi::String& name, const char* s) {
  size_t n = strlen(s);
  return static_cast<size_t>(name.len) == n && (n == 0 || memcmp(name.data, s, n) == 0);
}

// The predeclared type of each basic kind. gc prints a panic value of exactly that type plainly
// (`5`) and one of a defined type with its name (`main.MyInt(5)`).
const char* predeclared_name(Kind kind) {
  static const char* const kNames[] = {nullptr,     "bool",      "int",     "int8",    "int16",
                                       "int32",     "int64",     "uint",    "uint8",   "uint16",
                                       "uint32",    "uint64",    "uintptr", "float32", "float64",
                                       "complex64", "complex128"};
  static_assert(sizeof kNames / sizeof kNames[0] == static_cast<int>(Kind::Complex128) + 1);
  if (kind == Kind::String) return "string";
  unsigned k = static_cast<unsigned>(kind);
  return k < sizeof kNames / sizeof kNames[0] ? kNames[k] : nullptr;
}

template <typename T>
T load(const void* p) {
  T v;
  memcpy(&v, p, sizeof v);
  return v;
}

// Prints a basic value (data points at it) as print would; false for other kinds.
bool print_basic_value(Kind kind, const void* data) {
  switch (kind) {
    case Kind::Bool:
      print_bool(load<uint8_t>(data) != 0);
      return true;
    case Kind::Int:
    case Kind::Int64:
      print_i64(load<int64_t>(data));
      return true;
    case Kind::Int8:
      print_i64(load<int8_t>(data));
      return true;
    case Kind::Int16:
      print_i64(load<int16_t>(data));
      return true;
    case Kind::Int32:
      print_i64(load<int32_t>(data));
      return true;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
      print_u64(load<uint64_t>(data));
      return true;
    case Kind::Uint8:
      print_u64(load<uint8_t>(data));
      return true;
    case Kind::Uint16:
      print_u64(load<uint16_t>(data));
      return true;
    case Kind::Uint32:
      print_u64(load<uint32_t>(data));
      return true;
    case Kind::Float32:
      print_f64(load<float>(data));
      return true;
    case Kind::Float64:
      print_f64(load<double>(data));
      return true;
    case Kind::Complex64: {
      const float* c = static_cast<const float*>(data);
      print_c128(c[0], c[1]);
      return true;
    }
    case Kind::Complex128: {
      const double* c = static_cast<const double*>(data);
      print_c128(c[0], c[1]);
      return true;
    }
    case Kind::String: {
      abi::String s = load<abi::String>(data);
      print_gostring(s.data, s.len);
      return true;
    }
    default:
      return false;
  }
}

// The calling goroutine's trace, for the paths that exit without unwinding.
void print_trace() {
  uintptr_t pcs[kTracebackMaxFrames];
  int n = capture_traceback(pcs, kTracebackMaxFrames, 0);
  print_char('\n');
  G* g = current_g();
  print_traceback(pcs, n, g->id, g->gopc);
}

[[noreturn]] void exit_after_report() {
  print_flush();
  _exit(2);
}

}  // namespace

void print_bounds_message(BoundsCode code, int64_t x, int64_t y, bool x_signed) {
  // %x and %y stand for the two operands, as in gc's format tables.
  static const char* const kFormats[] = {
      "index out of range [%x] with length %y",
      "slice bounds out of range [:%x] with length %y",
      "slice bounds out of range [:%x] with capacity %y",
      "slice bounds out of range [%x:%y]",
      "slice bounds out of range [::%x] with length %y",
      "slice bounds out of range [::%x] with capacity %y",
      "slice bounds out of range [:%x:%y]",
      "slice bounds out of range [%x:%y:]",
      "cannot convert slice with length %y to pointer to array with length %x",
      "cannot convert slice with length %y to array or pointer to array with length %x",
  };
  // A negative signed index is reported without the other operand.
  static const char* const kNegativeFormats[] = {
      "index out of range [%x]",
      "slice bounds out of range [:%x]",
      "slice bounds out of range [:%x]",
      "slice bounds out of range [%x:]",
      "slice bounds out of range [::%x]",
      "slice bounds out of range [::%x]",
      "slice bounds out of range [:%x:]",
      "slice bounds out of range [%x::]",
      "cannot convert slice with length %y to pointer to array with length %x",
      "cannot convert slice with length %y to array or pointer to array with length %x",
  };
  unsigned index = static_cast<unsigned>(code);
  const char* format = (x_signed && x < 0) ? kNegativeFormats[index] : kFormats[index];
  for (const char* p = format; *p != '\0'; ++p) {
    if (*p != '%') {
      print_char(*p);
      continue;
    }
    ++p;
    if (*p == 'x') {
      if (x_signed) {
        print_i64(x);
      } else {
        print_u64(static_cast<uint64_t>(x));
      }
    } else {
      print_i64(y);
    }
  }
}

void print_panic_value(const TypeDescriptor* type, const void* data) {
  if (print_runtime_error(type, data)) return;
  if (type == nullptr) {
    print_cstr("nil");  // panic(nil), as go 1.19 prints it
    return;
  }
  const char* plain = predeclared_name(type->kind);
  if (plain != nullptr && name_equals(type->name, plain)) {
    print_basic_value(type->kind, data);
    return;
  }
  // Predeclared types have no methods; a defined type's Error() or String() is what prints.
  if (print_panic_text(type, const_cast<void*>(data))) return;
  // A defined type: basic values print inside their type's name; everything else prints as
  // "(T) " and the data word.
  switch (type->kind) {
    case Kind::String:
      print_type_name(type);
      print_cstr("(\"");
      print_basic_value(type->kind, data);
      print_cstr("\")");
      return;
    case Kind::Complex64:
    case Kind::Complex128:
      print_type_name(type);  // the complex value brings its own parentheses
      print_basic_value(type->kind, data);
      return;
    default:
      if (plain != nullptr) {
        print_type_name(type);
        print_char('(');
        print_basic_value(type->kind, data);
        print_char(')');
        return;
      }
      print_char('(');
      print_type_name(type);
      print_cstr(") ");
      print_hex(reinterpret_cast<uintptr_t>(data));
      return;
  }
}

void print_type_assertion_message(const TypeDescriptor* have, const TypeDescriptor* want,
                                  const TypeDescriptor* iface) {
  print_cstr("interface conversion: ");
  if (iface != nullptr) {
    print_type_name(iface);
  } else {
    print_cstr("interface");
  }
  print_cstr(" is ");
  if (have == nullptr) {
    print_cstr("nil");
  } else {
    print_type_name(have);
  }
  print_cstr(", not ");
  print_type_name(want);
  if (have != nullptr && have->name.len == want->name.len &&
      memcmp(have->name.data, want->name.data, have->name.len) == 0) {
    // TODO(types): gc says "(types from different packages)" when the package paths differ;
    // that needs the package path in the descriptor.
    print_cstr(" (types from different scopes)");
  }
}

void begin_panic() {
  print_lock();
  print_cstr("panic: ");
}

void begin_runtime_error() {
  begin_panic();
  print_cstr("runtime error: ");
}

void end_panic() {
  print_char('\n');
  print_trace();
  exit_after_report();
}

// Runtime error values.

namespace {

constexpr uint32_t fnv1a(const char* s) {
  uint32_t h = 2166136261u;
  for (; *s != '\0'; ++s) h = (h ^ static_cast<uint8_t>(*s)) * 16777619u;
  return h;
}

}  // namespace

abi::TypeDescriptor runtime_type(const char* name, Kind kind, uint64_t size, uint64_t gcbits,
                                 const TypeDescriptor* elem) {
  TypeDescriptor t{};
  t.size = size;
  uint64_t words = 0;
  for (uint64_t bits = gcbits; bits != 0; bits >>= 1) ++words;
  t.ptrdata = words * 8;
  t.gcbits = gcbits;
  t.hash = fnv1a(name);
  t.align = 8;
  t.kind = kind;
  t.name = abi::String{reinterpret_cast<const uint8_t*>(name), static_cast<int64_t>(strlen(name))};
  t.elem = elem;
  // Values are only ever made by the runtime, with zeroed padding: their bytes compare.
  t.flags = abi::kTypeFlagRegularMemory;
  t.equal = &memequal_varlen;
  t.hasher = &memhash_varlen;
  if (kind == Kind::String) {
    t.flags = 0;
    t.equal = &strequal;
    t.hasher = &strhash;
  } else if (kind == Kind::Pointer) {
    t.flags |= abi::kTypeFlagDirectIface;
  }
  return t;
}

ERGO_RUNTIME_ERROR_METHODS(ERGO_RT_DECLARE_ENTRY)

namespace {

// The method types, the same descriptors as the compiler's (type identity is pointer identity).
// Weak: a program that never spells `func() string` has no such descriptor and no interface
// that could match these methods, and the methods' type is then nil.
extern "C" const TypeDescriptor kFuncStringType __asm__("type:func() string") __attribute__((weak));
extern "C" const TypeDescriptor kFuncType __asm__("type:func()") __attribute__((weak));

#define ERGO_DECLARE_METHOD_STUB(symbol, name, result, params, noreturn) \
  extern "C" const char stub_##name[] __asm__(symbol);
ERGO_RUNTIME_ERROR_METHODS(ERGO_DECLARE_METHOD_STUB)
#undef ERGO_DECLARE_METHOD_STUB

abi::String go_string(const char* s, int64_t n) {
  return abi::String{reinterpret_cast<const uint8_t*>(s), n};
}

// A method table of Error and RuntimeError (sorted by name, both exported).
struct ErrorMethods {
  abi::Method methods[2];
  abi::UncommonType uncommon;
};
#define ERGO_ERROR_METHODS(error_stub, runtime_error_stub)                                 \
  ErrorMethods {                                                                           \
    {{go_string("Error", 5), &kFuncStringType, error_stub, error_stub},                    \
     {go_string("RuntimeError", 12), &kFuncType, runtime_error_stub, runtime_error_stub}}, \
        abi::UncommonType{go_string("runtime", 7), nullptr, 2, 2}                          \
  }
ErrorMethods bounds_methods =
    ERGO_ERROR_METHODS(stub_boundsError_Error, stub_boundsError_RuntimeError);
ErrorMethods error_string_methods =
    ERGO_ERROR_METHODS(stub_errorString_Error, stub_errorString_RuntimeError);
ErrorMethods plain_error_methods =
    ERGO_ERROR_METHODS(stub_plainError_Error, stub_plainError_RuntimeError);
ErrorMethods type_assertion_methods =
    ERGO_ERROR_METHODS(stub_TypeAssertionError_Error, stub_TypeAssertionError_RuntimeError);
#undef ERGO_ERROR_METHODS

TypeDescriptor with_methods(TypeDescriptor t, ErrorMethods& m) {
  m.uncommon.methods = m.methods;
  t.uncommon = &m.uncommon;
  return t;
}

}  // namespace

const TypeDescriptor kBoundsErrorType =
    with_methods(runtime_type("runtime.boundsError", Kind::Struct, sizeof(BoundsError), 0, nullptr),
                 bounds_methods);
const TypeDescriptor kErrorStringType =
    with_methods(runtime_type("runtime.errorString", Kind::String, sizeof(abi::String), 1, nullptr),
                 error_string_methods);
const TypeDescriptor kPlainErrorType =
    with_methods(runtime_type("runtime.plainError", Kind::String, sizeof(abi::String), 1, nullptr),
                 plain_error_methods);
const TypeDescriptor kTypeAssertionType = runtime_type("runtime.TypeAssertionError", Kind::Struct,
                                                       sizeof(TypeAssertionError), 0b1111, nullptr);
const TypeDescriptor kTypeAssertionPtrType = with_methods(
    runtime_type("*runtime.TypeAssertionError", Kind::Pointer, 8, 1, &kTypeAssertionType),
    type_assertion_methods);

bool print_runtime_error(const TypeDescriptor* type, const void* data) {
  if (type == &kBoundsErrorType) {
    const auto* e = static_cast<const BoundsError*>(data);
    print_cstr("runtime error: ");
    print_bounds_message(e->code, e->x, e->y, e->is_signed != 0);
    return true;
  }
  if (type == &kErrorStringType) {
    const auto* s = static_cast<const abi::String*>(data);
    print_cstr("runtime error: ");
    print_gostring(s->data, s->len);
    return true;
  }
  if (type == &kPlainErrorType) {
    const auto* s = static_cast<const abi::String*>(data);
    print_gostring(s->data, s->len);
    return true;
  }
  if (type == &kTypeAssertionPtrType) {
    const auto* e = static_cast<const TypeAssertionError*>(data);
    if (e->missing.len != 0)
      print_missing_method_message(e->have, e->want, e->missing);
    else
      print_type_assertion_message(e->have, e->want, e->iface);
    return true;
  }
  return false;
}

namespace {
// The Error() text of a runtime error value, as a new Go string: what the report prints.
abi::Pair error_text(const TypeDescriptor* type, const void* data) {
  PrintSink sink;
  {
    PrintLockGuard lock;
    PrintSink* saved = set_print_sink(&sink);
    print_runtime_error(type, data);
    set_print_sink(saved);
  }
  auto* bytes = static_cast<uint8_t*>(alloc_uninitialized(sink.len));
  if (sink.len > 0) memcpy(bytes, sink.data, sink.len);
  free(sink.data);
  return make_pair(bytes, sink.len);
}
}  // namespace

abi::Pair boundsError_Error(const BoundsError* e) {
  return error_text(&kBoundsErrorType, e);
}
abi::Pair errorString_Error(const abi::String* s) {
  return error_text(&kErrorStringType, s);
}
abi::Pair plainError_Error(const abi::String* s) {
  return error_text(&kPlainErrorType, s);
}
abi::Pair TypeAssertionError_Error(const TypeAssertionError* e) {
  return error_text(&kTypeAssertionPtrType, e);
}
// RuntimeError only marks the types as runtime.Error.
void boundsError_RuntimeError(const BoundsError*) {}
void errorString_RuntimeError(const abi::String*) {}
void plainError_RuntimeError(const abi::String*) {}
void TypeAssertionError_RuntimeError(const TypeAssertionError*) {}

namespace {
abi::String* new_string(const char* msg) {
  auto* s = static_cast<abi::String*>(alloc_object(&kErrorStringType, sizeof(abi::String)));
  *s = abi::String{reinterpret_cast<const uint8_t*>(msg), static_cast<int64_t>(strlen(msg))};
  return s;
}
}  // namespace

void panic_error_string(const char* msg, bool signal) {
  raise_panic(&kErrorStringType, new_string(msg),
              signal ? PanicSource::NilDeref : PanicSource::Runtime);
}

void panic_error_string2(const char* prefix, abi::String rest) {
  size_t n = strlen(prefix);
  auto* bytes = static_cast<uint8_t*>(alloc_uninitialized(n + static_cast<uint64_t>(rest.len)));
  memcpy(bytes, prefix, n);
  if (rest.len > 0) memcpy(bytes + n, rest.data, static_cast<size_t>(rest.len));
  auto* s = static_cast<abi::String*>(alloc_object(&kErrorStringType, sizeof(abi::String)));
  *s = abi::String{bytes, static_cast<int64_t>(n) + rest.len};
  raise_panic(&kErrorStringType, s, PanicSource::Runtime);
}

void panic_plain_error(const char* msg) {
  raise_panic(&kPlainErrorType, new_string(msg), PanicSource::Runtime);
}

void panic_runtime_error(const char* msg) {
  panic_error_string(msg);
}

void fatal(const char* msg) {
  print_lock();
  print_cstr("fatal error: ");
  print_cstr(msg);
  print_char('\n');
  print_trace();
  exit_after_report();
}

// Entry points.

// TODO(methods): gc prints an error value via Error() and a Stringer via String(); that needs
// method tables in type descriptors.
void gopanic(const TypeDescriptor* type, void* data) {
  raise_panic(type, data, PanicSource::Call);
}

namespace {
[[noreturn]] void panic_bounds(BoundsCode code, int64_t x, int64_t y, bool is_signed) {
  auto* e = static_cast<BoundsError*>(alloc_object(&kBoundsErrorType, sizeof(BoundsError)));
  *e = BoundsError{x, y, static_cast<uint8_t>(is_signed), code};
  raise_panic(&kBoundsErrorType, e, PanicSource::Runtime);
}
}  // namespace

void panicIndex(int64_t x, int64_t len) {
  panic_bounds(BoundsCode::Index, x, len, true);
}
void panicIndexU(int64_t x, int64_t len) {
  panic_bounds(BoundsCode::Index, x, len, false);
}
void panicSliceAlen(int64_t x, int64_t len) {
  panic_bounds(BoundsCode::SliceAlen, x, len, true);
}
void panicSliceAcap(int64_t x, int64_t cap) {
  panic_bounds(BoundsCode::SliceAcap, x, cap, true);
}
void panicSliceB(int64_t x, int64_t y) {
  panic_bounds(BoundsCode::SliceB, x, y, true);
}
void panicSlice3Alen(int64_t x, int64_t len) {
  panic_bounds(BoundsCode::Slice3Alen, x, len, true);
}
void panicSlice3Acap(int64_t x, int64_t cap) {
  panic_bounds(BoundsCode::Slice3Acap, x, cap, true);
}
void panicSlice3B(int64_t x, int64_t y) {
  panic_bounds(BoundsCode::Slice3B, x, y, true);
}
void panicSlice3C(int64_t x, int64_t y) {
  panic_bounds(BoundsCode::Slice3C, x, y, true);
}
void panicSliceConvert(int64_t x, int64_t y) {
  panic_bounds(BoundsCode::Convert, x, y, true);
}
void panicSliceToArray(int64_t x, int64_t y) {
  panic_bounds(BoundsCode::ConvertArray, x, y, true);
}

void panicdivide() {
  panic_error_string("integer divide by zero");
}

void panicshift() {
  panic_error_string("negative shift amount");
}

// gc reports a nil dereference from its SIGSEGV handler; ergo checks explicitly and panics
// with the same value; the report adds the signal line (unwind.cpp).
void panicnilderef() {
  panic_error_string("invalid memory address or nil pointer dereference", true);
}

// "value method main.T.M called using nil *T pointer": a plainError, as gc's panicwrap. The
// message is a constant of the calling wrapper.
void panicwrap(const uint8_t* msg, int64_t len) {
  auto* s = static_cast<abi::String*>(alloc_object(&kPlainErrorType, sizeof(abi::String)));
  *s = abi::String{msg, len};
  raise_panic(&kPlainErrorType, s, PanicSource::Runtime);
}

void panicdottype(const TypeDescriptor* have, const TypeDescriptor* want,
                  const TypeDescriptor* iface) {
  auto* e = static_cast<TypeAssertionError*>(
      alloc_object(&kTypeAssertionType, sizeof(TypeAssertionError)));
  *e = TypeAssertionError{iface, have, want, {}};
  raise_panic(&kTypeAssertionPtrType, e, PanicSource::Runtime);
}

}  // namespace ergo::rt
