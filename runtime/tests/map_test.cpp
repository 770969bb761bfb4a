// Go maps (runtime/map.cpp) driven through their entry points as generated code calls them:
// keys of every kind of equality, growth, iteration with deletes and inserts, clear, the nil
// map, and the panics (in a forked child, as exit_test.cpp does).
#include <pthread.h>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "entries.h"
#include "map.h"
#include "sched_testing.h"
#include "typealg.h"
#include "types.h"

namespace abi = ergo::abi;
namespace rt = ergo::rt;
using abi::Kind;
using ergo::rt::testing::make_type;

namespace {

abi::TypeDescriptor with_alg(abi::TypeDescriptor t, abi::EqualFn eq, abi::HashFn hash,
                             uint16_t flags = 0) {
  t.equal = eq;
  t.hasher = hash;
  t.flags = flags;
  return t;
}

const abi::TypeDescriptor kInt = with_alg(make_type("int", Kind::Int, 8), rt::memequal64,
                                          rt::memhash64, abi::kTypeFlagRegularMemory);
const abi::TypeDescriptor kString =
    with_alg(make_type("string", Kind::String, 16), rt::strequal, rt::strhash);
const abi::TypeDescriptor kFloat64 =
    with_alg(make_type("float64", Kind::Float64, 8), rt::f64equal, rt::f64hash);
const abi::TypeDescriptor kAny =
    with_alg(make_type("interface {}", Kind::Interface, 16), rt::nilinterequal, rt::nilinterhash);
const abi::TypeDescriptor kIntSlice = make_type("[]int", Kind::Slice, 24, &kInt);
const abi::TypeDescriptor kEmptyStruct =
    with_alg(make_type("struct {}", Kind::Struct, 0), rt::memequal0, rt::memhash0,
             abi::kTypeFlagRegularMemory);
const abi::TypeDescriptor kBig = make_type("[300]int", Kind::Array, 2400, &kInt, 300);

uint64_t align_up(uint64_t n, uint64_t a) {
  return (n + a - 1) / a * a;
}

// As the compiler emits them: the map descriptor and its slot type struct { key K; elem V }
// (pointer bitmaps left out: these tests do not scan).
abi::MapType map_type(const abi::TypeDescriptor* key, const abi::TypeDescriptor* elem) {
  abi::MapType t{};
  t.type = make_type("map", Kind::Map, 8, elem);
  t.key = key;
  t.elem = elem;
  t.elem_offset = align_up(key->size, elem->align);
  uint64_t align = key->align > elem->align ? key->align : elem->align;
  auto* slot = new abi::TypeDescriptor(
      make_type("struct", Kind::Struct, align_up(t.elem_offset + elem->size, align)));
  slot->align = static_cast<uint8_t>(align);
  t.slot = slot;
  return t;
}

const abi::MapType kIntInt = map_type(&kInt, &kInt);

abi::String str(const std::string& s) {
  // Copies, so that equal keys never share bytes.
  auto* bytes = new uint8_t[s.size() + 1];
  memcpy(bytes, s.data(), s.size());
  return abi::String{bytes, static_cast<int64_t>(s.size())};
}

int64_t get(const abi::MapType& t, rt::Map* m, const void* key) {
  int64_t v;
  memcpy(&v, rt::mapaccess1(&t, m, key), sizeof v);
  return v;
}

bool has(const abi::MapType& t, rt::Map* m, const void* key) {
  return rt::mapaccess2(&t, m, key).second != 0;
}

void put(const abi::MapType& t, rt::Map* m, const void* key, int64_t v) {
  memcpy(rt::mapassign(&t, m, key), &v, sizeof v);
}

// Every (key, element) of an int-keyed int map, in iteration order.
std::vector<std::pair<int64_t, int64_t>> entries(rt::Map* m) {
  std::vector<std::pair<int64_t, int64_t>> out;
  rt::MapIter it;
  for (rt::mapiterinit(&kIntInt, m, &it); it.key != nullptr; rt::mapiternext(&it))
    out.emplace_back(*static_cast<int64_t*>(it.key), *static_cast<int64_t*>(it.elem));
  return out;
}

rt::Map* int_map(int64_t n, int64_t hint = 0) {
  rt::Map* m = rt::makemap(&kIntInt, hint);
  for (int64_t i = 0; i < n; ++i) put(kIntInt, m, &i, i * 10);
  return m;
}

}  // namespace

