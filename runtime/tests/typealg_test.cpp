// The equality and hash functions of type descriptors (typealg.h), called through the
// descriptors' slots as the runtime will: == semantics per kind, and equal values hash alike.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

#include "typealg.h"

namespace abi = ergo::abi;
namespace rt = ergo::rt;
using abi::Kind;

namespace {

abi::TypeDescriptor type(Kind kind, uint64_t size, abi::EqualFn eq, abi::HashFn hash,
                         uint16_t flags = 0) {
  abi::TypeDescriptor t{};
  t.size = size;
  t.align = 8;
  t.kind = kind;
  t.flags = flags;
  t.equal = eq;
  t.hasher = hash;
  return t;
}

bool eq(const abi::TypeDescriptor& t, const void* p, const void* q) {
  return t.equal(p, q, &t) != 0;
}
uint64_t hash(const abi::TypeDescriptor& t, const void* p, uint64_t seed = 42) {
  return t.hasher(p, seed, &t);
}

abi::String str(const char* s) {
  return abi::String{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(strlen(s))};
}

const abi::TypeDescriptor kInt =
    type(Kind::Int, 8, rt::memequal64, rt::memhash64, abi::kTypeFlagRegularMemory);
const abi::TypeDescriptor kString = type(Kind::String, 16, rt::strequal, rt::strhash);
const abi::TypeDescriptor kFloat64 = type(Kind::Float64, 8, rt::f64equal, rt::f64hash);
const abi::TypeDescriptor kPointer = type(Kind::Pointer, 8, rt::memequal64, rt::memhash64,
                                          abi::kTypeFlagRegularMemory | abi::kTypeFlagDirectIface);
const abi::TypeDescriptor kSlice = type(Kind::Slice, 24, nullptr, nullptr);
const abi::TypeDescriptor kAny = type(Kind::Interface, 16, rt::nilinterequal, rt::nilinterhash);

}  // namespace

TEST_CASE("typealg: plain memory of every size", "[typealg]") {
  uint8_t a8 = 7, b8 = 7, c8 = 8;
  CHECK(rt::memequal8(&a8, &b8, nullptr));
  CHECK_FALSE(rt::memequal8(&a8, &c8, nullptr));
  uint16_t a16 = 0x1234, b16 = 0x1234;
  CHECK(rt::memequal16(&a16, &b16, nullptr));
  CHECK(rt::memhash16(&a16, 1, nullptr) == rt::memhash16(&b16, 1, nullptr));
  uint32_t a32 = 1, b32 = 2;
  CHECK_FALSE(rt::memequal32(&a32, &b32, nullptr));
  int64_t x = 5, y = 5, z = -5;
  CHECK(eq(kInt, &x, &y));
  CHECK_FALSE(eq(kInt, &x, &z));
  CHECK(hash(kInt, &x) == hash(kInt, &y));
  CHECK(hash(kInt, &x) != hash(kInt, &z));
  CHECK(hash(kInt, &x, 1) != hash(kInt, &x, 2));  // the seed matters
  uint64_t p[2] = {1, 2}, q[2] = {1, 2}, r[2] = {1, 3};
  CHECK(rt::memequal128(p, q, nullptr));
  CHECK_FALSE(rt::memequal128(p, r, nullptr));
  CHECK(rt::memequal0(p, r, nullptr));
  uint8_t m[24] = {}, n[24] = {};
  abi::TypeDescriptor three_words =
      type(Kind::Array, 24, rt::memequal_varlen, rt::memhash_varlen, abi::kTypeFlagRegularMemory);
  CHECK(eq(three_words, m, n));
  CHECK(hash(three_words, m) == hash(three_words, n));
  n[23] = 1;
  CHECK_FALSE(eq(three_words, m, n));
  CHECK(hash(three_words, m) != hash(three_words, n));
}

TEST_CASE("typealg: strings compare and hash by content", "[typealg]") {
  char buf1[] = "hello", buf2[] = "hello";
  abi::String s1 = str(buf1), s2 = str(buf2), s3 = str("help!"), empty{nullptr, 0}, e2 = str("");
  CHECK(eq(kString, &s1, &s2));
  CHECK_FALSE(eq(kString, &s1, &s3));
  CHECK(eq(kString, &empty, &e2));
  CHECK(hash(kString, &s1) == hash(kString, &s2));
  CHECK(hash(kString, &s1) != hash(kString, &s3));
  CHECK(hash(kString, &empty) == hash(kString, &e2));
}

