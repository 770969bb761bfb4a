// Exact values of constant expressions. Integers are kept exact to 512 bits as gc does (an
// operation that needs more is an overflow); floats are not supported yet.
#pragma once

#include <string>

#include "llvm/ADT/APSInt.h"
#include "syntax/token.h"

namespace ergo::types {

class Constant {
 public:
  enum class Kind : uint8_t { Unknown, Bool, String, Int };

  Constant() = default;
  static Constant fromBool(bool b);
  static Constant fromString(std::string s);
  static Constant fromInt(const llvm::APSInt& i);
  static Constant fromInt64(int64_t v);
  // Parses an integer literal in any Go form (0x, 0o, 0b, legacy octal, `_` separators).
  static Constant fromIntLiteral(llvm::StringRef text);

  Kind kind() const { return kind_; }
  bool known() const { return kind_ != Kind::Unknown; }
  bool boolValue() const { return b_; }
  const std::string& stringValue() const { return s_; }
  const llvm::APSInt& intValue() const { return i_; }
  // Whether the integer fits in `bits` bits, signed or unsigned.
  bool fitsInt(unsigned bits, bool isSigned) const;
  int64_t int64() const { return i_.getExtValue(); }

  // Exact arithmetic. Returns Unknown on division by zero or overflow past 512 bits.
  static Constant binary(syntax::Tok op, const Constant& x, const Constant& y,
                         bool integerDivision);
  static Constant unary(syntax::Tok op, const Constant& x, unsigned unsignedBits);
  static Constant shift(syntax::Tok op, const Constant& x, uint64_t count);
  static bool compare(syntax::Tok op, const Constant& x, const Constant& y);

  // As gc prints constants in messages: 5, "hi", true.
  std::string toString() const;

 private:
  Kind kind_ = Kind::Unknown;
  bool b_ = false;
  std::string s_;
  llvm::APSInt i_;
};

// Decodes a Go string or rune literal's escapes. Returns false if the literal is malformed.
bool unquote(llvm::StringRef literal, std::string& out);
bool unquoteRune(llvm::StringRef literal, uint32_t& rune);
void appendUtf8(std::string& out, uint32_t rune);

}  // namespace ergo::types
