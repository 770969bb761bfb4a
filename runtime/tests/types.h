// Hand-built type descriptors, as the compiler would emit them.
#pragma once

#include <cstring>

#include "abi/abi.h"
#include "typealg.h"

namespace ergo::rt::testing {

// The equality function the compiler picks for a descriptor of this kind (docs/abi.md): nil for
// the uncomparable kinds; callers set fields and RegularMemory themselves where it matters.
inline abi::EqualFn default_equal(abi::Kind kind, const char* name) {
  using abi::Kind;
  switch (kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      return nullptr;
    case Kind::Float32:
      return f32equal;
    case Kind::Float64:
      return f64equal;
    case Kind::Complex64:
      return c64equal;
    case Kind::Complex128:
      return c128equal;
    case Kind::String:
      return strequal;
    case Kind::Interface:
      return strcmp(name, "interface {}") == 0 ? nilinterequal : interequal;
    case Kind::Array:
      return arrayequal;
    case Kind::Struct:
      return structequal;
    default:
      return memequal_varlen;
  }
}

inline abi::TypeDescriptor make_type(const char* name, abi::Kind kind, uint64_t size,
                                     const abi::TypeDescriptor* elem = nullptr, int64_t len = 0) {
  abi::TypeDescriptor t{};
  t.size = size;
  t.align = static_cast<uint8_t>(size >= 8 ? 8 : (size == 0 ? 1 : size));
  t.kind = kind;
  t.name = abi::String{reinterpret_cast<const uint8_t*>(name), static_cast<int64_t>(strlen(name))};
  t.elem = elem;
  t.len = len;
  t.equal = default_equal(kind, name);
  if (kind == abi::Kind::Pointer || kind == abi::Kind::UnsafePointer || kind == abi::Kind::Map ||
      kind == abi::Kind::Chan || kind == abi::Kind::Func) {
    t.flags |= abi::kTypeFlagDirectIface;
  }
  return t;
}

}  // namespace ergo::rt::testing
