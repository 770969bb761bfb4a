// Interface comparison. An eface's data word holds the value itself for pointer-shaped kinds
// and points to a copy of it otherwise (abi.h).
#include <cstdlib>
#include <cstring>

#include "alloc.h"
#include "entries.h"
#include "format.h"
#include "panic.h"
#include "typealg.h"
#include "unwinding.h"
#include "writer.h"

namespace ergo::rt {

using abi::Kind;

// x == y on two interface values: equal dynamic types, then the values through the type's
// equal function (typealg.cpp: floats, strings, nested interfaces as Go says). A dynamic type
// without one (slices, maps, funcs and aggregates holding them) panics, as in gc.
uint8_t efaceeq(const TypeDescriptor* t1, void* d1, const TypeDescriptor* t2, void* d2) {
  if (t1 != t2) return 0;
  if (t1 == nullptr) return 1;
  if (t1->equal == nullptr) panic_error_string2("comparing uncomparable type ", t1->name);
  if ((t1->flags & abi::kTypeFlagDirectIface) != 0) return d1 == d2 ? 1 : 0;
  return t1->equal(d1, d2, t1);
}

namespace {

bool strings_equal(const abi::String& a, const abi::String& b) {
  return a.len == b.len && (a.len == 0 || memcmp(a.data, b.data, a.len) == 0);
}

// The code of t's method that matches the interface method m (name and type), or nullptr.
// Method tables are short and sorted; a linear walk is enough for the cache's misses.
const void* find_method(const TypeDescriptor* t, const abi::IMethod& m) {
  const abi::UncommonType* u = t->uncommon;
  if (u == nullptr) return nullptr;
  for (int64_t i = 0; i < u->mcount; ++i) {
    const abi::Method& tm = u->methods[i];
    if (tm.type == m.type && strings_equal(tm.name, m.name)) return tm.ifn;
  }
  return nullptr;
}

const abi::IMethod* interface_methods(const TypeDescriptor* inter) {
  return reinterpret_cast<const abi::IMethod*>(inter->fields);
}

// The itabs built so far, in a small open-addressing table keyed by the pair of descriptors
// (gc's itabTable). Entries are never freed: there are at most (interfaces x types) of them.
struct ItabCache {
  bool locked = false;  // a spin lock: misses are rare and short (no libstdc++ mutex here)
  abi::Itab** slots = nullptr;
  uint64_t size = 0;  // a power of two
  uint64_t count = 0;

