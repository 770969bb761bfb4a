// Unit tests of exact constants (types/constant.h: 512-bit integers, literals, unquoting) and
// of types/type.h (interning, predicates, typeString spellings).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "types/constant.h"
#include "types/object.h"
#include "types/type.h"

using namespace ergo;
using namespace ergo::types;
using syntax::Tok;

namespace {

// 2^n as a constant.
Constant pow2(unsigned n) {
  return Constant::shift(Tok::Shl, Constant::fromInt64(1), n);
}

}  // namespace

// Integer literals in every Go form.
TEST_CASE("Constant::fromIntLiteral parses every base", "[constant]") {
  CHECK(Constant::fromIntLiteral("0").int64() == 0);
  CHECK(Constant::fromIntLiteral("42").int64() == 42);
  CHECK(Constant::fromIntLiteral("1_000_000").int64() == 1000000);
  CHECK(Constant::fromIntLiteral("0x1F").int64() == 31);
  CHECK(Constant::fromIntLiteral("0XfF").int64() == 255);
  CHECK(Constant::fromIntLiteral("0x_FF").int64() == 255);
  CHECK(Constant::fromIntLiteral("0o17").int64() == 15);
  CHECK(Constant::fromIntLiteral("017").int64() == 15);  // legacy octal
  CHECK(Constant::fromIntLiteral("0b1010").int64() == 10);
  CHECK(Constant::fromIntLiteral("0B_1_1").int64() == 3);
  CHECK(Constant::fromIntLiteral("9223372036854775807").int64() == INT64_MAX);
  CHECK(Constant::fromIntLiteral("42").kind() == Constant::Kind::Int);
}

// Literals up to 512 bits are exact; one bit more is out of range (Unknown).
TEST_CASE("Constant: literals are exact to 512 bits", "[constant][512]") {
  Constant max = Constant::fromIntLiteral("0x" + std::string(128, 'f'));  // 2^512 - 1
  REQUIRE(max.known());
  CHECK(max.intValue().getActiveBits() == 512);
  CHECK_FALSE(Constant::fromIntLiteral("0x1" + std::string(128, '0')).known());  // 2^512
  // A 100-digit decimal (about 332 bits) survives a round trip through toString.
  std::string digits = "1" + std::string(99, '0');
  CHECK(Constant::fromIntLiteral(digits).toString() == digits);
}

// Arithmetic is exact: results beyond 64 bits are kept.
TEST_CASE("Constant::binary is exact beyond 64 bits", "[constant][512]") {
  Constant big = pow2(100);
  REQUIRE(big.known());
  CHECK(big.toString() == "1267650600228229401496703205376");
  Constant sum = Constant::binary(Tok::Add, big, big, true);
  CHECK(sum.toString() == pow2(101).toString());
  Constant back =
      Constant::shift(Tok::Shr, Constant::binary(Tok::Mul, big, Constant::fromInt64(12), true), 98);
  CHECK(back.int64() == 48);
  CHECK(Constant::binary(Tok::Sub, Constant::fromInt64(1), big, true).toString() ==
        "-1267650600228229401496703205375");
}

// Values need at most 512 bits of magnitude: 2^512 - 1 is fine, 2^512 overflows.
TEST_CASE("Constant: overflow past 512 bits gives Unknown", "[constant][512]") {
  Constant top = pow2(511);
  REQUIRE(top.known());
  CHECK(top.intValue().getActiveBits() == 512);
  CHECK_FALSE(pow2(512).known());
  CHECK_FALSE(Constant::shift(Tok::Shl, Constant::fromInt64(3), 511).known());
  Constant maxValue = Constant::binary(
      Tok::Add, Constant::binary(Tok::Sub, top, Constant::fromInt64(1), true), top, true);
  CHECK(maxValue.known());  // 2^512 - 1
  CHECK_FALSE(Constant::binary(Tok::Add, top, top, true).known());
  CHECK_FALSE(Constant::binary(Tok::Mul, top, Constant::fromInt64(2), true).known());
  CHECK_FALSE(Constant::binary(Tok::Add, maxValue, Constant::fromInt64(1), true).known());
  // Negative values have the same range: -(2^512 - 1) is fine.
  CHECK(Constant::unary(Tok::Sub, maxValue, 0).known());
  // Shifting right never overflows.
  CHECK(Constant::shift(Tok::Shr, maxValue, 511).int64() == 1);
  CHECK(Constant::shift(Tok::Shr, Constant::fromInt64(-8), 10000).int64() == -1);
}

// go/constant (and so gc) limits integers to 512 bits of magnitude: -2^512 overflows just
// as 2^512 does (`const neg = -big - big` with big = 1 << 511 is "constant subtraction
// overflow" in go1.19).
TEST_CASE("Constant: -2^512 overflows, as gc", "[constant][512]") {
  Constant top = pow2(511);
  Constant negTop = Constant::unary(Tok::Sub, top, 0);
  REQUIRE(negTop.known());
  CHECK_FALSE(Constant::binary(Tok::Sub, negTop, top, true).known());
}

