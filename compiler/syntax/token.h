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

// The token's spelling: operators and keywords as written ("+", "func"), "name" and "literal"
// for names and literals, "comma", "semicolon" and "EOF".
llvm::StringRef tokSpelling(Tok t);
bool isKeyword(Tok t);
// == != < <= > >=
inline bool isComparison(Tok t) {
  return t == Tok::Eql || t == Tok::Neq || t == Tok::Lss || t == Tok::Leq || t == Tok::Gtr ||
         t == Tok::Geq;
}

struct Token {
  Tok kind = Tok::EndOfFile;
  Pos pos;
  // The source text. For a semicolon: ";" if written, "\n" if inserted at a newline (or at a
  // comment containing one), "" if inserted at the end of the file.
  llvm::StringRef text;
  // A literal the lexer reported an error in (gc's BasicLit.Bad): checked as invalid, quietly.
  bool bad = false;
  // Whether this is an automatic semicolon (at a newline or at the end of the file).
  bool newline() const { return kind == Tok::Semicolon && text != ";"; }
  // gc's name of a semicolon token: "semicolon", "newline" or "EOF".
  llvm::StringRef semiLit() const {
    return text == ";" ? "semicolon" : text == "\n" ? "newline" : "EOF";
  }
};

}  // namespace ergo::syntax
