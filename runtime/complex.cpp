// Complex division, as gc's runtime does it (Smith's algorithm with C99's corrections for
// infinities and zeros), so that quotients match gc's bit for bit. Generated code calls it
// for complex64 too, widened to complex128 as gc does.
#include <cstring>

#include "entries.h"

// gc fuses x*y+z into one rounding on arm64 (FMADD, FMSUB, FNMSUB) and never on amd64; the
// helpers below say where gc's arm64 code fuses, and nothing else may.
#pragma clang fp contract(off)

namespace ergo::rt {

namespace {

double from_bits(uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

uint64_t to_bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

// a + x*y and a - x*y, and x*y - a.
double plus_product(double a, double x, double y) {
#if defined(__aarch64__)
  return __builtin_fma(x, y, a);
#else
  return a + x * y;
#endif
}
double minus_product(double a, double x, double y) {
#if defined(__aarch64__)
  return __builtin_fma(-x, y, a);
#else
  return a - x * y;
#endif
}
double product_minus(double x, double y, double a) {
#if defined(__aarch64__)
  return __builtin_fma(x, y, -a);
#else
  return x * y - a;
#endif
}

constexpr double kInf = __builtin_inf();

bool is_inf(double x) {
  return __builtin_isinf(x);
}
bool is_nan(double x) {
  return x != x;
}
bool is_finite(double x) {
  return !is_nan(x) && !is_inf(x);
}
// ±1 for an infinity, ±0 otherwise, with x's sign.
double unit_if_inf(double x) {
  return __builtin_copysign(is_inf(x) ? 1.0 : 0.0, x);
}

}  // namespace

Pair complex128div(uint64_t nre, uint64_t nim, uint64_t mre, uint64_t mim) {
  double a = from_bits(nre), b = from_bits(nim), c = from_bits(mre), d = from_bits(mim);
  double e, f;
  // Divide by the larger of |c| and |d| first so that the intermediate values stay in range.
  if (__builtin_fabs(c) >= __builtin_fabs(d)) {
    double r = d / c;
    double den = plus_product(c, r, d);
    e = plus_product(a, b, r) / den;
    f = minus_product(b, a, r) / den;
  } else {
    double r = c / d;
    double den = plus_product(d, r, c);
    e = plus_product(b, a, r) / den;
    f = product_minus(b, r, a) / den;
  }
  if (is_nan(e) && is_nan(f)) {
    // Both parts NaN: recover the infinities and zeros C99 (G.5.1) asks for.
    double ac_bd, bc_ad;
    if (c == 0 && d == 0 && (!is_nan(a) || !is_nan(b))) {
      e = __builtin_copysign(kInf, c) * a;
      f = __builtin_copysign(kInf, c) * b;
    } else if ((is_inf(a) || is_inf(b)) && is_finite(c) && is_finite(d)) {
      a = unit_if_inf(a);
      b = unit_if_inf(b);
      ac_bd = plus_product(a * c, b, d);
      bc_ad = minus_product(b * c, a, d);
      e = kInf * ac_bd;
      f = kInf * bc_ad;
    } else if ((is_inf(c) || is_inf(d)) && is_finite(a) && is_finite(b)) {
      c = unit_if_inf(c);
      d = unit_if_inf(d);
      ac_bd = plus_product(a * c, b, d);
      bc_ad = minus_product(b * c, a, d);
      e = 0 * ac_bd;
      f = 0 * bc_ad;
    }
  }
  return Pair{to_bits(e), to_bits(f)};
}

}  // namespace ergo::rt