// Division truncates toward zero as in Go; division by zero gives Unknown.
TEST_CASE("Constant: division, remainder and bit operations", "[constant]") {
  auto c = [](int64_t v) { return Constant::fromInt64(v); };
  CHECK(Constant::binary(Tok::Quo, c(-7), c(2), true).int64() == -3);
  CHECK(Constant::binary(Tok::Rem, c(-7), c(2), true).int64() == -1);
  CHECK(Constant::binary(Tok::Rem, c(7), c(-2), true).int64() == 1);
  CHECK_FALSE(Constant::binary(Tok::Quo, c(1), c(0), true).known());
  CHECK_FALSE(Constant::binary(Tok::Rem, c(1), c(0), true).known());
  CHECK(Constant::binary(Tok::And, c(12), c(10), true).int64() == 8);
  CHECK(Constant::binary(Tok::Or, c(12), c(10), true).int64() == 14);
  CHECK(Constant::binary(Tok::Xor, c(12), c(10), true).int64() == 6);
  CHECK(Constant::binary(Tok::AndNot, c(12), c(10), true).int64() == 4);
  CHECK(Constant::binary(Tok::And, c(-1), c(255), true).int64() == 255);
  // ^x of a signed/untyped value is -x-1; of an unsigned type only its bits flip.
  CHECK(Constant::unary(Tok::Xor, c(5), 0).int64() == -6);
  CHECK(Constant::unary(Tok::Xor, c(0), 8).int64() == 255);
  CHECK(Constant::unary(Tok::Xor, c(1), 16).int64() == 0xFFFE);
  CHECK(Constant::unary(Tok::Sub, c(5), 0).int64() == -5);
  CHECK(Constant::unary(Tok::Add, c(5), 0).int64() == 5);
}

// Comparisons of integers, strings and booleans.
TEST_CASE("Constant::compare", "[constant]") {
  auto c = [](int64_t v) { return Constant::fromInt64(v); };
  CHECK(Constant::compare(Tok::Lss, c(-1), c(2)));
  CHECK_FALSE(Constant::compare(Tok::Gtr, c(-1), c(2)));
  CHECK(Constant::compare(Tok::Leq, c(2), c(2)));
  CHECK(Constant::compare(Tok::Neq, pow2(300), pow2(301)));
  CHECK(Constant::compare(Tok::Lss, pow2(300), pow2(301)));
  CHECK(Constant::compare(Tok::Lss, Constant::fromString("abc"), Constant::fromString("abd")));
  CHECK(Constant::compare(Tok::Eql, Constant::fromString("x"), Constant::fromString("x")));
  CHECK(Constant::compare(Tok::Neq, Constant::fromBool(true), Constant::fromBool(false)));
}

// Strings concatenate; booleans combine with && and ||.
TEST_CASE("Constant: strings and booleans", "[constant]") {
  Constant s =
      Constant::binary(Tok::Add, Constant::fromString("ab"), Constant::fromString("cd"), false);
  CHECK(s.kind() == Constant::Kind::String);
  CHECK(s.stringValue() == "abcd");
  CHECK(Constant::binary(Tok::LogAnd, Constant::fromBool(true), Constant::fromBool(false), false)
            .boolValue() == false);
  CHECK(Constant::binary(Tok::LogOr, Constant::fromBool(true), Constant::fromBool(false), false)
            .boolValue());
  CHECK(Constant::unary(Tok::Not, Constant::fromBool(true), 0).boolValue() == false);
  CHECK_FALSE(
      Constant::binary(Tok::Sub, Constant::fromString("a"), Constant::fromString("b"), false)
          .known());
}

// Long sums of strings (kept as concatenations until read) read back in order, each partial
// sum too, and compare by their text.
TEST_CASE("Constant: long string concatenations", "[constant]") {
  std::vector<Constant> sums;
  std::string want;
  Constant sum = Constant::fromString("");
  for (int i = 0; i < 2000; ++i) {
    std::string piece = std::to_string(i) + std::string(40, static_cast<char>('a' + i % 26));
    want += piece;
    sum = Constant::binary(Tok::Add, sum, Constant::fromString(piece), false);
    if (i % 500 == 0) sums.push_back(sum);
  }
  Constant both = Constant::binary(Tok::Add, sum, sum, false);
  CHECK(sum.stringValue() == want);
  CHECK(both.stringValue() == want + want);
  CHECK(sums[1].stringValue().size() < want.size());
  CHECK(want.compare(0, sums[1].stringValue().size(), sums[1].stringValue()) == 0);
  CHECK(Constant::compare(Tok::Eql, sum, Constant::fromString(want)));
  CHECK(Constant::compare(Tok::Lss, sums[2], sum));
}

