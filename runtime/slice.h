// Slice growth, shared by growslice and the tests.
#pragma once

#include <cstdint>

namespace ergo::rt {

struct Growth {
  int64_t cap;        // the new capacity in elements
  uint64_t bytes;     // the allocation size: cap * elem_size, rounded up to a size class
  bool out_of_range;  // the request exceeds what gc can allocate
};

// gc 1.19's append growth for a slice of capacity old_cap that must hold new_len elements of
// elem_size (> 0) bytes.
Growth grow_capacity(uint64_t elem_size, int64_t old_cap, int64_t new_len);

}  // namespace ergo::rt
