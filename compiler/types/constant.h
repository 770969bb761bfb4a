// Exact values of constant expressions, with the semantics of gc (go/constant + types2).
//
// Representation (decided in docs/architecture.md): integers that fit in 64 bits are stored
// inline; larger integers are GMP integers; floats are GMP rationals while numerator and
// denominator stay under 4096 bits (as go/constant) and 512-bit-mantissa MPFR floats beyond
// that; complex values are pairs of those. Big payloads are immutable and shared, so copying a
// Constant never copies digits, and the common small integer never allocates.
//
// Untyped integer results larger than 512 bits of magnitude are Unknown (gc's "constant
// overflow"); float results that overflow to infinity are Unknown as in go/constant.
#pragma once

#include <cstdint>
#include <string>

#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "syntax/token.h"

namespace ergo::types {

enum class BasicKind : uint8_t;  // types/type.h
struct ConstantPayload;          // a shared big value (constant.cpp)

}  // namespace ergo::types

// Reference counting of payloads is out of line so that this header needs no GMP/MPFR types.
template <>
struct llvm::IntrusiveRefCntPtrInfo<const ergo::types::ConstantPayload> {
  static void retain(const ergo::types::ConstantPayload* p);
  static void release(const ergo::types::ConstantPayload* p);
};

namespace ergo::types {

class Constant {
 public:
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

  Constant() = default;
  static Constant fromBool(bool b);
  static Constant fromString(std::string s);
  // x + y for string constants, without copying either text (see StringPayload).
  static Constant concat(const Constant& x, const Constant& y);
  static Constant fromInt(const llvm::APSInt& i);  // Unknown past 512 bits
  static Constant fromInt64(int64_t v);
  static Constant fromUint64(uint64_t v);
  // A Float constant holding x exactly (go/constant's MakeFloat64: -0 becomes 0); Unknown for
  // infinities and NaN.
  static Constant fromFloat64(double x);
  // Parses an integer literal in any Go form (0x, 0o, 0b, legacy octal, `_` separators).
  // Unknown if the value needs more than 512 bits.
  static Constant fromIntLiteral(llvm::StringRef text);
  // Parses a floating-point literal (decimal with optional e exponent, or hexadecimal with a p
  // exponent); the value is Float even when integral (`2.0`).
  static Constant fromFloatLiteral(llvm::StringRef text);
  // Parses an imaginary literal (`1.5i`, `0x1p-2i`, `0123i` is decimal, `0o17i`).
  static Constant fromImagLiteral(llvm::StringRef text);
  // The constant of a literal token: IntLit, FloatLit, ImagLit, RuneLit or StringLit
  // (Unknown if malformed).
  static Constant fromLiteral(syntax::Tok kind, llvm::StringRef text);
  // re + im·i from two Int or Float constants (Unknown if either is).
  static Constant makeComplex(const Constant& re, const Constant& im);

  Kind kind() const { return kind_; }
  bool known() const { return kind_ != Kind::Unknown; }
  bool boolValue() const { return b_; }
  const std::string& stringValue() const;

  // ---- Int constants
  // The value as a signed APSInt at least 64 bits wide (wide enough for the value).
  llvm::APSInt intValue() const;
  // Whether the integer fits in `bits` bits, signed or unsigned (Int constants only).
  bool fitsInt(unsigned bits, bool isSigned) const;
  // The low 64 bits of an Int constant (its value when isInt64()).
  int64_t int64() const;
  uint64_t uint64() const { return static_cast<uint64_t>(int64()); }
  bool isInt64() const { return kind_ == Kind::Int && rep_ == Rep::Small; }
  // Bits needed for the magnitude (go/constant's BitLen).
  unsigned bitLen() const;

  // ---- numeric constants
  // -1, 0 or 1 (for Complex, 0 if zero and 1 otherwise; for Unknown, 1 as go/constant).
  int sign() const;
  // The nearest float64 / float32 (round to nearest even, overflowing to ±Inf; underflow to
  // ±0), for Int and Float constants; `exact` tells whether no rounding happened.
  double toDouble(bool* exact = nullptr) const;
  float toFloat32(bool* exact = nullptr) const;
  // go/constant's Real / Imag / Num / Denom.
  Constant real() const;
  Constant imag() const;
  Constant num() const;
  Constant denom() const;

  // go/constant's ToInt / ToFloat / ToComplex: the value as that kind if it can be exactly
  // (a float is an integer only if it has no fraction, allowing gc's small rounding slack; a
  // complex number is real only if its imaginary part is 0), else Unknown.
  Constant toInt() const;
  Constant toFloat() const;
  Constant toComplex() const;

  // Whether the constant is representable as a value of the basic type `k` (types2's rules:
  // int/uint/uintptr are 64 bits wide; floats round to nearest even and only overflow to
  // infinity fails). When it is and `rounded` is given, *rounded receives the value as the
  // type holds it (ToInt'ed for integers, rounded to float32/float64 for floats).
  // When it is not, gc reports a numeric conversion from a non-integer type to an integer
  // type as "truncated" and every other numeric one as "overflows" (decided by types).
  bool representable(BasicKind k, Constant* rounded = nullptr) const;

  // Exact arithmetic (go/constant's BinaryOp): + - * / on every numeric kind, % & | ^ &^ on
  // integers, + on strings, && || on booleans. Operands of different numeric kinds are first
  // brought to the larger kind. `integerDivision` makes / of two integers truncate (gc
  // does so when the operands' type is an integer type); otherwise it is exact. Returns
  // Unknown on division by zero, an Int result past 512 bits or an infinite float result.
  static Constant binary(syntax::Tok op, const Constant& x, const Constant& y,
                         bool integerDivision);
  // + - ^ ! (unsignedBits: for an unsigned type, ^x flips only that many bits).
  static Constant unary(syntax::Tok op, const Constant& x, unsigned unsignedBits);
  // x << count or x >> count on an Int constant (Unknown past 512 bits).
  static Constant shift(syntax::Tok op, const Constant& x, uint64_t count);
  // == != < <= > >= (operands brought to the larger kind as in binary).
  static bool compare(syntax::Tok op, const Constant& x, const Constant& y);

  // As gc prints constants in messages (go/constant's String): 5, 1e+100, 0.1, (1 + 2i),
  // "hi" (strings longer than 70 characters are shortened with "...").
  std::string toString() const;
  // The exact value (go/constant's ExactString): 1/10, 0x.8p+1, the whole quoted string.
  std::string exactString() const;

 private:
  friend struct ConstantOps;
  // How the value is held: Small is an inline int64; the others live in payload_.
  enum class Rep : uint8_t { None, Bool, Small, BigInt, Rat, BigFloat, String, Complex };

  Kind kind_ = Kind::Unknown;
  Rep rep_ = Rep::None;
  bool b_ = false;
  int64_t small_ = 0;
  llvm::IntrusiveRefCntPtr<const ConstantPayload> payload_;
};

// Decodes a Go string or rune literal's escapes. Returns false if the literal is malformed.
// s quoted as Go's strconv.Quote quotes it.
std::string strconvQuote(llvm::StringRef s);
bool unquote(llvm::StringRef literal, std::string& out);
bool unquoteRune(llvm::StringRef literal, uint32_t& rune);
void appendUtf8(std::string& out, uint32_t rune);

}  // namespace ergo::types