// toString prints constants as gc does in messages.
TEST_CASE("Constant::toString", "[constant]") {
  CHECK(Constant::fromInt64(-5).toString() == "-5");
  CHECK(Constant::fromBool(true).toString() == "true");
  CHECK(Constant::fromString("hi").toString() == "\"hi\"");
  CHECK(Constant::fromString("a\"b\\c\n").toString() == "\"a\\\"b\\\\c\\n\"");
  CHECK(Constant().toString() == "unknown");
  CHECK_FALSE(Constant().known());
}

// fitsInt decides representability in sized integer types.
TEST_CASE("Constant::fitsInt", "[constant]") {
  auto c = [](int64_t v) { return Constant::fromInt64(v); };
  CHECK(c(127).fitsInt(8, true));
  CHECK_FALSE(c(128).fitsInt(8, true));
  CHECK(c(-128).fitsInt(8, true));
  CHECK_FALSE(c(-129).fitsInt(8, true));
  CHECK(c(255).fitsInt(8, false));
  CHECK_FALSE(c(256).fitsInt(8, false));
  CHECK_FALSE(c(-1).fitsInt(8, false));
  CHECK(pow2(63).fitsInt(64, false));
  CHECK_FALSE(pow2(63).fitsInt(64, true));
  CHECK_FALSE(Constant::fromString("1").fitsInt(64, true));
}

// unquote decodes interpreted and raw strings; unquoteRune decodes rune literals.
TEST_CASE("unquote and unquoteRune", "[constant][unquote]") {
  std::string out;
  REQUIRE(unquote("\"a\\tb\\n\\\\\\\"\"", out));
  CHECK(out == "a\tb\n\\\"");
  REQUIRE(unquote("\"\\x41\\101\\u00e9\\U0001F600\"", out));
  CHECK(out == "AA\xC3\xA9\xF0\x9F\x98\x80");
  REQUIRE(unquote("\"\\377\"", out));  // octal and \x escapes are bytes, not runes
  CHECK(out == "\xFF");
  REQUIRE(unquote("`a\\n\nb`", out));
  CHECK(out == "a\\n\nb");
  REQUIRE(unquote("`a\r\nb`", out));  // carriage returns are dropped from raw strings
  CHECK(out == "a\nb");
  uint32_t r = 0;
  REQUIRE(unquoteRune("'a'", r));
  CHECK(r == 'a');
  REQUIRE(unquoteRune("'\\n'", r));
  CHECK(r == '\n');
  REQUIRE(unquoteRune("'\\u65e5'", r));
  CHECK(r == 0x65E5);
  REQUIRE(unquoteRune("'\xE6\x97\xA5'", r));
  CHECK(r == 0x65E5);
  REQUIRE(unquoteRune("'\\''", r));
  CHECK(r == '\'');
  std::string utf8;
  appendUtf8(utf8, 0x1F600);
  CHECK(utf8 == "\xF0\x9F\x98\x80");
  utf8.clear();
  appendUtf8(utf8, 0xD800);  // a surrogate becomes U+FFFD
  CHECK(utf8 == "\xEF\xBF\xBD");
}

// Structural types are interned: building the same type twice gives the same pointer.
TEST_CASE("TypeContext interns structural types", "[type]") {
  TypeContext ctx;
  Type* str = ctx.basic(BasicKind::String);
  Type* i = ctx.basic(BasicKind::Int);
  CHECK(ctx.slice(str) == ctx.slice(str));
  CHECK(ctx.slice(str) != ctx.slice(i));
  CHECK(ctx.map(str, i) == ctx.map(str, i));
  CHECK(ctx.array(i, 3) != ctx.array(i, 4));
  CHECK(ctx.chan(ChanDir::Recv, i) != ctx.chan(ChanDir::Both, i));
  CHECK(ctx.pointer(i) == ctx.pointer(i));
  CHECK(ctx.tuple({i, str}) == ctx.tuple({i, str}));
  CHECK(ctx.signature(ctx.tuple({i}), ctx.tuple({}), false) ==
        ctx.signature(ctx.tuple({i}), ctx.tuple({}), false));
  CHECK(ctx.signature(ctx.tuple({ctx.slice(i)}), ctx.tuple({}), true) !=
        ctx.signature(ctx.tuple({ctx.slice(i)}), ctx.tuple({}), false));
  CHECK(ctx.emptyInterface() == ctx.interface({}));
}