TEST_CASE("typealg: floats follow IEEE ==", "[typealg]") {
  double zero = 0.0, negzero = -0.0, nan = std::nan(""), one = 1.0;
  CHECK(eq(kFloat64, &zero, &negzero));
  CHECK(hash(kFloat64, &zero) == hash(kFloat64, &negzero));
  CHECK_FALSE(eq(kFloat64, &nan, &nan));
  CHECK(hash(kFloat64, &nan) != hash(kFloat64, &nan));  // each NaN key is distinct
  CHECK_FALSE(eq(kFloat64, &zero, &one));
  float f = 1.5f, g = 1.5f;
  CHECK(rt::f32equal(&f, &g, nullptr));
  CHECK(rt::f32hash(&f, 3, nullptr) == rt::f32hash(&g, 3, nullptr));
  double c1[2] = {1.0, 0.0}, c2[2] = {1.0, -0.0};
  CHECK(rt::c128equal(c1, c2, nullptr));
  CHECK(rt::c128hash(c1, 3, nullptr) == rt::c128hash(c2, 3, nullptr));
}

TEST_CASE("typealg: interfaces compare dynamic types, then values", "[typealg]") {
  int64_t five = 5, also_five = 5, six = 6;
  char sa[] = "x", sb[] = "x";
  abi::String s1 = str(sa), s2 = str(sb);
  abi::Eface nil{nullptr, nullptr}, nil2{nullptr, nullptr};
  abi::Eface i5{&kInt, &five}, j5{&kInt, &also_five}, i6{&kInt, &six};
  abi::Eface x1{&kString, &s1}, x2{&kString, &s2};
  abi::Eface p1{&kPointer, &five}, p2{&kPointer, &five}, p3{&kPointer, &six};
  CHECK(eq(kAny, &nil, &nil2));
  CHECK_FALSE(eq(kAny, &nil, &i5));
  CHECK(eq(kAny, &i5, &j5));  // boxed: compared through the data word
  CHECK_FALSE(eq(kAny, &i5, &i6));
  CHECK(eq(kAny, &x1, &x2));
  CHECK(eq(kAny, &p1, &p2));  // pointer-shaped: the data word is the value
  CHECK_FALSE(eq(kAny, &p1, &p3));
  CHECK_FALSE(eq(kAny, &i5, &p1));  // different dynamic types
  CHECK(hash(kAny, &i5) == hash(kAny, &j5));
  CHECK(hash(kAny, &x1) == hash(kAny, &x2));
  CHECK(hash(kAny, &p1) == hash(kAny, &p2));
  CHECK(hash(kAny, &nil) == hash(kAny, &nil2));
  CHECK(kSlice.equal == nullptr);  // a []T in an interface panics when compared
}

TEST_CASE("typealg: arrays and structs go element by element", "[typealg]") {
  abi::TypeDescriptor pair = type(Kind::Array, 16, rt::arrayequal, rt::arrayhash);
  pair.elem = &kFloat64;
  pair.len = 2;
  double a[2] = {1.0, 0.0}, b[2] = {1.0, -0.0}, c[2] = {1.0, std::nan("")};
  CHECK(eq(pair, a, b));  // bytes differ, values are equal
  CHECK(hash(pair, a) == hash(pair, b));
  CHECK_FALSE(eq(pair, c, c));

  // struct { n int; _ int; s string }: the blank field is skipped.
  struct Value {
    int64_t n;
    int64_t blank;
    abi::String s;
  };
  static const abi::StructField fields[] = {
      {str("n"), &kInt, 0, 0}, {str("_"), &kInt, 8, 0}, {str("s"), &kString, 16, 0}};
  abi::TypeDescriptor st = type(Kind::Struct, sizeof(Value), rt::structequal, rt::structhash);
  st.len = 3;
  st.fields = fields;
  char k1[] = "key", k2[] = "key";
  Value v1{1, 100, str(k1)}, v2{1, 200, str(k2)}, v3{2, 100, str(k1)};
  CHECK(eq(st, &v1, &v2));
  CHECK(hash(st, &v1) == hash(st, &v2));
  CHECK_FALSE(eq(st, &v1, &v3));
  CHECK(hash(st, &v1) != hash(st, &v3));
}
