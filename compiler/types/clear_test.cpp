// The built-in clear (Go 1.21, here deferred: a statement of its own is check_stmt.cpp's): maps and
// slices, or type parameters whose core type is one; the wording of go1.21's types2 for anything
// else. Older language versions do not have it.
#include <catch2/catch.hpp>

#include <string>

#include "types/check_test_support.h"
#include "types/checker.h"

using namespace ergo;
using namespace ergo::types;

namespace {

std::string errorsOf(const std::string& text, const std::string& languageVersion) {
  testing::Build build;
  build.check("p", {{"x.go", text}}, nullptr, languageVersion);
  return build.flushed();
}

const char* kClear = R"go(package p

func F[M ~map[string]int, S ~[]byte](m M, s S) {
	defer clear(m)
	defer clear(s)
	defer clear(map[int]bool{})
	defer clear([]int{1})
	defer clear("x")
	defer clear(1, 2)
}
)go";

}  // namespace

TEST_CASE("clear: maps, slices and their type parameters from go1.21", "[clear]") {
  CHECK(errorsOf(kClear, "go1.21") ==
        "x.go:8:14: invalid argument: cannot clear \"x\" (untyped string constant): argument "
        "must be (or constrained by) map or slice\n"
        "x.go:9:8: invalid operation: too many arguments for clear(1, 2) (expected 1, found "
        "2)\n");
  CHECK(errorsOf(kClear, "go1.20") ==
        "x.go:4:8: undefined: clear\nx.go:5:8: undefined: clear\nx.go:6:8: undefined: clear\n"
        "x.go:7:8: undefined: clear\nx.go:8:8: undefined: clear\nx.go:9:8: undefined: clear\n");
}
