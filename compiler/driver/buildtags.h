// Build constraints: `//go:build` expressions (and the older `// +build` lines) decide which
// files of a package are compiled for a target, as with `go build`.
#pragma once

#include <string>
#include <vector>

#include "llvm/ADT/StringRef.h"

namespace ergo::driver {

struct BuildContext {
  BuildContext(std::string os, std::string arch, std::vector<std::string> extra = {})
      : goos(std::move(os)), goarch(std::move(arch)), extraTags(std::move(extra)) {}
  std::string goos;
  std::string goarch;
  // The tags ergo satisfies: GOOS, GOARCH, "unix" (linux), "ergo", and the release tags
  // go1.1 ... go1.22. Not satisfied: "gc", "gccgo", "cgo" (ergo compiles no assembly and no C).
  bool satisfies(llvm::StringRef tag) const;
  // Tags satisfied besides those: `ergo tool check` adds "gc" to select std's files as
  // `go list` and go/types do (internal/goroot and go/build have gc-only files).
  std::vector<std::string> extraTags;
};

// Whether a file with this source text is built for `ctx`. Only the header (comments and
// blank lines before the package clause) is read. Malformed expressions exclude the file.
bool fileMatchesConstraints(llvm::StringRef source, const BuildContext& ctx);

}  // namespace ergo::driver