// gc's spellings of types, as in type descriptors and %T (no qualifier).
TEST_CASE("typeString spellings", "[type]") {
  TypeContext ctx;
  Type* i = ctx.basic(BasicKind::Int);
  Type* str = ctx.basic(BasicKind::String);
  // error, as the universe declares it.
  TypeName errName("error", {}, nullptr);
  Named* err = ctx.named(&errName);
  err->underlying =
      ctx.interface({Method{"Error", ctx.signature(ctx.tuple({}), ctx.tuple({str}), false)}});
  errName.type = err;

  CHECK(typeString(ctx.slice(str)) == "[]string");
  CHECK(typeString(ctx.emptyInterface()) == "interface {}");
  CHECK(typeString(ctx.signature(ctx.tuple({i, ctx.slice(str)}), ctx.tuple({i, err}), true)) ==
        "func(int, ...string) (int, error)");
  CHECK(typeString(ctx.signature(ctx.tuple({}), ctx.tuple({}), false)) == "func()");
  CHECK(typeString(ctx.signature(ctx.tuple({ctx.slice(i)}), ctx.tuple({str}), false)) ==
        "func([]int) string");
  CHECK(typeString(ctx.map(str, ctx.slice(i))) == "map[string][]int");
  CHECK(typeString(ctx.array(ctx.basic(BasicKind::Uint8), 4)) == "[4]uint8");
  CHECK(typeString(ctx.pointer(ctx.pointer(i))) == "**int");
  CHECK(typeString(ctx.chan(ChanDir::Both, i)) == "chan int");
  CHECK(typeString(ctx.chan(ChanDir::Recv, i)) == "<-chan int");
  CHECK(typeString(ctx.chan(ChanDir::Send, i)) == "chan<- int");
  CHECK(typeString(err) == "error");
  CHECK(typeString(err->underlying) == "interface { Error() string }");
  CHECK(typeString(ctx.basic(BasicKind::UntypedInt)) == "untyped int");
  CHECK(typeString(ctx.tuple({i, str})) == "(int, string)");
  // A defined type is qualified by its package path unless it is the qualifier.
  Package pkg;
  pkg.path = "example.com/m";
  TypeName tn("T", {}, &pkg);
  Named* t = ctx.named(&tn);
  t->underlying = i;
  CHECK(typeString(t) == "example.com/m.T");
  CHECK(typeString(ctx.slice(t), &pkg) == "[]T");
}

// gc prints struct types in %T / type descriptors as "struct { a int; b string }" (reflect's
// spelling), and an empty interface in types2 messages as "interface{}".
TEST_CASE("typeString: reflect and types2 spellings differ, as in gc", "[type]") {
  TypeContext ctx;
  Type* st = ctx.structType({Field{"a", ctx.basic(BasicKind::Int), false, {}},
                             Field{"b", ctx.basic(BasicKind::String), false, {}}});
  CHECK(typeString(st) == "struct { a int; b string }");
  Package pkg;
  pkg.path = "main";
  CHECK(typeString(ctx.emptyInterface(), &pkg) == "interface{}");
  CHECK(typeString(st, &pkg) == "struct{a int; b string}");
}

// Predicates used throughout the checker.
TEST_CASE("type predicates and default types", "[type]") {
  TypeContext ctx;
  Type* i = ctx.basic(BasicKind::Int);
  CHECK(isInteger(ctx.basic(BasicKind::Uint8)));
  CHECK(isUnsigned(ctx.basic(BasicKind::Uintptr)));
  CHECK_FALSE(isUnsigned(i));
  CHECK(isString(ctx.basic(BasicKind::UntypedString)));
  CHECK(isUntyped(ctx.basic(BasicKind::UntypedRune)));
  CHECK_FALSE(isUntyped(i));
  CHECK(isComparable(i));
  CHECK_FALSE(isComparable(ctx.slice(i)));
  CHECK_FALSE(isComparable(ctx.map(i, i)));
  CHECK(isComparable(ctx.array(i, 2)));
  CHECK_FALSE(isComparable(ctx.array(ctx.slice(i), 2)));
  CHECK(isOrdered(ctx.basic(BasicKind::String)));
  CHECK_FALSE(isOrdered(ctx.basic(BasicKind::Bool)));
  CHECK(hasNil(ctx.slice(i)));
  CHECK(hasNil(ctx.emptyInterface()));
  CHECK_FALSE(hasNil(ctx.array(i, 1)));
  CHECK(defaultType(ctx, ctx.basic(BasicKind::UntypedInt)) == i);
  CHECK(defaultType(ctx, ctx.basic(BasicKind::UntypedRune)) == ctx.basic(BasicKind::Int32));
  CHECK(defaultType(ctx, ctx.basic(BasicKind::UntypedFloat)) == ctx.basic(BasicKind::Float64));
  CHECK(defaultType(ctx, ctx.basic(BasicKind::UntypedString)) == ctx.basic(BasicKind::String));
  CHECK(defaultType(ctx, ctx.slice(i)) == ctx.slice(i));
}
