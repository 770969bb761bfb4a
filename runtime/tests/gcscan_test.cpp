// The test-only root scan (gcscan.h) over hand-made objects and descriptors: pointer bitmaps,
// precise and conservative scanning, interior and one-past-the-end pointers, the globals'
// root table, and the registers (a pointer held only in a vector register).
#include <catch2/catch.hpp>
#include <cstring>

#include "alloc.h"
#include "gcscan.h"

namespace abi = ergo::abi;
namespace gcscan = ergo::rt::gcscan;
using abi::Kind;

namespace {

abi::TypeDescriptor pointer_type(uint64_t size, uint64_t ptrdata, uint64_t gcbits) {
  abi::TypeDescriptor t{};
  t.size = size;
  t.ptrdata = ptrdata;
  t.align = 8;
  t.kind = Kind::Struct;
  t.gcbits = gcbits;
  return t;
}

uintptr_t addr(const void* p) {
  return reinterpret_cast<uintptr_t>(p);
}

// A scan over a fixed set of objects.
struct Scan {
  gcscan::Object objects[8];
  size_t worklist[8];
  gcscan::ObjectSet set{objects, 0, worklist};

  void add(const void* p, uint64_t size, const abi::TypeDescriptor* type) {
    objects[set.count++] = gcscan::Object{addr(p), size, type, true, false};
  }
  bool marked(const void* p) const {
    for (size_t i = 0; i < set.count; ++i)
      if (objects[i].start == addr(p)) return objects[i].marked;
    FAIL("not an object");
    return false;
  }
};

}  // namespace

TEST_CASE("pointer bitmaps: inline and indirect", "[gcscan]") {
  abi::TypeDescriptor inline_bits = pointer_type(48, 48, 0b101001);
  CHECK(abi::type_pointer_word(&inline_bits, 0));
  CHECK_FALSE(abi::type_pointer_word(&inline_bits, 1));
  CHECK(abi::type_pointer_word(&inline_bits, 3));
  CHECK(abi::type_pointer_word(&inline_bits, 5));

  // 100 words: word 70 and word 99 hold pointers, the bitmap lives elsewhere.
  static uint8_t bitmap[13] = {};
  bitmap[70 / 8] |= 1 << (70 % 8);
  bitmap[99 / 8] |= 1 << (99 % 8);
  abi::TypeDescriptor big = pointer_type(800, 800, addr(bitmap));
  big.flags = abi::kTypeFlagGCBitsIndirect;
  for (uint64_t w = 0; w < 100; ++w) {
    INFO(w);
    CHECK(abi::type_pointer_word(&big, w) == (w == 70 || w == 99));
  }
}

TEST_CASE("scan: precise heap objects, interior and one-past-the-end pointers", "[gcscan]") {
  // Objects with gaps between them, so that no one-past-the-end pointer touches a neighbour.
  alignas(16) static uintptr_t pool[64];
  uintptr_t *a = pool, *b = pool + 8, *c = pool + 16, *d = pool + 24, *e = pool + 32;
  abi::TypeDescriptor first_word = pointer_type(16, 8, 0b1);
  abi::TypeDescriptor both_words = pointer_type(16, 16, 0b11);
  Scan s;
  s.add(a, 32, &first_word);  // two values: words 0 and 2 are pointers
  s.add(b, 16, &both_words);
  s.add(c, 16, nullptr);  // pointer-free: never scanned
  s.add(d, 16, &both_words);
  s.add(e, 16, nullptr);
  a[0] = addr(&b[1]);  // interior
  a[1] = addr(d);      // not a pointer word: ignored
  a[2] = addr(c + 2);  // one past the end of c
  b[0] = addr(a);      // a cycle
  b[1] = 12345;        // not an address of any object
  c[0] = addr(e);      // inside a pointer-free object: ignored
  gcscan::prepare(s.set);
  gcscan::mark_word(s.set, addr(&a[3]));
  gcscan::mark_reachable(s.set);
  CHECK(s.marked(a));
  CHECK(s.marked(b));
  CHECK(s.marked(c));
  CHECK_FALSE(s.marked(d));
  CHECK_FALSE(s.marked(e));
  CHECK(gcscan::count_unmarked(s.set) == 2);
}

