// gc 1.19's malloc size classes: append, []byte(s) and friends round their allocations up to
// a class size, and user code sees the result through cap().
#pragma once

#include <cstdint>

namespace ergo::rt {

inline constexpr uint64_t kMaxSmallSize = 32768;  // largest size-classed object
inline constexpr uint64_t kPageSize = 8192;       // larger objects round up to whole pages

// The allocation size gc would use for a request of `size` bytes (gc's roundupsize).
uint64_t round_up_size(uint64_t size);

}  // namespace ergo::rt
