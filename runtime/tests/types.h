// Hand-built type descriptors, as the compiler would emit them.
#pragma once

#include <cstring>

#include "abi/abi.h"

namespace ergo::rt::testing {

inline abi::TypeDescriptor make_type(const char* name, abi::Kind kind, uint64_t size,
                                     const abi::TypeDescriptor* elem = nullptr, int64_t len = 0) {
  abi::TypeDescriptor t{};
  t.size = size;
  t.align = static_cast<uint8_t>(size >= 8 ? 8 : (size == 0 ? 1 : size));
  t.kind = kind;
  t.name = abi::String{reinterpret_cast<const uint8_t*>(name), static_cast<int64_t>(strlen(name))};
  t.elem = elem;
  t.len = len;
  return t;
}

}  // namespace ergo::rt::testing
