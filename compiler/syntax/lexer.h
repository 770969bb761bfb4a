// The lexer: turns one source file into tokens, inserting semicolons as the spec says. It is
// a port of gc 1.19's scanner (cmd/compile/internal/syntax/scanner.go and source.go): the
// same tokens, the same error texts and the same error positions.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "support/diagnostics.h"
#include "syntax/token.h"

namespace ergo::syntax {

// A `//go:name args` comment line, kept because it carries meaning (linkname, noinline, ...).
struct Pragma {
  Pos pos;
  llvm::StringRef text;  // without the leading "//"
};

// Produces the tokens of one file on demand (the parser pulls them one at a time, as gc's
// parser does, so that lexical and syntax errors interleave exactly as in gc).
class Scanner {
 public:
  using ErrorHandler = std::function<void(Pos, std::string)>;
  Scanner(uint32_t fileId, llvm::StringRef text, ErrorHandler onError);

  // The next token; after the end of the file, EndOfFile forever.
  Token next();
  const std::vector<Pragma>& pragmas() const { return pragmas_; }
  // The valid //line and /*line*/ directives seen so far, in source order (invalid ones are
  // reported as gc reports them and left out).
  const std::vector<LineDirective>& lineDirectives() const { return lineDirectives_; }
  unsigned errorCount() const { return errors_; }

 private:
  Pos at(size_t offset) const { return Pos{file_, static_cast<uint32_t>(offset)}; }
  void errorAt(size_t offset, std::string msg);
  Token scan();
  // The hot path (a plain ASCII byte) is inline; everything else goes to nextchSlow.
  void nextch() {
    off_ = r_;
    if (r_ < src_.size()) {
      auto b = static_cast<unsigned char>(src_[r_]);
      if (b - 1u < 0x7fu) {  // 0x01..0x7f: NUL and non-ASCII need the slow path
        ++r_;
        ch_ = b;
        return;
      }
    }
    nextchSlow();
  }
  void nextchSlow();
  Token make(Tok kind, size_t start);
  Token semi(size_t start, llvm::StringRef lit);
  Token ident(size_t start);
  bool atIdentChar(bool first);
  int digits(int base, int* invalid, size_t start);
  Token number(size_t start, bool seenPoint);
  Token rune(size_t start);
  Token stdString(size_t start);
  Token rawString(size_t start);
  void lineComment(size_t start);
  bool skipComment(size_t start);
  void lineDirective(size_t start, llvm::StringRef text, size_t effect);
  bool escape(int32_t quote);
  Token op(size_t start, Tok single, Tok assign);

  uint32_t file_;
  llvm::StringRef src_;
  ErrorHandler onError_;
  int32_t ch_ = ' ';  // current character, -1 at the end of the file
  size_t off_ = 0;    // offset of ch_
  size_t r_ = 0;      // offset of the byte after ch_
  bool nlsemi_ = false;
  bool started_ = false;
  unsigned errors_ = 0;
  size_t lastErrorOffset_ = 0;
  std::vector<Pragma> pragmas_;
  std::vector<LineDirective> lineDirectives_;
};

struct LexedFile {
  std::vector<Token> tokens;  // ends with EndOfFile
  std::vector<Pragma> pragmas;
  std::vector<LineDirective> lineDirectives;
};

// Lexes a whole file (for tests and tools); errors go to `diags`.
LexedFile lex(uint32_t fileId, llvm::StringRef text, Diagnostics& diags);

// The line directives of a file, found by lexing it again without reporting errors; for the
// parser's caller, which hands them to SourceFiles::setLineDirectives. Files that cannot hold
// one are not lexed.
std::vector<LineDirective> scanLineDirectives(uint32_t fileId, llvm::StringRef text);

// Unicode classes as Go 1.19's unicode package has them (Unicode 13.0).
bool isUnicodeLetter(int32_t r);
bool isUnicodeDigit(int32_t r);
bool isUnicodePrint(int32_t r);

// fmt's %#U ("U+20AC '€'") and %q for a rune ('a', '\n', '\x01').
std::string formatRuneU(int32_t r);
std::string quoteRune(int32_t r);

}  // namespace ergo::syntax