TEST_CASE("map: int keys", "[map]") {
  rt::Map* m = rt::makemap(&kIntInt, 0);
  int64_t one = 1, two = 2, three = 3;
  CHECK(rt::maplen(m) == 0);
  CHECK_FALSE(has(kIntInt, m, &one));
  put(kIntInt, m, &one, 100);
  put(kIntInt, m, &two, 200);
  put(kIntInt, m, &one, 101);  // overwrites
  CHECK(rt::maplen(m) == 2);
  CHECK(get(kIntInt, m, &one) == 101);
  CHECK(get(kIntInt, m, &two) == 200);
  CHECK(get(kIntInt, m, &three) == 0);  // the zero value
  CHECK_FALSE(has(kIntInt, m, &three));
  rt::mapdelete(&kIntInt, m, &one);
  rt::mapdelete(&kIntInt, m, &three);  // absent: nothing happens
  CHECK(rt::maplen(m) == 1);
  CHECK_FALSE(has(kIntInt, m, &one));
  CHECK(*reinterpret_cast<int64_t*>(reinterpret_cast<char*>(m) + abi::kMapCountOffset) == 1);
}

TEST_CASE("map: a 1-byte key before an 8-byte element", "[map]") {
  static const abi::TypeDescriptor byte_t = with_alg(
      make_type("uint8", Kind::Uint8, 1), rt::memequal8, rt::memhash8, abi::kTypeFlagRegularMemory);
  abi::MapType t = map_type(&byte_t, &kInt);
  REQUIRE(t.elem_offset == 8);
  rt::Map* m = rt::makemap(&t, 0);
  for (int i = 0; i < 256; ++i) {
    uint8_t k = static_cast<uint8_t>(i);
    put(t, m, &k, -i);
  }
  bool ok = rt::maplen(m) == 256;
  for (int i = 0; i < 256; ++i) {
    uint8_t k = static_cast<uint8_t>(i);
    ok &= get(t, m, &k) == -i;
  }
  CHECK(ok);
}

TEST_CASE("map: string keys compare by content", "[map]") {
  abi::MapType t = map_type(&kString, &kInt);
  rt::Map* m = rt::makemap(&t, 10);
  for (int i = 0; i < 1000; ++i) {
    abi::String k = str("key" + std::to_string(i));
    put(t, m, &k, i);
  }
  CHECK(rt::maplen(m) == 1000);
  for (int i = 0; i < 1000; ++i) {
    abi::String k = str("key" + std::to_string(i));
    CHECK(get(t, m, &k) == i);
  }
  abi::String empty{nullptr, 0}, missing = str("key1000");
  CHECK_FALSE(has(t, m, &empty));
  CHECK_FALSE(has(t, m, &missing));
  put(t, m, &empty, 7);
  abi::String empty2 = str("");
  CHECK(get(t, m, &empty2) == 7);
}

TEST_CASE("map: struct keys skip blank fields and compare floats by value", "[map]") {
  // struct { a int; _ int; f float64 }
  static const abi::StructField fields[] = {
      {{reinterpret_cast<const uint8_t*>("a"), 1}, &kInt, 0, 0},
      {{reinterpret_cast<const uint8_t*>("_"), 1}, &kInt, 8, 0},
      {{reinterpret_cast<const uint8_t*>("f"), 1}, &kFloat64, 16, 0}};
  abi::TypeDescriptor st =
      with_alg(make_type("main.K", Kind::Struct, 24), rt::structequal, rt::structhash);
  st.len = 3;
  st.fields = fields;
  abi::MapType t = map_type(&st, &kInt);
  rt::Map* m = rt::makemap(&t, 0);
  struct K {
    int64_t a, blank;
    double f;
  };
  K k1{1, 111, 0.0}, k2{1, 222, -0.0}, k3{2, 111, 0.0};
  put(t, m, &k1, 10);
  CHECK(get(t, m, &k2) == 10);  // the blank field and the zero's sign do not matter
  CHECK_FALSE(has(t, m, &k3));
  put(t, m, &k2, 20);
  CHECK(rt::maplen(m) == 1);
  CHECK(get(t, m, &k1) == 20);
}

