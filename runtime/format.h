// Value formatting shared by print and panic, in gc's print spellings. Each appends to the
// print buffer; the caller holds the print lock.
#pragma once

#include <cstdint>

namespace ergo::rt {

void print_i64(int64_t v);
void print_u64(uint64_t v);
void print_hex(uint64_t v);  // "0x" and lowercase digits, at least one: 0x0, 0xc000010018
void print_f64(double v);    // gc's fixed shape: +1.500000e+000, NaN, +Inf, -Inf
void print_c128(double re, double im);  // (+1.000000e+000+2.000000e+000i)
void print_bool(bool v);
void print_gostring(const uint8_t* data, int64_t len);

}  // namespace ergo::rt
