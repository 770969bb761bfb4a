#include "sizeclass.h"

#include <array>

namespace ergo::rt {

namespace {

// Object sizes of gc 1.19's 67 size classes (class 0 stands for "no class"), from
// runtime/sizeclasses.go. Every size above 1024 is a multiple of 128, every size a multiple of 8.
constexpr uint16_t kClassSize[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,  160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,  512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304, 2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr int kNumClasses = sizeof kClassSize / sizeof kClassSize[0];
static_assert(kNumClasses == 68 && kClassSize[kNumClasses - 1] == kMaxSmallSize);

// Two lookup tables make rounding O(1): sizes up to 1024 in steps of 8, and sizes from 1024 to
// 32768 in steps of 128. Both are derived here from kClassSize at compile time.
constexpr uint64_t kSmallMax = 1024;
constexpr uint64_t kSmallStep = 8;
constexpr uint64_t kLargeStep = 128;

constexpr uint8_t smallest_class_at_least(uint64_t size) {
  int c = 0;
  while (kClassSize[c] < size) ++c;
  return static_cast<uint8_t>(c);
}

constexpr auto kSmallClass = [] {
  std::array<uint8_t, kSmallMax / kSmallStep + 1> t{};
  for (uint64_t i = 0; i < t.size(); ++i) t[i] = smallest_class_at_least(i * kSmallStep);
  return t;
}();

constexpr auto kLargeClass = [] {
  std::array<uint8_t, (kMaxSmallSize - kSmallMax) / kLargeStep + 1> t{};
  for (uint64_t i = 0; i < t.size(); ++i) {
    t[i] = smallest_class_at_least(kSmallMax + i * kLargeStep);
  }
  return t;
}();

}  // namespace

uint64_t round_up_size(uint64_t size) {
  if (size < kMaxSmallSize) {
    // Up to 1016 the 8-byte table is exact; 1017..1023 round to the 1024 class via the other.
    if (size <= kSmallMax - kSmallStep) {
      return kClassSize[kSmallClass[(size + kSmallStep - 1) / kSmallStep]];
    }
    return kClassSize[kLargeClass[(size + kLargeStep - 1 - kSmallMax) / kLargeStep]];
  }
  if (size + kPageSize < size) return size;  // would overflow: leave it to the caller's check
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

}  // namespace ergo::rt
