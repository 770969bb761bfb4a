#include "syntax/lexer.h"

#include <algorithm>

#include "fmt/format.h"
#include "llvm/ADT/STLExtras.h"

namespace ergo::syntax {

namespace {

constexpr llvm::StringRef kSpellings[] = {
#define TOKEN(name, spelling) spelling,
#include "syntax/tokens.def"
};

struct KeywordEntry {
  llvm::StringRef text;
  Tok tok;
};
constexpr KeywordEntry kKeywords[] = {
#define TOKEN(name, spelling)
#define KEYWORD(name, spelling) {spelling, Tok::name},
#include "syntax/tokens.def"
};

// Keywords are found by a hash of their first two bytes and length that has no collisions
// among Go's 25 keywords (checked at compile time below), so an identifier costs one table
// probe and at most one comparison instead of a scan of the list.
constexpr size_t kKeywordSlots = 128;
constexpr size_t keywordHash(char c0, char c1, size_t len) {
  return (static_cast<unsigned char>(c0) * 3u + static_cast<unsigned char>(c1) * 7u + len) &
         (kKeywordSlots - 1);
}
struct KeywordTable {
  const KeywordEntry* slots[kKeywordSlots] = {};
  bool collision = false;
};
constexpr KeywordTable makeKeywordTable() {
  KeywordTable t;
  for (const KeywordEntry& k : kKeywords) {
    const KeywordEntry*& slot =
        t.slots[keywordHash(k.text.data()[0], k.text.data()[1], k.text.size())];
    if (slot) t.collision = true;
    slot = &k;
  }
  return t;
}
constexpr KeywordTable kKeywordTable = makeKeywordTable();
static_assert(!kKeywordTable.collision, "keywordHash must tell every keyword apart");

// The classes of the code points from U+0080 on (Unicode 15.0, as Go 1.21+): each entry is
// `first << 2 | class`, the class holding up to the next entry's first code point. Classes:
// 0 not printable, 1 letter (unicode.IsLetter), 2 digit (unicode.IsDigit), 3 other printable
// (unicode.IsPrint). Regenerate with tools/gen_unicode_classes.py.
constexpr uint32_t kUnicodeClasses[] = {
#include "syntax/unicode_classes.inc"
};

int unicodeClass(int32_t r) {
  if (r < 0x80) {
    if ((r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')) return 1;
    if (r >= '0' && r <= '9') return 2;
    return r >= 0x20 && r < 0x7f ? 3 : 0;
  }
  if (r > 0x10FFFF) return 0;
  const uint32_t key = static_cast<uint32_t>(r) << 2 | 3;
  const uint32_t* it =
      std::upper_bound(std::begin(kUnicodeClasses), std::end(kUnicodeClasses), key);
  return it == std::begin(kUnicodeClasses) ? 0 : static_cast<int>(it[-1] & 3);
}

bool isLetter(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isDecimal(int32_t c) {
  return c >= '0' && c <= '9';
}
bool isHex(int32_t c) {
  return isDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int32_t lower(int32_t c) {
  return ('a' - 'A') | c;
}

// Go's utf8.DecodeRune: an invalid sequence decodes to U+FFFD with width 1.
std::pair<int32_t, size_t> decodeRune(llvm::StringRef s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  size_t n = s.size() - i;
  unsigned char c0 = b(0);
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < n && b(k) >= lo && b(k) <= hi;
  };
  if (c0 >= 0xC2 && c0 <= 0xDF && cont(1)) return {(c0 & 0x1F) << 6 | (b(1) & 0x3F), 2};
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    unsigned char lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (cont(1, lo, hi) && cont(2))
      return {(c0 & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F), 3};
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    unsigned char lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (cont(1, lo, hi) && cont(2) && cont(3))
      return {(c0 & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F), 4};
  }
  return {0xFFFD, 1};
}

std::string encodeRune(int32_t r) {
  std::string out;
  auto u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    out += static_cast<char>(u);
  } else if (u < 0x800) {
    out += static_cast<char>(0xC0 | u >> 6);
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    out += static_cast<char>(0xE0 | u >> 12);
    out += static_cast<char>(0x80 | (u >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | u >> 18);
    out += static_cast<char>(0x80 | (u >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (u >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  }
  return out;
}

const char* baseName(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 10:
      return "decimal";
    default:
      return "hexadecimal";
  }
}

// The index of the first misplaced '_' in a number literal, or -1 (gc's invalidSep).
int invalidSep(llvm::StringRef x) {
  char x1 = ' ';  // the literal's base letter; only a hexadecimal 'x' matters here
  char d = '.';   // class of the previous character: '_', '0' for any digit, '.' otherwise
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = static_cast<char>(lower(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

}  // namespace

bool isUnicodeLetter(int32_t r) {
  return unicodeClass(r) == 1;
}
bool isUnicodeDigit(int32_t r) {
  return unicodeClass(r) == 2;
}
bool isUnicodePrint(int32_t r) {
  return unicodeClass(r) != 0;
}

std::string formatRuneU(int32_t r) {
  std::string out = fmt::format("U+{:04X}", static_cast<uint32_t>(r));
  if (r >= 0 && r <= 0x10FFFF && isUnicodePrint(r)) out += " '" + encodeRune(r) + "'";
  return out;
}

std::string quoteRune(int32_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
  switch (r) {
    case '\'':
      return "'\\''";
    case '\\':
      return "'\\\\'";
    case '\a':
      return "'\\a'";
    case '\b':
      return "'\\b'";
    case '\f':
      return "'\\f'";
    case '\n':
      return "'\\n'";
    case '\r':
      return "'\\r'";
    case '\t':
      return "'\\t'";
    case '\v':
      return "'\\v'";
    default:
      break;
  }
  if (isUnicodePrint(r)) return "'" + encodeRune(r) + "'";
  if (r < ' ' || r == 0x7F) return fmt::format("'\\x{:02x}'", r);
  if (r < 0x10000) return fmt::format("'\\u{:04x}'", r);
  return fmt::format("'\\U{:08x}'", r);
}

Scanner::Scanner(uint32_t fileId, llvm::StringRef text, ErrorHandler onError)
    : file_(fileId), src_(text), onError_(std::move(onError)) {}

void Scanner::errorAt(size_t offset, std::string msg) {
  ++errors_;
  lastErrorOffset_ = offset;
  onError_(at(offset), std::move(msg));
}

// Reads the next character into ch_, as gc's source.nextch: NUL bytes, invalid UTF-8 and byte
// order marks after the start of the file are reported and skipped.
void Scanner::nextchSlow() {
  while (true) {
    off_ = r_;
    if (r_ >= src_.size()) {
      ch_ = -1;
      return;
    }
    auto b = static_cast<unsigned char>(src_[r_]);
    if (b < 0x80) {
      ++r_;
      ch_ = b;
      if (b == 0) {
        errorAt(off_, "invalid NUL character");
        continue;
      }
      return;
    }
    auto [cp, width] = decodeRune(src_, r_);
    r_ += width;
    ch_ = cp;
    if (cp == 0xFFFD && width == 1) {
      errorAt(off_, "invalid UTF-8 encoding");
      continue;
    }
    if (cp == 0xFEFF) {
      if (off_ > 0) errorAt(off_, "invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

Token Scanner::make(Tok kind, size_t start) {
  return Token{kind, at(start), src_.slice(start, off_)};
}

Token Scanner::semi(size_t start, llvm::StringRef lit) {
  return Token{Tok::Semicolon, at(start), lit};
}

Token Scanner::next() {
  unsigned before = errors_;
  Token t = scan();
  t.bad = errors_ != before && lastErrorOffset_ >= t.pos.offset &&
          (t.kind == Tok::IntLit || t.kind == Tok::FloatLit || t.kind == Tok::ImagLit ||
           t.kind == Tok::RuneLit || t.kind == Tok::StringLit);
  return t;
}

Token Scanner::scan() {
  if (!started_) {
    // Read the first character only now, so that errors it causes are reported to a handler
    // that is fully set up. This also skips a leading byte order mark.
    started_ = true;
    nextch();
  }
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  while (true) {
    while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();
    size_t start = off_;
    if (isLetter(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
      nextch();
      return ident(start);
    }
    switch (ch_) {
      case -1:
        if (nlsemi) return semi(start, "");
        return make(Tok::EndOfFile, start);
      case '\n':
        nextch();
        return semi(start, "\n");
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        return number(start, false);
      case '"':
        return stdString(start);
      case '`':
        return rawString(start);
      case '\'':
        return rune(start);
      case '(':
        nextch();
        return make(Tok::LParen, start);
      case '[':
        nextch();
        return make(Tok::LBrack, start);
      case '{':
        nextch();
        return make(Tok::LBrace, start);
      case ',':
        nextch();
        return make(Tok::Comma, start);
      case ';':
        nextch();
        return make(Tok::Semicolon, start);
      case ')':
        nextch();
        nlsemi_ = true;
        return make(Tok::RParen, start);
      case ']':
        nextch();
        nlsemi_ = true;
        return make(Tok::RBrack, start);
      case '}':
        nextch();
        nlsemi_ = true;
        return make(Tok::RBrace, start);
      case ':':
        nextch();
        if (ch_ == '=') {
          nextch();
          return make(Tok::Define, start);
        }
        return make(Tok::Colon, start);
      case '.':
        nextch();
        if (isDecimal(ch_)) return number(start, true);
        if (ch_ == '.') {
          nextch();
          if (ch_ == '.') {
            nextch();
            return make(Tok::Ellipsis, start);
          }
          r_ = start + 1;  // ".." is two periods: back to the second one
          nextch();
        }
        return make(Tok::Period, start);
      case '+':
        nextch();
        if (ch_ == '+') {
          nextch();
          nlsemi_ = true;
          return make(Tok::Inc, start);
        }
        return op(start, Tok::Add, Tok::AddAssign);
      case '-':
        nextch();
        if (ch_ == '-') {
          nextch();
          nlsemi_ = true;
          return make(Tok::Dec, start);
        }
        return op(start, Tok::Sub, Tok::SubAssign);
      case '*':
        nextch();
        return op(start, Tok::Mul, Tok::MulAssign);
      case '/':
        nextch();
        if (ch_ == '/') {
          nextch();
          lineComment(start);
          continue;
        }
        if (ch_ == '*') {
          nextch();
          if (skipComment(start) && src_.slice(start + 2, off_).starts_with("line "))
            lineDirective(start, src_.slice(start + 7, off_ - 2), off_);
          // A comment spanning lines acts like a newline.
          if (nlsemi && src_.slice(start, off_).contains('\n')) return semi(start, "\n");
          continue;
        }
        return op(start, Tok::Quo, Tok::QuoAssign);
      case '%':
        nextch();
        return op(start, Tok::Rem, Tok::RemAssign);
      case '&':
        nextch();
        if (ch_ == '&') {
          nextch();
          return make(Tok::LogAnd, start);
        }
        if (ch_ == '^') {
          nextch();
          return op(start, Tok::AndNot, Tok::AndNotAssign);
        }
        return op(start, Tok::And, Tok::AndAssign);
      case '|':
        nextch();
        if (ch_ == '|') {
          nextch();
          return make(Tok::LogOr, start);
        }
        return op(start, Tok::Or, Tok::OrAssign);
      case '^':
        nextch();
        return op(start, Tok::Xor, Tok::XorAssign);
      case '<':
        nextch();
        if (ch_ == '=') {
          nextch();
          return make(Tok::Leq, start);
        }
        if (ch_ == '<') {
          nextch();
          return op(start, Tok::Shl, Tok::ShlAssign);
        }
        if (ch_ == '-') {
          nextch();
          return make(Tok::Arrow, start);
        }
        return make(Tok::Lss, start);
      case '>':
        nextch();
        if (ch_ == '=') {
          nextch();
          return make(Tok::Geq, start);
        }
        if (ch_ == '>') {
          nextch();
          return op(start, Tok::Shr, Tok::ShrAssign);
        }
        return make(Tok::Gtr, start);
      case '=':
        nextch();
        if (ch_ == '=') {
          nextch();
          return make(Tok::Eql, start);
        }
        return make(Tok::Assign, start);
      case '!':
        nextch();
        if (ch_ == '=') {
          nextch();
          return make(Tok::Neq, start);
        }
        return make(Tok::Not, start);
      case '~':
        nextch();
        return make(Tok::Tilde, start);
      default:
        errorAt(off_, "invalid character " + formatRuneU(ch_));
        nextch();
        continue;
    }
  }
}

// An operator that may be followed by '=' to form an assignment operator.
Token Scanner::op(size_t start, Tok single, Tok assign) {
  if (ch_ == '=') {
    nextch();
    return make(assign, start);
  }
  return make(single, start);
}

bool Scanner::atIdentChar(bool first) {
  if (isUnicodeLetter(ch_) || ch_ == '_') return true;
  if (isUnicodeDigit(ch_)) {
    if (first) errorAt(off_, "identifier cannot begin with digit " + formatRuneU(ch_));
    return true;
  }
  if (ch_ >= 0x80) {
    errorAt(off_, "invalid character " + formatRuneU(ch_) + " in identifier");
    return true;
  }
  return false;
}

Token Scanner::ident(size_t start) {
  while (isLetter(ch_) || isDecimal(ch_)) nextch();
  if (ch_ >= 0x80)
    while (atIdentChar(false)) nextch();
  llvm::StringRef text = src_.slice(start, off_);
  if (text.size() >= 2) {
    const KeywordEntry* k = kKeywordTable.slots[keywordHash(text[0], text[1], text.size())];
    if (k && k->text == text) {
      nlsemi_ = k->tok == Tok::Break || k->tok == Tok::Continue || k->tok == Tok::Fallthrough ||
                k->tok == Tok::Return;
      return make(k->tok, start);
    }
  }
  nlsemi_ = true;
  return make(Tok::Ident, start);
}

// Accepts { digit | '_' }; returns bit 0 if there was a digit, bit 1 if there was a '_'.
// For bases up to 10, the offset (from `start`) of the first digit >= base goes to *invalid.
int Scanner::digits(int base, int* invalid, size_t start) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_')
        ds = 2;
      else if (ch_ >= max && invalid && *invalid < 0)
        *invalid = static_cast<int>(off_ - start);
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

Token Scanner::number(size_t start, bool seenPoint) {
  bool ok = true;
  Tok kind = Tok::IntLit;
  int base = 10;
  char prefix = 0;  // base marker: 0 decimal, '0' legacy octal, else 'x', 'o' or 'b'
  int digsep = 0;   // 1: saw a digit; 2: saw a '_' separator
  int invalid = -1;

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x':
          nextch();
          base = 16, prefix = 'x';
          break;
        case 'o':
          nextch();
          base = 8, prefix = 'o';
          break;
        case 'b':
          nextch();
          base = 2, prefix = 'b';
          break;
        default:
          base = 8, prefix = '0';
          digsep = 1;  // leading 0
      }
    }
    digsep |= digits(base, &invalid, start);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorAt(off_, fmt::format("invalid radix point in {} literal", baseName(base)));
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }
  if (seenPoint) {
    kind = Tok::FloatLit;
    digsep |= digits(base, &invalid, start);
  }
  if ((digsep & 1) == 0 && ok) {
    errorAt(off_, fmt::format("{} literal has no digits", baseName(base)));
    ok = false;
  }
  if (int32_t e = lower(ch_); e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorAt(off_, fmt::format("{} exponent requires decimal mantissa", quoteRune(ch_)));
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorAt(off_, fmt::format("{} exponent requires hexadecimal mantissa", quoteRune(ch_)));
        ok = false;
      }
    }
    nextch();
    kind = Tok::FloatLit;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr, start) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorAt(off_, "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::FloatLit && ok) {
    errorAt(off_, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (ch_ == 'i') {
    kind = Tok::ImagLit;
    nextch();
  }
  nlsemi_ = true;
  Token t = make(kind, start);
  if (kind == Tok::IntLit && invalid >= 0 && ok) {
    errorAt(start + invalid, fmt::format("invalid digit {} in {} literal",
                                         quoteRune(t.text[invalid]), baseName(base)));
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    if (int i = invalidSep(t.text); i >= 0)
      errorAt(start + i, "'_' must separate successive digits");
  }
  return t;
}

Token Scanner::rune(size_t start) {
  bool ok = true;
  nextch();
  for (int n = 0;; ++n) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          errorAt(off_, "empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(start, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        errorAt(off_, "newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        errorAt(start, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  nlsemi_ = true;
  return make(Tok::RuneLit, start);
}

Token Scanner::stdString(size_t start) {
  nextch();
  while (true) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      escape('"');
      continue;
    }
    if (ch_ == '\n') {
      errorAt(off_, "newline in string");
      break;
    }
    if (ch_ < 0) {
      errorAt(start, "string not terminated");
      break;
    }
    nextch();
  }
  nlsemi_ = true;
  return make(Tok::StringLit, start);
}

Token Scanner::rawString(size_t start) {
  nextch();
  while (true) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      errorAt(start, "string not terminated");
      break;
    }
    nextch();
  }
  nlsemi_ = true;
  return make(Tok::StringLit, start);
}

// After "//": skips to the end of the line (not consuming the newline) and records
// //go: and //line directives.
void Scanner::lineComment(size_t start) {
  while (ch_ >= 0 && ch_ != '\n') nextch();
  llvm::StringRef body = src_.slice(start + 2, off_);
  if (body.starts_with("go:") || body.starts_with("line "))
    pragmas_.push_back({at(start), body.rtrim("\r")});
  // A //line directive counts only at the start of a line; it applies from the next one.
  if (body.starts_with("line ") && (start == 0 || src_[start - 1] == '\n')) {
    llvm::StringRef text = body.drop_front(5);
    if (text.ends_with("\r")) text = text.drop_back();
    lineDirective(start, text, ch_ < 0 ? off_ : off_ + 1);
  }
}

namespace {

// The number after the last ':' of text, as gc's trailingDigits: `colon` is the index just
// after that ':' (0: there is none), `ok` whether the rest is a decimal number.
struct Trailing {
  size_t colon = 0;
  uint64_t n = 0;
  bool ok = false;
};

Trailing trailingNumber(llvm::StringRef text) {
  size_t i = text.rfind(':');
  if (i == llvm::StringRef::npos) return {};
  Trailing t{i + 1, 0, false};
  // Digits only: getAsInteger alone would also take a sign or a 0x prefix.
  llvm::StringRef digits = text.drop_front(i + 1);
  t.ok = !digits.empty() && llvm::all_of(digits, [](char c) { return c >= '0' && c <= '9'; }) &&
         !digits.getAsInteger(10, t.n);
  return t;
}

}  // namespace

// Records the directive `line <text>` of the comment at `start`, which takes effect at
// `effect`. Like gc: without a ':' it is no directive; a bad line or column number is reported
// at that number; `file:line:col` is tried before `file:line`.
void Scanner::lineDirective(size_t start, llvm::StringRef text, size_t effect) {
  constexpr uint64_t maxLineCol = 1u << 30;  // gc's PosMax
  size_t textStart = start + 7;              // after "//line " or "/*line "
  Trailing last = trailingNumber(text);
  if (last.colon == 0) return;
  if (!last.ok) {
    errorAt(textStart + last.colon, "invalid line number: " + text.drop_front(last.colon).str());
    return;
  }
  Trailing lineNum = last;
  uint64_t col = 0;
  Trailing before = trailingNumber(text.take_front(last.colon - 1));
  if (before.ok) {
    if (last.n == 0 || last.n > maxLineCol) {
      errorAt(textStart + last.colon,
              "invalid column number: " + text.drop_front(last.colon).str());
      return;
    }
    col = last.n;
    lineNum = before;
    text = text.take_front(last.colon - 1);
  }
  if (lineNum.n == 0 || lineNum.n > maxLineCol) {
    errorAt(textStart + lineNum.colon,
            "invalid line number: " + text.drop_front(lineNum.colon).str());
    return;
  }
  lineDirectives_.push_back({static_cast<uint32_t>(effect),
                             text.take_front(lineNum.colon - 1).str(),
                             static_cast<uint32_t>(lineNum.n), static_cast<uint32_t>(col)});
}

// After "/*": skips to the end of the comment.
bool Scanner::skipComment(size_t start) {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    nextch();
  }
  errorAt(start, "comment not terminated");
  return false;
}

// After a backslash: validates one escape. Returns false after reporting an error.
bool Scanner::escape(int32_t quote) {
  int n = 0;
  uint32_t base = 0, max = 0;
  switch (ch_) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
      nextch();
      return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      nextch();
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      nextch();
      n = 4, base = 16, max = 0x10FFFF;
      break;
    case 'U':
      nextch();
      n = 8, base = 16, max = 0x10FFFF;
      break;
    default:
      if (ch_ == quote) {
        nextch();
        return true;
      }
      if (ch_ < 0) return true;  // the caller complains about the end of the file
      errorAt(off_, "unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; --i) {
    if (ch_ < 0) return true;  // the caller complains about the end of the file
    uint32_t d = base;
    if (isDecimal(ch_))
      d = static_cast<uint32_t>(ch_ - '0');
    else if (lower(ch_) >= 'a' && lower(ch_) <= 'f')
      d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
    if (d >= base) {
      errorAt(off_, fmt::format("invalid character {} in {} escape", quoteRune(ch_),
                                baseName(static_cast<int>(base))));
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    errorAt(off_, fmt::format("octal escape value {} > 255", x));
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    errorAt(off_, "escape is invalid Unicode code point " + formatRuneU(static_cast<int32_t>(x)));
    return false;
  }
  return true;
}

llvm::StringRef tokSpelling(Tok t) {
  return kSpellings[static_cast<int>(t)];
}

int binaryPrecedence(Tok t) {
  switch (t) {
    case Tok::LogOr:
      return 1;
    case Tok::LogAnd:
      return 2;
    case Tok::Eql:
    case Tok::Neq:
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
      return 3;
    case Tok::Add:
    case Tok::Sub:
    case Tok::Or:
    case Tok::Xor:
      return 4;
    case Tok::Mul:
    case Tok::Quo:
    case Tok::Rem:
    case Tok::Shl:
    case Tok::Shr:
    case Tok::And:
    case Tok::AndNot:
      return 5;
    default:
      return 0;
  }
}

bool isKeyword(Tok t) {
  return t >= Tok::Break;
}

LexedFile lex(uint32_t fileId, llvm::StringRef text, Diagnostics& diags) {
  LexedFile out;
  Scanner s(fileId, text, [&](Pos p, std::string msg) { diags.error(p, std::move(msg)); });
  while (true) {
    out.tokens.push_back(s.next());
    if (out.tokens.back().kind == Tok::EndOfFile) break;
  }
  out.pragmas = s.pragmas();
  out.lineDirectives = s.lineDirectives();
  return out;
}

// Whether `text` may hold a line directive: `line ` after `//` or `/*`, in one pass.
static bool mayHaveLineDirective(llvm::StringRef text) {
  for (size_t at = text.find("line "); at != llvm::StringRef::npos; at = text.find("line ", at + 5))
    if (at >= 2 && text[at - 2] == '/' && (text[at - 1] == '/' || text[at - 1] == '*')) return true;
  return false;
}

std::vector<LineDirective> scanLineDirectives(uint32_t fileId, llvm::StringRef text) {
  if (!mayHaveLineDirective(text)) return {};
  Scanner s(fileId, text, [](Pos, std::string) {});
  while (s.next().kind != Tok::EndOfFile) {
  }
  return s.lineDirectives();
}

}  // namespace ergo::syntax
