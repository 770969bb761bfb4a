// UTF-8 encoding for string(rune) and, later, range over strings.
#pragma once

#include <cstdint>

namespace ergo::rt {

inline constexpr int32_t kRuneError = 0xFFFD;
inline constexpr int kUTFMax = 4;

// Writes the UTF-8 encoding of r to out and returns its length (1..4). Values that are not
// Unicode scalar values (negative, surrogates, above U+10FFFF) encode U+FFFD.
int encode_rune(int64_t r, uint8_t out[kUTFMax]);

}  // namespace ergo::rt
