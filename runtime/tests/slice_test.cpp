#include <catch2/catch.hpp>
#include <cstring>
#include <vector>

#include "alloc.h"
#include "entries.h"
#include "sizeclass.h"
#include "slice.h"
#include "types.h"

namespace rt = ergo::rt;
using ergo::abi::Kind;
using ergo::rt::testing::make_type;

namespace {

// Appends one element at a time up to `count` elements, as `s = append(s, x)` does, and
// returns each distinct cap() seen.
std::vector<int64_t> append_caps(const rt::TypeDescriptor& elem, int64_t count) {
  std::vector<int64_t> caps;
  void* data = nullptr;
  int64_t len = 0, cap = 0;
  for (int64_t i = 0; i < count; ++i) {
    if (len == cap) {
      rt::Pair p = rt::growslice(&elem, data, len, cap, len + 1);
      data = reinterpret_cast<void*>(p.first);
      cap = static_cast<int64_t>(p.second);
      caps.push_back(cap);
    }
    ++len;
  }
  return caps;
}

}  // namespace

// Every expectation below was printed by go 1.19 (linux/amd64): a loop of 100,000 single
// appends that prints cap() whenever it changes.
TEST_CASE("append growth matches gc for 1-byte elements", "[slice]") {
  auto t = make_type("uint8", Kind::Uint8, 1);
  CHECK(append_caps(t, 100000) == std::vector<int64_t>{8,     16,    32,    64,    128,   256,
                                                       512,   896,   1408,  2048,  3072,  4096,
                                                       5376,  6912,  9472,  12288, 16384, 21760,
                                                       28672, 40960, 57344, 73728, 98304, 131072});
}

TEST_CASE("append growth matches gc for 8-byte elements", "[slice]") {
  auto t = make_type("int64", Kind::Int64, 8);
  CHECK(append_caps(t, 100000) ==
        std::vector<int64_t>{1,     2,     4,     8,     16,    32,    64,    128,   256,   512,
                             848,   1280,  1792,  2560,  3408,  5120,  7168,  9216,  12288, 16384,
                             21504, 27648, 34816, 44032, 55296, 69632, 88064, 110592});
}

TEST_CASE("append growth matches gc for 16-byte elements", "[slice]") {
  auto t = make_type("string", Kind::String, 16);
  CHECK(append_caps(t, 100000) ==
        std::vector<int64_t>{1,     2,     4,     8,     16,    32,    64,    128,   256,   512,
                             848,   1280,  1792,  2560,  3584,  5120,  6656,  8704,  11264, 14336,
                             18432, 23552, 29696, 37376, 47104, 59392, 74752, 93696, 117760});
}

TEST_CASE("append growth matches gc for 24-byte elements", "[slice]") {
  auto i64 = make_type("int64", Kind::Int64, 8);
  auto t = make_type("main.T24", Kind::Array, 24, &i64, 3);
  CHECK(append_caps(t, 100000) ==
        std::vector<int64_t>{1,     2,     4,     8,     16,    32,    64,    128,   256,   512,
                             853,   1365,  2048,  3072,  4096,  5461,  7168,  9216,  11946, 15360,
                             19456, 24576, 31061, 39253, 49493, 62122, 78165, 97962, 122880});
}

TEST_CASE("append growth matches gc for 3-byte elements", "[slice]") {
  auto u8 = make_type("uint8", Kind::Uint8, 1);
  auto t = make_type("main.T3", Kind::Array, 3, &u8, 3);
  CHECK(append_caps(t, 100000) ==
        std::vector<int64_t>{2,     5,     10,    21,    42,    85,    170,   341,   682,
                             1066,  1621,  2261,  3157,  4522,  6144,  8192,  10922, 16384,
                             21845, 30037, 38229, 49152, 62805, 79189, 101034});
}

