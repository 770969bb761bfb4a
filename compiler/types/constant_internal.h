// Private to constant*.cpp: the shared payloads of big constants, RAII wrappers for GMP/MPFR
// temporaries, and the helpers the arithmetic and the text conversions share.
#pragma once

#include <limits>

#include <gmp.h>
#include <mpfr.h>

#include <atomic>
#include <mutex>
#include <string>

#include "types/constant.h"

namespace ergo::types {

static_assert(sizeof(long) == 8, "GMP's si/ui functions must take 64-bit values");

// gc's limit on untyped integers, go/constant's float mantissa and its bound on the bit size
// of a fraction's parts (past it, a value is kept as a float).
constexpr unsigned kIntLimit = 512;
constexpr mpfr_prec_t kFloatPrec = 512;

// go/constant's big floats have 32-bit binary exponents (big.Float's MinExp..MaxExp); MPFR's
// default range is narrower (±2^30) and is per thread, so every thread that makes a float
// widens it to Go's on first use.
inline void useGoExponentRange() {
  thread_local const bool done = [] {
    mpfr_set_emin(std::numeric_limits<int32_t>::min());
    mpfr_set_emax(std::numeric_limits<int32_t>::max());
    return true;
  }();
  (void)done;
}
constexpr long kMaxExp = 4096;

struct ConstantPayload {
  mutable std::atomic<int> refs{0};
  virtual ~ConstantPayload() = default;
};

struct IntPayload : ConstantPayload {
  mpz_t v;
  IntPayload() { mpz_init(v); }
  ~IntPayload() override { mpz_clear(v); }
};
struct RatPayload : ConstantPayload {
  mpq_t v;
  RatPayload() { mpq_init(v); }
  ~RatPayload() override { mpq_clear(v); }
};
struct FloatPayload : ConstantPayload {
  mpfr_t v;
  FloatPayload() {
    useGoExponentRange();
    mpfr_init2(v, kFloatPrec);
  }
  ~FloatPayload() override { mpfr_clear(v); }
};
// A concatenation keeps its two operands until its text is asked for (as go/constant does):
// the constants of `a + b + c + ...` (every partial sum is recorded) then cost memory in
// proportion to the pieces, not to the sum of the growing partial texts.
struct StringPayload : ConstantPayload {
  mutable std::mutex mu;         // guards the flattening
  mutable std::string v;         // the text, once flat
  mutable Constant left, right;  // the operands while not flat
  size_t size = 0;
};
struct ComplexPayload : ConstantPayload {
  Constant re, im;
};

// Temporaries.
struct Z {
  mpz_t v;
  Z() { mpz_init(v); }
  ~Z() { mpz_clear(v); }
  Z(const Z&) = delete;
  Z& operator=(const Z&) = delete;
};
struct Q {
  mpq_t v;
  Q() { mpq_init(v); }
  ~Q() { mpq_clear(v); }
  Q(const Q&) = delete;
  Q& operator=(const Q&) = delete;
};
struct F {
  mpfr_t v;
  explicit F(mpfr_prec_t prec = kFloatPrec) {
    useGoExponentRange();
    mpfr_init2(v, prec);
  }
  ~F() { mpfr_clear(v); }
  F(const F&) = delete;
  F& operator=(const F&) = delete;
};

// Access to Constant's representation for the implementation files.
struct ConstantOps {
  using Rep = Constant::Rep;
  static Rep rep(const Constant& c) { return c.rep_; }
  static int64_t small(const Constant& c) { return c.small_; }
  static const ConstantPayload* payload(const Constant& c) { return c.payload_.get(); }
  static mpz_srcptr bigInt(const Constant& c) {
    return static_cast<const IntPayload*>(c.payload_.get())->v;
  }
  static mpq_srcptr rat(const Constant& c) {
    return static_cast<const RatPayload*>(c.payload_.get())->v;
  }
  static mpfr_srcptr bigFloat(const Constant& c) {
    return static_cast<const FloatPayload*>(c.payload_.get())->v;
  }
  static const ComplexPayload& complex(const Constant& c) {
    return *static_cast<const ComplexPayload*>(c.payload_.get());
  }

  static Constant makeSmall(int64_t v);
  static Constant makeInt(mpz_srcptr z);       // go/constant's makeInt (no size limit)
  static Constant makeRat(mpq_srcptr q);       // a fraction, or a float if its parts are big
  static Constant makeRatExact(mpq_srcptr q);  // a fraction whatever its size (literals)
  static Constant makeFloat(mpfr_srcptr f);    // Unknown for ±Inf; -0 becomes 0
  static Constant makeFloatFromRat(mpq_srcptr q);

  // The value of an Int constant as an mpz; of an Int or Float(rational) as an mpq; of any
  // real numeric constant as a 512-bit float.
  static void getZ(const Constant& c, mpz_ptr out);
  static void getQ(const Constant& c, mpq_ptr out);
  static void getF(const Constant& c, mpfr_ptr out);
  // go/constant's smallFloat: the binary exponent is within ±kMaxExp.
  static bool smallFloat(mpfr_srcptr f);
  // The exact value of a finite float as a fraction.
  static void floatToRat(mpfr_srcptr f, mpq_ptr out);
};

}  // namespace ergo::types
