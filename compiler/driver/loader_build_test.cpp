// Unit tests of the driver: go.mod discovery, the Loader's choice of files for a target and
// its package order, and end-to-end builds (amd64 natively, arm64 under qemu-aarch64-static)
// of small modules in temporary directories.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <string>
#include <vector>

#include "driver/build.h"
#include "driver/driver_testing.h"
#include "driver/loader.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace ergo;
using namespace ergo::driver::testing;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

// ERGO_TEST_ROOT, the build tree's ERGOROOT (stdlib and runtime archives), comes from CMake.

// The base names of a package's files, in order.
std::vector<std::string> fileNames(const SourceFiles& sources, const driver::SourcePackage* pkg) {
  std::vector<std::string> names;
  for (const syntax::File* f : pkg->files)
    names.push_back(path::filename(sources.path(f->fileId)).str());
  return names;
}

struct Loaded {
  SourceFiles sources;
  Diagnostics diags{sources};
  Interner names;
  std::string err;
  std::vector<driver::SourcePackage*> order;
  std::unique_ptr<driver::Loader> loader;

  Loaded(const std::string& dir, const std::string& goarch) {
    std::string error;
    driver::ModuleInfo module = driver::findModule(dir, error);
    REQUIRE(error.empty());
    loader = std::make_unique<driver::Loader>(sources, diags, names, ERGO_TEST_ROOT "/stdlib",
                                              module, "linux", goarch);
    llvm::raw_string_ostream os(err);
    order = loader->loadDir(dir, os);
    os.flush();
  }
};

const char* kModuleMain = R"go(package main

import (
	"example.com/m/util"
	"fmt"
)

func main() {
	fmt.Println("sum", util.Sum(1, 2, 3))
	for i, r := range "hé" {
		fmt.Println(i, r)
	}
	println("to stderr")
}
)go";

const char* kModuleUtil = R"go(package util

func Sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
)go";

// What go1.19 prints on stdout for kModuleMain.
const char* kModuleOutput = "sum 6\n0 104\n1 233\n";

}  // namespace

// findModule walks up from a nested directory to the go.mod and reads module and go lines.
TEST_CASE("driver: findModule from a nested subdirectory", "[driver][module]") {
  TempTree t;
  t.write("go.mod",
          "// a comment\nmodule example.com/m\n\ngo 1.21\n\nrequire example.com/other v1.0.0\n");
  t.write("a/b/c/x.go", "package c\n");
  std::string error;
  driver::ModuleInfo m = driver::findModule(t.path("a/b/c"), error);
  CHECK(error.empty());
  CHECK(m.root == t.root);
  CHECK(m.path == "example.com/m");
  CHECK(m.goVersion == "1.21");
  // From the root itself, and through a path with dots.
  CHECK(driver::findModule(t.root, error).path == "example.com/m");
  CHECK(driver::findModule(t.path("a/b/../b/c/.."), error).root == t.root);
}

// Without a go.mod anywhere above, the result is empty.
TEST_CASE("driver: findModule without go.mod", "[driver][module]") {
  TempTree t;
  t.write("x/y/main.go", "package main\n");
  std::string error;
  driver::ModuleInfo m = driver::findModule(t.path("x/y"), error);
  CHECK(error.empty());
  CHECK(m.root.empty());
  CHECK(m.path.empty());
  CHECK(m.goVersion.empty());
}

// A quoted module path with a trailing comment; a go.mod without a module line is an error.
TEST_CASE("driver: go.mod syntax variants", "[driver][module]") {
  TempTree t;
  t.write("q/go.mod", "module \"example.com/quoted\" // the module\n");
  std::string error;
  driver::ModuleInfo m = driver::findModule(t.path("q"), error);
  CHECK(error.empty());
  CHECK(m.path == "example.com/quoted");
  CHECK(m.goVersion.empty());
  t.write("bad/go.mod", "go 1.21\n");
  driver::findModule(t.path("bad"), error);
  CHECK(error.find("no module declaration") != std::string::npos);
}

