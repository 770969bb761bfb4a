#include "panic.h"

#include <unistd.h>
#include <cstring>

#include "entries.h"
#include "format.h"
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

// The placeholder goroutine trace. TODO(abi issue 3): symbolized frames (`main.f(...)`,
// `\t/path/x.go:12 +0x1d`) need the unwinding and pc-to-line decisions; until then one fixed
// frame keeps the shape of gc's report.
void print_trace() {
  print_cstr("\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n");
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
  if (type == nullptr) {
    print_cstr("nil");  // panic(nil), as go 1.19 prints it
    return;
  }
  const char* plain = predeclared_name(type->kind);
  if (plain != nullptr && name_equals(type->name, plain)) {
    print_basic_value(type->kind, data);
    return;
  }
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

void panic_runtime_error(const char* msg) {
  begin_runtime_error();
  print_cstr(msg);
  end_panic();
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
  begin_panic();
  print_panic_value(type, data);
  end_panic();
}

namespace {
[[noreturn]] void panic_bounds(BoundsCode code, int64_t x, int64_t y) {
  begin_runtime_error();
  print_bounds_message(code, x, y, true);
  end_panic();
}
}  // namespace

void panicIndex(int64_t x, int64_t len) {
  panic_bounds(BoundsCode::Index, x, len);
}
void panicIndexU(int64_t x, int64_t len) {
  begin_runtime_error();
  print_bounds_message(BoundsCode::Index, x, len, false);
  end_panic();
}
void panicSliceAlen(int64_t x, int64_t len) {
  panic_bounds(BoundsCode::SliceAlen, x, len);
}
void panicSliceAcap(int64_t x, int64_t cap) {
  panic_bounds(BoundsCode::SliceAcap, x, cap);
}
void panicSliceB(int64_t x, int64_t y) {
  panic_bounds(BoundsCode::SliceB, x, y);
}
void panicSlice3Acap(int64_t x, int64_t cap) {
  panic_bounds(BoundsCode::Slice3Acap, x, cap);
}
void panicSlice3B(int64_t x, int64_t y) {
  panic_bounds(BoundsCode::Slice3B, x, y);
}
void panicSlice3C(int64_t x, int64_t y) {
  panic_bounds(BoundsCode::Slice3C, x, y);
}

void panicdivide() {
  panic_runtime_error("integer divide by zero");
}

void panicshift() {
  panic_runtime_error("negative shift amount");
}

// gc reports a nil dereference from its SIGSEGV handler; ergo checks explicitly and prints the
// same two lines (address and pc are unknown here, gc's addr is 0x0 for nil as well).
void panicnilderef() {
  panic_runtime_error(
      "invalid memory address or nil pointer dereference\n"
      "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
}

void panicdottype(const TypeDescriptor* have, const TypeDescriptor* want,
                  const TypeDescriptor* iface) {
  begin_panic();
  print_type_assertion_message(have, want, iface);
  end_panic();
}

}  // namespace ergo::rt
