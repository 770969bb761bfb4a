// Unit tests of the lexer: tokens, automatic semicolons, literals and their errors. Expected
// messages and positions are gc 1.19's (checked with go1.19.8's scanner).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/diagnostics.h"
#include "syntax/lexer.h"

using namespace ergo;
using namespace ergo::syntax;

namespace {

struct Lexed {
  SourceFiles files;
  Diagnostics diags{files};
  LexedFile out;
  std::string errors;  // "line:col: message\n" for each diagnostic, sorted

  explicit Lexed(const std::string& src) {
    uint32_t id = files.add("x.go", src);
    out = lex(id, files.text(id), diags);
    std::string all;
    llvm::raw_string_ostream os(all);
    diags.flush(os);
    os.flush();
    // Drop the "x.go:" prefix of every line.
    llvm::StringRef rest(all);
    while (!rest.empty()) {
      auto [line, tail] = rest.split('\n');
      errors += line.drop_front(5).str() + "\n";
      rest = tail;
    }
  }

  // The tokens, space separated: names and literals by their text, an automatic semicolon as
  // `;\n`, an explicit one as `;`, everything else by its spelling (keywords as themselves).
  std::string tokens() const {
    std::string s;
    for (const Token& t : out.tokens) {
      if (!s.empty()) s += ' ';
      switch (t.kind) {
        case Tok::Ident:
        case Tok::IntLit:
        case Tok::FloatLit:
        case Tok::ImagLit:
        case Tok::RuneLit:
        case Tok::StringLit:
          s += t.text.str();
          break;
        case Tok::Semicolon:
          s += t.newline() ? ";\\n" : ";";
          break;
        case Tok::Comma:
          s += ",";
          break;
        default:
          s += tokSpelling(t.kind).str();
      }
    }
    return s;
  }
  std::vector<Tok> kinds() const {
    std::vector<Tok> k;
    for (const Token& t : out.tokens) k.push_back(t.kind);
    return k;
  }
};

// Lexes one literal (followed by nothing) and returns its kind; the literal must be one token.
Tok literalKind(const std::string& lit) {
  Lexed l(lit);
  INFO("literal " << lit << " errors: " << l.errors);
  REQUIRE(l.errors.empty());
  REQUIRE(l.out.tokens.size() == 3);  // literal, automatic semicolon, EOF
  CHECK(l.out.tokens[0].text == lit);
  return l.out.tokens[0].kind;
}

// The first error message of lexing `src`, without its position.
std::string firstError(const std::string& src) {
  Lexed l(src);
  llvm::StringRef line = llvm::StringRef(l.errors).split('\n').first;
  size_t colon = line.find(": ");
  return colon == llvm::StringRef::npos ? "" : line.substr(colon + 2).str();
}

}  // namespace

// Every punctuation token and operator lexes to its own kind (longest match).
TEST_CASE("lexer: operators use the longest match", "[lexer]") {
  Lexed l("a &^= b <<= c >>= d &^ e && f || g <- h ... i := j != k <= l >= m == n");
  CHECK(l.errors.empty());
  CHECK(l.tokens() ==
        "a &^= b <<= c >>= d &^ e && f || g <- h ... i := j != k <= l >= m == n ;\\n EOF");
  Lexed l2("x+++y--");
  CHECK(l2.tokens() == "x ++ + y -- ;\\n EOF");
  Lexed l3("~T | *U, [.]{:}");
  CHECK(l3.tokens() == "~ T | * U , [ . ] { : } ;\\n EOF");
}

// Keywords are recognised; other words (including predeclared names) are identifiers.
TEST_CASE("lexer: keywords versus identifiers", "[lexer]") {
  Lexed l("func int chan interface map package range select struct type var fallthrough goto");
  std::vector<Tok> k = l.kinds();
  REQUIRE(k.size() >= 13);
  CHECK(k[0] == Tok::Func);
  CHECK(k[1] == Tok::Ident);  // int is predeclared, not a keyword
  CHECK(k[2] == Tok::Chan);
  CHECK(k[3] == Tok::Interface);
  CHECK(k[4] == Tok::Map);
  CHECK(k[5] == Tok::Package);
  CHECK(k[6] == Tok::Range);
  CHECK(k[7] == Tok::Select);
  CHECK(k[8] == Tok::Struct);
  CHECK(k[9] == Tok::Type);
  CHECK(k[10] == Tok::Var);
  CHECK(k[11] == Tok::Fallthrough);
  CHECK(k[12] == Tok::Goto);
  CHECK(isKeyword(Tok::Func));
  CHECK_FALSE(isKeyword(Tok::Ident));
  // Unicode letters are identifier characters; `funcs` and `_x9` are names.
  Lexed l2("héllo funcs _x9");
  CHECK(l2.errors.empty());
  CHECK(l2.tokens() == "héllo funcs _x9 ;\\n EOF");
}

