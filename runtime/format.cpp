#include "format.h"

#include <cmath>

#include "writer.h"

namespace ergo::rt {

void print_u64(uint64_t v) {
  char digits[20];
  int i = sizeof digits;
  do {
    digits[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  print_bytes(digits + i, sizeof digits - i);
}

void print_i64(int64_t v) {
  if (v < 0) {
    print_char('-');
    // Negate in unsigned arithmetic so that the most negative value prints correctly.
    print_u64(0 - static_cast<uint64_t>(v));
    return;
  }
  print_u64(static_cast<uint64_t>(v));
}

void print_hex(uint64_t v) {
  static constexpr char kHex[] = "0123456789abcdef";
  char digits[18];
  int i = sizeof digits;
  do {
    digits[--i] = kHex[v & 15];
    v >>= 4;
  } while (v != 0);
  digits[--i] = 'x';
  digits[--i] = '0';
  print_bytes(digits + i, sizeof digits - i);
}

// gc prints floats without strconv: scale into [1,10) by repeated division or multiplication,
// add half a unit of the seventh digit, then peel off seven digits. The repeated scaling is
// inexact on purpose: matching gc's output byte for byte means doing the same arithmetic.
void print_f64(double v) {
  if (v != v) {
    print_cstr("NaN");
    return;
  }
  if (v + v == v && v > 0) {
    print_cstr("+Inf");
    return;
  }
  if (v + v == v && v < 0) {
    print_cstr("-Inf");
    return;
  }

  constexpr int kDigits = 7;
  // sign, digit, '.', six digits, 'e', exponent sign, three exponent digits
  char out[kDigits + 7];
  out[0] = '+';
  int exp = 0;
  if (v == 0) {
    if (std::signbit(v)) out[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      out[0] = '-';
    }
    while (v >= 10) {
      ++exp;
      v /= 10;
    }
    while (v < 1) {
      --exp;
      v *= 10;
    }
    double half = 5.0;
    for (int i = 0; i < kDigits; ++i) half /= 10;
    v += half;
    if (v >= 10) {
      ++exp;
      v /= 10;
    }
  }

  // Digits go to out[2..8]; the first then moves left to make room for the point.
  for (int i = 0; i < kDigits; ++i) {
    int d = static_cast<int>(v);
    out[i + 2] = static_cast<char>('0' + d);
    v -= d;
    v *= 10;
  }
  out[1] = out[2];
  out[2] = '.';

  out[kDigits + 2] = 'e';
  out[kDigits + 3] = '+';
  if (exp < 0) {
    exp = -exp;
    out[kDigits + 3] = '-';
  }
  out[kDigits + 4] = static_cast<char>('0' + exp / 100);
  out[kDigits + 5] = static_cast<char>('0' + exp / 10 % 10);
  out[kDigits + 6] = static_cast<char>('0' + exp % 10);
  print_bytes(out, sizeof out);
}

void print_c128(double re, double im) {
  print_char('(');
  print_f64(re);
  print_f64(im);
  print_cstr("i)");
}

void print_bool(bool v) {
  print_cstr(v ? "true" : "false");
}

void print_gostring(const uint8_t* data, int64_t len) {
  if (len > 0) print_bytes(data, static_cast<size_t>(len));
}

}  // namespace ergo::rt
