// Constant's representation, arithmetic, conversions between kinds and representability.
// Literal parsing and printing are in constant_text.cpp.
#include <cmath>
#include <limits>
#include <vector>

#include "types/constant_internal.h"
#include "types/type.h"

void llvm::IntrusiveRefCntPtrInfo<const ergo::types::ConstantPayload>::retain(
    const ergo::types::ConstantPayload* p) {
  p->refs.fetch_add(1, std::memory_order_relaxed);
}

void llvm::IntrusiveRefCntPtrInfo<const ergo::types::ConstantPayload>::release(
    const ergo::types::ConstantPayload* p) {
  if (p->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete p;
}

namespace ergo::types {

using syntax::Tok;
using Rep = ConstantOps::Rep;

// The checker folds many constants: keep the common small integer cheap to copy.
static_assert(sizeof(Constant) <= 24);

// ---- construction

Constant ConstantOps::makeSmall(int64_t v) {
  Constant c;
  c.kind_ = Constant::Kind::Int;
  c.rep_ = Rep::Small;
  c.small_ = v;
  return c;
}

Constant ConstantOps::makeInt(mpz_srcptr z) {
  if (mpz_fits_slong_p(z)) return makeSmall(mpz_get_si(z));
  auto* p = new IntPayload;
  mpz_set(p->v, z);
  Constant c;
  c.kind_ = Constant::Kind::Int;
  c.rep_ = Rep::BigInt;
  c.payload_ = p;
  return c;
}

Constant ConstantOps::makeFloatFromRat(mpq_srcptr q) {
  F f;
  mpfr_set_q(f.v, q, MPFR_RNDN);
  return makeFloat(f.v);
}

Constant ConstantOps::makeRat(mpq_srcptr q) {
  if (static_cast<long>(mpz_sizeinbase(mpq_numref(q), 2)) >= kMaxExp ||
      static_cast<long>(mpz_sizeinbase(mpq_denref(q), 2)) >= kMaxExp)
    return makeFloatFromRat(q);
  return makeRatExact(q);
}

Constant ConstantOps::makeRatExact(mpq_srcptr q) {
  auto* p = new RatPayload;
  mpq_set(p->v, q);
  Constant c;
  c.kind_ = Constant::Kind::Float;
  c.rep_ = Rep::Rat;
  c.payload_ = p;
  return c;
}

Constant ConstantOps::makeFloat(mpfr_srcptr f) {
  if (mpfr_inf_p(f) || mpfr_nan_p(f)) return Constant();
  auto* p = new FloatPayload;
  if (mpfr_zero_p(f))
    mpfr_set_zero(p->v, 1);
  else
    mpfr_set(p->v, f, MPFR_RNDN);
  Constant c;
  c.kind_ = Constant::Kind::Float;
  c.rep_ = Rep::BigFloat;
  c.payload_ = p;
  return c;
}

void ConstantOps::getZ(const Constant& c, mpz_ptr out) {
  if (c.rep_ == Rep::Small)
    mpz_set_si(out, c.small_);
  else
    mpz_set(out, bigInt(c));
}

void ConstantOps::getQ(const Constant& c, mpq_ptr out) {
  if (c.rep_ == Rep::Rat) {
    mpq_set(out, rat(c));
    return;
  }
  getZ(c, mpq_numref(out));
  mpz_set_ui(mpq_denref(out), 1);
}

void ConstantOps::getF(const Constant& c, mpfr_ptr out) {
  switch (c.rep_) {
    case Rep::Small:
      mpfr_set_si(out, c.small_, MPFR_RNDN);
      break;
    case Rep::BigInt:
      mpfr_set_z(out, bigInt(c), MPFR_RNDN);
      break;
    case Rep::Rat:
      mpfr_set_q(out, rat(c), MPFR_RNDN);
      break;
    case Rep::BigFloat:
      mpfr_set(out, bigFloat(c), MPFR_RNDN);
      break;
    default:
      mpfr_set_zero(out, 1);
  }
}

bool ConstantOps::smallFloat(mpfr_srcptr f) {
  if (mpfr_inf_p(f)) return false;
  if (mpfr_zero_p(f)) return true;
  mpfr_exp_t e = mpfr_get_exp(f);
  return -kMaxExp < e && e < kMaxExp;
}

void ConstantOps::floatToRat(mpfr_srcptr f, mpq_ptr out) {
  if (mpfr_zero_p(f)) {
    mpq_set_ui(out, 0, 1);
    return;
  }
  Z m;
  mpfr_exp_t e = mpfr_get_z_2exp(m.v, f);
  mpz_set(mpq_numref(out), m.v);
  mpz_set_ui(mpq_denref(out), 1);
  if (e >= 0)
    mpz_mul_2exp(mpq_numref(out), mpq_numref(out), static_cast<mp_bitcnt_t>(e));
  else
    mpz_mul_2exp(mpq_denref(out), mpq_denref(out), static_cast<mp_bitcnt_t>(-e));
  mpq_canonicalize(out);
}

namespace {

using Ops = ConstantOps;

// go/constant's ordering of representations; mixed operands are brought to the larger one.
int ord(const Constant& c) {
  switch (Ops::rep(c)) {
    case Rep::Bool:
    case Rep::String:
      return 1;
    case Rep::Small:
      return 2;
    case Rep::BigInt:
      return 3;
    case Rep::Rat:
      return 4;
    case Rep::BigFloat:
      return 5;
    case Rep::Complex:
      return 6;
    default:
      return 0;
  }
}

bool isNumeric(const Constant& c) {
  return ord(c) >= 2;
}

unsigned bitLenZ(mpz_srcptr z) {
  return mpz_sgn(z) == 0 ? 0 : static_cast<unsigned>(mpz_sizeinbase(z, 2));
}

// Restricts an Int result to gc's 512 bits of magnitude.
Constant limitInt(Constant c) {
  if (c.kind() == Constant::Kind::Int && c.bitLen() > kIntLimit) return Constant();
  return c;
}

// A real numeric constant rounded to an IEEE format (mantissa bits with the hidden one,
// MPFR's exponent range for it): round to nearest even, subnormals, overflow to ±Inf.
// `exact` is whether nothing was lost.
template <typename T>
T roundIeee(const Constant& c, bool* exact) {
  constexpr int kDigits = std::numeric_limits<T>::digits;
  constexpr mpfr_exp_t kEmin = std::numeric_limits<T>::min_exponent - kDigits + 1;
  constexpr mpfr_exp_t kEmax = std::numeric_limits<T>::max_exponent;
  if (Ops::rep(c) == Rep::Small) {
    int64_t v = Ops::small(c);
    if (v > -(int64_t{1} << kDigits) && v < (int64_t{1} << kDigits)) {
      if (exact) *exact = true;
      return static_cast<T>(v);
    }
  }
  F f(kDigits);
  int t = 0;
  switch (Ops::rep(c)) {
    case Rep::Small:
      t = mpfr_set_si(f.v, Ops::small(c), MPFR_RNDN);
      break;
    case Rep::BigInt:
      t = mpfr_set_z(f.v, Ops::bigInt(c), MPFR_RNDN);
      break;
    case Rep::Rat:
      t = mpfr_set_q(f.v, Ops::rat(c), MPFR_RNDN);
      break;
    case Rep::BigFloat:
      t = mpfr_set(f.v, Ops::bigFloat(c), MPFR_RNDN);
      break;
    default:
      if (exact) *exact = false;
      return 0;
  }
  // Narrow the exponent range to the format's so that MPFR rounds subnormals and overflows
  // as the hardware would, taking the first rounding into account (no double rounding).
  mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
  mpfr_set_emin(kEmin);
  mpfr_set_emax(kEmax);
  t = mpfr_check_range(f.v, t, MPFR_RNDN);
  t = mpfr_subnormalize(f.v, t, MPFR_RNDN);
  T r;
  if constexpr (kDigits == 24)
    r = mpfr_get_flt(f.v, MPFR_RNDN);
  else
    r = static_cast<T>(mpfr_get_d(f.v, MPFR_RNDN));
  mpfr_set_emin(emin);
  mpfr_set_emax(emax);
  if (exact) *exact = t == 0;
  return r;
}

// x op y for two operands of the same numeric representation order `o` (2..5), exactly;
// `intDiv` selects truncating division of integers.
Constant arithReal(Tok op, const Constant& x, const Constant& y, int o, bool intDiv) {
  if (o == 2) {
    int64_t a = Ops::small(x), b = Ops::small(y), c = 0;
    switch (op) {
      case Tok::Add:
        if (!__builtin_add_overflow(a, b, &c)) return Ops::makeSmall(c);
        break;
      case Tok::Sub:
        if (!__builtin_sub_overflow(a, b, &c)) return Ops::makeSmall(c);
        break;
      case Tok::Mul:
        if (!__builtin_mul_overflow(a, b, &c)) return Ops::makeSmall(c);
        break;
      case Tok::Quo:
        if (b == 0) return Constant();
        if (!intDiv) break;
        // go/constant divides 64-bit values natively, so MinInt64 / -1 wraps to MinInt64 in
        // gc 1.19 (`const q = -1 << 63 / -1` is negative); ergo keeps that for parity.
        return Ops::makeSmall(b == -1 ? static_cast<int64_t>(0 - static_cast<uint64_t>(a)) : a / b);
      case Tok::Rem:
        if (b == 0) return Constant();
        return Ops::makeSmall(b == -1 ? 0 : a % b);
      case Tok::And:
        return Ops::makeSmall(a & b);
      case Tok::Or:
        return Ops::makeSmall(a | b);
      case Tok::Xor:
        return Ops::makeSmall(a ^ b);
      case Tok::AndNot:
        return Ops::makeSmall(a & ~b);
      default:
        return Constant();
    }
  }
  if (o <= 3) {
    Z a, b, c;
    Ops::getZ(x, a.v);
    Ops::getZ(y, b.v);
    switch (op) {
      case Tok::Add:
        mpz_add(c.v, a.v, b.v);
        break;
      case Tok::Sub:
        mpz_sub(c.v, a.v, b.v);
        break;
      case Tok::Mul:
        mpz_mul(c.v, a.v, b.v);
        break;
      case Tok::Quo:
        if (mpz_sgn(b.v) == 0) return Constant();
        if (!intDiv) {
          Q q;
          mpz_set(mpq_numref(q.v), a.v);
          mpz_set(mpq_denref(q.v), b.v);
          mpq_canonicalize(q.v);
          return Ops::makeRat(q.v);
        }
        mpz_tdiv_q(c.v, a.v, b.v);
        break;
      case Tok::Rem:
        if (mpz_sgn(b.v) == 0) return Constant();
        mpz_tdiv_r(c.v, a.v, b.v);
        break;
      case Tok::And:
        mpz_and(c.v, a.v, b.v);
        break;
      case Tok::Or:
        mpz_ior(c.v, a.v, b.v);
        break;
      case Tok::Xor:
        mpz_xor(c.v, a.v, b.v);
        break;
      case Tok::AndNot:
        mpz_com(b.v, b.v);
        mpz_and(c.v, a.v, b.v);
        break;
      default:
        return Constant();
    }
    return Ops::makeInt(c.v);
  }
  if (o == 4) {
    Q a, b, c;
    Ops::getQ(x, a.v);
    Ops::getQ(y, b.v);
    switch (op) {
      case Tok::Add:
        mpq_add(c.v, a.v, b.v);
        break;
      case Tok::Sub:
        mpq_sub(c.v, a.v, b.v);
        break;
      case Tok::Mul:
        mpq_mul(c.v, a.v, b.v);
        break;
      case Tok::Quo:
        if (mpq_sgn(b.v) == 0) return Constant();
        mpq_div(c.v, a.v, b.v);
        break;
      default:
        return Constant();
    }
    return Ops::makeRat(c.v);
  }
  F a, b, c;
  Ops::getF(x, a.v);
  Ops::getF(y, b.v);
  switch (op) {
    case Tok::Add:
      mpfr_add(c.v, a.v, b.v, MPFR_RNDN);
      break;
    case Tok::Sub:
      mpfr_sub(c.v, a.v, b.v, MPFR_RNDN);
      break;
    case Tok::Mul:
      mpfr_mul(c.v, a.v, b.v, MPFR_RNDN);
      break;
    case Tok::Quo:
      if (mpfr_zero_p(b.v)) return Constant();
      mpfr_div(c.v, a.v, b.v, MPFR_RNDN);
      break;
    default:
      return Constant();
  }
  return Ops::makeFloat(c.v);
}

// go/constant's BinaryOp without gc's 512-bit limit on integers (complex arithmetic works on
// its parts with it).
Constant arith(Tok op, const Constant& x, const Constant& y, bool intDiv) {
  if (!x.known() || !y.known()) return Constant();
  if (x.kind() == Constant::Kind::Bool && y.kind() == Constant::Kind::Bool) {
    if (op == Tok::LogAnd) return Constant::fromBool(x.boolValue() && y.boolValue());
    if (op == Tok::LogOr) return Constant::fromBool(x.boolValue() || y.boolValue());
    return Constant();
  }
  if (x.kind() == Constant::Kind::String && y.kind() == Constant::Kind::String) {
    if (op == Tok::Add) return Constant::concat(x, y);
    return Constant();
  }
  if (!isNumeric(x) || !isNumeric(y)) return Constant();
  int o = std::max(ord(x), ord(y));
  if (o < 6) return arithReal(op, x, y, o, intDiv);
  Constant a = x.real(), b = x.imag(), c = y.real(), d = y.imag();
  auto add = [](const Constant& p, const Constant& q) { return arith(Tok::Add, p, q, false); };
  auto sub = [](const Constant& p, const Constant& q) { return arith(Tok::Sub, p, q, false); };
  auto mul = [](const Constant& p, const Constant& q) { return arith(Tok::Mul, p, q, false); };
  auto quo = [](const Constant& p, const Constant& q) { return arith(Tok::Quo, p, q, false); };
  switch (op) {
    case Tok::Add:
      return Constant::makeComplex(add(a, c), add(b, d));
    case Tok::Sub:
      return Constant::makeComplex(sub(a, c), sub(b, d));
    case Tok::Mul:
      // (ac - bd) + (bc + ad)i
      return Constant::makeComplex(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
    case Tok::Quo: {
      // ((ac + bd) + (bc - ad)i) / (cc + dd)
      Constant s = add(mul(c, c), mul(d, d));
      return Constant::makeComplex(quo(add(mul(a, c), mul(b, d)), s),
                                   quo(sub(mul(b, c), mul(a, d)), s));
    }
    default:
      return Constant();
  }
}

// The sign of x - y for real numeric constants.
int compareReal(const Constant& x, const Constant& y) {
  int o = std::max(ord(x), ord(y));
  if (o == 2) {
    int64_t a = Ops::small(x), b = Ops::small(y);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  int r;
  if (o == 3) {
    Z a, b;
    Ops::getZ(x, a.v);
    Ops::getZ(y, b.v);
    r = mpz_cmp(a.v, b.v);
  } else if (o == 4) {
    Q a, b;
    Ops::getQ(x, a.v);
    Ops::getQ(y, b.v);
    r = mpq_cmp(a.v, b.v);
  } else {
    F a, b;
    Ops::getF(x, a.v);
    Ops::getF(y, b.v);
    r = mpfr_cmp(a.v, b.v);
  }
  return r < 0 ? -1 : r > 0 ? 1 : 0;
}

bool cmpResult(Tok op, int c) {
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

}  // namespace

// ---- factories

Constant Constant::fromBool(bool b) {
  Constant c;
  c.kind_ = Kind::Bool;
  c.rep_ = Rep::Bool;
  c.b_ = b;
  return c;
}

Constant Constant::fromString(std::string s) {
  auto* p = new StringPayload;
  p->v = std::move(s);
  p->size = p->v.size();
  Constant c;
  c.kind_ = Kind::String;
  c.rep_ = Rep::String;
  c.payload_ = p;
  return c;
}

Constant Constant::fromInt64(int64_t v) {
  return Ops::makeSmall(v);
}

Constant Constant::fromUint64(uint64_t v) {
  if (v <= static_cast<uint64_t>(INT64_MAX)) return Ops::makeSmall(static_cast<int64_t>(v));
  Z z;
  mpz_set_ui(z.v, v);
  return Ops::makeInt(z.v);
}

Constant Constant::fromInt(const llvm::APSInt& i) {
  if (i.isSigned() ? i.getSignificantBits() <= 64 : i.getActiveBits() <= 63)
    return Ops::makeSmall(i.isSigned() ? i.getSExtValue() : static_cast<int64_t>(i.getZExtValue()));
  bool negative = i.isSigned() && i.isNegative();
  llvm::APInt mag = negative ? -i.sext(i.getBitWidth() + 1) : i.zext(i.getBitWidth() + 1);
  Z z;
  mpz_import(z.v, mag.getNumWords(), -1, sizeof(uint64_t), 0, 0, mag.getRawData());
  if (negative) mpz_neg(z.v, z.v);
  return limitInt(Ops::makeInt(z.v));
}

Constant Constant::fromFloat64(double x) {
  if (!std::isfinite(x)) return Constant();
  Q q;
  mpq_set_d(q.v, x + 0.0);  // exact; every finite double is a small fraction
  return Ops::makeRat(q.v);
}

Constant Constant::makeComplex(const Constant& re, const Constant& im) {
  if (!isNumeric(re) || !isNumeric(im) || re.kind_ == Kind::Complex || im.kind_ == Kind::Complex)
    return Constant();
  auto* p = new ComplexPayload;
  p->re = re;
  p->im = im;
  Constant c;
  c.kind_ = Kind::Complex;
  c.rep_ = Rep::Complex;
  c.payload_ = p;
  return c;
}

// ---- accessors

Constant Constant::concat(const Constant& x, const Constant& y) {
  auto* px = static_cast<const StringPayload*>(x.payload_.get());
  auto* py = static_cast<const StringPayload*>(y.payload_.get());
  if (py->size == 0) return x;
  if (px->size == 0) return y;
  if (px->size + py->size <= 64) return fromString(x.stringValue() + y.stringValue());
  auto* p = new StringPayload;
  p->left = x;
  p->right = y;
  p->size = px->size + py->size;
  Constant c;
  c.kind_ = Kind::String;
  c.rep_ = Rep::String;
  c.payload_ = p;
  return c;
}

const std::string& Constant::stringValue() const {
  static const std::string empty;
  if (rep_ != Rep::String) return empty;
  auto* p = static_cast<const StringPayload*>(payload_.get());
  std::lock_guard<std::mutex> lock(p->mu);
  if (p->left.rep_ != Rep::String) return p->v;  // flat
  // Flatten: the pieces in order, depth first without recursion (chains are long).
  std::string out;
  out.reserve(p->size);
  std::vector<Constant> stack{p->right, p->left};
  while (!stack.empty()) {
    Constant piece = std::move(stack.back());
    stack.pop_back();
    auto* q = static_cast<const StringPayload*>(piece.payload_.get());
    std::lock_guard<std::mutex> qlock(q->mu);
    if (q->left.rep_ != Rep::String) {
      out += q->v;
      continue;
    }
    stack.push_back(q->right);
    stack.push_back(q->left);
  }
  p->v = std::move(out);
  p->left = Constant();
  p->right = Constant();
  return p->v;
}

llvm::APSInt Constant::intValue() const {
  if (kind_ != Kind::Int) return llvm::APSInt(llvm::APInt(64, 0), false);
  if (rep_ == Rep::Small) return llvm::APSInt(llvm::APInt(64, small_, true), false);
  mpz_srcptr z = Ops::bigInt(*this);
  unsigned bits = bitLenZ(z) + 1;
  size_t words = (bits + 63) / 64;
  std::vector<uint64_t> raw(words, 0);
  mpz_export(raw.data(), nullptr, -1, sizeof(uint64_t), 0, 0, z);
  llvm::APInt v(static_cast<unsigned>(words * 64), raw);
  if (mpz_sgn(z) < 0) v.negate();
  llvm::APSInt r(v, false);
  return r;
}

bool Constant::fitsInt(unsigned bits, bool isSigned) const {
  if (kind_ != Kind::Int) return false;
  if (rep_ == Rep::Small && bits >= 64) return isSigned || small_ >= 0;
  if (rep_ == Rep::Small) {
    if (isSigned)
      return small_ >= -(int64_t{1} << (bits - 1)) && small_ < (int64_t{1} << (bits - 1));
    return small_ >= 0 && small_ < (int64_t{1} << bits);
  }
  mpz_srcptr z = Ops::bigInt(*this);
  if (!isSigned) return mpz_sgn(z) >= 0 && bitLenZ(z) <= bits;
  // A negative value -2^(bits-1) fits: check bitLen(-z - 1) instead.
  if (mpz_sgn(z) >= 0) return bitLenZ(z) < bits;
  Z t;
  mpz_com(t.v, z);
  return bitLenZ(t.v) < bits;
}

int64_t Constant::int64() const {
  if (kind_ != Kind::Int) return 0;
  if (rep_ == Rep::Small) return small_;
  // The low 64 bits in two's complement, as big.Int's Int64.
  mpz_srcptr z = Ops::bigInt(*this);
  Z t;
  mpz_fdiv_r_2exp(t.v, z, 64);
  return static_cast<int64_t>(mpz_get_ui(t.v));
}

unsigned Constant::bitLen() const {
  if (kind_ != Kind::Int) return 0;
  if (rep_ == Rep::Small) {
    uint64_t u = small_ < 0 ? 0 - static_cast<uint64_t>(small_) : static_cast<uint64_t>(small_);
    return u == 0 ? 0 : 64 - static_cast<unsigned>(__builtin_clzll(u));
  }
  return bitLenZ(Ops::bigInt(*this));
}

int Constant::sign() const {
  switch (rep_) {
    case Rep::Small:
      return small_ < 0 ? -1 : small_ > 0 ? 1 : 0;
    case Rep::BigInt:
      return mpz_sgn(Ops::bigInt(*this));
    case Rep::Rat:
      return mpq_sgn(Ops::rat(*this));
    case Rep::BigFloat:
      return mpfr_sgn(Ops::bigFloat(*this));
    case Rep::Complex: {
      const ComplexPayload& c = Ops::complex(*this);
      return c.re.sign() | c.im.sign();
    }
    default:
      return 1;
  }
}

double Constant::toDouble(bool* exact) const {
  return roundIeee<double>(kind_ == Kind::Complex ? Ops::complex(*this).re : *this, exact);
}

float Constant::toFloat32(bool* exact) const {
  return roundIeee<float>(kind_ == Kind::Complex ? Ops::complex(*this).re : *this, exact);
}

Constant Constant::real() const {
  if (kind_ == Kind::Complex) return Ops::complex(*this).re;
  return isNumeric(*this) ? *this : Constant();
}

Constant Constant::imag() const {
  if (kind_ == Kind::Complex) return Ops::complex(*this).im;
  return isNumeric(*this) ? fromInt64(0) : Constant();
}

Constant Constant::num() const {
  if (kind_ == Kind::Int) return *this;
  if (rep_ == Rep::Rat) return Ops::makeInt(mpq_numref(Ops::rat(*this)));
  if (rep_ == Rep::BigFloat && Ops::smallFloat(Ops::bigFloat(*this))) {
    Q q;
    Ops::floatToRat(Ops::bigFloat(*this), q.v);
    return Ops::makeInt(mpq_numref(q.v));
  }
  return Constant();
}

Constant Constant::denom() const {
  if (kind_ == Kind::Int) return fromInt64(1);
  if (rep_ == Rep::Rat) return Ops::makeInt(mpq_denref(Ops::rat(*this)));
  if (rep_ == Rep::BigFloat && Ops::smallFloat(Ops::bigFloat(*this))) {
    Q q;
    Ops::floatToRat(Ops::bigFloat(*this), q.v);
    return Ops::makeInt(mpq_denref(q.v));
  }
  return Constant();
}

// ---- conversions between kinds

Constant Constant::toInt() const {
  switch (rep_) {
    case Rep::Small:
    case Rep::BigInt:
      return *this;
    case Rep::Rat: {
      mpq_srcptr q = Ops::rat(*this);
      if (mpz_cmp_ui(mpq_denref(q), 1) == 0) return Ops::makeInt(mpq_numref(q));
      return Constant();
    }
    case Rep::BigFloat: {
      mpfr_srcptr f = Ops::bigFloat(*this);
      if (!Ops::smallFloat(f)) return Constant();  // keeps integers from growing huge
      Z z;
      if (mpfr_integer_p(f)) {
        mpfr_get_z(z.v, f, MPFR_RNDZ);
        return Ops::makeInt(z.v);
      }
      // Like gc, accept a value within a few bits of rounding error of an integer (left by
      // earlier inexact operations): round it to 4 bits less, toward and away from zero.
      F t(kFloatPrec - 4);
      for (mpfr_rnd_t mode : {MPFR_RNDZ, MPFR_RNDA}) {
        mpfr_set(t.v, f, mode);
        if (mpfr_integer_p(t.v)) {
          mpfr_get_z(z.v, t.v, MPFR_RNDZ);
          return Ops::makeInt(z.v);
        }
      }
      return Constant();
    }
    case Rep::Complex: {
      Constant re = toFloat();
      return re.kind_ == Kind::Float ? re.toInt() : Constant();
    }
    default:
      return Constant();
  }
}

Constant Constant::toFloat() const {
  switch (rep_) {
    case Rep::Small:
    case Rep::BigInt: {
      Q q;
      Ops::getQ(*this, q.v);
      return Ops::makeRat(q.v);  // a float past 4096 bits, as go/constant
    }
    case Rep::Rat:
    case Rep::BigFloat:
      return *this;
    case Rep::Complex: {
      const ComplexPayload& c = Ops::complex(*this);
      return c.im.sign() == 0 ? c.re.toFloat() : Constant();
    }
    default:
      return Constant();
  }
}

Constant Constant::toComplex() const {
  if (kind_ == Kind::Complex) return *this;
  if (isNumeric(*this)) return makeComplex(*this, fromInt64(0));
  return Constant();
}

bool Constant::representable(BasicKind k, Constant* rounded) const {
  auto give = [&](const Constant& v) {
    if (rounded) *rounded = v;
    return true;
  };
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      return kind_ == Kind::Bool && give(*this);
    case BasicKind::String:
    case BasicKind::UntypedString:
      return kind_ == Kind::String && give(*this);
    case BasicKind::Int:
    case BasicKind::Int64:
    case BasicKind::Int32:
    case BasicKind::Int16:
    case BasicKind::Int8:
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::Uintptr:
    case BasicKind::Uint32:
    case BasicKind::Uint16:
    case BasicKind::Uint8:
    case BasicKind::UntypedInt:
    case BasicKind::UntypedRune: {
      Constant v = toInt();
      if (v.kind_ != Kind::Int) return false;
      bool ok = true;
      switch (k) {
        case BasicKind::Int:
        case BasicKind::Int64:
          ok = v.fitsInt(64, true);
          break;
        case BasicKind::Int32:
          ok = v.fitsInt(32, true);
          break;
        case BasicKind::Int16:
          ok = v.fitsInt(16, true);
          break;
        case BasicKind::Int8:
          ok = v.fitsInt(8, true);
          break;
        case BasicKind::Uint:
        case BasicKind::Uint64:
        case BasicKind::Uintptr:
          ok = v.fitsInt(64, false);
          break;
        case BasicKind::Uint32:
          ok = v.fitsInt(32, false);
          break;
        case BasicKind::Uint16:
          ok = v.fitsInt(16, false);
          break;
        case BasicKind::Uint8:
          ok = v.fitsInt(8, false);
          break;
        default:
          break;
      }
      return ok && give(v);
    }
    case BasicKind::Float32:
    case BasicKind::Float64:
    case BasicKind::UntypedFloat: {
      Constant v = toFloat();
      if (!v.known()) return false;
      if (k == BasicKind::UntypedFloat) return give(v);
      double d = k == BasicKind::Float32 ? v.toFloat32() : v.toDouble();
      return std::isfinite(d) && give(fromFloat64(d));
    }
    case BasicKind::Complex64:
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex: {
      Constant v = toComplex();
      if (!v.known()) return false;
      if (k == BasicKind::UntypedComplex) return give(v);
      const ComplexPayload& c = Ops::complex(v);
      bool f32 = k == BasicKind::Complex64;
      double re = f32 ? c.re.toFloat32() : c.re.toDouble();
      double im = f32 ? c.im.toFloat32() : c.im.toDouble();
      return std::isfinite(re) && std::isfinite(im) &&
             give(makeComplex(fromFloat64(re), fromFloat64(im)));
    }
    default:
      return false;
  }
}

// ---- operations

Constant Constant::binary(Tok op, const Constant& x, const Constant& y, bool integerDivision) {
  // Two 64-bit integers, the common case: results need at most 128 bits.
  if (x.rep_ == Rep::Small && y.rep_ == Rep::Small) return arithReal(op, x, y, 2, integerDivision);
  return limitInt(arith(op, x, y, integerDivision));
}

Constant Constant::unary(Tok op, const Constant& x, unsigned unsignedBits) {
  switch (op) {
    case Tok::Add:
      return isNumeric(x) ? x : Constant();
    case Tok::Sub:
      switch (x.rep_) {
        case Rep::Small:
          if (x.small_ != INT64_MIN) return fromInt64(-x.small_);
          [[fallthrough]];
        case Rep::BigInt: {
          Z z;
          Ops::getZ(x, z.v);
          mpz_neg(z.v, z.v);
          return limitInt(Ops::makeInt(z.v));
        }
        case Rep::Rat: {
          Q q;
          mpq_neg(q.v, Ops::rat(x));
          return Ops::makeRat(q.v);
        }
        case Rep::BigFloat: {
          F f;
          mpfr_neg(f.v, Ops::bigFloat(x), MPFR_RNDN);
          return Ops::makeFloat(f.v);
        }
        case Rep::Complex: {
          const ComplexPayload& c = Ops::complex(x);
          return makeComplex(unary(Tok::Sub, c.re, 0), unary(Tok::Sub, c.im, 0));
        }
        default:
          return Constant();
      }
    case Tok::Not:
      if (x.kind_ != Kind::Bool) return Constant();
      return fromBool(!x.b_);
    case Tok::Xor: {
      if (x.kind_ != Kind::Int) return Constant();
      if (x.rep_ == Rep::Small && unsignedBits == 0) return fromInt64(~x.small_);
      Z z;
      Ops::getZ(x, z.v);
      mpz_com(z.v, z.v);
      // For unsigned types ^x flips only the type's bits.
      if (unsignedBits) mpz_fdiv_r_2exp(z.v, z.v, unsignedBits);
      return limitInt(Ops::makeInt(z.v));
    }
    default:
      return Constant();
  }
}

Constant Constant::shift(Tok op, const Constant& x, uint64_t count) {
  if (x.kind_ != Kind::Int) return Constant();
  if (count == 0 || x.sign() == 0) return x;
  Z z;
  Ops::getZ(x, z.v);
  if (op == Tok::Shl) {
    if (count > kIntLimit) return Constant();  // |x| << count needs more than 512 bits
    mpz_mul_2exp(z.v, z.v, static_cast<mp_bitcnt_t>(count));
    return limitInt(Ops::makeInt(z.v));
  }
  if (op != Tok::Shr) return Constant();
  // Arithmetic shift: floor division by 2^count.
  mpz_fdiv_q_2exp(z.v, z.v, static_cast<mp_bitcnt_t>(std::min<uint64_t>(count, 1u << 20)));
  return Ops::makeInt(z.v);
}

bool Constant::compare(Tok op, const Constant& x, const Constant& y) {
  if (x.rep_ == Rep::Small && y.rep_ == Rep::Small)
    return cmpResult(op, x.small_ < y.small_ ? -1 : x.small_ > y.small_ ? 1 : 0);
  if (!x.known() || !y.known()) return false;
  if (x.kind_ == Kind::Bool && y.kind_ == Kind::Bool) {
    if (op == Tok::Eql) return x.b_ == y.b_;
    if (op == Tok::Neq) return x.b_ != y.b_;
    return false;
  }
  if (x.kind_ == Kind::String && y.kind_ == Kind::String) {
    int c = x.stringValue().compare(y.stringValue());
    return cmpResult(op, c < 0 ? -1 : c > 0 ? 1 : 0);
  }
  if (!isNumeric(x) || !isNumeric(y)) return false;
  if (x.kind_ == Kind::Complex || y.kind_ == Kind::Complex) {
    bool eq = compareReal(x.real(), y.real()) == 0 && compareReal(x.imag(), y.imag()) == 0;
    if (op == Tok::Eql) return eq;
    if (op == Tok::Neq) return !eq;
    return false;
  }
  return cmpResult(op, compareReal(x, y));
}

}  // namespace ergo::types