// File selection by name: _GOOS, _GOARCH, _GOOS_GOARCH suffixes; _test.go, leading _ and .
// files are skipped.
TEST_CASE("driver: Loader selects files by name for the target", "[driver][loader]") {
  TempTree t;
  t.write("go.mod", "module example.com/m\n\ngo 1.21\n");
  t.write("main.go", "package main\n\nfunc main() {}\n");
  t.write("x_linux.go", "package main\n\nvar linux = 1\n");
  t.write("x_windows.go", "package main\n\nthis is not Go\n");
  t.write("x_arm64.go", "package main\n\nvar arm64 = 1\n");
  t.write("x_amd64.go", "package main\n\nvar amd64 = 1\n");
  t.write("x_linux_arm64.go", "package main\n\nvar linuxArm64 = 1\n");
  t.write("x_windows_amd64.go", "package main\n\nthis is not Go\n");
  t.write("x_test.go", "package main\n\nthis is not Go\n");
  t.write("_x.go", "package main\n\nthis is not Go\n");
  t.write(".x.go", "package main\n\nthis is not Go\n");
  t.write("notes.txt", "not Go at all\n");
  t.write("linux.go", "package main\n\nvar plain = 1\n");  // no underscore: not a constraint

  Loaded amd64(t.root, "amd64");
  INFO(amd64.err);
  REQUIRE(amd64.order.size() == 1);
  CHECK(amd64.order[0]->path == "main");
  CHECK(fileNames(amd64.sources, amd64.order[0]) ==
        std::vector<std::string>{"linux.go", "main.go", "x_amd64.go", "x_linux.go"});

  Loaded arm64(t.root, "arm64");
  INFO(arm64.err);
  REQUIRE(arm64.order.size() == 1);
  CHECK(fileNames(arm64.sources, arm64.order[0]) ==
        std::vector<std::string>{"linux.go", "main.go", "x_arm64.go", "x_linux.go",
                                 "x_linux_arm64.go"});
}

// //go:build lines are honoured too.
TEST_CASE("driver: Loader applies //go:build constraints", "[driver][loader]") {
  TempTree t;
  t.write("main.go", "package main\n\nfunc main() {}\n");
  t.write("armonly.go", "//go:build arm64\n\npackage main\n\nvar a = 1\n");
  t.write("never.go", "//go:build ignore\n\npackage main\n\nthis is not Go\n");
  Loaded amd64(t.root, "amd64");
  INFO(amd64.err);
  REQUIRE(amd64.order.size() == 1);
  CHECK(fileNames(amd64.sources, amd64.order[0]) == std::vector<std::string>{"main.go"});
  Loaded arm64(t.root, "arm64");
  REQUIRE(arm64.order.size() == 1);
  CHECK(fileNames(arm64.sources, arm64.order[0]) ==
        std::vector<std::string>{"armonly.go", "main.go"});
}

// Imports within the module resolve to its directories; dependencies come first.
TEST_CASE("driver: Loader orders module and stdlib packages dependencies first",
          "[driver][loader]") {
  TempTree t;
  t.write("go.mod", "module example.com/m\n\ngo 1.21\n");
  t.write("main.go", kModuleMain);
  t.write("util/util.go", kModuleUtil);
  Loaded l(t.root, "amd64");
  INFO(l.err);
  REQUIRE(l.order.size() >= 3);
  CHECK(l.order.back()->path == "main");
  std::vector<std::string> paths;
  for (auto* p : l.order) paths.push_back(p->path);
  auto pos = [&](const std::string& p) {
    return std::find(paths.begin(), paths.end(), p) - paths.begin();
  };
  REQUIRE(pos("example.com/m/util") < static_cast<long>(paths.size()));
  REQUIRE(pos("fmt") < static_cast<long>(paths.size()));
  CHECK(pos("example.com/m/util") < pos("main"));
  CHECK(pos("fmt") < pos("main"));
  for (auto* p : l.order) {
    INFO(p->path);
    CHECK(p->isStdlib == (p->path != "main" && p->path != "example.com/m/util"));
  }
  CHECK(l.order[pos("example.com/m/util")]->dir == t.path("util"));
}

