// Interface comparison. An eface's data word holds the value itself for pointer-shaped kinds
// and points to a copy of it otherwise (abi.h).
#include <cstring>

#include "entries.h"
#include "panic.h"

namespace ergo::rt {

using abi::Kind;

namespace {

bool pointer_shaped(Kind k) {
  return k == Kind::Pointer || k == Kind::UnsafePointer || k == Kind::Map || k == Kind::Chan ||
         k == Kind::Func;
}

// Whether == is defined on values of t; gc panics on the whole type when it is not.
// TODO(types): a struct with an uncomparable field cannot be told apart until descriptors
// list fields; it counts as comparable for now.
bool comparable(const TypeDescriptor* t) {
  while (t->kind == Kind::Array) t = t->elem;
  return t->kind != Kind::Slice && t->kind != Kind::Map && t->kind != Kind::Func;
}

// A runtime error like the others: recover stops it and defers run.
[[noreturn]] void panic_uncomparable(const TypeDescriptor* t) {
  panic_error_string2("comparing uncomparable type ", t->name);
}

bool is_empty_interface(const TypeDescriptor* t) {
  return t->name.len == 12 && memcmp(t->name.data, "interface {}", 12) == 0;
}

bool values_equal(const TypeDescriptor* t, const void* p, const void* q);

bool efaces_equal(const abi::Eface& x, const abi::Eface& y) {
  if (x.type != y.type) return false;
  if (x.type == nullptr) return true;
  if (pointer_shaped(x.type->kind)) return x.data == y.data;
  return values_equal(x.type, x.data, y.data);
}

// Compares two values of type t stored in memory at p and q. The caller has checked that t is
// comparable.
bool values_equal(const TypeDescriptor* t, const void* p, const void* q) {
  switch (t->kind) {
    case Kind::Float32: {
      float a, b;
      memcpy(&a, p, sizeof a);
      memcpy(&b, q, sizeof b);
      return a == b;  // IEEE: NaN != NaN, +0 == -0
    }
    case Kind::Float64: {
      double a, b;
      memcpy(&a, p, sizeof a);
      memcpy(&b, q, sizeof b);
      return a == b;
    }
    case Kind::Complex64: {
      float a[2], b[2];
      memcpy(a, p, sizeof a);
      memcpy(b, q, sizeof b);
      return a[0] == b[0] && a[1] == b[1];
    }
    case Kind::Complex128: {
      double a[2], b[2];
      memcpy(a, p, sizeof a);
      memcpy(b, q, sizeof b);
      return a[0] == b[0] && a[1] == b[1];
    }
    case Kind::String: {
      abi::String a, b;
      memcpy(&a, p, sizeof a);
      memcpy(&b, q, sizeof b);
      return a.len == b.len && memequal(a.data, b.data, a.len) != 0;
    }
    case Kind::Interface: {
      // TODO(abi): a non-empty interface holds an itab, not a type; itabs are not defined yet,
      // so only empty interfaces compare by value and others by their two words.
      abi::Eface a, b;
      memcpy(&a, p, sizeof a);
      memcpy(&b, q, sizeof b);
      if (is_empty_interface(t)) {
        if (a.type == b.type && a.type != nullptr && !comparable(a.type)) {
          panic_uncomparable(a.type);
        }
        return efaces_equal(a, b);
      }
      return a.type == b.type && a.data == b.data;
    }
    case Kind::Array: {
      const uint8_t* a = static_cast<const uint8_t*>(p);
      const uint8_t* b = static_cast<const uint8_t*>(q);
      for (int64_t i = 0; i < t->len; ++i) {
        uint64_t off = static_cast<uint64_t>(i) * t->elem->size;
        if (!values_equal(t->elem, a + off, b + off)) return false;
      }
      return true;
    }
    case Kind::Struct:
      // TODO(types): compare field by field (padding, floats, strings) once descriptors list
      // fields; bytes are right only for pointer-free structs without floats or padding.
      return memcmp(p, q, t->size) == 0;
    default:
      // Booleans, integers, pointers, channels: the bits are the value.
      return memcmp(p, q, t->size) == 0;
  }
}

}  // namespace

// x == y on two interface values: equal dynamic types and equal values. Comparing values of an
// uncomparable dynamic type panics, as in gc.
uint8_t efaceeq(const TypeDescriptor* t1, void* d1, const TypeDescriptor* t2, void* d2) {
  if (t1 != t2) return 0;
  if (t1 == nullptr) return 1;
  if (!comparable(t1)) {
    panic_uncomparable(t1);
  }
  return efaces_equal({t1, d1}, {t2, d2}) ? 1 : 0;
}

}  // namespace ergo::rt
