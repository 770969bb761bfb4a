// The equality and hash functions that type descriptors point to (typealg.h). They receive
// the descriptor, so sizes, array elements and struct fields come from it.
#include "typealg.h"

#include <cstring>

#include "entries.h"
#include "panic.h"

namespace ergo::rt {

using abi::Kind;

namespace {

template <typename T>
T load(const void* p) {
  T v;
  memcpy(&v, p, sizeof v);
  return v;
}

// A 64x64 -> 128-bit multiply folded to 64 bits: every input bit reaches every output bit.
uint64_t fold_multiply(uint64_t a, uint64_t b) {
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

constexpr uint64_t kMix1 = 0x9e3779b97f4a7c15u;  // 2^64 / golden ratio
constexpr uint64_t kMix2 = 0xc2b2ae3d27d4eb4fu;  // an odd constant with mixed bits

// NaN != NaN, so every NaN key must hash differently (gc uses a random hash for NaN).
uint64_t nan_hash(uint64_t seed) {
  static uint64_t counter = 0;
  uint64_t n = __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED);
  return fold_multiply(seed ^ n, kMix1);
}

uint64_t float_hash(double v, uint64_t seed) {
  if (v != v) return nan_hash(seed);
  if (v == 0) v = 0;  // +0 and -0 are equal, so they hash alike
  uint64_t bits = load<uint64_t>(&v);
  return hash_bytes(&bits, 8, seed);
}

// A runtime error that unwinds like the others (recover stops it).
[[noreturn]] void panic_type_message(const char* what, const TypeDescriptor* t) {
  panic_error_string2(what, t->name);
}

bool direct_iface(const TypeDescriptor* t) {
  return (t->flags & abi::kTypeFlagDirectIface) != 0;
}

// Two interface values {type, data}: equal types, then equal values of that type.
// {type, data} words (interfaces with methods convert their itab first: interequal).
bool iface_words_equal(const void* p, const void* q) {
  abi::Eface a = load<abi::Eface>(p), b = load<abi::Eface>(q);
  if (a.type != b.type) return false;
  if (a.type == nullptr) return true;
  if (direct_iface(a.type)) return a.data == b.data;
  return values_equal_by_type(a.type, a.data, b.data);
}

uint64_t iface_words_hash(const void* p, uint64_t seed) {
  abi::Eface a = load<abi::Eface>(p);
  if (a.type == nullptr) return fold_multiply(seed, kMix2);
  const void* value = direct_iface(a.type) ? static_cast<const void*>(&a.data) : a.data;
  return fold_multiply(value_hash_by_type(a.type, value, seed ^ a.type->hash), kMix2);
}

}  // namespace

uint64_t hash_bytes(const void* p, uint64_t n, uint64_t seed) {
  const uint8_t* b = static_cast<const uint8_t*>(p);
  uint64_t h = seed ^ fold_multiply(n, kMix1);
  for (; n >= 8; n -= 8, b += 8) h = fold_multiply(h ^ load<uint64_t>(b), kMix2);
  if (n > 0) {
    uint64_t tail = 0;
    memcpy(&tail, b, n);
    h = fold_multiply(h ^ tail ^ (n << 59), kMix2);
  }
  return fold_multiply(h, kMix1);
}

bool values_equal_by_type(const TypeDescriptor* t, const void* p, const void* q) {
  if (t->equal == nullptr) panic_type_message("comparing uncomparable type ", t);
  return t->equal(p, q, t) != 0;
}

uint64_t value_hash_by_type(const TypeDescriptor* t, const void* p, uint64_t seed) {
  if (t->hasher == nullptr) panic_type_message("hash of unhashable type ", t);
  return t->hasher(p, seed, t);
}

// ---- plain memory ----

uint8_t memequal0(const void*, const void*, const TypeDescriptor*) {
  return 1;
}
uint8_t memequal8(const void* p, const void* q, const TypeDescriptor*) {
  return load<uint8_t>(p) == load<uint8_t>(q);
}
uint8_t memequal16(const void* p, const void* q, const TypeDescriptor*) {
  return load<uint16_t>(p) == load<uint16_t>(q);
}
uint8_t memequal32(const void* p, const void* q, const TypeDescriptor*) {
  return load<uint32_t>(p) == load<uint32_t>(q);
}
uint8_t memequal64(const void* p, const void* q, const TypeDescriptor*) {
  return load<uint64_t>(p) == load<uint64_t>(q);
}
uint8_t memequal128(const void* p, const void* q, const TypeDescriptor*) {
  return memcmp(p, q, 16) == 0;
}
uint8_t memequal_varlen(const void* p, const void* q, const TypeDescriptor* t) {
  return p == q || memcmp(p, q, t->size) == 0;
}

uint64_t memhash0(const void*, uint64_t seed, const TypeDescriptor*) {
  return fold_multiply(seed, kMix1);
}
uint64_t memhash8(const void* p, uint64_t seed, const TypeDescriptor*) {
  return hash_bytes(p, 1, seed);
}
uint64_t memhash16(const void* p, uint64_t seed, const TypeDescriptor*) {
  return hash_bytes(p, 2, seed);
}
uint64_t memhash32(const void* p, uint64_t seed, const TypeDescriptor*) {
  return hash_bytes(p, 4, seed);
}
uint64_t memhash64(const void* p, uint64_t seed, const TypeDescriptor*) {
  return hash_bytes(p, 8, seed);
}
uint64_t memhash128(const void* p, uint64_t seed, const TypeDescriptor*) {
  return hash_bytes(p, 16, seed);
}
uint64_t memhash_varlen(const void* p, uint64_t seed, const TypeDescriptor* t) {
  return hash_bytes(p, t->size, seed);
}

// ---- floats and complex numbers: IEEE equality ----

uint8_t f32equal(const void* p, const void* q, const TypeDescriptor*) {
  return load<float>(p) == load<float>(q);
}
uint8_t f64equal(const void* p, const void* q, const TypeDescriptor*) {
  return load<double>(p) == load<double>(q);
}
uint8_t c64equal(const void* p, const void* q, const TypeDescriptor*) {
  const float* a = static_cast<const float*>(p);
  const float* b = static_cast<const float*>(q);
  return load<float>(a) == load<float>(b) && load<float>(a + 1) == load<float>(b + 1);
}
uint8_t c128equal(const void* p, const void* q, const TypeDescriptor*) {
  const double* a = static_cast<const double*>(p);
  const double* b = static_cast<const double*>(q);
  return load<double>(a) == load<double>(b) && load<double>(a + 1) == load<double>(b + 1);
}

uint64_t f32hash(const void* p, uint64_t seed, const TypeDescriptor*) {
  return float_hash(load<float>(p), seed);
}
uint64_t f64hash(const void* p, uint64_t seed, const TypeDescriptor*) {
  return float_hash(load<double>(p), seed);
}
uint64_t c64hash(const void* p, uint64_t seed, const TypeDescriptor*) {
  const float* a = static_cast<const float*>(p);
  return float_hash(load<float>(a + 1), float_hash(load<float>(a), seed));
}
uint64_t c128hash(const void* p, uint64_t seed, const TypeDescriptor*) {
  const double* a = static_cast<const double*>(p);
  return float_hash(load<double>(a + 1), float_hash(load<double>(a), seed));
}

// ---- strings and interfaces ----

uint8_t strequal(const void* p, const void* q, const TypeDescriptor*) {
  abi::String a = load<abi::String>(p), b = load<abi::String>(q);
  if (a.len != b.len) return 0;
  return a.data == b.data || a.len == 0 || memcmp(a.data, b.data, static_cast<size_t>(a.len)) == 0;
}
uint64_t strhash(const void* p, uint64_t seed, const TypeDescriptor*) {
  abi::String a = load<abi::String>(p);
  return hash_bytes(a.data, static_cast<uint64_t>(a.len), seed);
}

uint8_t nilinterequal(const void* p, const void* q, const TypeDescriptor*) {
  return iface_words_equal(p, q);
}
uint64_t nilinterhash(const void* p, uint64_t seed, const TypeDescriptor*) {
  return iface_words_hash(p, seed);
}
// A non-empty interface's first word is an itab: compare and hash as {dynamic type, data}.
namespace {
abi::Eface iface_as_eface(const void* p) {
  abi::Eface e = load<abi::Eface>(p);
  if (e.type != nullptr) e.type = reinterpret_cast<const abi::Itab*>(e.type)->type;
  return e;
}
}  // namespace
uint8_t interequal(const void* p, const void* q, const TypeDescriptor*) {
  abi::Eface a = iface_as_eface(p), b = iface_as_eface(q);
  return iface_words_equal(&a, &b);
}
uint64_t interhash(const void* p, uint64_t seed, const TypeDescriptor*) {
  abi::Eface a = iface_as_eface(p);
  return iface_words_hash(&a, seed);
}

// ---- arrays and structs that are not plain memory ----

uint8_t arrayequal(const void* p, const void* q, const TypeDescriptor* t) {
  const uint8_t* a = static_cast<const uint8_t*>(p);
  const uint8_t* b = static_cast<const uint8_t*>(q);
  const TypeDescriptor* e = t->elem;
  for (int64_t i = 0; i < t->len; ++i) {
    uint64_t off = static_cast<uint64_t>(i) * e->size;
    if (!e->equal(a + off, b + off, e)) return 0;
  }
  return 1;
}
uint64_t arrayhash(const void* p, uint64_t seed, const TypeDescriptor* t) {
  const uint8_t* a = static_cast<const uint8_t*>(p);
  const TypeDescriptor* e = t->elem;
  for (int64_t i = 0; i < t->len; ++i)
    seed = e->hasher(a + static_cast<uint64_t>(i) * e->size, seed, e);
  return seed;
}

namespace {
bool blank(const abi::StructField& f) {
  return f.name.len == 1 && f.name.data[0] == '_';
}
}  // namespace

uint8_t structequal(const void* p, const void* q, const TypeDescriptor* t) {
  const uint8_t* a = static_cast<const uint8_t*>(p);
  const uint8_t* b = static_cast<const uint8_t*>(q);
  for (int64_t i = 0; i < t->len; ++i) {
    const abi::StructField& f = t->fields[i];
    if (blank(f)) continue;
    if (!f.type->equal(a + f.offset, b + f.offset, f.type)) return 0;
  }
  return 1;
}
uint64_t structhash(const void* p, uint64_t seed, const TypeDescriptor* t) {
  const uint8_t* a = static_cast<const uint8_t*>(p);
  for (int64_t i = 0; i < t->len; ++i) {
    const abi::StructField& f = t->fields[i];
    if (!blank(f)) seed = f.type->hasher(a + f.offset, seed, f.type);
  }
  return seed;
}

// The entry behind == on structs and arrays whose bytes are not their value (generated code
// compares plain memory with memequal itself).
uint8_t typedequal(const TypeDescriptor* t, const void* p, const void* q) {
  return values_equal_by_type(t, p, q) ? 1 : 0;
}

}  // namespace ergo::rt
