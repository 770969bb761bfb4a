// The API dump (docs/api-dump.md) of a checked package: the expected text is what
// tools/goapidump's printer gives for the same source checked by go/types 1.19 as package
// "p" (method sets with promotion, an ambiguous selector, pointer receivers reached through
// an embedded pointer, an alias, exact constants, a struct tag).
#include <catch2/catch.hpp>

#include "types/api_dump.h"
#include "types/check_test_support.h"
#include "types/checker.h"

using namespace ergo;
using namespace ergo::types;

TEST_CASE("the API dump matches go/types' for methods sets, aliases and constants", "[api_dump]") {
  const char* source = R"go(package p

type Inner struct{ N int }

func (Inner) Get() int     { return 0 }
func (*Inner) Set(n int)   {}
func (Inner) shadowed()    {}

type Other struct{}

func (Other) Get() int   { return 1 }
func (*Other) Close()    {}

type Outer struct {
	Inner
	*Other
	Name string `json:"name"`
}

func (Outer) shadowed() {}

type Deep struct{ Outer }

type Getter interface {
	Get() int
	error
}

type Alias = Outer

const Big = 1 << 70
const Str = "a\"b\n"

var V []byte

func F(xs ...string) (int, error) { return 0, nil }
)go";
  const char* want = R"go(type Alias = p.Outer
const Big untyped int = 1180591620717411303424
type Deep struct{p.Outer}
method Deep.Close func()
method Deep.shadowed func()
method *Deep.Close func()
method *Deep.Set func(int)
method *Deep.shadowed func()
func F func(...string) (int, error)
type Getter interface{Error() string; Get() int}
method Getter.Error func() string
method Getter.Get func() int
type Inner struct{N int}
method Inner.Get func() int
method Inner.shadowed func()
method *Inner.Get func() int
method *Inner.Set func(int)
method *Inner.shadowed func()
type Other struct{}
method Other.Get func() int
method *Other.Close func()
method *Other.Get func() int
type Outer struct{p.Inner; *p.Other; Name string "json:\"name\""}
method Outer.Close func()
method Outer.shadowed func()
method *Outer.Close func()
method *Outer.Set func(int)
method *Outer.shadowed func()
const Str untyped string = "a\"b\n"
var V []uint8
)go";
  testing::Build build;
  bool ok = false;
  Package* pkg = build.check("p", source, &ok);
  INFO(build.flushed());
  REQUIRE(ok);
  std::string got;
  llvm::raw_string_ostream os(got);
  dumpPackageApi(*pkg, os);
  CHECK(got == want);
}
