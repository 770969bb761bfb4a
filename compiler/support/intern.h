// Interned identifiers: equal names share one copy, so they compare by pointer.
#pragma once

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"

namespace ergo {

class Interner {
 public:
  Interner() : saver_(allocator_) {}
  llvm::StringRef intern(llvm::StringRef s) { return saver_.save(s); }

 private:
  llvm::BumpPtrAllocator allocator_;
  llvm::UniqueStringSaver saver_;
};

}  // namespace ergo
