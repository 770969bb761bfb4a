// The print and println builtins. The compiler brackets each print/println statement with
// printlock/printunlock, so a statement's pieces reach fd 2 in one write; a lone call
// takes the (recursive) lock itself and flushes when it is the outermost holder.
#include <bit>

#include "entries.h"
#include "format.h"
#include "writer.h"

namespace ergo::rt {

void printint(int64_t v) {
  PrintLockGuard lock;
  print_i64(v);
}

void printuint(uint64_t v) {
  PrintLockGuard lock;
  print_u64(v);
}

void printbool(uint8_t v) {
  PrintLockGuard lock;
  print_bool(v != 0);
}

void printstring(const uint8_t* data, int64_t len) {
  PrintLockGuard lock;
  print_gostring(data, len);
}

void printpointer(const void* p) {
  PrintLockGuard lock;
  print_hex(reinterpret_cast<uintptr_t>(p));
}

// A slice prints as [len/cap]0xdata.
void printslice(const void* data, int64_t len, int64_t cap) {
  PrintLockGuard lock;
  print_char('[');
  print_i64(len);
  print_char('/');
  print_i64(cap);
  print_char(']');
  print_hex(reinterpret_cast<uintptr_t>(data));
}

// An interface prints as its two words: (0xtype,0xdata).
void printeface(const TypeDescriptor* type, const void* data) {
  PrintLockGuard lock;
  print_char('(');
  print_hex(reinterpret_cast<uintptr_t>(type));
  print_char(',');
  print_hex(reinterpret_cast<uintptr_t>(data));
  print_char(')');
}

// Floats travel as their bits (abi.h); float32 and complex64 arrive widened, as in gc.
void printfloat(uint64_t bits) {
  PrintLockGuard lock;
  print_f64(std::bit_cast<double>(bits));
}

void printcomplex(uint64_t re, uint64_t im) {
  PrintLockGuard lock;
  print_c128(std::bit_cast<double>(re), std::bit_cast<double>(im));
}

void printsp() {
  PrintLockGuard lock;
  print_char(' ');
}

void printnl() {
  PrintLockGuard lock;
  print_char('\n');
}

void printlock() {
  print_lock();
}

void printunlock() {
  print_unlock();
}

}  // namespace ergo::rt
