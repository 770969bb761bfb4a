#include "driver/buildtags.h"

#include <cctype>

#include "llvm/ADT/SmallVector.h"

namespace ergo::driver {

bool BuildContext::satisfies(llvm::StringRef tag) const {
  if (tag == goos || tag == goarch || tag == "ergo") return true;
  for (const std::string& extra : extraTags)
    if (tag == extra) return true;
  if (tag == "unix") return goos == "linux";
  unsigned minor = 0;
  if (tag.consume_front("go1.") && !tag.getAsInteger(10, minor)) return minor >= 1 && minor <= 22;
  return false;
}

namespace {

// Recursive descent over `a || b && !(c)`; depth is bounded by the line's length.
class Expr {
 public:
  Expr(llvm::StringRef text, const BuildContext& ctx) : s_(text), ctx_(ctx) {}
  bool parse(bool& value) {
    value = orExpr();
    skipSpace();
    return ok_ && pos_ == s_.size();
  }

 private:
  void skipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }
  bool eat(llvm::StringRef op) {
    skipSpace();
    if (s_.substr(pos_).starts_with(op)) {
      pos_ += op.size();
      return true;
    }
    return false;
  }
  bool orExpr() {
    bool v = andExpr();
    while (eat("||")) v = andExpr() || v;
    return v;
  }
  bool andExpr() {
    bool v = unary();
    while (eat("&&")) v = unary() && v;
    return v;
  }
  bool unary() {
    if (++depth_ > 1000) {
      ok_ = false;
      return false;
    }
    bool v;
    if (eat("!")) {
      v = !unary();
    } else if (eat("(")) {
      v = orExpr();
      if (!eat(")")) ok_ = false;
    } else {
      skipSpace();
      size_t start = pos_;
      while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) ||
                                  s_[pos_] == '_' || s_[pos_] == '.'))
        ++pos_;
      if (pos_ == start) ok_ = false;
      v = ctx_.satisfies(s_.slice(start, pos_));
    }
    --depth_;
    return v;
  }

  llvm::StringRef s_;
  const BuildContext& ctx_;
  size_t pos_ = 0;
  int depth_ = 0;
  bool ok_ = true;
};

// `// +build a,b !c` lines: spaces separate alternatives, commas conjunctions.
bool plusBuildLine(llvm::StringRef line, const BuildContext& ctx) {
  llvm::SmallVector<llvm::StringRef, 8> options;
  line.split(options, ' ', -1, false);
  for (llvm::StringRef option : options) {
    llvm::SmallVector<llvm::StringRef, 4> terms;
    option.split(terms, ',', -1, false);
    bool all = true;
    for (llvm::StringRef term : terms) {
      bool negate = term.consume_front("!");
      all &= ctx.satisfies(term) != negate;
    }
    if (all) return true;
  }
  return false;
}

}  // namespace

bool fileMatchesConstraints(llvm::StringRef source, const BuildContext& ctx) {
  bool sawGoBuild = false, goBuild = true, plusBuild = true;
  bool inBlockComment = false;
  while (!source.empty()) {
    auto [line, rest] = source.split('\n');
    source = rest;
    line = line.trim();
    if (inBlockComment) {
      if (line.contains("*/")) inBlockComment = false;
      continue;
    }
    if (line.empty()) continue;
    if (line.starts_with("/*")) {
      inBlockComment = !line.contains("*/");
      continue;
    }
    if (!line.starts_with("//")) break;  // the package clause (or anything else) ends the header
    if (line.consume_front("//go:build")) {
      if (!line.empty() && line[0] != ' ' && line[0] != '\t') continue;
      sawGoBuild = true;
      if (!Expr(line, ctx).parse(goBuild)) goBuild = false;
    } else if (line.consume_front("// +build")) {
      plusBuild &= plusBuildLine(line.trim(), ctx);
    }
  }
  return sawGoBuild ? goBuild : plusBuild;
}

}  // namespace ergo::driver
