// Build constraints: `//go:build` expressions (and the older `// +build` lines) decide which
// files of a package are compiled for a target, as with `go build`.
#pragma once

#include <string>

#include "llvm/ADT/StringRef.h"

namespace ergo::driver {

struct BuildContext {
  std::string goos;
  std::string goarch;
  // The tags ergo satisfies: GOOS, GOARCH, "unix" (linux), "ergo", and the release tags
  // go1.1 ... go1.22. Not satisfied: "gc", "gccgo", "cgo" (ergo compiles no assembly and no C).
  bool satisfies(llvm::StringRef tag) const;
};

// Whether a file with this source text is built for `ctx`. Only the header (comments and
// blank lines before the package clause) is read. Malformed expressions exclude the file.
bool fileMatchesConstraints(llvm::StringRef source, const BuildContext& ctx);

}  // namespace ergo::driver
