// The lexer: turns one source file into tokens, inserting semicolons as the spec says.
#pragma once

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

struct LexedFile {
  std::vector<Token> tokens;  // ends with EndOfFile
  std::vector<Pragma> pragmas;
};

LexedFile lex(uint32_t fileId, llvm::StringRef text, Diagnostics& diags);

}  // namespace ergo::syntax
