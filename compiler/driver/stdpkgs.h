// The packages of a Go tree's `src` directory, as the go command sees them: which directories
// are packages of `std`, how an import inside std resolves (src/, then src/vendor/), and which
// files of a package are built for a target. Used by driver/std_loader.h.
#pragma once

#include <string>
#include <vector>

#include "driver/buildtags.h"
#include "llvm/ADT/StringRef.h"

namespace ergo::driver {

// Whether a file name's _GOOS / _GOARCH / _GOOS_GOARCH suffix (if any) admits the target.
bool fileNameMatchesTarget(llvm::StringRef name, const BuildContext& ctx);

// The non-test .go files of `dir` built for `ctx` (name suffixes and build constraints), with
// full paths, sorted. Files starting with `_` or `.` are left out, as the go command does.
std::vector<std::string> packageGoFiles(const std::string& dir, const BuildContext& ctx);

// Whether `dir` holds test files built for `ctx` but no non-test .go file at all (a package of
// tests only, like embed/internal/embedtest: go/types checks it as an empty package).
bool onlyTestFiles(const std::string& dir, const BuildContext& ctx);

// The import paths `go list std` prints for the tree whose sources are in `srcDir`: every
// directory below it that holds a .go file built for `ctx` (test files count, as go/build
// counts them), except `cmd`, `builtin`, `runtime/cgo` when cgo is off, `testdata` and names
// starting with `.` or `_`. Vendored packages keep their `vendor/` prefix. Sorted.
std::vector<std::string> listStd(const std::string& srcDir, const BuildContext& ctx);

// Resolves an import made by a std package: `srcDir/path` if it is a directory, else
// `srcDir/vendor/path` (then the package's path is `vendor/path`). Returns false if neither
// exists; `dir` is then the first candidate.
bool resolveStdImport(const std::string& srcDir, llvm::StringRef importPath,
                      std::string& packagePath, std::string& dir);

}  // namespace ergo::driver
