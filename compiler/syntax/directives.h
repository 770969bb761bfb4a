// //go: directives as gc 1.19 treats them. The parser hands over each directive as the
// scanner meets it and, at the points where gc's parser does, takes the directives collected
// since the last declaration (to attach them) or drops them (reporting them as misplaced).
// Errors gc reports while parsing are reported at once; those gc reports only after type
// checking (a directive the declaration cannot carry, //go:embed on the wrong variable) are
// held back until the end of the file and dropped if it had any other error.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "syntax/ast.h"

namespace ergo::syntax {

struct ParseOptions;

// Directive bits beyond ast.h's PragmaFlag: ones no function may carry.
enum : uint32_t {
  kPragmaGoBuild = 1u << 30,    // //go:build: only before the package clause
  kPragmaNotInHeap = 1u << 31,  // //go:notinheap: only on a type declaration
};

// The directives between two declarations (gc's pragmas).
struct DirectiveSet {
  struct Use {
    uint32_t flags;
    Pos pos;
  };
  struct Embed {
    Pos pos;
    std::vector<std::string> patterns;
  };
  uint32_t flags = 0;
  llvm::SmallVector<Use, 2> uses;
  std::vector<Embed> embeds;
  bool empty() const { return uses.empty() && embeds.empty(); }
};

class Directives {
 public:
  using Report = std::function<void(Pos, std::string)>;
  Directives(llvm::StringRef src, const ParseOptions& options, Report report);

  // A `//go:` comment (text without the slashes) starting at `pos`, as the scanner meets it.
  void add(Pos pos, llvm::StringRef text);
  // The directives collected so far, for the declaration that starts here.
  DirectiveSet take();
  // Drops the directives collected so far: where gc's parser accepts none.
  void clear();

  // What the declaration may carry, after gc's type checking: the rest is misplaced.
  uint32_t allow(DirectiveSet& set, uint32_t allowed);
  // Checks the //go:embed lines before a var spec; returns their patterns if they apply.
  std::vector<std::string> embedPatterns(DirectiveSet& set, bool importsEmbed, size_t names,
                                         bool hasValues, bool hasType, bool inFunc);
  // A function's directives, with gc's checks of their combinations.
  uint32_t funcPragmas(DirectiveSet& set, Pos funcPos, bool hasBody);

  // The `//go:linkname local remote` lines of the file, in order.
  struct Linkname {
    std::string local;
    std::string remote;
  };
  const std::vector<Linkname>& linknames() const { return linknames_; }

  // Reports the errors held back (call when the file had no other error).
  void reportHeldBack();

 private:
  void misplaced(const DirectiveSet& set, bool now);
  void later(Pos pos, std::string msg) { held_.push_back({pos, std::move(msg)}); }
  bool onBlankLine(Pos pos) const;
  void cgoDirective(Pos pos, llvm::StringRef text);

  llvm::StringRef src_;
  const ParseOptions& options_;
  Report report_;
  DirectiveSet pending_;
  std::vector<Linkname> linknames_;
  std::vector<std::pair<Pos, std::string>> held_;
};

}  // namespace ergo::syntax
