#include "writer.h"

#include <unistd.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace ergo::rt {

namespace {

constexpr int kStderr = 2;
constexpr size_t kBufferSize = 512;

// Guarded by the print lock.
char buffer[kBufferSize];
size_t buffered = 0;

// The lock: the owner's identity word and a depth only the owner touches. A thread's identity
// is the address of a thread-local byte. TODO(scheduler): key it by the current M once
// goroutines can migrate between threads; print code never parks, so a thread is right today.
thread_local char thread_tag;
uintptr_t owner = 0;  // accessed with __atomic builtins
int depth = 0;

uintptr_t self() {
  return reinterpret_cast<uintptr_t>(&thread_tag);
}

PrintSink* sink = nullptr;  // guarded by the print lock

void append_to_sink(const char* p, size_t len) {
  if (sink->len + len > sink->cap) {
    size_t cap = sink->cap == 0 ? 64 : sink->cap;
    while (cap < sink->len + len) cap *= 2;
    char* grown = static_cast<char*>(realloc(sink->data, cap));
    if (grown == nullptr) return;  // out of memory: the text is cut short
    sink->data = grown;
    sink->cap = cap;
  }
  memcpy(sink->data + sink->len, p, len);
  sink->len += len;
}

#ifdef ERGO_RT_TESTING
PrintCapture capture_sink = nullptr;
#endif

void emit(const char* data, size_t len) {
#ifdef ERGO_RT_TESTING
  if (capture_sink != nullptr) {
    capture_sink(data, len);
    return;
  }
#endif
  write_all(kStderr, data, len);
}

}  // namespace

int64_t write_all(int fd, const void* data, size_t len) {
  const char* p = static_cast<const char*>(data);
  size_t done = 0;
  while (done < len) {
    ssize_t n = ::write(fd, p + done, len - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return done == 0 ? -static_cast<int64_t>(errno) : static_cast<int64_t>(done);
    }
    if (n == 0) break;  // a regular file or pipe never does this; do not spin if one does
    done += static_cast<size_t>(n);
  }
  return static_cast<int64_t>(done);
}

void print_lock() {
  uintptr_t me = self();
  if (__atomic_load_n(&owner, __ATOMIC_RELAXED) == me) {
    ++depth;
    return;
  }
  for (;;) {
    uintptr_t expected = 0;
    if (__atomic_compare_exchange_n(&owner, &expected, me, false, __ATOMIC_ACQUIRE,
                                    __ATOMIC_RELAXED)) {
      break;
    }
    while (__atomic_load_n(&owner, __ATOMIC_RELAXED) != 0) {
#if defined(__x86_64__)
      __builtin_ia32_pause();
#elif defined(__aarch64__)
      __asm__ volatile("yield");
#endif
    }
  }
  depth = 1;
}

void print_unlock() {
  if (__atomic_load_n(&owner, __ATOMIC_RELAXED) != self()) return;  // unbalanced: not ours
  if (--depth > 0) return;
  print_flush();
  __atomic_store_n(&owner, 0, __ATOMIC_RELEASE);
}

void print_flush() {
  if (buffered == 0) return;
  emit(buffer, buffered);
  buffered = 0;
}

void print_bytes(const void* data, size_t len) {
  if (len == 0) return;
  const char* p = static_cast<const char*>(data);
  if (sink != nullptr) {
    append_to_sink(p, len);
    return;
  }
  if (len >= kBufferSize) {  // long strings bypass the buffer, in order
    print_flush();
    emit(p, len);
    return;
  }
  if (buffered + len > kBufferSize) print_flush();
  memcpy(buffer + buffered, p, len);
  buffered += len;
}

PrintSink* set_print_sink(PrintSink* s) {
  PrintSink* old = sink;
  sink = s;
  return old;
}

void print_cstr(const char* s) {
  print_bytes(s, strlen(s));
}

void print_char(char c) {
  print_bytes(&c, 1);
}

#ifdef ERGO_RT_TESTING
void set_print_capture(PrintCapture capture) {
  capture_sink = capture;
}
#endif

}  // namespace ergo::rt
