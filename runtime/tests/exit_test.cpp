// The noreturn entry points, run in a forked child whose fd 2 is a pipe: the whole report and
// the exit status, as a user sees them.
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>
#include <string>

#include "entries.h"
#include "sched_testing.h"
#include "types.h"

namespace rt = ergo::rt;
using ergo::abi::Kind;
using ergo::rt::testing::make_type;

namespace {

using Outcome = ergo::rt::testing::ChildOutcome;

template <typename F>
Outcome run_child(F f) {
  return ergo::rt::testing::run_on_thread_in_child(f);
}

// The test binary has no Go frames, and the trace shows only those.
const std::string kTrace = "\ngoroutine 1 [running]:\n";

}  // namespace

TEST_CASE("runtime errors print gc's report and exit 2", "[panic][exit]") {
  Outcome o = run_child([] { rt::panicIndex(5, 3); });
  CHECK(o.status == 2);
  CHECK(o.stderr_text == "panic: runtime error: index out of range [5] with length 3\n" + kTrace);

  o = run_child([] { rt::panicdivide(); });
  CHECK(o.stderr_text == "panic: runtime error: integer divide by zero\n" + kTrace);

  o = run_child([] { rt::panicshift(); });
  CHECK(o.stderr_text == "panic: runtime error: negative shift amount\n" + kTrace);

  // The pc is the nil check's call site (gc's is the faulting instruction): any address.
  o = run_child([] { rt::panicnilderef(); });
  const std::string head =
      "panic: runtime error: invalid memory address or nil pointer dereference\n"
      "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x";
  CHECK(o.stderr_text.compare(0, head.size(), head) == 0);
  CHECK(o.stderr_text.substr(o.stderr_text.find("]\n")) == "]\n" + kTrace);

  o = run_child([] { rt::panicSliceB(5, 3); });
  CHECK(o.stderr_text == "panic: runtime error: slice bounds out of range [5:3]\n" + kTrace);
}

TEST_CASE("make and append report out-of-range sizes", "[panic][exit]") {
  static auto i64 = make_type("int", Kind::Int, 8);
  Outcome o = run_child([] { rt::makeslice(&i64, -1, 0); });
  CHECK(o.status == 2);
  CHECK(o.stderr_text == "panic: runtime error: makeslice: len out of range\n" + kTrace);
  o = run_child([] { rt::makeslice(&i64, 10, 5); });
  CHECK(o.stderr_text == "panic: runtime error: makeslice: cap out of range\n" + kTrace);
  o = run_child([] { rt::makeslice(&i64, int64_t{1} << 62, int64_t{1} << 62); });
  CHECK(o.stderr_text == "panic: runtime error: makeslice: len out of range\n" + kTrace);
  o = run_child([] { rt::makeslice(&i64, 1, int64_t{1} << 62); });
  CHECK(o.stderr_text == "panic: runtime error: makeslice: cap out of range\n" + kTrace);
  o = run_child([] { rt::growslice(&i64, nullptr, 0, 0, int64_t{1} << 62); });
  CHECK(o.stderr_text == "panic: runtime error: growslice: cap out of range\n" + kTrace);
}

TEST_CASE("gopanic, panicdottype and uncomparable comparisons", "[panic][exit]") {
  static auto str = make_type("string", Kind::String, 16);
  static auto int_t = make_type("int", Kind::Int, 8);
  static auto any = make_type("interface {}", Kind::Interface, 16);
  static auto ints = make_type("[]int", Kind::Slice, 24, &int_t);
  static ergo::abi::String boom{reinterpret_cast<const uint8_t*>("boom"), 4};

  Outcome o = run_child([] { rt::gopanic(&str, &boom); });
  CHECK(o.status == 2);
  CHECK(o.stderr_text == "panic: boom\n" + kTrace);

  o = run_child([] { rt::gopanic(nullptr, nullptr); });
  CHECK(o.stderr_text == "panic: nil\n" + kTrace);

  o = run_child([] { rt::panicdottype(&str, &int_t, &any); });
  CHECK(o.stderr_text == "panic: interface conversion: interface {} is string, not int\n" + kTrace);

  o = run_child([] { rt::efaceeq(&ints, nullptr, &ints, nullptr); });
  CHECK(o.status == 2);
  CHECK(o.stderr_text == "panic: runtime error: comparing uncomparable type []int\n" + kTrace);
}
