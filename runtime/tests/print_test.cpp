#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>

#include "capture.h"
#include "entries.h"
#include "format.h"

using ergo::rt::testing::PrintCapture;
using ergo::rt::testing::printed;
namespace rt = ergo::rt;

TEST_CASE("integers print in decimal", "[print]") {
  PrintCapture capture;
  rt::printint(0);
  rt::printsp();
  rt::printint(-42);
  rt::printsp();
  rt::printint(INT64_MIN);
  rt::printsp();
  rt::printuint(UINT64_MAX);
  rt::printnl();
  CHECK(capture.take() == "0 -42 -9223372036854775808 18446744073709551615\n");
}

TEST_CASE("bools, strings, pointers, slices and interfaces", "[print]") {
  PrintCapture capture;
  rt::printbool(1);
  rt::printbool(0);
  rt::printstring(reinterpret_cast<const uint8_t*>("héllo"), 6);
  rt::printstring(nullptr, 0);
  CHECK(capture.take() == "truefalsehéllo");

  rt::printpointer(nullptr);
  rt::printsp();
  rt::printpointer(reinterpret_cast<void*>(0xc000010018));
  CHECK(capture.take() == "0x0 0xc000010018");

  rt::printslice(nullptr, 0, 0);
  rt::printsp();
  rt::printslice(reinterpret_cast<void*>(0xabc), 3, 16);
  CHECK(capture.take() == "[0/0]0x0 [3/16]0xabc");

  rt::printeface(nullptr, nullptr);
  rt::printeface(reinterpret_cast<rt::TypeDescriptor*>(0x4a1b20), reinterpret_cast<void*>(0x10));
  CHECK(capture.take() == "(0x0,0x0)(0x4a1b20,0x10)");
}

TEST_CASE("a locked print statement reaches the output in one piece", "[print]") {
  PrintCapture capture;
  rt::printlock();
  rt::printint(1);
  rt::printsp();
  CHECK(capture.take().empty());  // still buffered: the lock is held
  rt::printint(2);
  rt::printnl();
  rt::printunlock();
  CHECK(capture.take() == "1 2\n");
}

TEST_CASE("long strings keep their order with buffered text", "[print]") {
  std::string big(2000, 'x');
  std::string out = printed([&] {
    rt::print_cstr("<");
    rt::print_bytes(big.data(), big.size());
    rt::print_cstr(">");
  });
  CHECK(out == "<" + big + ">");
}

// Expectations from go 1.19: println(1.5, float32(2.25), 0.0, 1e100) and friends.
TEST_CASE("floats print in gc's fixed exponent form", "[print]") {
  auto f = [](double v) { return printed([v] { rt::print_f64(v); }); };
  CHECK(f(1.5) == "+1.500000e+000");
  CHECK(f(2.25) == "+2.250000e+000");
  CHECK(f(0.0) == "+0.000000e+000");
  CHECK(f(-0.0) == "-0.000000e+000");
  CHECK(f(1e100) == "+1.000000e+100");
  CHECK(f(-3.0e-5) == "-3.000000e-005");
  CHECK(f(0.1) == "+1.000000e-001");
  CHECK(f(9.9999999) == "+1.000000e+001");
  CHECK(f(std::numeric_limits<double>::infinity()) == "+Inf");
  CHECK(f(-std::numeric_limits<double>::infinity()) == "-Inf");
  CHECK(f(std::nan("")) == "NaN");
  CHECK(printed([] { rt::print_c128(1, 2); }) == "(+1.000000e+000+2.000000e+000i)");
}
