// The size limits gc's back end puts on types (its types.CalcSize), which its front end
// does not check: a channel element of 64 kB or more, an array past the address space. They
// are reported as gc reports them, after the type checker's own errors (backEndErrors_).
#include "types/check_internal.h"

namespace ergo::types {

namespace {

// gc's MaxWidth on the 64-bit targets ergo supports (amd64 and arm64).
constexpr int64_t kMaxWidth = int64_t(1) << 50;

struct Layout {
  int64_t size = 0;
  int64_t align = 1;
  bool known = true;
};

int64_t alignUp(int64_t n, int64_t a) {
  return (n + a - 1) / a * a;
}

// Sizes as gc lays values out on a 64-bit target; sizes saturate at kMaxWidth.
Layout layoutOf(Type* t, int depth) {
  Layout l;
  if (!t || depth > 64) return {0, 1, false};
  switch (t->kind) {
    case TypeKind::Named: {
      auto* n = llvm::cast<Named>(t);
      return n->underlying && !llvm::isa<Named>(n->underlying) ? layoutOf(n->underlying, depth + 1)
                                                               : Layout{0, 1, false};
    }
    case TypeKind::Basic:
      switch (llvm::cast<Basic>(t)->basic) {
        case BasicKind::Bool:
        case BasicKind::Int8:
        case BasicKind::Uint8:
          return {1, 1};
        case BasicKind::Int16:
        case BasicKind::Uint16:
          return {2, 2};
        case BasicKind::Int32:
        case BasicKind::Uint32:
        case BasicKind::Float32:
          return {4, 4};
        case BasicKind::Complex64:
          return {8, 4};
        case BasicKind::Complex128:
          return {16, 8};
        case BasicKind::String:
          return {16, 8};
        case BasicKind::Invalid:
          return {0, 1, false};
        default:
          return {8, 8};
      }
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
      return {8, 8};
    case TypeKind::Slice:
      return {24, 8};
    case TypeKind::Interface:
      return {16, 8};
    case TypeKind::Array: {
      auto* a = llvm::cast<Array>(t);
      Layout e = layoutOf(a->elem, depth + 1);
      if (!e.known) return e;
      l.align = e.align;
      l.size = e.size == 0 ? 0 : a->len > kMaxWidth / e.size ? kMaxWidth : a->len * e.size;
      return l;
    }
    case TypeKind::Struct: {
      for (const Field& f : llvm::cast<Struct>(t)->fields) {
        Layout fl = layoutOf(f.type, depth + 1);
        if (!fl.known) return fl;
        l.align = std::max(l.align, fl.align);
        l.size = std::min(alignUp(l.size, fl.align) + fl.size, kMaxWidth);
      }
      l.size = alignUp(l.size, l.align);
      return l;
    }
    default:
      return {0, 1, false};
  }
}

}  // namespace

void Checker::checkChanElemSize(Pos pos, Type* elem) {
  Layout l = layoutOf(elem, 0);
  if (l.known && l.size >= (int64_t(1) << 16))
    backEndErrors_.push_back({pos, "channel element type too large (>64kB)"});
}

void Checker::checkArraySize(Pos pos, Array* a) {
  Layout e = layoutOf(a->elem, 0);
  if (!e.known || e.size == 0) return;
  if (a->len > (kMaxWidth - 1) / e.size)
    backEndErrors_.push_back({pos, fmt::format("type {} larger than address space", typeStr(a))});
}

}  // namespace ergo::types
