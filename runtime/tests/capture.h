// Captures what the runtime prints, instead of letting it reach fd 2.
#pragma once

#include <string>

#include "writer.h"

namespace ergo::rt::testing {

class PrintCapture {
 public:
  PrintCapture() {
    text().clear();
    set_print_capture(&append);
  }
  ~PrintCapture() { set_print_capture(nullptr); }
  PrintCapture(const PrintCapture&) = delete;
  PrintCapture& operator=(const PrintCapture&) = delete;

  // Everything flushed so far; takes the text and starts afresh.
  std::string take() {
    std::string out;
    out.swap(text());
    return out;
  }

 private:
  static std::string& text() {
    static std::string captured;
    return captured;
  }
  static void append(const char* data, size_t len) { text().append(data, len); }
};

// Runs `f` under the print lock, as the runtime's own callers do, and returns its output.
template <typename F>
std::string printed(F f) {
  PrintCapture capture;
  print_lock();
  f();
  print_unlock();
  return capture.take();
}

}  // namespace ergo::rt::testing
