// Diagnostics in gc's form: `file.go:LINE:COL: message` (or what a //line directive says),
// sorted as gc sorts them, at most 10 per package followed by `too many errors` (all of them
// when `-e` is given).
#pragma once

#include <string>
#include <vector>

#include "llvm/Support/raw_ostream.h"
#include "support/source.h"

namespace ergo {

class Diagnostics {
 public:
  explicit Diagnostics(const SourceFiles& files) : files_(files) {}

  using Error = std::pair<Pos, std::string>;

  void error(Pos pos, std::string message);
  // Errors reported and not handed over with take(), printed or not.
  bool hasErrors() const { return count_ > 0; }
  unsigned count() const { return count_; }
  // How many of the pending errors are syntax errors (their text starts with "syntax error"):
  // gc stops a package before type checking only for those.
  unsigned pendingSyntaxErrors() const;

  // Hands over the pending errors (they no longer count), for a caller that reports them
  // later with others: a package's parse errors wait for its type errors, as in gc.
  std::vector<Error> take();
  // Takes back errors handed over by take(); they count again.
  void restore(std::vector<Error> errors);

  // Prints the collected errors sorted as gc sorts them: grouped by position base (a file, or
  // a line directive) in the order the bases were first reported, then by source position;
  // exact duplicates dropped. Forgets them. Returns the number printed.
  unsigned flush(llvm::raw_ostream& out);
  // Formats one position as gc does: `path:line:col`, or what line directives say instead
  // (`file:line` when the directive gave no column).
  std::string format(Pos pos) const;
  // The source files the positions refer to.
  const SourceFiles& files() const { return files_; }

  bool sameLine(Pos a, Pos b) const {
    return a.valid() && b.valid() && a.file == b.file &&
           files_.lineCol(a).line == files_.lineCol(b).line;
  }
  void setReportAll(bool all) { reportAll_ = all; }
  const std::vector<Error>& pending() const { return pending_; }

 private:
  const SourceFiles& files_;
  std::vector<Error> pending_;
  unsigned count_ = 0;
  bool reportAll_ = false;
};

}  // namespace ergo