// A newline ends a statement after a name, a literal, `)`, `]`, `}`, `++`, `--`, return,
// break, continue and fallthrough.
TEST_CASE("lexer: semicolons are inserted after the tokens the spec lists", "[lexer][semicolon]") {
  Lexed l(
      "x\n1\n2.5\n3i\n'c'\n\"s\"\n`r`\n)\n]\n}\nx++\ny--\nreturn\nbreak\ncontinue\nfallthrough\n");
  CHECK(l.errors.empty());
  CHECK(l.tokens() ==
        "x ;\\n 1 ;\\n 2.5 ;\\n 3i ;\\n 'c' ;\\n \"s\" ;\\n `r` ;\\n ) ;\\n ] ;\\n } ;\\n "
        "x ++ ;\\n y -- ;\\n return ;\\n break ;\\n continue ;\\n fallthrough ;\\n EOF");
}

// No semicolon after operators, commas, opening brackets or other keywords, so expressions can
// continue on the next line.
TEST_CASE("lexer: no semicolon after operators and opening tokens", "[lexer][semicolon]") {
  Lexed l("a +\nb,\nc(\n[\n{\nfunc\nif\nx =\ny &&\nz\n");
  CHECK(l.tokens() == "a + b , c ( [ { func if x = y && z ;\\n EOF");
  // Blank lines after a semicolon-inserting token give one semicolon only.
  Lexed l2("x\n\n\n\ny");
  CHECK(l2.tokens() == "x ;\\n y ;\\n EOF");
  // An explicit semicolon is not the automatic kind.
  Lexed l3("x; y");
  CHECK(l3.tokens() == "x ; y ;\\n EOF");
}

// The automatic semicolon sits at the newline that caused it.
TEST_CASE("lexer: an inserted semicolon is positioned at the newline", "[lexer][semicolon]") {
  Lexed l("ab  \ncd");
  REQUIRE(l.out.tokens.size() == 5);
  CHECK(l.out.tokens[1].kind == Tok::Semicolon);
  CHECK(l.out.tokens[1].newline());
  CHECK(l.out.tokens[1].pos.offset == 4);
  CHECK(l.out.tokens[2].pos.offset == 5);
  CHECK(l.out.tokens[2].text == "cd");
}

// Comments: a line comment ends at the newline (which still inserts a semicolon); a general
// comment containing a newline acts like a newline; one without acts like a space.
TEST_CASE("lexer: comments and semicolon insertion", "[lexer][semicolon]") {
  CHECK(Lexed("x // comment\ny").tokens() == "x ;\\n y ;\\n EOF");
  CHECK(Lexed("x /* one line */ y").tokens() == "x y ;\\n EOF");
  CHECK(Lexed("x /* two\nlines */ y").tokens() == "x ;\\n y ;\\n EOF");
  CHECK(Lexed("x = /* two\nlines */ y").tokens() == "x = y ;\\n EOF");
  CHECK(Lexed("return /*\n*/").tokens() == "return ;\\n EOF");
  // A line comment at the end of the file without a newline still ends the statement.
  CHECK(Lexed("x // trailing").tokens() == "x ;\\n EOF");
  Lexed bad("x /* never closed");
  CHECK(bad.errors == "1:3: comment not terminated\n");
}

// //go: directives are kept as pragmas; other comments are not.
TEST_CASE("lexer: //go: lines are recorded as pragmas", "[lexer]") {
  Lexed l("//go:noinline\nfunc f()\n// ordinary\n//go:linkname a b.c\n");
  REQUIRE(l.out.pragmas.size() == 2);
  CHECK(l.out.pragmas[0].text == "go:noinline");
  CHECK(l.out.pragmas[0].pos.offset == 0);
  CHECK(l.out.pragmas[1].text == "go:linkname a b.c");
}

// Integer literals in every base, with `_` separators, and legacy octal.
TEST_CASE("lexer: integer literal forms", "[lexer][number]") {
  for (const char* lit : {"0", "42", "1_000_000", "0x1F", "0XaBcD", "0x_1f", "0o17", "0O17",
                          "0b1011", "0B_1", "017", "0_17"}) {
    CHECK(literalKind(lit) == Tok::IntLit);
  }
}

