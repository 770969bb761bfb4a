#include <catch2/catch.hpp>
#include <cmath>

#include "entries.h"
#include "types.h"

namespace rt = ergo::rt;
using ergo::abi::Kind;
using ergo::rt::testing::make_type;

namespace {

bool eq(const rt::TypeDescriptor* t1, const void* d1, const rt::TypeDescriptor* t2,
        const void* d2) {
  return rt::efaceeq(t1, const_cast<void*>(d1), t2, const_cast<void*>(d2)) != 0;
}

}  // namespace

TEST_CASE("nil interfaces and differing types", "[iface]") {
  auto int_t = make_type("int", Kind::Int, 8);
  auto myint = make_type("main.MyInt", Kind::Int, 8);
  int64_t five = 5;
  CHECK(eq(nullptr, nullptr, nullptr, nullptr));
  CHECK_FALSE(eq(&int_t, &five, nullptr, nullptr));
  CHECK_FALSE(eq(&int_t, &five, &myint, &five));  // same bits, different types
}

TEST_CASE("values compare by kind", "[iface]") {
  auto int_t = make_type("int", Kind::Int, 8);
  int64_t a = 5, b = 5, c = 6;
  CHECK(eq(&int_t, &a, &int_t, &b));
  CHECK_FALSE(eq(&int_t, &a, &int_t, &c));

  auto i8 = make_type("int8", Kind::Int8, 1);
  int8_t x = -1, y = -1;
  CHECK(eq(&i8, &x, &i8, &y));

  auto f64 = make_type("float64", Kind::Float64, 8);
  double zero = 0.0, negzero = -0.0, nan = std::nan("");
  CHECK(eq(&f64, &zero, &f64, &negzero));
  CHECK_FALSE(eq(&f64, &nan, &f64, &nan));

  auto str = make_type("string", Kind::String, 16);
  char buf1[] = "hello", buf2[] = "hello";
  ergo::abi::String s1{reinterpret_cast<uint8_t*>(buf1), 5};
  ergo::abi::String s2{reinterpret_cast<uint8_t*>(buf2), 5};
  ergo::abi::String s3{reinterpret_cast<uint8_t*>(buf2), 4};
  CHECK(eq(&str, &s1, &str, &s2));
  CHECK_FALSE(eq(&str, &s1, &str, &s3));

  auto boolean = make_type("bool", Kind::Bool, 1);
  uint8_t t1 = 1, t2 = 1, f = 0;
  CHECK(eq(&boolean, &t1, &boolean, &t2));
  CHECK_FALSE(eq(&boolean, &t1, &boolean, &f));
}

TEST_CASE("pointer-shaped values live in the data word", "[iface]") {
  auto ptr = make_type("*int", Kind::Pointer, 8);
  int64_t target = 0, other = 0;
  CHECK(eq(&ptr, &target, &ptr, &target));
  CHECK_FALSE(eq(&ptr, &target, &ptr, &other));
  auto ch = make_type("chan int", Kind::Chan, 8);
  CHECK(eq(&ch, nullptr, &ch, nullptr));
}

TEST_CASE("arrays compare element by element", "[iface]") {
  auto f64 = make_type("float64", Kind::Float64, 8);
  auto arr = make_type("[2]float64", Kind::Array, 16, &f64, 2);
  double a[2] = {1.0, 0.0}, b[2] = {1.0, -0.0}, c[2] = {1.0, std::nan("")};
  CHECK(eq(&arr, a, &arr, b));  // bytes differ, values are equal
  CHECK_FALSE(eq(&arr, c, &arr, c));

  auto str = make_type("string", Kind::String, 16);
  auto sarr = make_type("[1]string", Kind::Array, 16, &str, 1);
  char x[] = "ab", y[] = "ab";
  ergo::abi::String s1[1] = {{reinterpret_cast<uint8_t*>(x), 2}};
  ergo::abi::String s2[1] = {{reinterpret_cast<uint8_t*>(y), 2}};
  CHECK(eq(&sarr, s1, &sarr, s2));
}

TEST_CASE("interfaces inside arrays compare their dynamic values", "[iface]") {
  auto any = make_type("interface {}", Kind::Interface, 16);
  auto arr = make_type("[1]interface {}", Kind::Array, 16, &any, 1);
  auto int_t = make_type("int", Kind::Int, 8);
  int64_t v1 = 3, v2 = 3;
  ergo::abi::Eface a[1] = {{&int_t, &v1}}, b[1] = {{&int_t, &v2}};
  CHECK(eq(&arr, a, &arr, b));
}
