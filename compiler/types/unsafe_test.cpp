// Package unsafe in the checker: gc's layouts as constants (the expected values are what
// go1.19 prints for the same declarations on amd64 and arm64, which agree), Go 1.20's
// functions and the language versions that gate unsafe's newer functions.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "types/check_test_support.h"
#include "types/checker.h"

using namespace ergo;
using namespace ergo::types;

namespace {

// One package `p` of one file, checked; its diagnostics in `errors`.
struct Checked {
  testing::Build build;
  Package* pkg;
  std::string errors;

  explicit Checked(const std::string& text, const std::string& languageVersion = "")
      : pkg(build.check("p", {{"x.go", text}}, nullptr, languageVersion)),
        errors(build.flushed()) {}

  int64_t constant(llvm::StringRef name) {
    auto* c = llvm::dyn_cast_or_null<Const>(pkg->scope->lookupLocal(name));
    INFO("constant " << name.str());
    REQUIRE(c);
    REQUIRE(c->value.known());
    return c->value.int64();
  }
  std::string typeOf(llvm::StringRef name) {
    Object* o = pkg->scope->lookupLocal(name);
    REQUIRE(o);
    return typeString(o->type);
  }
};

const char* kLayouts = R"go(package p

import "unsafe"

type Empty struct{}
type TrailingZero struct {
	a int32
	z struct{}
}
type OnlyZero struct{ z [0]int64 }
type Mixed struct {
	a bool
	b int64
	c int16
	d complex64
	e string
	f []int
	g any
	h map[int]int
	i chan int
	j func()
	k *int
	l [3]int16
	m complex128
	n float32
	o uintptr
	p unsafe.Pointer
}
type Inner struct {
	x int8
	y int32
}
type Outer struct {
	a byte
	Inner
	b [2]Inner
	c byte
}
type Nested struct {
	q int16
	Outer
}
type Arr [5]TrailingZero
type ZeroArr [0]string

var (
	mixed  Mixed
	nested Nested
)

const (
	s1  = unsafe.Sizeof(Empty{})
	s2  = unsafe.Sizeof(TrailingZero{})
	s3  = unsafe.Sizeof(OnlyZero{})
	s4  = unsafe.Sizeof(mixed)
	s5  = unsafe.Sizeof(Outer{})
	s6  = unsafe.Sizeof(nested)
	s7  = unsafe.Sizeof(Arr{})
	s8  = unsafe.Sizeof(ZeroArr{})
	s9  = unsafe.Sizeof(complex64(0))
	s10 = unsafe.Sizeof("")
	s11 = unsafe.Sizeof(1.5)
	s12 = unsafe.Sizeof('x')
	a1  = unsafe.Alignof(Empty{})
	a2  = unsafe.Alignof(TrailingZero{})
	a3  = unsafe.Alignof(OnlyZero{})
	a4  = unsafe.Alignof(mixed)
	a5  = unsafe.Alignof(mixed.d)
	a6  = unsafe.Alignof(mixed.m)
	a7  = unsafe.Alignof(mixed.l)
	a8  = unsafe.Alignof(mixed.e)
	a9  = unsafe.Alignof(nested)
	a10 = unsafe.Alignof(int16(0))
	o1  = unsafe.Offsetof(mixed.b)
	o2  = unsafe.Offsetof(mixed.c)
	o3  = unsafe.Offsetof(mixed.d)
	o4  = unsafe.Offsetof(mixed.e)
	o5  = unsafe.Offsetof(mixed.l)
	o6  = unsafe.Offsetof(mixed.m)
	o7  = unsafe.Offsetof(mixed.n)
	o8  = unsafe.Offsetof(mixed.p)
	o9  = unsafe.Offsetof(nested.y)
	o10 = unsafe.Offsetof(nested.c)
	o11 = unsafe.Offsetof(nested.Inner)
	o12 = unsafe.Offsetof(TrailingZero{}.z)
)
)go";

}  // namespace