// Floats: decimal with fraction or exponent, leading dot, hex floats with a p exponent.
TEST_CASE("lexer: floating-point literal forms", "[lexer][number]") {
  for (const char* lit : {"1.5", "1.", ".5", "1e10", "1E-3", "6.02e+23", "1_0.2_5", "0x1p-2",
                          "0x1.8p1", "0X.8P0", "0x_1p4", "09.5", "089e1"}) {
    CHECK(literalKind(lit) == Tok::FloatLit);
  }
}

// Imaginary literals: any integer or float form followed by `i`.
TEST_CASE("lexer: imaginary literal forms", "[lexer][number]") {
  for (const char* lit : {"0i", "3i", "1.5i", "1e3i", "0x10i", "0b11i", "0o7i", "0x1p2i", "089i"}) {
    CHECK(literalKind(lit) == Tok::ImagLit);
  }
}

// A number followed by a selector or range dots is not swallowed into the literal.
TEST_CASE("lexer: numbers stop at the right character", "[lexer][number]") {
  CHECK(Lexed("x[1:2]").tokens() == "x [ 1 : 2 ] ;\\n EOF");
  CHECK(Lexed("1.5.String").tokens() == "1.5 . String ;\\n EOF");
  CHECK(Lexed("0x1F+2").tokens() == "0x1F + 2 ;\\n EOF");
}

// Malformed numbers give gc's messages.
TEST_CASE("lexer: number literal errors in gc's words", "[lexer][number]") {
  CHECK(firstError("0x") == "hexadecimal literal has no digits");
  CHECK(firstError("0b") == "binary literal has no digits");
  CHECK(firstError("0o") == "octal literal has no digits");
  CHECK(firstError("0b102") == "invalid digit '2' in binary literal");
  CHECK(firstError("0o78") == "invalid digit '8' in octal literal");
  CHECK(firstError("08") == "invalid digit '8' in octal literal");
  CHECK(firstError("1e") == "exponent has no digits");
  CHECK(firstError("1e+") == "exponent has no digits");
  CHECK(firstError("0x1.8") == "hexadecimal mantissa requires a 'p' exponent");
  // The position of an invalid digit is the digit itself (errorAtf in gc).
  CHECK(Lexed("0b102").errors == "1:5: invalid digit '2' in binary literal\n");
}

// gc requires `_` to separate digits: `1__0`, `1_` and `0_x` forms are errors.
TEST_CASE("lexer: misplaced _ in numbers is an error, as gc", "[lexer][number]") {
  CHECK(Lexed("1__0").errors == "1:3: '_' must separate successive digits\n");
  CHECK(Lexed("1_").errors == "1:2: '_' must separate successive digits\n");
  CHECK(Lexed("0x_").errors.find("hexadecimal literal has no digits") != std::string::npos);
}

// gc: `0b1.0` is "invalid radix point in binary literal" (at the '.').
TEST_CASE("lexer: radix point in a binary literal is an error, as gc", "[lexer][number]") {
  CHECK(Lexed("0b1.0").errors == "1:4: invalid radix point in binary literal\n");
}

// gc reports errors found while scanning a literal at the character being read (errorf), not
// at the start of the literal: `x := 0x` -> 1:3 is just after "0x".
TEST_CASE("lexer: number errors are positioned where gc puts them", "[lexer][number]") {
  CHECK(Lexed("0x").errors == "1:3: hexadecimal literal has no digits\n");
  CHECK(Lexed("1e").errors == "1:3: exponent has no digits\n");
  CHECK(Lexed("0x1.8").errors == "1:6: hexadecimal mantissa requires a 'p' exponent\n");
}

// Strings and runes with every kind of valid escape lex without errors.
TEST_CASE("lexer: valid string and rune escapes", "[lexer][string]") {
  Lexed l(
      R"("\a\b\f\n\r\t\v\\\"" '\'' '\x41' '\101' '\u00e9' '\U0001F600' "\u65e5本" 'é' "\000\377")");
  CHECK(l.errors.empty());
  std::vector<Tok> k = l.kinds();
  REQUIRE(k.size() == 11);
  CHECK(k[0] == Tok::StringLit);
  for (int i = 1; i <= 7; ++i) CHECK(k[i] == (i == 6 ? Tok::StringLit : Tok::RuneLit));
  CHECK(k[8] == Tok::StringLit);
  // Raw strings take backslashes and newlines literally.
  Lexed raw("`a\\n\nb\"`");
  CHECK(raw.errors.empty());
  CHECK(raw.tokens() == "`a\\n\nb\"` ;\\n EOF");
}

