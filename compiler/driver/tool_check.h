// `ergo tool check`: loads packages (std, import paths, or directories), type-checks them in
// dependency order with compiler/types, and reports the errors and `N packages, N errors`.
// It measures the checker against a Go tree: `ergo tool check -goroot /usr/share/go-1.19 std`.
// Files are selected as `CGO_ENABLED=0 go list` selects them: cgo off, the `gc` tag on (std
// has gc-only files) and gc 1.19's default experiments (`goexperiment.regabiargs` and
// `goexperiment.regabiwrappers`), GOOS and GOARCH of the target.
#pragma once

#include <string>
#include <vector>

#include "llvm/Support/raw_ostream.h"

namespace ergo::driver {

struct CheckToolOptions {
  // `std`, import paths (`fmt`, `net/http`), or directories (`./x`, `/abs/dir`, `./...`).
  std::vector<std::string> patterns;
  // The Go tree whose src/ holds std; empty: ergo's own stdlib/ (`stdlibRoot`).
  std::string goroot;
  std::string stdlibRoot;
  std::string lang;  // -lang go1.N for every package checked; empty: the default
  std::string goos = "linux";
  std::string goarch = "amd64";
  bool reportAll = false;  // -e: every error, not just the first 10 of each package
  bool api = false;        // -api: print each package's API (docs/api-dump.md) to `out`
  bool verbose = false;    // -v: one line per package (`PATH: N errors`) instead of errors
};

// Returns the exit status: 0 when every package checked without error, 1 otherwise, 2 for
// a pattern that names nothing. Errors (or -v's lines) and the summary go to `out`, unless
// -api is given: then `out` holds only the API dumps and the rest goes to `err`.
int runCheckTool(const CheckToolOptions& options, llvm::raw_ostream& out, llvm::raw_ostream& err);

}  // namespace ergo::driver