TEST_CASE("map: float keys: +0 == -0, every NaN is a new key", "[map]") {
  abi::MapType t = map_type(&kFloat64, &kInt);
  rt::Map* m = rt::makemap(&t, 0);
  double negzero = -0.0, zero = 0.0, nan = std::nan(""), one = 1.0;
  put(t, m, &negzero, 1);
  put(t, m, &zero, 2);
  CHECK(rt::maplen(m) == 1);
  CHECK(get(t, m, &negzero) == 2);
  rt::MapIter it;
  rt::mapiterinit(&t, m, &it);
  CHECK_FALSE(std::signbit(*static_cast<double*>(it.key)));  // the key became +0, as gc

  for (int i = 0; i < 100; ++i) put(t, m, &nan, i);
  CHECK(rt::maplen(m) == 101);
  CHECK_FALSE(has(t, m, &nan));
  rt::mapdelete(&t, m, &nan);  // finds nothing
  CHECK(rt::maplen(m) == 101);
  put(t, m, &one, 5);
  int nans = 0, others = 0;
  for (rt::mapiterinit(&t, m, &it); it.key != nullptr; rt::mapiternext(&it))
    (std::isnan(*static_cast<double*>(it.key)) ? nans : others)++;
  CHECK(nans == 100);
  CHECK(others == 2);

  rt::mapclear(&t, m);  // Go 1.21's clear removes NaN keys too
  CHECK(rt::maplen(m) == 0);
  rt::mapiterinit(&t, m, &it);
  CHECK(it.key == nullptr);

  // An iteration whose table was rebuilt, then cleared: the NaN keys of its stale copy
  // (which no lookup can check) must not come back.
  for (int i = 0; i < 50; ++i) put(t, m, &nan, i);
  rt::mapiterinit(&t, m, &it);
  REQUIRE(it.key != nullptr);
  for (double d = 1; d < 1000; ++d) put(t, m, &d, 0);
  rt::mapclear(&t, m);
  rt::mapiternext(&it);
  CHECK(it.key == nullptr);
}

TEST_CASE("map: interface keys compare dynamic types and values", "[map]") {
  abi::MapType t = map_type(&kAny, &kInt);
  rt::Map* m = rt::makemap(&t, 0);
  int64_t five = 5, also_five = 5;
  abi::String s = str("5");
  double fzero = 0.0, fnegzero = -0.0;
  abi::Eface i5{&kInt, &five}, j5{&kInt, &also_five}, s5{&kString, &s}, nil{nullptr, nullptr};
  abi::Eface z{&kFloat64, &fzero}, nz{&kFloat64, &fnegzero};
  put(t, m, &i5, 1);
  put(t, m, &s5, 2);
  put(t, m, &nil, 3);
  put(t, m, &z, 4);
  CHECK(rt::maplen(m) == 4);
  CHECK(get(t, m, &j5) == 1);  // another box holding 5
  CHECK(get(t, m, &s5) == 2);
  CHECK(get(t, m, &nil) == 3);
  CHECK(get(t, m, &nz) == 4);
}

TEST_CASE("map: zero-size and large keys and elements", "[map]") {
  abi::MapType set = map_type(&kInt, &kEmptyStruct);
  rt::Map* m = rt::makemap(&set, 0);
  for (int64_t i = 0; i < 100; ++i) rt::mapassign(&set, m, &i);
  CHECK(rt::maplen(m) == 100);
  int64_t k = 42;
  CHECK(rt::mapaccess2(&set, m, &k).second == 1);

  abi::MapType unit = map_type(&kEmptyStruct, &kInt);
  rt::Map* u = rt::makemap(&unit, 0);
  put(unit, u, nullptr, 9);
  put(unit, u, nullptr, 10);
  CHECK(rt::maplen(u) == 1);
  CHECK(get(unit, u, nullptr) == 10);

  abi::MapType big = map_type(&kInt, &kBig);
  rt::Map* b = rt::makemap(&big, 0);
  auto* missing = static_cast<const int64_t*>(rt::mapaccess1(&big, b, &k));
  bool all_zero = true;
  for (int i = 0; i < 300; ++i) all_zero &= missing[i] == 0;
  CHECK(all_zero);
  static_cast<int64_t*>(rt::mapassign(&big, b, &k))[299] = 7;
  CHECK(static_cast<const int64_t*>(rt::mapaccess1(&big, b, &k))[299] == 7);
}