// Malformed strings and runes give gc's messages.
TEST_CASE("lexer: string and rune errors in gc's words", "[lexer][string]") {
  CHECK(firstError("\"abc\nx") == "newline in string");
  CHECK(firstError("\"\\q\"") == "unknown escape");
  CHECK(firstError("'\\\"'") == "unknown escape");   // \" is not an escape in a rune
  CHECK(firstError("\"\\'\"") == "unknown escape");  // nor \' in a string
  CHECK(firstError("'ab'") == "more than one character in rune literal");
  CHECK(firstError("'a\n") == "newline in rune literal");
  CHECK(firstError("x := @") == "invalid character U+0040 '@'");
  CHECK(firstError("x := #") == "invalid character U+0023 '#'");
  CHECK(firstError("a\x01") == "invalid character U+0001");
  // An invalid character is skipped: lexing goes on after it.
  Lexed l("a @ b");
  CHECK(l.tokens() == "a b ;\\n EOF");
  CHECK(l.errors == "1:3: invalid character U+0040 '@'\n");
  // "more than one character" is reported at the start of the literal, as gc does.
  CHECK(Lexed("x = 'ab'").errors == "1:5: more than one character in rune literal\n");
}

// gc's wording for the remaining string/rune errors (scanner.go in go1.19).
TEST_CASE("lexer: string and rune error texts match gc 1.19", "[lexer][string]") {
  CHECK(firstError("''") == "empty rune literal or unescaped '");
  CHECK(firstError("'\\400'") == "octal escape value 256 > 255");
  CHECK(firstError("\"\\uD800\"") == "escape is invalid Unicode code point U+D800");
  CHECK(firstError("\"\\x4\"") == "invalid character '\"' in hexadecimal escape");
  CHECK(firstError("`abc") == "string not terminated");
  CHECK(firstError("'a") == "rune literal not terminated");
}

// gc reports "newline in string" at the newline and "unknown escape" at the character after
// the backslash (`x := "abc` + newline -> 1:10).
TEST_CASE("lexer: string errors are positioned where gc puts them", "[lexer][string]") {
  CHECK(Lexed("x := \"abc\n").errors == "1:10: newline in string\n");
  CHECK(Lexed("x := \"\\q\"").errors == "1:8: unknown escape\n");
  CHECK(Lexed("x := 'a\n").errors == "1:8: newline in rune literal\n");
}

// A byte order mark is skipped at the start of a file.
TEST_CASE("lexer: a leading BOM is ignored", "[lexer][bom]") {
  Lexed l("\xEF\xBB\xBFpackage p\n");
  CHECK(l.errors.empty());
  CHECK(l.tokens() == "package p ;\\n EOF");
  REQUIRE(l.out.tokens.size() >= 1);
  CHECK(l.out.tokens[0].pos.offset == 3);
}

// gc: a BOM anywhere else is "invalid BOM in the middle of the file".
TEST_CASE("lexer: a BOM in the middle of a file is an error, as gc", "[lexer][bom]") {
  Lexed l("x \xEF\xBB\xBF y");
  CHECK(l.errors == "1:3: invalid BOM in the middle of the file\n");
}

// gc: a non-letter Unicode character in a name is "invalid character U+20AC '€' in identifier".
TEST_CASE("lexer: non-letter Unicode characters are not identifier characters", "[lexer]") {
  CHECK(firstError("x := \xE2\x82\xAC") == "invalid character U+20AC '\xE2\x82\xAC' in identifier");
}

// Characters gc's source reader rejects (and skips), and other number and name errors.
TEST_CASE("lexer: NUL, invalid UTF-8 and identifier errors as gc", "[lexer]") {
  CHECK(Lexed(std::string("a\0b", 3)).errors == "1:2: invalid NUL character\n");
  CHECK(Lexed("\"a\xff\"").errors == "1:3: invalid UTF-8 encoding\n");
  CHECK(Lexed("\xd9\xa3x").errors == "1:1: identifier cannot begin with digit U+0663 '\xd9\xa3'\n");
  CHECK(Lexed("x\xc2\xa0").errors == "1:2: invalid character U+00A0 in identifier\n");
  CHECK(Lexed("0b12 0o19 1.5p3 0x1.0e1").errors ==
        "1:4: invalid digit '2' in binary literal\n"
        "1:9: invalid digit '9' in octal literal\n"
        "1:14: 'p' exponent requires hexadecimal mantissa\n"
        "1:24: hexadecimal mantissa requires a 'p' exponent\n");
  CHECK(Lexed("1_000__0").errors == "1:7: '_' must separate successive digits\n");
  // ".." is two periods; "..." is one token.
  CHECK(Lexed("a..b...").tokens() == "a . . b ... EOF");
}

