// Go's tokens (generated from tokens.def) and the lexer's output record.
#pragma once

#include <cstdint>

#include "llvm/ADT/StringRef.h"
#include "support/source.h"

namespace ergo::syntax {

enum class Tok : uint8_t {
#define TOKEN(name, spelling) name,
#include "syntax/tokens.def"
};

// How gc names a token in "unexpected X" messages ("name", "literal", "keyword func", "+").
llvm::StringRef tokSpelling(Tok t);
bool isKeyword(Tok t);

struct Token {
  Tok kind = Tok::EndOfFile;
  Pos pos;
  llvm::StringRef text;  // source text (for literals and names; "\n" for an inserted semicolon)
  bool newline() const { return kind == Tok::Semicolon && text == "\n"; }
};

}  // namespace ergo::syntax
