// The panic entry points exit the process, so these tests check the message formatting they
// share. Every expected line was printed by go 1.19 (the text after "panic: ").
#include <catch2/catch.hpp>
#include <string>

#include "capture.h"
#include "panic.h"
#include "types.h"

namespace rt = ergo::rt;
using ergo::abi::Kind;
using ergo::rt::BoundsCode;
using ergo::rt::testing::make_type;
using ergo::rt::testing::printed;

namespace {

std::string bounds(BoundsCode code, int64_t x, int64_t y) {
  return printed([=] { rt::print_bounds_message(code, x, y, true); });
}

std::string value(const ergo::abi::TypeDescriptor* t, const void* data) {
  return printed([=] { rt::print_panic_value(t, data); });
}

}  // namespace

TEST_CASE("bounds messages", "[panic]") {
  CHECK(bounds(BoundsCode::Index, 5, 3) == "index out of range [5] with length 3");
  CHECK(bounds(BoundsCode::Index, -1, 3) == "index out of range [-1]");
  CHECK(bounds(BoundsCode::SliceAlen, 5, 3) == "slice bounds out of range [:5] with length 3");
  CHECK(bounds(BoundsCode::SliceAcap, 5, 3) == "slice bounds out of range [:5] with capacity 3");
  CHECK(bounds(BoundsCode::SliceB, 5, 3) == "slice bounds out of range [5:3]");
  CHECK(bounds(BoundsCode::SliceB, -2, 3) == "slice bounds out of range [-2:]");
  CHECK(printed([] { rt::print_bounds_message(BoundsCode::Index, -1, 3, false); }) ==
        "index out of range [18446744073709551615] with length 3");
}

TEST_CASE("panic values of predeclared types print plainly", "[panic]") {
  CHECK(value(nullptr, nullptr) == "nil");  // panic(nil)

  auto str = make_type("string", Kind::String, 16);
  ergo::abi::String boom{reinterpret_cast<const uint8_t*>("boom"), 4};
  CHECK(value(&str, &boom) == "boom");

  auto int_t = make_type("int", Kind::Int, 8);
  int64_t five = 5;
  CHECK(value(&int_t, &five) == "5");

  auto i8 = make_type("int8", Kind::Int8, 1);
  int8_t minus3 = -3;
  CHECK(value(&i8, &minus3) == "-3");

  auto u8 = make_type("uint8", Kind::Uint8, 1);
  uint8_t u = 200;
  CHECK(value(&u8, &u) == "200");

  auto boolean = make_type("bool", Kind::Bool, 1);
  uint8_t t = 1;
  CHECK(value(&boolean, &t) == "true");

  auto f64 = make_type("float64", Kind::Float64, 8);
  double f = 1.5;
  CHECK(value(&f64, &f) == "+1.500000e+000");

  auto c128 = make_type("complex128", Kind::Complex128, 16);
  double c[2] = {1, 2};
  CHECK(value(&c128, c) == "(+1.000000e+000+2.000000e+000i)");
}

TEST_CASE("panic values of defined types carry the type's name", "[panic]") {
  auto myint = make_type("main.MyInt", Kind::Int, 8);
  int64_t five = 5;
  CHECK(value(&myint, &five) == "main.MyInt(5)");

  auto s = make_type("main.S", Kind::String, 16);
  ergo::abi::String x{reinterpret_cast<const uint8_t*>("x"), 1};
  CHECK(value(&s, &x) == "main.S(\"x\")");

  auto b = make_type("main.B", Kind::Bool, 1);
  uint8_t t = 1;
  CHECK(value(&b, &t) == "main.B(true)");

  auto f = make_type("main.F", Kind::Float64, 8);
  double v = 2.5;
  CHECK(value(&f, &v) == "main.F(+2.500000e+000)");

  auto c = make_type("main.C", Kind::Complex128, 16);
  double cv[2] = {1, 2};
  CHECK(value(&c, cv) == "main.C(+1.000000e+000+2.000000e+000i)");
}

TEST_CASE("other panic values print their type and data word", "[panic]") {
  auto t = make_type("main.T", Kind::Struct, 8);
  CHECK(value(&t, reinterpret_cast<void*>(0x4bcac8)) == "(main.T) 0x4bcac8");
  auto m = make_type("map[int]int", Kind::Map, 8);
  CHECK(value(&m, nullptr) == "(map[int]int) 0x0");
  auto sl = make_type("[]int", Kind::Slice, 24);
  CHECK(value(&sl, reinterpret_cast<void*>(0xc000010018)) == "([]int) 0xc000010018");
}

TEST_CASE("type assertion messages", "[panic]") {
  auto any = make_type("interface {}", Kind::Interface, 16);
  auto str = make_type("string", Kind::String, 16);
  auto int_t = make_type("int", Kind::Int, 8);
  CHECK(printed([&] { rt::print_type_assertion_message(&str, &int_t, &any); }) ==
        "interface conversion: interface {} is string, not int");
  CHECK(printed([&] { rt::print_type_assertion_message(nullptr, &int_t, &any); }) ==
        "interface conversion: interface {} is nil, not int");
}
