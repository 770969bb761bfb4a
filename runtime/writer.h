// The one output path for print, panic and fatal-error text: a small buffer behind the print
// lock, flushed to fd 2 with write(2). No stdio: it allocates and has its own locks.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ergo::rt {

// Writes all of [data, data+len) to fd, retrying on EINTR and partial writes. Returns the
// number of bytes written, or -errno when the first write fails; after a partial write an error
// ends the loop and the short count is returned (the caller's next write reports the error).
int64_t write_all(int fd, const void* data, size_t len);

// The print lock, as gc's printlock: recursive for the thread that holds it, so that a
// println's pieces stay together and print_* helpers can take it again. The outermost unlock
// flushes the buffer.
void print_lock();
void print_unlock();

// Append to the print buffer. The caller holds the print lock.
void print_bytes(const void* data, size_t len);
void print_cstr(const char* s);
void print_char(char c);

// A growing malloc'd buffer that print output can be redirected into, to build strings with
// the print_* formatters (the Error() methods of runtime errors).
struct PrintSink {
  char* data = nullptr;
  size_t len = 0;
  size_t cap = 0;
};
// Under the print lock: print_bytes appends to `sink` (when not null) instead of the buffer.
// Returns the sink set before, which the caller restores.
PrintSink* set_print_sink(PrintSink* sink);

// Sends buffered text to fd 2 now (the panic paths call it before _exit).
void print_flush();

class PrintLockGuard {
 public:
  PrintLockGuard() { print_lock(); }
  ~PrintLockGuard() { print_unlock(); }
  PrintLockGuard(const PrintLockGuard&) = delete;
  PrintLockGuard& operator=(const PrintLockGuard&) = delete;
};

#ifdef ERGO_RT_TESTING
// Test-only: while set, flushed print output goes to `capture` instead of fd 2.
using PrintCapture = void (*)(const char* data, size_t len);
void set_print_capture(PrintCapture capture);
#endif

}  // namespace ergo::rt