TEST_CASE("unsafe: Sizeof, Alignof and Offsetof are gc's layouts", "[unsafe]") {
  Checked c(kLayouts);
  REQUIRE(c.errors.empty());
  // go1.19: fmt.Println of each group, on amd64 and arm64 alike.
  const std::pair<const char*, int64_t> want[] = {
      {"s1", 0},   {"s2", 8},   {"s3", 0},   {"s4", 168}, {"s5", 32}, {"s6", 36},  {"s7", 40},
      {"s8", 0},   {"s9", 8},   {"s10", 16}, {"s11", 8},  {"s12", 4}, {"a1", 1},   {"a2", 4},
      {"a3", 8},   {"a4", 8},   {"a5", 4},   {"a6", 8},   {"a7", 2},  {"a8", 8},   {"a9", 4},
      {"a10", 2},  {"o1", 8},   {"o2", 16},  {"o3", 20},  {"o4", 32}, {"o5", 120}, {"o6", 128},
      {"o7", 144}, {"o8", 160}, {"o9", 12},  {"o10", 32}, {"o11", 8}, {"o12", 4}};
  for (auto [name, value] : want) {
    INFO(name);
    CHECK(c.constant(name) == value);
    CHECK(c.typeOf(name) == "uintptr");
  }
}

TEST_CASE("unsafe: Go 1.20's String, StringData and SliceData", "[unsafe]") {
  Checked ok(R"go(package p

import "unsafe"

var b = []byte("go")
var S = unsafe.String(&b[0], len(b))
var D = unsafe.StringData(S)
var E = unsafe.SliceData(b)
var F = unsafe.Slice(E, 2)
var P = unsafe.Add(unsafe.Pointer(D), 1)
var Q = unsafe.String(nil, uint8(0))
)go");
  CHECK(ok.errors.empty());
  CHECK(ok.typeOf("S") == "string");
  CHECK(ok.typeOf("D") == "*uint8");
  CHECK(ok.typeOf("E") == "*uint8");
  CHECK(ok.typeOf("F") == "[]uint8");
  CHECK(ok.typeOf("P") == "unsafe.Pointer");

  Checked bad(R"go(package p

import "unsafe"

var i int
var _ = unsafe.SliceData(i)
var _ = unsafe.String(&i, 1)
var _ = unsafe.StringData(1)
var _ = unsafe.String(nil, -1)
)go");
  CHECK(bad.errors ==
        "x.go:6:26: invalid argument: i (variable of type int) is not a slice\n"
        "x.go:7:23: cannot use &i (value of type *int) as type *uint8 in argument to "
        "unsafe.String\n"
        "x.go:8:27: cannot use 1 (untyped int constant) as string value in argument to "
        "unsafe.StringData\n"
        "x.go:9:28: invalid argument: length -1 (constant of type int) must not be negative\n");
}

TEST_CASE("unsafe: the language version gates Add, Slice and Go 1.20's functions", "[unsafe]") {
  const char* src = R"go(package p

import "unsafe"

var b = []byte("go")
var _ = unsafe.String(&b[0], 1)
var _ = unsafe.StringData("")
var _ = unsafe.SliceData(b)
var _ = unsafe.Add(nil, 1)
var _ = unsafe.Slice(&b[0], 1)
)go";
  CHECK(Checked(src, "go1.19").errors ==
        "x.go:6:9: unsafe.String requires go1.20 or later\n"
        "x.go:7:9: unsafe.StringData requires go1.20 or later\n"
        "x.go:8:9: unsafe.SliceData requires go1.20 or later\n");
  CHECK(Checked(src, "go1.16").errors ==
        "x.go:6:9: unsafe.String requires go1.20 or later\n"
        "x.go:7:9: unsafe.StringData requires go1.20 or later\n"
        "x.go:8:9: unsafe.SliceData requires go1.20 or later\n"
        "x.go:9:9: unsafe.Add requires go1.17 or later\n"
        "x.go:10:9: unsafe.Slice requires go1.17 or later\n");
  CHECK(Checked(src, "go1.20").errors.empty());
}