// A missing import is reported, not crashed on.
TEST_CASE("driver: Loader reports an import that no module provides", "[driver][loader]") {
  TempTree t;
  t.write("go.mod", "module example.com/m\n");
  t.write("main.go",
          "package main\n\nimport \"example.com/m/missing\"\n\nfunc main() { missing.F() }\n");
  Loaded l(t.root, "amd64");
  CHECK(l.order.empty());
  CHECK(l.err.find("example.com/m/missing") != std::string::npos);
}

// A whole module builds into a static amd64 executable that prints what go1.19 prints.
TEST_CASE("driver: build and run a module for linux/amd64", "[driver][build][e2e]") {
  TempTree t;
  t.write("go.mod", "module example.com/m\n\ngo 1.21\n");
  t.write("main.go", kModuleMain);
  t.write("util/util.go", kModuleUtil);
  driver::BuildOptions opts;
  opts.ergoRoot = ERGO_TEST_ROOT;
  opts.output = t.path("prog");
  std::string exe, err;
  llvm::raw_string_ostream os(err);
  bool ok = driver::build(opts, {t.root}, exe, os);
  os.flush();
  INFO(err);
  REQUIRE(ok);
  CHECK(exe == t.path("prog"));
  REQUIRE(fs::exists(exe));
  int status = -1;
  CHECK(run("'" + exe + "' 2>/dev/null", status) == kModuleOutput);
  CHECK(status == 0);
  CHECK(run("'" + exe + "' 2>&1 >/dev/null", status) == "to stderr\n");
  // A static executable: no program interpreter.
  CHECK(run("file -b '" + exe + "'", status).find("statically linked") != std::string::npos);
}

// The same module for linux/arm64, run under qemu-aarch64-static.
TEST_CASE("driver: build and run a module for linux/arm64 under qemu", "[driver][build][e2e]") {
  int status = -1;
  run("command -v qemu-aarch64-static >/dev/null", status);
  if (status != 0) {
    WARN("qemu-aarch64-static not installed; skipped");
    return;
  }
  TempTree t;
  t.write("go.mod", "module example.com/m\n\ngo 1.21\n");
  t.write("main.go", kModuleMain);
  t.write("util/util.go", kModuleUtil);
  driver::BuildOptions opts;
  opts.ergoRoot = ERGO_TEST_ROOT;
  opts.goarch = "arm64";
  opts.output = t.path("prog-arm64");
  std::string exe, err;
  llvm::raw_string_ostream os(err);
  bool ok = driver::build(opts, {t.root}, exe, os);
  os.flush();
  INFO(err);
  REQUIRE(ok);
  CHECK(run("file -b '" + exe + "'", status).find("ARM aarch64") != std::string::npos);
  CHECK(run("qemu-aarch64-static '" + exe + "' 2>/dev/null", status) == kModuleOutput);
  CHECK(status == 0);
}

// Building explicit files names the executable after the first file.
TEST_CASE("driver: build of explicit .go files", "[driver][build][e2e]") {
  TempTree t;
  std::string file = t.write(
      "hello.go",
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello, world\")\n}\n");
  driver::BuildOptions opts;
  opts.ergoRoot = ERGO_TEST_ROOT;
  opts.output = t.path("hello");
  std::string exe, err;
  llvm::raw_string_ostream os(err);
  REQUIRE(driver::build(opts, {file}, exe, os));
  int status = -1;
  CHECK(run("'" + exe + "'", status) == "hello, world\n");
  CHECK(status == 0);
}

// A type error fails the build with gc's `file:line:col: message` and no executable.
TEST_CASE("driver: a build with a type error fails with file:line:col", "[driver][build]") {
  TempTree t;
  t.write("go.mod", "module example.com/bad\n\ngo 1.21\n");
  t.write("main.go", "package main\n\nfunc main() {\n\tx := 1\n\ty := \"s\" + 1\n}\n");
  driver::BuildOptions opts;
  opts.ergoRoot = ERGO_TEST_ROOT;
  opts.output = t.path("never");
  std::string exe, err;
  llvm::raw_string_ostream os(err);
  bool ok = driver::build(opts, {t.root}, exe, os);
  os.flush();
  CHECK_FALSE(ok);
  CHECK(err.find("main.go:4:2: x declared but not used\n") != std::string::npos);
  CHECK(err.find("main.go:5:7: invalid operation: \"s\" + 1 (mismatched types untyped string and "
                 "untyped int)\n") != std::string::npos);
  CHECK_FALSE(fs::exists(t.path("never")));
}

