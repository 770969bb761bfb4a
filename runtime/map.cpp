// Go maps (map.h). The table is open addressing over groups of 8 slots: a lookup hashes the
// key once, picks a group from the low bits and compares the 8 control bytes of the group at
// once (SWAR on one 64-bit word) against 7 high bits of the hash; it probes further groups
// (triangular steps, which visit every group of a power-of-two table) until a group with an
// empty slot. A slot is the compiler's struct { key K; elem V } (MapType::slot), so a key and
// its element share cache lines, and the slots array is one typed allocation the collector
// scans with the slot type's bitmap.
//
// Entries never move except when the table is rebuilt into new arrays (growth, or to drop
// tombstones), and a rebuilt table's old arrays are left untouched: an iterator keeps walking
// the arrays it started on and, once the map has moved on, looks each key up in the current
// table to skip deleted entries and to see current elements (gc does the same for buckets
// not yet evacuated). Those guarantees are the spec's: every entry present for the whole
// iteration is produced once, a deleted one not yet reached is not produced, a new one may
// or may not be.
#include "map.h"

#include <sys/auxv.h>

#include <algorithm>
#include <cstring>

#include "alloc.h"
#include "entries.h"
#include "panic.h"
#include "typealg.h"
#include "writebarrier.h"

namespace ergo::rt {

using abi::Kind;
using abi::MapType;

namespace {

// Control bytes: empty (never used since the last rebuild), deleted (a tombstone), or full:
// 0x80 | the hash's top 7 bits. Zeroed memory is an empty table.
constexpr uint8_t kEmpty = 0x00;
constexpr uint8_t kDeleted = 0x01;
constexpr uint64_t kGroupSlots = 8;
constexpr uint64_t kLowBits = 0x0101010101010101u;
constexpr uint64_t kHighBits = 0x8080808080808080u;

bool is_full(uint8_t c) {
  return (c & 0x80) != 0;
}

uint8_t control_byte(uint64_t hash) {
  return static_cast<uint8_t>(0x80 | (hash >> 57));
}

// The most slots a table may fill (counting tombstones) before it is rebuilt: 7/8.
uint64_t capacity(uint64_t slots) {
  return slots - slots / 8;
}

uint64_t load_group(const uint8_t* ctrl, uint64_t group) {
  uint64_t w;
  memcpy(&w, ctrl + group * kGroupSlots, 8);
  return w;  // little-endian on both targets: slot i of the group is byte i
}

// Bytes of w equal to b, as high bits. May also flag a byte just above a true match (the
// borrow of the subtraction): callers check the control byte itself.
uint64_t match_byte(uint64_t w, uint8_t b) {
  uint64_t x = w ^ (kLowBits * b);
  return (x - kLowBits) & ~x & kHighBits;
}

bool has_empty(uint64_t w) {
  return match_byte(w, kEmpty) != 0;  // exact as a yes/no answer
}

// Empty or deleted slots, as high bits (exact).
uint64_t free_slots(uint64_t w) {
  return ~w & kHighBits;
}

unsigned lowest_slot(uint64_t bits) {
  return static_cast<unsigned>(__builtin_ctzll(bits)) / 8;
}

// The groups a hash probes: its home group, then triangular steps.
struct Probe {
  uint64_t group;
  uint64_t group_mask;
  uint64_t stride = 0;
  Probe(uint64_t hash, uint64_t slot_mask)
      : group(hash & (slot_mask >> 3)), group_mask(slot_mask >> 3) {}
  void next() {
    ++stride;
    group = (group + stride) & group_mask;
  }
};

uint64_t slot_size(const MapType* t) {
  return t->slot->size;
}
uint8_t* key_at(const Map* m, uint64_t slot) {
  return m->slots + slot * slot_size(m->type);
}
uint8_t* elem_at(const Map* m, uint64_t slot) {
  return key_at(m, slot) + m->type->elem_offset;
}

// Every copy of a key or element inside the map. The concurrent collector's write barrier
// goes here (the type says which words are pointers).
void copy_value(const abi::TypeDescriptor* t, void* dst, const void* src) {
  typed_memmove(t, dst, src);  // the write-barrier hook (writebarrier.h)
}

uint64_t hash_key(const Map* m, const void* key) {
  const abi::TypeDescriptor* k = m->type->key;
  return k->hasher(key, m->seed, k);
}

bool keys_equal(const abi::TypeDescriptor* k, const void* a, const void* b) {
  if (k->equal == &memequal64) return memcmp(a, b, 8) == 0;  // int keys: no indirect call
  if (k->equal == &strequal) {  // string keys: lengths first, then the bytes unless shared
    abi::String x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    if (x.len != y.len) return false;
    if (x.data == y.data || x.len == 0) return true;
    if (x.len > 16) return memcmp(x.data, y.data, x.len) == 0;
    // Short keys (most words, names, identifiers): a byte loop beats a call of memcmp.
    const auto* p = static_cast<const uint8_t*>(x.data);
    const auto* q = static_cast<const uint8_t*>(y.data);
    uint8_t diff = 0;
    for (int64_t i = 0; i < x.len; ++i) diff |= p[i] ^ q[i];
    return diff == 0;
  }
  return k->equal(a, b, k) != 0;
}

// Whether hashing a key of type t can panic: it holds an interface, whose dynamic type may
// be unhashable. Lookups in an empty map still hash such keys, as gc does.
bool hash_might_panic(const abi::TypeDescriptor* t) {
  switch (t->kind) {
    case Kind::Interface:
      return true;
    case Kind::Array:
      return t->len > 0 && hash_might_panic(t->elem);
    case Kind::Struct:
      for (int64_t i = 0; i < t->len; ++i) {
        if (hash_might_panic(t->fields[i].type)) return true;
      }
      return false;
    default:
      return false;
  }
}

void check_hashable(const MapType* t, const void* key) {
  if (hash_might_panic(t->key)) t->key->hasher(key, 0, t->key);
}

constexpr uint64_t kNotFound = ~uint64_t{0};

uint64_t find(const Map* m, const void* key, uint64_t hash) {
  if (m->ctrl == nullptr) return kNotFound;
  const abi::TypeDescriptor* k = m->type->key;
  uint8_t c = control_byte(hash);
  Probe p(hash, m->mask);
  // The home group's slots are fetched while its control bytes load: a lookup in a table
  // bigger than the cache then waits for memory once, not twice.
  const uint8_t* home = key_at(m, p.group * kGroupSlots);
  uint64_t span = std::min<uint64_t>(kGroupSlots * slot_size(m->type), 256);
  for (uint64_t off = 0; off < span; off += 64) __builtin_prefetch(home + off);
  for (;; p.next()) {
    uint64_t w = load_group(m->ctrl, p.group);
    for (uint64_t bits = match_byte(w, c); bits != 0; bits &= bits - 1) {
      uint64_t slot = p.group * kGroupSlots + lowest_slot(bits);
      if (m->ctrl[slot] == c && keys_equal(k, key, key_at(m, slot))) return slot;
    }
    if (has_empty(w)) return kNotFound;
  }
}

// The first empty or deleted slot on the hash's probe sequence (the table has one: it is
// never more than 7/8 full).
uint64_t find_free(const uint8_t* ctrl, uint64_t mask, uint64_t hash) {
  for (Probe p(hash, mask);; p.next()) {
    uint64_t bits = free_slots(load_group(ctrl, p.group));
    if (bits != 0) return p.group * kGroupSlots + lowest_slot(bits);
  }
}

uint64_t checked_product(uint64_t a, uint64_t b) {
  uint64_t r;
  if (__builtin_mul_overflow(a, b, &r) || r > kMaxAlloc) fatal("runtime: out of memory");
  return r;
}

// Points m at fresh, empty arrays of `slots` slots.
void allocate_table(Map* m, uint64_t slots) {
  m->ctrl = static_cast<uint8_t*>(alloc_zeroed(slots));
  m->slots = static_cast<uint8_t*>(
      alloc_object(m->type->slot, checked_product(slots, slot_size(m->type))));
  m->mask = slots - 1;
  m->growth_left = capacity(slots);
}

// Moves every entry into new arrays: twice as many slots when more than half the capacity
// is live, else as many (that only drops tombstones). The old arrays stay as they are, for
// iterators that walk them.
void rebuild(Map* m) {
  uint64_t old_slots = m->mask + 1;
  uint64_t live = static_cast<uint64_t>(m->count);
  uint64_t slots = live + 1 > capacity(old_slots) / 2 ? old_slots * 2 : old_slots;
  const uint8_t* ctrl = m->ctrl;
  const uint8_t* old = m->slots;
  uint64_t size = slot_size(m->type);
  allocate_table(m, slots);
  for (uint64_t i = 0; i < old_slots; ++i) {
    if (!is_full(ctrl[i])) continue;
    const uint8_t* key = old + i * size;
    uint64_t hash = hash_key(m, key);
    uint64_t slot = find_free(m->ctrl, m->mask, hash);
    m->ctrl[slot] = control_byte(hash);
    copy_value(m->type->slot, key_at(m, slot), key);
  }
  m->growth_left -= live;
}

// Zero values that mapaccess returns for missing keys; never written.
alignas(16) const uint8_t kZeroValue[1024] = {};

// Zeroed memory for elements larger than kZeroValue, grown as needed and never freed (a
// root for the collector, holding no pointers).
struct BigZero {
  uint64_t size;
  uint8_t* bytes;
};
BigZero* big_zero = nullptr;

const void* zero_value(uint64_t size) {
  if (size <= sizeof kZeroValue) return kZeroValue;
  BigZero* z = __atomic_load_n(&big_zero, __ATOMIC_ACQUIRE);
  if (z != nullptr && z->size >= size) return z->bytes;
  auto* fresh = static_cast<BigZero*>(alloc_zeroed(sizeof(BigZero)));
  fresh->size = size;
  fresh->bytes = static_cast<uint8_t*>(alloc_zeroed(size));
  // Losing a race only leaves a smaller block published; the next large lookup grows it.
  __atomic_store_n(&big_zero, fresh, __ATOMIC_RELEASE);
  return fresh->bytes;
}

// Slots for make(map, hint): the fewest whose capacity holds `hint` entries; 0 (allocate on
// the first insert) for hints that are 0, negative, or too large to allocate (gc ignores
// those too).
uint64_t slots_for_hint(const MapType* t, int64_t hint) {
  if (hint <= 0 || static_cast<uint64_t>(hint) > kMaxAlloc) return 0;
  uint64_t slots = kGroupSlots;
  while (capacity(slots) < static_cast<uint64_t>(hint)) slots *= 2;
  uint64_t per_slot = 1 + slot_size(t), bytes;
  if (__builtin_mul_overflow(slots, per_slot, &bytes) || bytes > kMaxAlloc) return 0;
  return slots;
}

constexpr uint32_t fnv1a(const char* s) {
  uint32_t h = 2166136261u;
  for (; *s != '\0'; ++s) h = (h ^ static_cast<uint8_t>(*s)) * 16777619u;
  return h;
}

constexpr char kMapHeaderName[] = "runtime.hmap";

// The header's descriptor (constant-initialised: no constructor runs): words 1-2 (ctrl,
// slots) hold heap pointers; `type` points to a constant descriptor.
const abi::TypeDescriptor kMapHeaderType = {
    sizeof(Map),
    3 * 8,
    fnv1a(kMapHeaderName),
    8,
    Kind::Struct,
    0,
    {reinterpret_cast<const uint8_t*>(kMapHeaderName), sizeof kMapHeaderName - 1},
    nullptr,
    0,
    0b110,
    nullptr,
    nullptr,
    nullptr,
    nullptr};

}  // namespace

uint64_t fastrand64() {
  static uint64_t state = 0;
  constexpr uint64_t kWeyl = 0xa0761d6478bd642fu;
  if (__atomic_load_n(&state, __ATOMIC_RELAXED) == 0) {
    uint64_t seed = 0;
    if (const void* r = reinterpret_cast<const void*>(getauxval(AT_RANDOM))) memcpy(&seed, r, 8);
    seed |= 1;  // never 0 again
    uint64_t expected = 0;
    __atomic_compare_exchange_n(&state, &expected, seed, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
  }
  uint64_t s = __atomic_add_fetch(&state, kWeyl, __ATOMIC_RELAXED);
  unsigned __int128 r = static_cast<unsigned __int128>(s) * (s ^ 0xe7037ed1a0b428dbu);
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

Map* makemap(const MapType* t, int64_t hint) {
  auto* m = static_cast<Map*>(alloc_object(&kMapHeaderType, sizeof(Map)));
  m->type = t;
  m->seed = fastrand64();
  if (uint64_t slots = slots_for_hint(t, hint)) allocate_table(m, slots);
  return m;
}

void* mapaccess1(const MapType* t, Map* m, const void* key) {
  return reinterpret_cast<void*>(mapaccess2(t, m, key).first);
}

Pair mapaccess2(const MapType* t, Map* m, const void* key) {
  if (m == nullptr || m->count == 0) {
    check_hashable(t, key);
    return make_pair(zero_value(t->elem->size), 0);
  }
  uint64_t slot = find(m, key, hash_key(m, key));
  if (slot == kNotFound) return make_pair(zero_value(t->elem->size), 0);
  return make_pair(elem_at(m, slot), 1);
}

void* mapassign(const MapType* t, Map* m, const void* key) {
  if (m == nullptr) panic_plain_error("assignment to entry in nil map");
  uint64_t hash = hash_key(m, key);
  uint64_t slot = find(m, key, hash);
  if (slot != kNotFound) {
    // Equal keys can differ in bytes (+0 and -0, strings at other addresses): the new key
    // replaces the old one, as gc does.
    if (!(t->key->flags & abi::kTypeFlagRegularMemory)) copy_value(t->key, key_at(m, slot), key);
    return elem_at(m, slot);
  }
  if (m->ctrl == nullptr) allocate_table(m, kGroupSlots);
  slot = find_free(m->ctrl, m->mask, hash);
  if (m->ctrl[slot] == kEmpty) {
    if (m->growth_left == 0) {
      rebuild(m);
      slot = find_free(m->ctrl, m->mask, hash);
    }
    --m->growth_left;
  }
  m->ctrl[slot] = control_byte(hash);
  copy_value(t->key, key_at(m, slot), key);
  ++m->count;
  return elem_at(m, slot);
}

void mapdelete(const MapType* t, Map* m, const void* key) {
  if (m == nullptr || m->count == 0) {
    check_hashable(t, key);
    return;
  }
  uint64_t slot = find(m, key, hash_key(m, key));
  if (slot == kNotFound) return;
  // Zeroed so that the collector does not keep what they pointed to, and a reused slot
  // starts from a zero element.
  memset(key_at(m, slot), 0, slot_size(t));
  // A group that has an empty slot never had a probe pass through it, so the slot can be
  // empty again rather than a tombstone.
  if (has_empty(load_group(m->ctrl, slot / kGroupSlots))) {
    m->ctrl[slot] = kEmpty;
    ++m->growth_left;
  } else {
    m->ctrl[slot] = kDeleted;
  }
  --m->count;
}

void mapclear(const MapType* t, Map* m) {
  if (m == nullptr) return;
  ++m->clears;  // ends iterations in progress
  m->seed = fastrand64();
  if (m->ctrl == nullptr) return;
  uint64_t slots = m->mask + 1;
  memset(m->ctrl, 0, slots);
  memset(m->slots, 0, slots * slot_size(t));
  m->growth_left = capacity(slots);
  m->count = 0;
}

int64_t maplen(const Map* m) {
  return m == nullptr ? 0 : m->count;
}

void mapiterinit(const MapType* t, Map* m, MapIter* it) {
  *it = MapIter{};
  if (m == nullptr || m->count == 0) return;
  it->map = m;
  it->ctrl = m->ctrl;
  it->slots = m->slots;
  it->mask = m->mask;
  uint64_t r = fastrand64();
  it->start_group = r & (m->mask >> 3);
  it->offset = (r >> 32) & (kGroupSlots - 1);
  it->clears = m->clears;
  mapiternext(it);
}

void mapiternext(MapIter* it) {
  Map* m = it->map;
  it->key = nullptr;
  it->elem = nullptr;
  if (m == nullptr || m->clears != it->clears) return;
  const abi::TypeDescriptor* k = m->type->key;
  uint64_t group_mask = it->mask >> 3;
  while (it->step <= it->mask) {
    uint64_t step = it->step++;
    uint64_t group = (it->start_group + step / kGroupSlots) & group_mask;
    uint64_t slot = group * kGroupSlots + ((it->offset + step) & (kGroupSlots - 1));
    if (!is_full(it->ctrl[slot])) continue;
    uint8_t* key = it->slots + slot * slot_size(m->type);
    uint8_t* elem = key + m->type->elem_offset;
    if (it->ctrl != m->ctrl && keys_equal(k, key, key)) {
      // The map was rebuilt: these arrays are a stale copy. The entry counts only if it
      // is still in the map, with its current key and element. (A key unequal to itself,
      // a NaN, cannot have been deleted or updated: the stale copy is right.)
      uint64_t now = find(m, key, hash_key(m, key));
      if (now == kNotFound) continue;
      key = key_at(m, now);
      elem = elem_at(m, now);
    }
    it->key = key;
    it->elem = elem;
    return;
  }
}

}  // namespace ergo::rt