namespace {

// The directives of `src` as "offset name:line:col" lines (offset where each takes effect).
std::string directives(const std::string& src) {
  Lexed l(src);
  std::string s;
  for (const LineDirective& d : l.out.lineDirectives)
    s += std::to_string(d.offset) + " " + d.filename + ":" + std::to_string(d.line) + ":" +
         std::to_string(d.col) + "\n";
  return s;
}

}  // namespace

// gc's forms: `//line name:line` (no column), `name:line:col`, an empty name, `/*line*/` inside
// a line; the last ':' splits, so a name may hold ':'.
TEST_CASE("lexer: line directives and where they take effect", "[lexer][linedirective]") {
  // "package p\n" is 10 bytes; "//line a.go:10\n" ends at 25.
  CHECK(directives("package p\n//line a.go:10\nvar x\n") == "25 a.go:10:0\n");
  CHECK(directives("package p\n//line a.go:10:4\n") == "27 a.go:10:4\n");
  CHECK(directives("package p\n//line :7:2\n") == "22 :7:2\n");
  CHECK(directives("package p\n//line :7\n") == "20 :7:0\n");
  CHECK(directives("package p\n//line C:\\f.go:12:3\n") == "30 C:\\f.go:12:3\n");
  CHECK(directives("package p\n//line f.go:x:7\n") == "26 f.go:x:7:0\n");
  // /*line*/ applies right after the comment, even in the middle of a line.
  CHECK(directives("package p; var /*line b.go:20:5*/ x\n") == "33 b.go:20:5\n");
  // CR before the newline is not part of the directive; at the end of the file there is no
  // next line to start.
  CHECK(directives("package p\r\n//line a.go:3\r\n") == "26 a.go:3:0\n");
  CHECK(directives("package p\n//line a.go:3") == "23 a.go:3:0\n");
}

TEST_CASE("lexer: what is not a line directive", "[lexer][linedirective]") {
  // //line only at the start of a line; a directive needs "line " and a ':'.
  CHECK(directives("package p\n  //line a.go:10\n").empty());
  CHECK(directives("package p /* */ //line a.go:10\n").empty());
  CHECK(directives("package p\n//line nocolon\n").empty());
  CHECK(directives("package p\n//lines a.go:10\n").empty());
  CHECK(directives("package p\n// line a.go:10\n").empty());
  CHECK(directives("package p\nvar s = \"//line a.go:10\"\n").empty());
  CHECK(directives("package p\n/* //line a.go:10\n*/\n").empty());
  Lexed l("package p\n//line nocolon\n");
  CHECK(l.errors.empty());
}

// Bad numbers are reported at the number, with the text after the ':' (checked with go1.19's
// compiler), and the directive is dropped.
TEST_CASE("lexer: invalid line directives are reported as gc reports them",
          "[lexer][linedirective]") {
  Lexed l(
      "package p\n"
      "//line f.go:abc\n"
      "//line f.go:0\n"
      "//line f.go:5:0\n"
      "//line f.go:0:3\n"
      "//line f.go:1073741825\n"
      "//line f.go:99999999999999999999\n"
      "//line f.go:+5\n"
      "/*line g.go:1:*/\n");
  CHECK(l.out.lineDirectives.empty());
  CHECK(l.errors ==
        "2:13: invalid line number: abc\n"
        "3:13: invalid line number: 0\n"
        "4:15: invalid column number: 0\n"
        "5:13: invalid line number: 0\n"
        "6:13: invalid line number: 1073741825\n"
        "7:13: invalid line number: 99999999999999999999\n"
        "8:13: invalid line number: +5\n"
        "9:15: invalid line number: \n");
  // The largest line and column gc accepts.
  CHECK(directives("package p\n//line f.go:1073741824:1073741824\n") ==
        "44 f.go:1073741824:1073741824\n");
}
