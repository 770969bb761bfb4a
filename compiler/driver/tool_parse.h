// `ergo tool parse`: parses every .go file under the given paths with compiler/syntax and
// reports syntax errors in gc's form, then `N files, N lines, N errors`.
#pragma once

#include <string>
#include <vector>

#include "llvm/Support/raw_ostream.h"

namespace ergo::driver {

struct ParseToolOptions {
  std::vector<std::string> paths;  // files or directories (walked recursively)
  bool dump = false;               // print each file's canonical dump (docs/syntax-dump.md)
  bool reportAll = false;          // -e: every error, not just the first 10 of each file
  // Print each file from its AST, parse that text again and compare the two dumps (positions
  // left out); a difference is an error `PATH: roundtrip differs at dump line N`.
  bool roundtrip = false;
};

// The .go files under `paths` in a stable order: directories are walked recursively,
// skipping `testdata` directories (as the go command does); named files are kept as given.
std::vector<std::string> goFilesUnder(const std::vector<std::string>& paths,
                                      llvm::raw_ostream& err);

// Returns the exit status: 0 if every file parsed without error, 1 otherwise. Without
// -dump, errors and the summary go to `out`; with it, `out` holds only the dumps (each
// after a `# path` line) and errors and the summary go to `err`.
int runParseTool(const ParseToolOptions& options, llvm::raw_ostream& out, llvm::raw_ostream& err);

}  // namespace ergo::driver
