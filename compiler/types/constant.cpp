#include "types/constant.h"

#include "fmt/format.h"
#include "llvm/ADT/SmallString.h"

namespace ergo::types {

namespace {
// Width of the exact integer representation: 512 bits of magnitude plus a sign and headroom
// so that one operation never wraps before we check the result.
constexpr unsigned kWidth = 1040;
constexpr unsigned kLimit = 512;

llvm::APSInt widen(const llvm::APSInt& v) {
  return v.extend(kWidth);
}

bool overflows(const llvm::APSInt& v) {
  // gc's limit: the magnitude must fit in 512 bits (so -2^512 overflows as 2^512 does).
  return v.abs().getActiveBits() > kLimit;
}
}  // namespace

Constant Constant::fromBool(bool b) {
  Constant c;
  c.kind_ = Kind::Bool;
  c.b_ = b;
  return c;
}

Constant Constant::fromString(std::string s) {
  Constant c;
  c.kind_ = Kind::String;
  c.s_ = std::move(s);
  return c;
}

Constant Constant::fromInt(const llvm::APSInt& i) {
  Constant c;
  llvm::APSInt w = i.isSigned() ? i : llvm::APSInt(i.zext(i.getBitWidth() + 1), false);
  w.setIsSigned(true);
  w = w.sextOrTrunc(kWidth);
  if (overflows(w)) return Constant();
  c.kind_ = Kind::Int;
  c.i_ = w;
  return c;
}

Constant Constant::fromInt64(int64_t v) {
  return fromInt(llvm::APSInt(llvm::APInt(64, v, true), false));
}

Constant Constant::fromIntLiteral(llvm::StringRef text) {
  std::string digits;
  for (char ch : text)
    if (ch != '_') digits.push_back(ch);
  llvm::StringRef d(digits);
  unsigned radix = 10;
  if (d.size() > 1 && d[0] == '0') {
    char p = d[1] | 0x20;
    if (p == 'x')
      radix = 16, d = d.drop_front(2);
    else if (p == 'b')
      radix = 2, d = d.drop_front(2);
    else if (p == 'o')
      radix = 8, d = d.drop_front(2);
    else
      radix = 8, d = d.drop_front(1);
  }
  if (d.empty()) return fromInt64(0);
  // A literal too long for 512 bits overflows; checking the length first also keeps absurdly
  // long literals from costing time (APInt parsing is quadratic).
  unsigned bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : radix == 16 ? 4 : 4;
  size_t significant = d.find_first_not_of('0');
  if (significant == llvm::StringRef::npos) return fromInt64(0);
  if ((d.size() - significant) * bitsPerDigit > kWidth - 8 && radix != 10) return Constant();
  if (radix == 10 && d.size() - significant > 160) return Constant();  // > 10^160 > 2^512
  llvm::APInt v(kWidth, 0);
  if (d.getAsInteger(radix, v)) return Constant();
  return fromInt(llvm::APSInt(v.zextOrTrunc(kWidth), false));
}

bool Constant::fitsInt(unsigned bits, bool isSigned) const {
  if (kind_ != Kind::Int) return false;
  if (isSigned) return i_.getSignificantBits() <= bits;
  return !i_.isNegative() && i_.getActiveBits() <= bits;
}

Constant Constant::binary(syntax::Tok op, const Constant& x, const Constant& y,
                          bool integerDivision) {
  using syntax::Tok;
  if (x.kind_ == Kind::String && y.kind_ == Kind::String && op == Tok::Add)
    return fromString(x.s_ + y.s_);
  if (x.kind_ == Kind::Bool && y.kind_ == Kind::Bool) {
    if (op == Tok::LogAnd) return fromBool(x.b_ && y.b_);
    if (op == Tok::LogOr) return fromBool(x.b_ || y.b_);
    return Constant();
  }
  if (x.kind_ != Kind::Int || y.kind_ != Kind::Int) return Constant();
  llvm::APSInt a = widen(x.i_), b = widen(y.i_), r;
  switch (op) {
    case Tok::Add:
      r = a + b;
      break;
    case Tok::Sub:
      r = a - b;
      break;
    case Tok::Mul:
      r = a * b;
      break;
    case Tok::Quo:
      if (b.isZero()) return Constant();
      r = a / b;  // truncated, as Go's integer division (float division is unsupported)
      (void)integerDivision;
      break;
    case Tok::Rem:
      if (b.isZero()) return Constant();
      r = a % b;
      break;
    case Tok::And:
      r = a & b;
      break;
    case Tok::Or:
      r = a | b;
      break;
    case Tok::Xor:
      r = a ^ b;
      break;
    case Tok::AndNot:
      r = a & ~b;
      break;
    default:
      return Constant();
  }
  return fromInt(r);
}

Constant Constant::unary(syntax::Tok op, const Constant& x, unsigned unsignedBits) {
  using syntax::Tok;
  switch (op) {
    case Tok::Add:
      return x;
    case Tok::Sub:
      if (x.kind_ != Kind::Int) return Constant();
      return fromInt(-widen(x.i_));
    case Tok::Not:
      if (x.kind_ != Kind::Bool) return Constant();
      return fromBool(!x.b_);
    case Tok::Xor: {
      if (x.kind_ != Kind::Int) return Constant();
      llvm::APSInt v = ~widen(x.i_);
      // For unsigned types ^x flips only the type's bits.
      if (unsignedBits) {
        llvm::APInt mask = llvm::APInt::getLowBitsSet(kWidth, unsignedBits);
        v = llvm::APSInt(v & mask, false);
        v.setIsSigned(true);
      }
      return fromInt(v);
    }
    default:
      return Constant();
  }
}

Constant Constant::shift(syntax::Tok op, const Constant& x, uint64_t count) {
  if (x.kind_ != Kind::Int) return Constant();
  if (op == syntax::Tok::Shl) {
    if (count > kLimit) return Constant();
    return fromInt(widen(x.i_) << static_cast<unsigned>(count));
  }
  if (count >= kWidth) return fromInt64(x.i_.isNegative() ? -1 : 0);
  return fromInt(widen(x.i_) >> static_cast<unsigned>(count));
}

bool Constant::compare(syntax::Tok op, const Constant& x, const Constant& y) {
  using syntax::Tok;
  int c = 0;
  if (x.kind_ == Kind::Int)
    c = x.i_ < y.i_ ? -1 : x.i_ > y.i_ ? 1 : 0;
  else if (x.kind_ == Kind::String)
    c = x.s_.compare(y.s_) < 0 ? -1 : x.s_ == y.s_ ? 0 : 1;
  else if (x.kind_ == Kind::Bool)
    c = x.b_ == y.b_ ? 0 : 1;
  switch (op) {
    case Tok::Eql:
      return c == 0;
    case Tok::Neq:
      return c != 0;
    case Tok::Lss:
      return c < 0;
    case Tok::Leq:
      return c <= 0;
    case Tok::Gtr:
      return c > 0;
    case Tok::Geq:
      return c >= 0;
    default:
      return false;
  }
}

std::string Constant::toString() const {
  switch (kind_) {
    case Kind::Bool:
      return b_ ? "true" : "false";
    case Kind::String: {
      std::string out = "\"";
      for (unsigned char ch : s_) {
        if (ch == '"' || ch == '\\')
          out += '\\', out += static_cast<char>(ch);
        else if (ch == '\n')
          out += "\\n";
        else if (ch == '\t')
          out += "\\t";
        else if (ch < 0x20 || ch == 0x7f)
          out += fmt::format("\\x{:02x}", ch);
        else
          out += static_cast<char>(ch);
      }
      return out + "\"";
    }
    case Kind::Int: {
      llvm::SmallString<64> s;
      i_.toString(s, 10);
      return std::string(s);
    }
    default:
      return "unknown";
  }
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

namespace {
int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Decodes the escape at s[i] (just after the backslash); appends to `out`.
bool decodeEscape(llvm::StringRef s, size_t& i, std::string& out, bool& isByte, uint32_t& value) {
  if (i >= s.size()) return false;
  char c = s[i++];
  isByte = false;
  switch (c) {
    case 'a':
      value = 7;
      break;
    case 'b':
      value = 8;
      break;
    case 'f':
      value = 12;
      break;
    case 'n':
      value = 10;
      break;
    case 'r':
      value = 13;
      break;
    case 't':
      value = 9;
      break;
    case 'v':
      value = 11;
      break;
    case '\\':
      value = '\\';
      break;
    case '\'':
      value = '\'';
      break;
    case '"':
      value = '"';
      break;
    case 'x':
    case 'u':
    case 'U':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      int n = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 3;
      int base = (c >= '0' && c <= '7') ? 8 : 16;
      if (base == 8) --i;
      value = 0;
      for (int k = 0; k < n; ++k) {
        if (i >= s.size()) return false;
        int v = hexValue(s[i++]);
        if (v < 0 || v >= base) return false;
        value = value * base + v;
      }
      isByte = c == 'x' || base == 8;
      if (isByte) {
        out += static_cast<char>(value);
        return true;
      }
      break;
    }
    default:
      return false;
  }
  appendUtf8(out, value);
  return true;
}
}  // namespace

bool unquote(llvm::StringRef lit, std::string& out) {
  out.clear();
  if (lit.size() < 2) return false;
  if (lit.front() == '`') {
    for (char c : lit.drop_front().drop_back())
      if (c != '\r') out += c;  // raw strings drop carriage returns
    return true;
  }
  llvm::StringRef body = lit.drop_front().drop_back();
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    ++i;
    bool isByte;
    uint32_t v;
    if (!decodeEscape(body, i, out, isByte, v)) return false;
  }
  return true;
}

bool unquoteRune(llvm::StringRef lit, uint32_t& rune) {
  llvm::StringRef body = lit.drop_front().drop_back();
  if (body.empty()) return false;
  if (body[0] == '\\') {
    size_t i = 1;
    std::string tmp;
    bool isByte;
    if (!decodeEscape(body, i, tmp, isByte, rune)) return false;
    return true;
  }
  // One UTF-8 encoded character.
  unsigned char c = body[0];
  if (c < 0x80) {
    rune = c;
    return true;
  }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  rune = c & (0x7F >> n);
  for (int k = 1; k < n && k < static_cast<int>(body.size()); ++k)
    rune = (rune << 6) | (static_cast<unsigned char>(body[k]) & 0x3F);
  return true;
}

}  // namespace ergo::types