TEST_CASE("map: growth to 100k entries, then deletes", "[map]") {
  for (int64_t hint : {int64_t{0}, int64_t{100000}, int64_t{-5}}) {
    rt::Map* m = int_map(100000, hint);
    CHECK(rt::maplen(m) == 100000);
    bool ok = true;
    for (int64_t i = 0; i < 100000; ++i) ok &= get(kIntInt, m, &i) == i * 10;
    CHECK(ok);
    for (int64_t i = 0; i < 100000; i += 2) rt::mapdelete(&kIntInt, m, &i);
    CHECK(rt::maplen(m) == 50000);
    ok = true;
    for (int64_t i = 0; i < 100000; ++i) ok &= has(kIntInt, m, &i) == (i % 2 == 1);
    CHECK(ok);
    CHECK(entries(m).size() == 50000);
  }
}

TEST_CASE("map: churn through tombstones keeps the table small and correct", "[map]") {
  rt::Map* m = int_map(0);
  for (int64_t i = 0; i < 200000; ++i) {
    put(kIntInt, m, &i, i);
    int64_t old = i - 10;
    rt::mapdelete(&kIntInt, m, &old);
  }
  CHECK(rt::maplen(m) == 10);
  CHECK(m->mask + 1 <= 64);
  int64_t last = 199999;
  CHECK(get(kIntInt, m, &last) == 199999);
}

TEST_CASE("map: iteration visits each entry once, in an order that varies", "[map]") {
  rt::Map* m = int_map(100);
  std::set<std::vector<std::pair<int64_t, int64_t>>> orders;
  for (int i = 0; i < 10; ++i) {
    auto e = entries(m);
    REQUIRE(e.size() == 100);
    std::map<int64_t, int64_t> seen(e.begin(), e.end());
    CHECK(seen.size() == 100);
    CHECK(seen[37] == 370);
    orders.insert(e);
  }
  CHECK(orders.size() > 1);

  // Small maps built alike (own seeds, own random starts) vary too.
  std::set<std::vector<std::pair<int64_t, int64_t>>> layouts;
  for (int i = 0; i < 5; ++i) layouts.insert(entries(int_map(8)));
  CHECK(layouts.size() > 1);
}

TEST_CASE("map: nil maps read as empty", "[map]") {
  int64_t k = 1;
  CHECK(rt::maplen(nullptr) == 0);
  CHECK(get(kIntInt, nullptr, &k) == 0);
  CHECK_FALSE(has(kIntInt, nullptr, &k));
  rt::mapdelete(&kIntInt, nullptr, &k);
  rt::mapclear(&kIntInt, nullptr);
  rt::MapIter it;
  rt::mapiterinit(&kIntInt, nullptr, &it);
  CHECK(it.key == nullptr);
  rt::mapiternext(&it);  // harmless after the end
  CHECK(it.key == nullptr);
}

TEST_CASE("map: deleting during iteration", "[map]") {
  // Each step deletes the entry just produced and one not reached yet (its key + 1): those
  // must never appear.
  rt::Map* m = int_map(1000);
  std::set<int64_t> produced, deleted;
  rt::MapIter it;
  for (rt::mapiterinit(&kIntInt, m, &it); it.key != nullptr; rt::mapiternext(&it)) {
    int64_t k = *static_cast<int64_t*>(it.key);
    CHECK(deleted.count(k) == 0);
    CHECK(produced.insert(k).second);
    int64_t next = k + 1;
    if (next < 1000 && !produced.count(next)) {
      rt::mapdelete(&kIntInt, m, &next);
      deleted.insert(next);
    }
    rt::mapdelete(&kIntInt, m, &k);
  }
  CHECK(produced.size() + deleted.size() == 1000);
  CHECK(rt::maplen(m) == 0);
}

