// unsafe.Slice(ptr, len) and unsafe.String(ptr, len) check their arguments as gc's
// unsafeslice and unsafestring do: a negative length, or one whose bytes would run past the
// end of the address space from ptr, is out of range; a nil ptr allows only length 0.
#include "entries.h"
#include "panic.h"

namespace ergo::rt {

namespace {

// Whether len elements of elemsize bytes from ptr are a valid range; `nil` tells why not.
bool range_ok(uint64_t elemsize, const void* ptr, int64_t len, bool& nil) {
  nil = false;
  if (len < 0) return false;
  uint64_t bytes;
  bool overflow = __builtin_mul_overflow(elemsize, static_cast<uint64_t>(len), &bytes);
  uint64_t room = -reinterpret_cast<uintptr_t>(ptr);  // bytes up to the end of the address space
  // Zero-size elements never run out of room, but a nil ptr still allows only length 0 (Go
  // 1.20's rule; 1.19 let it pass).
  if (overflow || bytes > room || (ptr == nullptr && len > 0)) {
    nil = ptr == nullptr;
    return false;
  }
  return true;
}

}  // namespace

void unsafeslicecheck(int64_t elemsize, const void* ptr, int64_t len) {
  bool nil;
  if (range_ok(static_cast<uint64_t>(elemsize), ptr, len, nil)) return;
  panic_error_string(nil ? "unsafe.Slice: ptr is nil and len is not zero"
                         : "unsafe.Slice: len out of range");
}

void unsafestringcheck(const void* ptr, int64_t len) {
  bool nil;
  if (range_ok(1, ptr, len, nil)) return;
  panic_error_string(nil ? "unsafe.String: ptr is nil and len is not zero"
                         : "unsafe.String: len out of range");
}

}  // namespace ergo::rt