TEST_CASE("append growth matches gc for 40-byte elements", "[slice]") {
  auto i64 = make_type("int64", Kind::Int64, 8);
  auto t = make_type("main.T40", Kind::Array, 40, &i64, 5);
  CHECK(append_caps(t, 100000) ==
        std::vector<int64_t>{1,     2,     4,     8,     16,    32,    67,    134,   272,   544,
                             1024,  1638,  2252,  3072,  4096,  5324,  6963,  9011,  11468, 14540,
                             18432, 23347, 29491, 37068, 46694, 58572, 73523, 92160, 115507});
}

// go 1.19: append(make([]byte, 5), make([]byte, 8)...) and similar multi-element appends.
TEST_CASE("appending several elements at once", "[slice]") {
  CHECK(rt::grow_capacity(1, 5, 13).cap == 16);
  CHECK(rt::grow_capacity(8, 3, 10).cap == 10);
  CHECK(rt::grow_capacity(3, 0, 5).cap == 5);
  CHECK(rt::grow_capacity(8, 300, 600).cap == 1024);
  CHECK(rt::grow_capacity(8, 300, 1300).cap == 1360);
  CHECK(rt::grow_capacity(3, 700, 701).cap == 1152);
  // append(nil []byte, make([]byte, n)...) for sizes around the class and page boundaries.
  const std::pair<int64_t, int64_t> bytes[] = {
      {1, 8},         {7, 8},         {9, 16},         {1016, 1024},   {1017, 1024},
      {1020, 1024},   {1024, 1024},   {1025, 1152},    {32767, 32768}, {32768, 32768},
      {32769, 40960}, {40000, 40960}, {100001, 106496}};
  for (auto [n, want] : bytes) {
    INFO("n = " << n);
    CHECK(rt::grow_capacity(1, 0, n).cap == want);
  }
}

TEST_CASE("growslice copies the old elements and zeroes the rest", "[slice]") {
  auto i64 = make_type("int64", Kind::Int64, 8);
  int64_t old[3] = {7, 8, 9};
  rt::Pair p = rt::growslice(&i64, old, 3, 3, 4);
  CHECK(p.second == 6);
  const int64_t* s = reinterpret_cast<const int64_t*>(p.first);
  CHECK(s[0] == 7);
  CHECK(s[1] == 8);
  CHECK(s[2] == 9);
  for (int i = 3; i < 6; ++i) CHECK(s[i] == 0);
}

TEST_CASE("zero-size elements never allocate and never give nil", "[slice]") {
  auto empty = make_type("struct {}", Kind::Struct, 0);
  rt::Pair p = rt::growslice(&empty, nullptr, 0, 0, 3);
  CHECK(p.first == reinterpret_cast<uint64_t>(&rt::zerobase));
  CHECK(p.second == 3);  // go 1.19: cap(append([]struct{}(nil), x, x, x)) == 3
  CHECK(rt::makeslice(&empty, 10, 10) == &rt::zerobase);
  CHECK(rt::newobject(&empty) == &rt::zerobase);
}

TEST_CASE("makeslice and newobject return zeroed memory", "[slice]") {
  auto i64 = make_type("int64", Kind::Int64, 8);
  auto* s = static_cast<int64_t*>(rt::makeslice(&i64, 2, 100));
  for (int i = 0; i < 100; ++i) REQUIRE(s[i] == 0);
  auto* o = static_cast<int64_t*>(rt::newobject(&i64));
  CHECK(*o == 0);
}

TEST_CASE("size classes", "[slice]") {
  CHECK(rt::round_up_size(0) == 0);
  CHECK(rt::round_up_size(1) == 8);
  CHECK(rt::round_up_size(33) == 48);
  CHECK(rt::round_up_size(6529) == 6784);
  CHECK(rt::round_up_size(32768) == 32768);
  CHECK(rt::round_up_size(32769) == 40960);
  CHECK(rt::round_up_size(UINT64_MAX - 10) == UINT64_MAX - 10);
}

TEST_CASE("growth past the address space is out of range", "[slice]") {
  CHECK(rt::grow_capacity(8, 0, int64_t{1} << 46).out_of_range);
  CHECK(rt::grow_capacity(1, 0, int64_t{1} << 40).out_of_range == false);
  CHECK(rt::grow_capacity(24, 1 << 20, INT64_MAX / 2).out_of_range);
}