// Unsupported targets and a missing runtime are reported before any work.
TEST_CASE("driver: unsupported target and missing ERGOROOT", "[driver][build]") {
  TempTree t;
  t.write("main.go", "package main\n\nfunc main() {}\n");
  std::string exe, err;
  llvm::raw_string_ostream os(err);
  driver::BuildOptions opts;
  opts.ergoRoot = ERGO_TEST_ROOT;
  opts.goos = "windows";
  CHECK_FALSE(driver::build(opts, {t.root}, exe, os));
  os.flush();
  CHECK(err.find("unsupported GOOS/GOARCH pair windows/amd64") != std::string::npos);
  err.clear();
  opts.goos = "linux";
  opts.ergoRoot = t.path("no-such-root");
  CHECK_FALSE(driver::build(opts, {t.root}, exe, os));
  os.flush();
  CHECK(err.find("cannot find the runtime") != std::string::npos);
}

namespace {

// Builds `body` as the whole of main() and runs it; returns the first line of stderr and sets
// `status` to the exit status.
std::string panicOf(const std::string& body, int& status) {
  TempTree t;
  std::string file = t.write("main.go", "package main\n\nfunc main() {\n\t" + body + "\n}\n");
  driver::BuildOptions opts;
  opts.ergoRoot = ERGO_TEST_ROOT;
  opts.optLevel = 0;
  opts.output = t.path("prog");
  std::string exe, err;
  llvm::raw_string_ostream os(err);
  bool ok = driver::build(opts, {file}, exe, os);
  os.flush();
  INFO(err);
  REQUIRE(ok);
  std::string out = run("'" + exe + "' 2>&1 >/dev/null | head -1", status);
  run("'" + exe + "' >/dev/null 2>&1", status);
  return out;
}

}  // namespace

// Run-time errors print gc's panic message and exit with status 2.
TEST_CASE("driver: run-time panics print gc's messages", "[driver][build][e2e][panic]") {
  int status = -1;
  CHECK(panicOf("s := []int{1, 2, 3}\n\ti := 5\n\t_ = s[i]", status) ==
        "panic: runtime error: index out of range [5] with length 3\n");
  CHECK(status == 2);
  CHECK(panicOf("s := []int{1, 2, 3}\n\ti, j := 2, 1\n\t_ = s[i:j]", status) ==
        "panic: runtime error: slice bounds out of range [2:1]\n");
  CHECK(status == 2);
  CHECK(panicOf("var v any = \"x\"\n\t_ = v.(int)", status) ==
        "panic: interface conversion: interface {} is string, not int\n");
  CHECK(status == 2);
  CHECK(panicOf("x, y := -9223372036854775807-1, -1\n\tprintln(x / y, x % y)", status) ==
        "-9223372036854775808 0\n");  // MinInt64 / -1 does not trap
  CHECK(status == 0);
}

// 3-index slices have their own messages in gc (runtime.panicSlice3Alen/Acap/B/C):
// "[::5] with capacity 3", "[:2:1]", "[2:1:]" (checked with go1.19.8).
TEST_CASE("driver: 3-index slice panics print gc's messages", "[driver][build][e2e][panic]") {
  int status = -1;
  CHECK(panicOf("s := []int{1, 2, 3}\n\ti, j, k := 0, 1, 5\n\t_ = s[i:j:k]", status) ==
        "panic: runtime error: slice bounds out of range [::5] with capacity 3\n");
  CHECK(panicOf("s := []int{1, 2, 3}\n\ti, j, k := 0, 2, 1\n\t_ = s[i:j:k]", status) ==
        "panic: runtime error: slice bounds out of range [:2:1]\n");
  CHECK(panicOf("s := []int{1, 2, 3}\n\ti, j, k := 2, 1, 3\n\t_ = s[i:j:k]", status) ==
        "panic: runtime error: slice bounds out of range [2:1:]\n");
  CHECK(status == 2);
}
