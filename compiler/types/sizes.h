// Sizes, alignments and field offsets of types as gc lays them out on ergo's targets (amd64
// and arm64, both 64-bit): the values of unsafe.Sizeof, Alignof and Offsetof. One source of
// truth, meant for the lowering's layouts as well.
#pragma once

#include <cstdint>
#include <vector>

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "types/type.h"

namespace ergo::types {

class Sizes {
 public:
  static constexpr int64_t kWordSize = 8;  // pointers, int, uintptr
  static constexpr int64_t kMaxAlign = 8;  // no type is aligned more strictly

  int64_t sizeOf(Type* t);
  int64_t alignOf(Type* t);
  // The offset of each field of s, in order.
  std::vector<int64_t> offsetsOf(Struct* s);

 private:
  struct Layout {
    int64_t size, align;
  };
  Layout layout(Type* t);
  Layout compute(Type* t);
  llvm::DenseMap<Type*, Layout> cache_;
  // Types being laid out: an invalid recursive type (reported elsewhere) must not recurse
  // forever.
  llvm::SmallPtrSet<Type*, 8> active_;
};

// Whether t's size depends on a type parameter (then Sizeof and friends are not constant).
bool hasVarSize(Type* t);

}  // namespace ergo::types
