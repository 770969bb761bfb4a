// Interned identifiers: equal names share one copy and one 32-bit `Name`, so they compare
// by id (or, as StringRefs, by pointer). Name 0 is the empty string.
#pragma once

#include <cstdint>
#include <vector>

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"

namespace ergo {

struct Name {
  uint32_t id = 0;
  explicit operator bool() const { return id != 0; }
  friend bool operator==(Name a, Name b) = default;
};

class Interner {
 public:
  Interner() { spellings_.push_back(""); }
  Interner(const Interner&) = delete;
  Interner& operator=(const Interner&) = delete;

  Name name(llvm::StringRef s) {
    if (s.empty()) return Name{};
    auto [it, inserted] = ids_.try_emplace(s, static_cast<uint32_t>(spellings_.size()));
    if (inserted) spellings_.push_back(it->getKey());
    return Name{it->getValue()};
  }
  llvm::StringRef str(Name n) const { return spellings_[n.id]; }
  // The stable spelling of s (the same StringRef data for equal strings).
  llvm::StringRef intern(llvm::StringRef s) { return str(name(s)); }

 private:
  llvm::StringMap<uint32_t, llvm::BumpPtrAllocator> ids_;
  std::vector<llvm::StringRef> spellings_;  // by id; points into ids_'s keys
};

}  // namespace ergo