  static uint64_t hash(const TypeDescriptor* inter, const TypeDescriptor* t) {
    return (reinterpret_cast<uintptr_t>(inter) >> 3) * 0x9e3779b97f4a7c15ULL ^
           (reinterpret_cast<uintptr_t>(t) >> 3);
  }
  abi::Itab* find(const TypeDescriptor* inter, const TypeDescriptor* t) {
    if (size == 0) return nullptr;
    for (uint64_t i = hash(inter, t) & (size - 1);; i = (i + 1) & (size - 1)) {
      abi::Itab* m = slots[i];
      if (m == nullptr) return nullptr;
      if (m->inter == inter && m->type == t) return m;
    }
  }
  void insert(abi::Itab* m) {
    if ((count + 1) * 4 > size * 3) {
      uint64_t old_size = size;
      abi::Itab** old = slots;
      size = size == 0 ? 64 : size * 2;
      slots = static_cast<abi::Itab**>(calloc(size, sizeof(abi::Itab*)));
      count = 0;
      for (uint64_t i = 0; i < old_size; ++i)
        if (old[i] != nullptr) insert(old[i]);
      free(old);
    }
    uint64_t i = hash(m->inter, m->type) & (size - 1);
    while (slots[i] != nullptr) i = (i + 1) & (size - 1);
    slots[i] = m;
    ++count;
  }
};

ItabCache itab_cache_;

struct ItabCacheLock {
  ItabCache& c;
  explicit ItabCacheLock(ItabCache& cache) : c(cache) {
    while (__atomic_test_and_set(&c.locked, __ATOMIC_ACQUIRE)) {
    }
  }
  ~ItabCacheLock() { __atomic_clear(&c.locked, __ATOMIC_RELEASE); }
};

// Builds (or finds) the itab of (inter, t); nullptr when t lacks a method, with the first
// missing one's name in *missing.
abi::Itab* lookup_itab(const TypeDescriptor* inter, const TypeDescriptor* t, abi::String* missing) {
  ItabCache& cache = itab_cache_;
  ItabCacheLock lock(cache);
  if (abi::Itab* m = cache.find(inter, t)) return m;
  const abi::IMethod* ims = interface_methods(inter);
  int64_t n = inter->len;
  // Failed lookups are not cached: they panic or take the comma-ok path, both rare.
  for (int64_t i = 0; i < n; ++i) {
    if (find_method(t, ims[i]) == nullptr) {
      if (missing != nullptr) *missing = ims[i].name;
      return nullptr;
    }
  }
  size_t bytes = sizeof(abi::Itab) + sizeof(void*) * (n > 1 ? n - 1 : 0);
  auto* m = static_cast<abi::Itab*>(calloc(1, bytes));  // lives as long as the program
  m->inter = inter;
  m->type = t;
  m->hash = t->hash;
  for (int64_t i = 0; i < n; ++i) m->fun[i] = find_method(t, ims[i]);
  cache.insert(m);
  return m;
}

}  // namespace

// The itab of (inter, t), or nil when t is nil or lacks one of inter's methods: converting an
// interface to another, and v, ok := x.(I).
abi::Itab* getitab(const TypeDescriptor* inter, const TypeDescriptor* t) {
  if (t == nullptr) return nullptr;
  return lookup_itab(inter, t, nullptr);
}

// x.(I): the itab, or the panic gc raises ("interface conversion: interface is nil, not
// main.I", "interface conversion: main.T is not main.I: missing method M").
abi::Itab* assertE2I(const TypeDescriptor* inter, const TypeDescriptor* t) {
  abi::String missing{};
  abi::Itab* m = t == nullptr ? nullptr : lookup_itab(inter, t, &missing);
  if (m != nullptr) return m;
  auto* e = static_cast<TypeAssertionError*>(
      alloc_object(&kTypeAssertionType, sizeof(TypeAssertionError)));
  *e = TypeAssertionError{nullptr, t, inter, missing};
  raise_panic(&kTypeAssertionPtrType, e, PanicSource::Runtime);
}

namespace {
// The code of t's method `name` when its type is func() string, or nullptr.
const void* string_method(const TypeDescriptor* t, const char* name) {
  const abi::UncommonType* u = t->uncommon;
  if (u == nullptr) return nullptr;
  size_t n = strlen(name);
  for (int64_t i = 0; i < u->mcount; ++i) {
    const abi::Method& m = u->methods[i];
    if (m.name.len != static_cast<int64_t>(n) || memcmp(m.name.data, name, n) != 0) continue;
    const TypeDescriptor* ft = m.type;
    if (ft == nullptr || ft->name.len != 13 || memcmp(ft->name.data, "func() string", 13) != 0)
      return nullptr;
    return m.ifn;
  }
  return nullptr;
}
}  // namespace

bool print_panic_text(const TypeDescriptor* type, void* data) {
  if (type == nullptr) return false;
  const void* code = string_method(type, "Error");
  if (code == nullptr) code = string_method(type, "String");
  if (code == nullptr) return false;
  // Go code called with the interface's data word as its receiver; a string comes back in
  // two registers, as a C++ function returning abi::String (docs/abi.md).
  using StringMethod = abi::String (*)(void*);
  abi::String s = reinterpret_cast<StringMethod>(const_cast<void*>(code))(data);
  print_gostring(s.data, s.len);
  return true;
}

// "interface conversion: main.T is not main.I: missing method M".
void print_missing_method_message(const TypeDescriptor* have, const TypeDescriptor* want,
                                  abi::String missing) {
  print_cstr("interface conversion: ");
  print_gostring(have->name.data, have->name.len);
  print_cstr(" is not ");
  print_gostring(want->name.data, want->name.len);
  print_cstr(": missing method ");
  print_gostring(missing.data, missing.len);
}

}  // namespace ergo::rt