TEST_CASE("scan: a pointer between two adjacent objects keeps both", "[gcscan]") {
  alignas(16) static uintptr_t pair[4];
  Scan s;
  s.add(pair, 16, nullptr);
  s.add(pair + 2, 16, nullptr);
  gcscan::prepare(s.set);
  gcscan::mark_word(s.set, addr(pair + 2));  // end of the first, start of the second
  CHECK(s.marked(pair));
  CHECK(s.marked(pair + 2));
}

TEST_CASE("scan: conservative ranges and the globals' root table", "[gcscan]") {
  alignas(16) static uintptr_t pool[64];
  uintptr_t *x = pool, *y = pool + 8, *z = pool + 16;
  struct Global {
    uintptr_t count;
    uintptr_t data;
  };
  static Global global{addr(x), addr(z)};  // only `data` is a pointer word
  abi::TypeDescriptor global_type = pointer_type(16, 16, 0b10);
  abi::GCRoot roots[] = {{&global, &global_type}};
  uintptr_t stack_words[3] = {7, addr(&y[1]), 0};
  Scan s;
  s.add(x, 16, nullptr);
  s.add(y, 16, nullptr);
  s.add(z, 16, nullptr);
  gcscan::prepare(s.set);
  gcscan::scan_global_roots(s.set, roots, roots + 1);
  gcscan::scan_conservative(s.set, stack_words, stack_words + 3);
  gcscan::mark_reachable(s.set);
  CHECK_FALSE(s.marked(x));
  CHECK(s.marked(y));
  CHECK(s.marked(z));
}

TEST_CASE("scan: arrays of values scan every element's bitmap", "[gcscan]") {
  alignas(16) static uintptr_t pool[64];
  uintptr_t *arr = pool, *t0 = pool + 16, *t1 = pool + 24, *t2 = pool + 32;
  abi::TypeDescriptor middle_word = pointer_type(24, 16, 0b10);  // {int, ptr, int}
  Scan s;
  s.add(arr, 48, &middle_word);  // two values
  s.add(t0, 16, nullptr);
  s.add(t1, 16, nullptr);
  s.add(t2, 16, nullptr);
  arr[0] = addr(t0);  // not a pointer word
  arr[1] = addr(t1);
  arr[4] = addr(t2);
  gcscan::prepare(s.set);
  gcscan::scan_typed(s.set, arr, &middle_word, 48);
  gcscan::mark_reachable(s.set);
  CHECK_FALSE(s.marked(t0));
  CHECK(s.marked(t1));
  CHECK(s.marked(t2));
}

TEST_CASE("registry: typed allocations are recorded and counted", "[gcscan]") {
  abi::TypeDescriptor with_pointer = pointer_type(16, 8, 0b1);
  abi::TypeDescriptor plain = pointer_type(16, 0, 0);
  gcscan::forget_objects();
  CHECK(gcscan::counted_objects() == 0);
  volatile uintptr_t keep[3];
  keep[0] = addr(ergo::rt::alloc_object(&with_pointer, 32));
  keep[1] = addr(ergo::rt::alloc_object(&plain, 16));
  keep[2] = addr(ergo::rt::alloc_zeroed(0));  // zerobase: not a heap object
  CHECK(keep[2] == addr(&ergo::rt::zerobase));
  CHECK(gcscan::counted_objects() == 2);
  CHECK(gcscan::unreachable_objects() == 0);
  gcscan::forget_objects();
}

// The check runs on both targets at -O0 and -O2 through testdata/abi/gc_roots.go too.
TEST_CASE("scan: a pointer held only in a vector register is found", "[gcscan]") {
  CHECK(gcscan::vector_register_root_check() == 0);
}
