// gc's layout rules (64-bit targets): every size is a multiple of the alignment, an array is
// its element's size times its length, and a struct whose last field has size zero (but not
// the struct) gets one byte more so that a pointer to that field stays inside the object.
#include "types/sizes.h"

#include <algorithm>
#include <functional>

#include "types/object.h"

namespace ergo::types {

namespace {

int64_t roundUp(int64_t n, int64_t a) {
  return (n + a - 1) / a * a;
}

// Sizes overflow only for absurd arrays, which gc rejects later; saturate instead of
// wrapping.
int64_t mulSat(int64_t a, int64_t b) {
  int64_t r;
  return __builtin_mul_overflow(a, b, &r) ? INT64_MAX : r;
}
int64_t addSat(int64_t a, int64_t b) {
  int64_t r;
  return __builtin_add_overflow(a, b, &r) ? INT64_MAX : r;
}

int64_t basicSize(BasicKind k) {
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::Int8:
    case BasicKind::Uint8:
      return 1;
    case BasicKind::Int16:
    case BasicKind::Uint16:
      return 2;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32:
      return 4;
    case BasicKind::Int64:
    case BasicKind::Uint64:
    case BasicKind::Float64:
    case BasicKind::Complex64:
      return 8;
    case BasicKind::Complex128:
      return 16;
    case BasicKind::String:
      return 2 * Sizes::kWordSize;
    case BasicKind::Int:
    case BasicKind::Uint:
    case BasicKind::Uintptr:
    case BasicKind::UnsafePointer:
      return Sizes::kWordSize;
    default:
      return 1;  // invalid and untyped types (never asked for after a clean check)
  }
}

// sync/atomic's align64 (and the runtime's copy of it): an empty struct that makes the struct
// holding it 8-byte aligned.
bool isAlign64Marker(Type* t) {
  auto* n = llvm::dyn_cast<Named>(t);
  if (!n || !n->obj || n->obj->name != "align64" || !n->obj->pkg) return false;
  const std::string& path = n->obj->pkg->path;
  return path == "sync/atomic" || path == "runtime/internal/atomic";
}

}  // namespace

int64_t Sizes::sizeOf(Type* t) {
  return layout(t).size;
}

int64_t Sizes::alignOf(Type* t) {
  return layout(t).align;
}

std::vector<int64_t> Sizes::offsetsOf(Struct* s) {
  std::vector<int64_t> offsets;
  offsets.reserve(s->fields.size());
  int64_t off = 0;
  for (const Field& f : s->fields) {
    Layout l = layout(f.type);
    off = roundUp(off, l.align);
    offsets.push_back(off);
    off = addSat(off, l.size);
  }
  return offsets;
}

Sizes::Layout Sizes::layout(Type* t) {
  if (auto it = cache_.find(t); it != cache_.end()) return it->second;
  if (!t || !active_.insert(t).second) return {0, 1};
  Layout l = compute(t);
  active_.erase(t);
  cache_[t] = l;
  return l;
}

Sizes::Layout Sizes::compute(Type* t) {
  Type* u = underlying(t);
  if (!u) return {0, 1};
  switch (u->kind) {
    case TypeKind::Basic: {
      auto k = llvm::cast<Basic>(u)->basic;
      int64_t size = basicSize(k);
      int64_t align = size;
      if (k == BasicKind::String) align = kWordSize;
      // Complex numbers are aligned as their two parts.
      if (k == BasicKind::Complex64 || k == BasicKind::Complex128) align = size / 2;
      return {size, std::min(align, kMaxAlign)};
    }
    case TypeKind::Array: {
      auto* a = llvm::cast<Array>(u);
      Layout e = layout(a->elem);
      return {a->len <= 0 ? 0 : mulSat(e.size, a->len), e.align};
    }
    case TypeKind::Slice:
      return {3 * kWordSize, kWordSize};
    case TypeKind::Interface:
      return {2 * kWordSize, kWordSize};
    case TypeKind::Struct: {
      auto* s = llvm::cast<Struct>(u);
      if (s->fields.empty()) return {0, isAlign64Marker(t) ? 8 : 1};
      int64_t align = 1;
      for (const Field& f : s->fields) align = std::max(align, layout(f.type).align);
      std::vector<int64_t> offsets = offsetsOf(s);
      int64_t lastOff = offsets.back();
      int64_t last = layout(s->fields.back().type).size;
      if (last == 0 && lastOff > 0) last = 1;
      return {roundUp(addSat(lastOff, last), align), align};
    }
    case TypeKind::TypeParam:  // no layout of its own; callers check hasVarSize first
    default:                   // pointers, maps, channels, functions
      return {kWordSize, kWordSize};
  }
}

bool hasVarSize(Type* t) {
  llvm::SmallPtrSet<Type*, 8> seen;
  std::function<bool(Type*)> walk = [&](Type* t) -> bool {
    if (!t || !seen.insert(t).second) return false;
    if (llvm::isa<TypeParam>(t)) return true;
    Type* u = underlying(t);
    if (auto* a = llvm::dyn_cast_or_null<Array>(u)) return walk(a->elem);
    if (auto* s = llvm::dyn_cast_or_null<Struct>(u)) {
      for (const Field& f : s->fields)
        if (walk(f.type)) return true;
    }
    return false;
  };
  return walk(t);
}

}  // namespace ergo::types
