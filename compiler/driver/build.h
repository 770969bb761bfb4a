// The build pipeline behind `ergo build` and `ergo run`: load packages, then for each one
// (dependencies first) check, build IR, run escape analysis, lower, optimise and emit an
// object; then link them with the runtime into a static executable.
#pragma once

#include <string>
#include <vector>

#include "llvm/Support/raw_ostream.h"

namespace ergo::driver {

struct BuildOptions {
  std::string goos = "linux";
  std::string goarch = "amd64";
  int optLevel = 2;
  std::string dump;              // "", "ir" or "llvm": print the user packages' code to stdout
  std::string output;            // -o; empty: derived from the package
  std::string ergoRoot;          // holds stdlib/ and <goos>_<goarch>/libergort.a
  bool reportAllErrors = false;  // -e
  // -lang=go1.N: the language version of the user's packages, overriding go.mod's `go`
  // line (std keeps its own, as with gc's -lang).
  std::string lang;
  bool link = true;  // false for ./... (compile only)
  // -no-stack-check: omit the goroutine stack checks, to measure what they cost. Only for
  // benchmarks: such a program corrupts memory once a goroutine outgrows its first segment.
  bool stackChecks = true;
};

// Builds the program named by `args` (files, a directory, or empty for "."). Returns the
// path of the executable in `executable`. Diagnostics go to `err`. Returns false on failure.
bool build(const BuildOptions& options, const std::vector<std::string>& args,
           std::string& executable, llvm::raw_ostream& err);

// The directories below `root` that hold Go files, as `./...` matches them (testdata, and
// directories starting with `.` or `_`, are skipped).
std::vector<std::string> packageDirs(const std::string& root);

// Where ergo's own files are: $ERGOROOT, or <dir of the ergo executable>/../lib/ergo.
std::string findErgoRoot(const char* argv0);

}  // namespace ergo::driver
