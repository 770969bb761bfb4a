// Equality and hash functions of types (gc's type algorithms), referenced from the `equal` and
// `hasher` slots of type descriptors. abi.h's ERGO_TYPE_ALGS lists them with their symbols;
// docs/abi.md ("GC metadata") says which type gets which.
#pragma once

#include <cstdint>

#include "abi/abi.h"

namespace ergo::rt {

using abi::TypeDescriptor;

#define ERGO_RT_DECLARE_ALG(eqsym, eqname, hashsym, hashname)                           \
  uint8_t eqname(const void* p, const void* q, const TypeDescriptor* t) __asm__(eqsym); \
  uint64_t hashname(const void* p, uint64_t seed, const TypeDescriptor* t) __asm__(hashsym);
ERGO_TYPE_ALGS(ERGO_RT_DECLARE_ALG)
#undef ERGO_RT_DECLARE_ALG

// The bytes at p..p+n hashed with seed (the hash behind memhash* and strhash).
uint64_t hash_bytes(const void* p, uint64_t n, uint64_t seed);

// Values of type t at p and q compared with ==; panics ("comparing uncomparable type T") when
// t has no equality, as gc does for interfaces holding such values.
bool values_equal_by_type(const TypeDescriptor* t, const void* p, const void* q);

// The hash of the value of type t at p; panics ("hash of unhashable type T") when t has none.
uint64_t value_hash_by_type(const TypeDescriptor* t, const void* p, uint64_t seed);

}  // namespace ergo::rt
