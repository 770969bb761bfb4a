// Constants from and to text: Go literals of every form, string/rune unquoting, and printing
// as gc prints constants (go/constant's String and ExactString).
#include <cmath>
#include <cstdio>
#include <cstring>

#include "fmt/format.h"
#include "types/constant_internal.h"

namespace ergo::types {

using Ops = ConstantOps;
using Rep = ConstantOps::Rep;

namespace {

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  return 99;
}

std::string zString(mpz_srcptr z, int base = 10) {
  std::string s(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(s.data(), base, z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

// Reads a signed decimal exponent, saturating far beyond any useful value.
int64_t readExponent(llvm::StringRef s) {
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) neg = s[0] == '-', s = s.drop_front();
  int64_t e = 0;
  for (char c : s) e = std::min<int64_t>(e * 10 + (c - '0'), int64_t{1} << 50);
  return neg ? -e : e;
}

// mant · base^exp (base 2 or 10) as go/constant keeps a float literal: an exact fraction when
// the value's binary exponent is within ±4096, else a 512-bit float.
Constant scaledLiteral(mpz_srcptr mant, int base, int64_t exp) {
  if (mpz_sgn(mant) == 0) return Ops::makeRatExact(Q().v);
  // Estimated binary exponent; within ±4000 it is certainly small, past ±4104 certainly not.
  double estimate = static_cast<double>(mpz_sizeinbase(mant, 2)) +
                    static_cast<double>(exp) * (base == 2 ? 1.0 : 3.321928094887362);
  F f;
  if (std::fabs(estimate) > 4104) {
    if (base == 2) {
      mpfr_set_z_2exp(f.v, mant, static_cast<mpfr_exp_t>(exp), MPFR_RNDN);
    } else {
      std::string text = zString(mant) + "e" + std::to_string(exp);
      mpfr_set_str(f.v, text.c_str(), 10, MPFR_RNDN);
    }
    if (mpfr_zero_p(f.v)) return Ops::makeRatExact(Q().v);  // underflow: 0, as gc
    return Ops::makeFloat(f.v);
  }
  Q q;
  mpz_set(mpq_numref(q.v), mant);
  Z scale;
  uint64_t n = static_cast<uint64_t>(exp < 0 ? -exp : exp);
  if (base == 2)
    mpz_setbit(scale.v, n);
  else
    mpz_ui_pow_ui(scale.v, 10, n);
  mpz_mul(exp < 0 ? mpq_denref(q.v) : mpq_numref(q.v), exp < 0 ? mpq_denref(q.v) : mpq_numref(q.v),
          scale.v);
  mpq_canonicalize(q.v);
  if (std::fabs(estimate) < 4000) return Ops::makeRatExact(q.v);
  mpfr_set_q(f.v, q.v, MPFR_RNDN);
  return Ops::smallFloat(f.v) ? Ops::makeRatExact(q.v) : Ops::makeFloat(f.v);
}

// A float literal's value (underscores removed, no `i`): decimal with optional fraction and e
// exponent, or 0x/0b/0o with hexadecimal fractions and p exponents.
Constant parseFloat(llvm::StringRef s) {
  int base = 10;
  if (s.size() > 1 && s[0] == '0') {
    char p = s[1] | 0x20;
    if (p == 'x')
      base = 16;
    else if (p == 'b')
      base = 2;
    else if (p == 'o')
      base = 8;
    if (base != 10) s = s.drop_front(2);
  }
  char expChar = base == 10 ? 'e' : 'p';
  std::string digits;
  int64_t fracDigits = 0;
  bool inFraction = false;
  size_t i = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') {
      if (inFraction) return Constant();
      inFraction = true;
      continue;
    }
    if ((c | 0x20) == expChar) break;
    if (digitValue(c) >= base) return Constant();
    digits += c;
    if (inFraction) ++fracDigits;
  }
  int64_t exp = 0;
  if (i < s.size()) {
    llvm::StringRef e = s.drop_front(i + 1);
    if (e.empty() || e.ltrim("+-").empty() ||
        e.ltrim("+-").find_first_not_of("0123456789") != llvm::StringRef::npos)
      return Constant();
    exp = readExponent(e);
  }
  if (digits.empty()) return Constant();
  Z mant;
  if (mpz_set_str(mant.v, digits.c_str(), base) != 0) return Constant();
  if (base == 10) return scaledLiteral(mant.v, 10, exp - fracDigits);
  // 0x, 0b, 0o mantissas: each fraction digit is 4, 1 or 3 bits.
  int bitsPerDigit = base == 16 ? 4 : base == 2 ? 1 : 3;
  return scaledLiteral(mant.v, 2, exp - fracDigits * bitsPerDigit);
}

std::string stripUnderscores(llvm::StringRef text) {
  std::string s;
  s.reserve(text.size());
  for (char c : text)
    if (c != '_') s += c;
  return s;
}

// Decodes one UTF-8 sequence as Go does: an invalid or overlong one (or a surrogate) is one
// byte wide and yields -1.
int32_t decodeRune(llvm::StringRef s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return ++i, c;
  int n = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? (c < 0xF0 ? 3 : 0) : c >= 0xC2 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return ++i, -1;
  uint32_t r = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return ++i, -1;
    r = (r << 6) | (byte(i + k) & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (r < kMin[n] || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) return ++i, -1;
  i += n;
  return static_cast<int32_t>(r);
}

// Go's unicode.IsPrint for non-ASCII runes, approximated: the C1 controls, the separators and
// format characters people actually meet, private use and noncharacters are not printable.
bool isPrintable(uint32_t r) {
  if (r < 0xA1) return r >= 0x20 && r < 0x7F;
  if (r == 0xAD || r == 0x1680 || r == 0x3000 || r == 0xFEFF) return false;
  if ((r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
      (r >= 0x205F && r <= 0x206F) || (r >= 0xFFF9 && r <= 0xFFFB))
    return false;
  if ((r >= 0xE000 && r <= 0xF8FF) || r >= 0xF0000) return false;
  if ((r & 0xFFFE) == 0xFFFE) return false;
  return true;
}

// go/constant shortens quoted strings longer than 72 characters to their first 69 + "...".
std::string shorten(std::string q) {
  constexpr size_t kMaxLen = 72;
  size_t runes = 0, cut = 0;
  for (size_t i = 0; i < q.size();) {
    decodeRune(q, i);
    if (++runes == kMaxLen - 3) cut = i;
  }
  if (runes <= kMaxLen) return q;
  return q.substr(0, cut) + "...";
}

std::string formatG6(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

// go/constant's String of a Float constant: %.6g of the nearest float64, or beyond float64's
// range the same approximation gc makes from the binary exponent.
std::string floatString(const Constant& c) {
  double x = c.toDouble();
  if ((c.sign() == 0) == (x == 0) && !std::isinf(x)) return formatG6(x);
  F f;
  Ops::getF(c, f.v);
  mpfr_exp_t exp = mpfr_get_exp(f.v);
  mpfr_set_exp(f.v, 0);
  double m = mpfr_get_d(f.v, MPFR_RNDN);  // 0.5 <= |m| <= 1
  constexpr double kLog10Of2 = 0.30102999566398119521373889472449302676818988146210854131;
  double d = static_cast<double>(exp) * kLog10Of2;
  auto e = static_cast<int64_t>(d);
  m *= std::pow(10.0, d - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 0.9999995) {  // so that %.6g cannot round m·10 up to 10
    m *= 10;
    --e;
  } else if (am >= 10) {
    m /= 10;
    ++e;
  }
  return formatG6(m) + fmt::format("e{:+d}", e);
}

// big.Float's Text('p', 0): -0x.HEXp±EXP with the mantissa's trailing zeros dropped.
std::string hexFloatString(mpfr_srcptr f) {
  if (mpfr_zero_p(f)) return "0";
  Z m;
  long exp = mpfr_get_z_2exp(m.v, f);
  bool neg = mpz_sgn(m.v) < 0;
  mpz_abs(m.v, m.v);
  mp_bitcnt_t tz = mpz_scan1(m.v, 0);
  mpz_fdiv_q_2exp(m.v, m.v, tz);
  exp += static_cast<long>(tz);
  long n = static_cast<long>(mpz_sizeinbase(m.v, 2));
  mpz_mul_2exp(m.v, m.v, static_cast<mp_bitcnt_t>((4 - n % 4) % 4));
  std::string hex = zString(m.v, 16);
  while (hex.size() > 1 && hex.back() == '0') hex.pop_back();
  return fmt::format("{}0x.{}p{:+d}", neg ? "-" : "", hex, n + exp);
}

}  // namespace

Constant Constant::fromIntLiteral(llvm::StringRef text) {
  std::string digits = stripUnderscores(text);
  llvm::StringRef d(digits);
  int radix = 10;
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
  size_t significant = d.find_first_not_of('0');
  if (d.empty() || significant == llvm::StringRef::npos) return fromInt64(0);
  d = d.drop_front(significant);
  // Far too long for 512 bits: do not spend time converting it.
  if (d.size() > 520) return Constant();
  for (char c : d)
    if (digitValue(c) >= radix) return Constant();
  Z z;
  if (mpz_set_str(z.v, std::string(d).c_str(), radix) != 0) return Constant();
  if (mpz_sizeinbase(z.v, 2) > kIntLimit) return Constant();
  return Ops::makeInt(z.v);
}

Constant Constant::fromFloatLiteral(llvm::StringRef text) {
  return parseFloat(stripUnderscores(text));
}

Constant Constant::fromImagLiteral(llvm::StringRef text) {
  if (!text.ends_with("i")) return Constant();
  Constant im = parseFloat(stripUnderscores(text.drop_back()));
  return im.known() ? makeComplex(fromInt64(0), im) : Constant();
}

Constant Constant::fromLiteral(syntax::Tok kind, llvm::StringRef text) {
  switch (kind) {
    case syntax::Tok::IntLit:
      return fromIntLiteral(text);
    case syntax::Tok::FloatLit:
      return fromFloatLiteral(text);
    case syntax::Tok::ImagLit:
      return fromImagLiteral(text);
    case syntax::Tok::RuneLit: {
      uint32_t r = 0;
      return unquoteRune(text, r) ? fromInt64(r) : Constant();
    }
    case syntax::Tok::StringLit: {
      std::string s;
      return unquote(text, s) ? fromString(std::move(s)) : Constant();
    }
    default:
      return Constant();
  }
}

std::string Constant::toString() const {
  switch (rep_) {
    case Rep::Bool:
      return b_ ? "true" : "false";
    case Rep::String:
      return shorten(strconvQuote(stringValue()));
    case Rep::Small:
      return std::to_string(small_);
    case Rep::BigInt:
      return zString(Ops::bigInt(*this));
    case Rep::Rat:
    case Rep::BigFloat:
      return floatString(*this);
    case Rep::Complex:
      return "(" + real().toString() + " + " + imag().toString() + "i)";
    default:
      return "unknown";
  }
}

std::string Constant::exactString() const {
  switch (rep_) {
    case Rep::String:
      return strconvQuote(stringValue());
    case Rep::Rat: {
      mpq_srcptr q = Ops::rat(*this);
      if (mpz_cmp_ui(mpq_denref(q), 1) == 0) return zString(mpq_numref(q));
      return zString(mpq_numref(q)) + "/" + zString(mpq_denref(q));
    }
    case Rep::BigFloat:
      return hexFloatString(Ops::bigFloat(*this));
    case Rep::Complex:
      return "(" + real().exactString() + " + " + imag().exactString() + "i)";
    default:
      return toString();
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

std::string strconvQuote(llvm::StringRef s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    int32_t r = decodeRune(s, i);
    if (r < 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[start]));
      continue;
    }
    if (r == '"' || r == '\\') {
      out += '\\';
      out += static_cast<char>(r);
    } else if (isPrintable(static_cast<uint32_t>(r))) {
      out.append(s.data() + start, i - start);
    } else {
      switch (r) {
        case '\a':
          out += "\\a";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\v':
          out += "\\v";
          break;
        default:
          if (r < 0x20 || r == 0x7F)
            out += fmt::format("\\x{:02x}", r);
          else if (r < 0x10000)
            out += fmt::format("\\u{:04x}", r);
          else
            out += fmt::format("\\U{:08x}", r);
      }
    }
  }
  return out + "\"";
}

}  // namespace ergo::types
