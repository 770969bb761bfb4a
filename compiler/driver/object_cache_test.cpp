// The object cache of standard-library packages: the first build of a program keeps the
// objects of the std packages it imports, the next build links them instead of compiling
// again, and anything that changes code (options, target) gets objects of its own.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <set>
#include <string>

#include "driver/build.h"
#include "driver/driver_testing.h"
#include "driver/object_cache.h"
#include "llvm/Support/FileSystem.h"

using namespace ergo;
using namespace ergo::driver::testing;
namespace fs = llvm::sys::fs;

namespace {

// The files below dir, recursively.
std::set<std::string> filesIn(const std::string& dir) {
  std::set<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    if (it->type() == fs::file_type::regular_file) files.insert(it->path());
  }
  return files;
}

// Sets an environment variable for one test and restores it after.
struct ScopedEnv {
  std::string name;
  std::string old;
  bool had;
  ScopedEnv(const char* n, const std::string& value) : name(n) {
    const char* v = std::getenv(n);
    had = v != nullptr;
    if (had) old = v;
    setenv(n, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (had)
      setenv(name.c_str(), old.c_str(), 1);
    else
      unsetenv(name.c_str());
  }
};

const char* const kHello =
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\", 42)\n}\n";

// Builds hello.go; returns what went wrong, or "ok".
std::string buildHello(const TempTree& t, driver::BuildOptions opts) {
  opts.ergoRoot = ERGO_TEST_ROOT;
  opts.output = t.path("hello");
  std::string exe, err;
  llvm::raw_string_ostream os(err);
  bool ok = driver::build(opts, {t.path("hello.go")}, exe, os);
  os.flush();
  return ok ? "ok" : "failed: " + err;
}

}  // namespace

TEST_CASE("object cache: std objects are kept, reused, and kept apart by options",
          "[driver][cache][e2e]") {
  TempTree t;
  t.write("hello.go", kHello);
  ScopedEnv env("ERGOCACHE", t.path("cache"));
  REQUIRE(buildHello(t, {}) == "ok");
  std::set<std::string> first = filesIn(t.path("cache"));
  // One object per std package the program needs: fmt and the packages fmt imports.
  const size_t perBuild = first.size();
  CHECK(perBuild >= 1);
  int status = -1;
  CHECK(run("'" + t.path("hello") + "'", status) == "hello 42\n");

  // The same build again links the kept object: nothing new in the cache, same program.
  auto stamp = [](const std::string& f) {
    fs::file_status st;
    REQUIRE_FALSE(fs::status(f, st));
    return st.getLastModificationTime();
  };
  auto before = stamp(*first.begin());
  REQUIRE(buildHello(t, {}) == "ok");
  CHECK(filesIn(t.path("cache")) == first);
  CHECK(stamp(*first.begin()) == before);
  CHECK(run("'" + t.path("hello") + "'", status) == "hello 42\n");

  // Another optimisation level or target compiles them again, into objects of their own.
  driver::BuildOptions o0;
  o0.optLevel = 0;
  REQUIRE(buildHello(t, o0) == "ok");
  CHECK(filesIn(t.path("cache")).size() == 2 * perBuild);
  driver::BuildOptions arm;
  arm.goarch = "arm64";
  REQUIRE(buildHello(t, arm) == "ok");
  CHECK(filesIn(t.path("cache")).size() == 3 * perBuild);
}

TEST_CASE("object cache: ERGOCACHE=off keeps nothing", "[driver][cache]") {
  ScopedEnv env("ERGOCACHE", "off");
  CHECK(driver::ObjectCache::defaultDir().empty());
  driver::ObjectCache off("");
  CHECK_FALSE(off.lookup("00aa").has_value());
  off.store("00aa", "object");  // nothing to see, nothing to fail
}