TEST_CASE("map: inserting during iteration, across growth", "[map]") {
  // Every step inserts 20 new keys (forcing several rebuilds) and deletes one old key not
  // produced yet. Each old key still present must be produced exactly once, with its
  // current element; deleted ones never.
  rt::Map* m = int_map(500);
  std::set<int64_t> produced, deleted;
  int64_t fresh = 1000000;
  rt::MapIter it;
  int steps = 0;
  for (rt::mapiterinit(&kIntInt, m, &it); it.key != nullptr; rt::mapiternext(&it), ++steps) {
    int64_t k = *static_cast<int64_t*>(it.key);
    int64_t v = *static_cast<int64_t*>(it.elem);
    CHECK(deleted.count(k) == 0);
    CHECK(produced.insert(k).second);
    if (k < 500 && steps > 0) {
      CHECK(v == (k % 3 == 0 ? -k : k * 10));
    }
    for (int j = 0; j < 20; ++j, ++fresh) put(kIntInt, m, &fresh, fresh);
    int64_t victim = (k * 7 + 3) % 500;
    if (!produced.count(victim) && !deleted.count(victim)) {
      rt::mapdelete(&kIntInt, m, &victim);
      deleted.insert(victim);
    }
    // Updates of entries not reached yet must be seen (k % 3 == 0 get -k).
    for (int64_t u = 0; u < 500; u += 3) {
      if (!produced.count(u) && !deleted.count(u)) put(kIntInt, m, &u, -u);
    }
  }
  for (int64_t k = 0; k < 500; ++k) CHECK(produced.count(k) + deleted.count(k) == 1);
  CHECK(steps > 0);
}

TEST_CASE("map: clear empties the map and ends iterations", "[map]") {
  rt::Map* m = int_map(1000);
  rt::MapIter it;
  rt::mapiterinit(&kIntInt, m, &it);
  REQUIRE(it.key != nullptr);
  rt::mapclear(&kIntInt, m);
  rt::mapiternext(&it);
  CHECK(it.key == nullptr);
  CHECK(rt::maplen(m) == 0);
  int64_t k = 5;
  CHECK_FALSE(has(kIntInt, m, &k));
  put(kIntInt, m, &k, 50);  // usable afterwards
  CHECK(entries(m) == std::vector<std::pair<int64_t, int64_t>>{{5, 50}});
}

namespace {

using Outcome = ergo::rt::testing::ChildOutcome;

template <typename F>
Outcome run_child(F f) {
  return ergo::rt::testing::run_on_thread_in_child(f);
}

const std::string kTrace = "\ngoroutine 1 [running]:\n";

}  // namespace

// Messages as go 1.19 prints them.
TEST_CASE("map: writes to a nil map and unhashable keys panic", "[map][exit]") {
  Outcome o = run_child([] {
    int64_t k = 1;
    rt::mapassign(&kIntInt, nullptr, &k);
  });
  CHECK(o.status == 2);
  CHECK(o.stderr_text == "panic: assignment to entry in nil map\n" + kTrace);

  static const abi::MapType any_int = map_type(&kAny, &kInt);
  static int64_t data[3] = {};
  static const abi::Eface slice_key{&kIntSlice, data};
  const std::string unhashable = "panic: runtime error: hash of unhashable type []int\n" + kTrace;
  o = run_child([] { rt::mapassign(&any_int, rt::makemap(&any_int, 0), &slice_key); });
  CHECK(o.status == 2);
  CHECK(o.stderr_text == unhashable);
  // In nil and empty maps too, as gc.
  o = run_child([] { rt::mapaccess1(&any_int, nullptr, &slice_key); });
  CHECK(o.stderr_text == unhashable);
  o = run_child([] { rt::mapaccess2(&any_int, rt::makemap(&any_int, 0), &slice_key); });
  CHECK(o.stderr_text == unhashable);
  o = run_child([] { rt::mapdelete(&any_int, nullptr, &slice_key); });
  CHECK(o.stderr_text == unhashable);

  // A struct key holding an interface.
  static const abi::StructField fields[] = {
      {{reinterpret_cast<const uint8_t*>("x"), 1}, &kAny, 0, 0}};
  static abi::TypeDescriptor st =
      with_alg(make_type("main.S", Kind::Struct, 16), rt::structequal, rt::structhash);
  st.len = 1;
  st.fields = fields;
  static const abi::MapType s_int = map_type(&st, &kInt);
  o = run_child([] { rt::mapaccess1(&s_int, nullptr, &slice_key); });
  CHECK(o.stderr_text == unhashable);
}
