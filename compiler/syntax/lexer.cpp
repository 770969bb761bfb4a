#include "syntax/lexer.h"

#include "fmt/format.h"
#include "llvm/Support/ConvertUTF.h"

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

bool isLetter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool isDigit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool isHex(unsigned char c) {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

class Lexer {
 public:
  Lexer(uint32_t file, llvm::StringRef text, Diagnostics& diags)
      : file_(file), src_(text), diags_(diags) {}

  LexedFile run() {
    // A byte order mark is allowed only as the very first character.
    if (src_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
    while (true) {
      Token t = next();
      out_.tokens.push_back(t);
      if (t.kind == Tok::EndOfFile) break;
    }
    return std::move(out_);
  }

 private:
  Pos at(size_t offset) const { return Pos{file_, static_cast<uint32_t>(offset)}; }
  void error(size_t offset, std::string msg) { diags_.error(at(offset), std::move(msg)); }
  unsigned char peek(size_t ahead = 0) const {
    return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : 0;
  }

  // Whether a newline after the previous token ends the statement.
  bool needsSemicolon() const {
    switch (last_) {
      case Tok::Ident:
      case Tok::IntLit:
      case Tok::FloatLit:
      case Tok::ImagLit:
      case Tok::RuneLit:
      case Tok::StringLit:
      case Tok::Break:
      case Tok::Continue:
      case Tok::Fallthrough:
      case Tok::Return:
      case Tok::Inc:
      case Tok::Dec:
      case Tok::RParen:
      case Tok::RBrack:
      case Tok::RBrace:
        return true;
      default:
        return false;
    }
  }

  Token make(Tok kind, size_t start) {
    last_ = kind;
    return Token{kind, at(start), src_.slice(start, pos_)};
  }

  Token newlineSemicolon(size_t at_) {
    last_ = Tok::Semicolon;
    return Token{Tok::Semicolon, at(at_), "\n"};
  }

  // Skips spaces and comments. Returns true (and the position) if a newline was crossed
  // where a semicolon must be inserted.
  bool skipSpace(size_t& semiAt) {
    while (pos_ < src_.size()) {
      unsigned char c = src_[pos_];
      if (c == '\n') {
        if (needsSemicolon()) {
          semiAt = pos_;
          ++pos_;
          return true;
        }
        ++pos_;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++pos_;
      } else if (c == '/' && peek(1) == '/') {
        size_t start = pos_;
        while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
        llvm::StringRef body = src_.slice(start + 2, pos_);
        if (body.starts_with("go:") || body.starts_with("line "))
          out_.pragmas.push_back({at(start), body.rtrim("\r")});
      } else if (c == '/' && peek(1) == '*') {
        size_t start = pos_;
        size_t end = src_.find("*/", pos_ + 2);
        if (end == llvm::StringRef::npos) {
          error(start, "comment not terminated");
          pos_ = src_.size();
          return false;
        }
        bool hadNewline = src_.slice(start, end).contains('\n');
        pos_ = end + 2;
        if (hadNewline && needsSemicolon()) {
          semiAt = start;
          return true;
        }
      } else {
        break;
      }
    }
    if (pos_ >= src_.size() && needsSemicolon()) {
      semiAt = pos_;
      return true;
    }
    return false;
  }

  Token next() {
    size_t semiAt = 0;
    if (skipSpace(semiAt)) return newlineSemicolon(semiAt);
    size_t start = pos_;
    if (pos_ >= src_.size()) return make(Tok::EndOfFile, start);
    unsigned char c = src_[pos_];
    if (isLetter(c)) return identifier(start);
    if (isDigit(c) || (c == '.' && isDigit(peek(1)))) return number(start);
    ++pos_;
    switch (c) {
      case '"':
        return string(start);
      case '`':
        return rawString(start);
      case '\'':
        return rune(start);
      case '(':
        return make(Tok::LParen, start);
      case ')':
        return make(Tok::RParen, start);
      case '[':
        return make(Tok::LBrack, start);
      case ']':
        return make(Tok::RBrack, start);
      case '{':
        return make(Tok::LBrace, start);
      case '}':
        return make(Tok::RBrace, start);
      case ',':
        return make(Tok::Comma, start);
      case ';':
        return make(Tok::Semicolon, start);
      case '.':
        if (peek() == '.' && peek(1) == '.') {
          pos_ += 2;
          return make(Tok::Ellipsis, start);
        }
        return make(Tok::Period, start);
      case ':':
        return op(start, {{"=", Tok::Define}}, Tok::Colon);
      case '+':
        return op(start, {{"+", Tok::Inc}, {"=", Tok::AddAssign}}, Tok::Add);
      case '-':
        return op(start, {{"-", Tok::Dec}, {"=", Tok::SubAssign}}, Tok::Sub);
      case '*':
        return op(start, {{"=", Tok::MulAssign}}, Tok::Mul);
      case '/':
        return op(start, {{"=", Tok::QuoAssign}}, Tok::Quo);
      case '%':
        return op(start, {{"=", Tok::RemAssign}}, Tok::Rem);
      case '^':
        return op(start, {{"=", Tok::XorAssign}}, Tok::Xor);
      case '~':
        return make(Tok::Tilde, start);
      case '<':
        return op(start,
                  {{"<=", Tok::ShlAssign}, {"<", Tok::Shl}, {"=", Tok::Leq}, {"-", Tok::Arrow}},
                  Tok::Lss);
      case '>':
        return op(start, {{">=", Tok::ShrAssign}, {">", Tok::Shr}, {"=", Tok::Geq}}, Tok::Gtr);
      case '=':
        return op(start, {{"=", Tok::Eql}}, Tok::Assign);
      case '!':
        return op(start, {{"=", Tok::Neq}}, Tok::Not);
      case '&':
        return op(start,
                  {{"^=", Tok::AndNotAssign},
                   {"^", Tok::AndNot},
                   {"&", Tok::LogAnd},
                   {"=", Tok::AndAssign}},
                  Tok::And);
      case '|':
        return op(start, {{"|", Tok::LogOr}, {"=", Tok::OrAssign}}, Tok::Or);
      default:
        break;
    }
    // An invalid character: report it as gc does and skip the whole UTF-8 sequence.
    pos_ = start;
    uint32_t cp = decodeRune();
    if (cp < 0x80 && cp >= 0x20)
      error(start, fmt::format("invalid character U+{:04X} '{}'", cp, static_cast<char>(cp)));
    else
      error(start, fmt::format("invalid character U+{:04X}", cp));
    return next();
  }

  struct OpAlt {
    llvm::StringRef rest;
    Tok tok;
  };
  Token op(size_t start, std::initializer_list<OpAlt> alts, Tok single) {
    for (const OpAlt& alt : alts) {
      if (src_.substr(pos_).starts_with(alt.rest)) {
        pos_ += alt.rest.size();
        return make(alt.tok, start);
      }
    }
    return make(single, start);
  }

  uint32_t decodeRune() {
    const auto* p = reinterpret_cast<const llvm::UTF8*>(src_.data() + pos_);
    const auto* end = reinterpret_cast<const llvm::UTF8*>(src_.data() + src_.size());
    llvm::UTF32 cp = 0;
    if (llvm::convertUTF8Sequence(&p, end, &cp, llvm::strictConversion) != llvm::conversionOK) {
      ++pos_;
      return 0xFFFD;
    }
    pos_ = reinterpret_cast<const char*>(p) - src_.data();
    return cp;
  }

  Token identifier(size_t start) {
    while (pos_ < src_.size() && (isLetter(src_[pos_]) || isDigit(src_[pos_]))) ++pos_;
    llvm::StringRef text = src_.slice(start, pos_);
    for (const KeywordEntry& k : kKeywords)
      if (k.text == text) return make(k.tok, start);
    return make(Tok::Ident, start);
  }

  void digits(int base, bool& sawInvalid, size_t& invalidAt) {
    while (pos_ < src_.size()) {
      unsigned char c = src_[pos_];
      if (c == '_' || (base == 16 ? isHex(c) : isDigit(c))) {
        if (c != '_' && base < 10 && c - '0' >= base && !sawInvalid) {
          sawInvalid = true;
          invalidAt = pos_;
        }
        ++pos_;
      } else {
        break;
      }
    }
  }

  Token number(size_t start) {
    int base = 10;
    bool isFloat = false, sawInvalid = false;
    size_t invalidAt = 0;
    if (src_[pos_] == '0' && pos_ + 1 < src_.size()) {
      char p = src_[pos_ + 1] | 0x20;
      if (p == 'x' || p == 'b' || p == 'o') {
        base = p == 'x' ? 16 : p == 'b' ? 2 : 8;
        pos_ += 2;
      }
    }
    size_t digitsStart = pos_;
    if (peek() != '.') digits(base, sawInvalid, invalidAt);
    bool octalLegacy = base == 10 && src_[start] == '0' && pos_ - start > 1;
    if (peek() == '.' && base != 2 && base != 8) {
      isFloat = true;
      ++pos_;
      digits(base, sawInvalid, invalidAt);
    }
    char e = peek() | 0x20;
    if ((base == 10 && e == 'e') || (base == 16 && e == 'p')) {
      isFloat = true;
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      size_t expStart = pos_;
      digits(10, sawInvalid, invalidAt);
      if (pos_ == expStart) error(start, "exponent has no digits");
    } else if (base == 16 && isFloat) {
      error(start, "hexadecimal mantissa requires a 'p' exponent");
    }
    if (base != 10 && pos_ == digitsStart && !isFloat)
      error(start, fmt::format("{} literal has no digits", base == 16  ? "hexadecimal"
                                                           : base == 8 ? "octal"
                                                                       : "binary"));
    if (sawInvalid)
      error(invalidAt, fmt::format("invalid digit '{}' in {} literal", src_[invalidAt],
                                   base == 8 ? "octal" : "binary"));
    if (octalLegacy && !isFloat && peek() != 'i') {
      for (size_t i = start; i < pos_; ++i)
        if (src_[i] == '8' || src_[i] == '9') {
          error(i, fmt::format("invalid digit '{}' in octal literal", src_[i]));
          break;
        }
    }
    if (peek() == 'i') {
      ++pos_;
      return make(Tok::ImagLit, start);
    }
    return make(isFloat ? Tok::FloatLit : Tok::IntLit, start);
  }

  // Validates one escape after a backslash; `quote` is the enclosing quote character.
  void escape(char quote) {
    size_t start = pos_ - 1;
    unsigned char c = peek();
    int n = 0, base = 0;
    switch (c) {
      case 'a':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
      case 'v':
      case '\\':
        ++pos_;
        return;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
        n = 3, base = 8;
        break;
      case 'x':
        ++pos_, n = 2, base = 16;
        break;
      case 'u':
        ++pos_, n = 4, base = 16;
        break;
      case 'U':
        ++pos_, n = 8, base = 16;
        break;
      default:
        if (c == quote) {
          ++pos_;
          return;
        }
        error(start, "unknown escape");
        if (c != '\n' && c != 0) ++pos_;
        return;
    }
    uint32_t value = 0;
    for (int i = 0; i < n; ++i) {
      unsigned char d = peek();
      int v = isDigit(d) ? d - '0' : isHex(d) ? (d | 0x20) - 'a' + 10 : 99;
      if (v >= base) {
        error(pos_, "invalid character in escape sequence");
        return;
      }
      value = value * base + v;
      ++pos_;
    }
    if (base == 8 && value > 255) error(start, "octal escape value > 255");
    if (n >= 4 && (value > 0x10FFFF || (value >= 0xD800 && value < 0xE000)))
      error(start, "escape is invalid Unicode code point");
  }

  Token string(size_t start) {
    while (true) {
      if (pos_ >= src_.size() || src_[pos_] == '\n') {
        error(start, "newline in string");
        break;
      }
      char c = src_[pos_++];
      if (c == '"') break;
      if (c == '\\') escape('"');
    }
    return make(Tok::StringLit, start);
  }

  Token rawString(size_t start) {
    size_t end = src_.find('`', pos_);
    if (end == llvm::StringRef::npos) {
      error(start, "string literal not terminated");
      pos_ = src_.size();
    } else {
      pos_ = end + 1;
    }
    return make(Tok::StringLit, start);
  }

  Token rune(size_t start) {
    int count = 0;
    while (true) {
      if (pos_ >= src_.size() || src_[pos_] == '\n') {
        error(start, "newline in rune literal");
        return make(Tok::RuneLit, start);
      }
      unsigned char c = src_[pos_];
      if (c == '\'') {
        ++pos_;
        break;
      }
      ++count;
      if (c == '\\') {
        ++pos_;
        escape('\'');
      } else {
        decodeRune();
      }
    }
    if (count != 1)
      error(start, count == 0 ? "empty rune literal or unescaped ' in rune literal"
                              : "more than one character in rune literal");
    return make(Tok::RuneLit, start);
  }

  uint32_t file_;
  llvm::StringRef src_;
  Diagnostics& diags_;
  size_t pos_ = 0;
  Tok last_ = Tok::Semicolon;
  LexedFile out_;
};

}  // namespace

llvm::StringRef tokSpelling(Tok t) {
  return kSpellings[static_cast<int>(t)];
}

bool isKeyword(Tok t) {
  return t >= Tok::Break;
}

LexedFile lex(uint32_t fileId, llvm::StringRef text, Diagnostics& diags) {
  return Lexer(fileId, text, diags).run();
}

}  // namespace ergo::syntax
