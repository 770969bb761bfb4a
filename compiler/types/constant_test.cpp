// Constant arithmetic, conversions, representability and printing checked against go 1.19:
// the expectations in constant_go119_cases.inc are go/constant's and go/types' own answers,
// printed by tools/goconstcases.
#include <catch2/catch.hpp>

#include <cstring>
#include <map>
#include <string>
#include <thread>

#include "fmt/format.h"
#include "types/constant.h"
#include "types/type.h"

using namespace ergo;
using namespace ergo::types;
using syntax::Tok;

namespace {

struct Row {
  const char* op;
  const char* a;
  const char* b;
  const char* want;
};

const Row kRows[] = {
#include "types/constant_go119_cases.inc"
};

// An operand "K:TEXT": K is i (int), f (float), m (imaginary), r (rune) or s (string);
// "-" negates.
Constant operand(const std::string& s) {
  std::string text = s.substr(2);
  bool negate = !text.empty() && text[0] == '-';
  if (negate) text = text.substr(1);
  Tok tok = s[0] == 'i'   ? Tok::IntLit
            : s[0] == 'f' ? Tok::FloatLit
            : s[0] == 'm' ? Tok::ImagLit
            : s[0] == 's' ? Tok::StringLit
                          : Tok::RuneLit;
  Constant v = Constant::fromLiteral(tok, text);
  return negate ? Constant::unary(Tok::Sub, v, 0) : v;
}

std::string show(const Constant& c) {
  static const char* const kKinds[] = {"Unknown", "Bool", "String", "Int", "Float", "Complex"};
  return fmt::format("{} {} | {}", kKinds[static_cast<int>(c.kind())], c.toString(),
                     c.exactString());
}

const std::map<std::string, Tok> kBinary = {
    {"+", Tok::Add}, {"-", Tok::Sub}, {"*", Tok::Mul}, {"/", Tok::Quo}, {"/i", Tok::Quo},
    {"%", Tok::Rem}, {"&", Tok::And}, {"|", Tok::Or},  {"^", Tok::Xor}, {"&^", Tok::AndNot}};
const std::map<std::string, Tok> kCompare = {{"==", Tok::Eql}, {"!=", Tok::Neq}, {"<", Tok::Lss},
                                             {"<=", Tok::Leq}, {">", Tok::Gtr},  {">=", Tok::Geq}};
const std::map<std::string, BasicKind> kTypes = {{"int", BasicKind::Int},
                                                 {"int8", BasicKind::Int8},
                                                 {"int64", BasicKind::Int64},
                                                 {"uint", BasicKind::Uint},
                                                 {"uint8", BasicKind::Uint8},
                                                 {"uint64", BasicKind::Uint64},
                                                 {"uintptr", BasicKind::Uintptr},
                                                 {"float32", BasicKind::Float32},
                                                 {"float64", BasicKind::Float64},
                                                 {"complex64", BasicKind::Complex64},
                                                 {"complex128", BasicKind::Complex128},
                                                 {"string", BasicKind::String},
                                                 {"bool", BasicKind::Bool}};

// The checker's classification of a failed representability check (types2's rule: a
// non-integer numeric constant to an integer type is truncated, other numeric cases overflow).
std::string failure(const std::string& operandText, BasicKind k) {
  bool integerTarget = k >= BasicKind::Int && k <= BasicKind::Uintptr;
  bool numericTarget = k >= BasicKind::Int && k <= BasicKind::Complex128;
  if (!numericTarget) return "invalid";
  if (integerTarget && (operandText[0] == 'f' || operandText[0] == 'm')) return "truncated";
  return "overflows";
}

std::string eval(const Row& r) {
  std::string op = r.op;
  Constant a = operand(r.a);
  if (op == "lit") return show(a);
  if (kBinary.count(op)) return show(Constant::binary(kBinary.at(op), a, operand(r.b), op == "/i"));
  if (kCompare.count(op))
    return Constant::compare(kCompare.at(op), a, operand(r.b)) ? "true" : "false";
  if (op == "neg") return show(Constant::unary(Tok::Sub, a, 0));
  if (op.rfind("not", 0) == 0) return show(Constant::unary(Tok::Xor, a, std::stoi(op.substr(3))));
  if (op == "shl" || op == "shr")
    return show(Constant::shift(op == "shl" ? Tok::Shl : Tok::Shr, a, std::stoull(r.b)));
  if (op == "int") return show(a.toInt());
  if (op == "float") return show(a.toFloat());
  if (op == "complex") return show(a.toComplex());
  if (op == "real") return show(a.real());
  if (op == "imag") return show(a.imag());
  if (op == "f64" || op == "f32") {
    bool exact = false;
    if (op == "f64") {
      double d = a.toDouble(&exact);
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      return fmt::format("{:016x} {}", bits, exact);
    }
    float f = a.toFloat32(&exact);
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    return fmt::format("{:08x} {}", bits, exact);
  }
  if (op.rfind("rep:", 0) == 0) {
    BasicKind k = kTypes.at(op.substr(4));
    Constant rounded;
    if (a.representable(k, &rounded)) return "ok " + rounded.exactString();
    return failure(r.a, k);
  }
  return "unknown op " + op;
}

}  // namespace

TEST_CASE("Constant agrees with go 1.19's go/constant and go/types", "[constant][go119]") {
  for (const Row& r : kRows) {
    INFO(r.op << " " << r.a << " " << r.b);
    CHECK(eval(r) == r.want);
  }
}

// MPFR's exponent range is per thread: a float made on another thread (ergo tool check runs
// the checker on one) must still have go/constant's 32-bit exponent range.
TEST_CASE("constant: huge float literal on another thread", "[constant]") {
  std::string text;
  std::thread t([&] { text = Constant::fromFloatLiteral("1e646456992").toString(); });
  t.join();
  CHECK(text == "1e+646456992");
}
