#include <catch2/catch.hpp>
#include <cstdint>

#include "entries.h"
#include "types.h"
#include "writebarrier.h"

namespace rt = ergo::rt;
using ergo::abi::Kind;
using ergo::rt::testing::make_type;

TEST_CASE("typedmemmove copies values, overlapping too, with the barrier off and on",
          "[writebarrier]") {
  auto t = make_type("[4]*int", Kind::Array, 32);
  t.ptrdata = 32;
  t.gcbits = 0b1111;
  for (uint8_t enabled : {0, 1}) {
    ergo_write_barrier_enabled = enabled;
    int64_t a = 1, b = 2, c = 3, d = 4;
    int64_t* src[4] = {&a, &b, &c, &d};
    int64_t* dst[4] = {};
    rt::typedmemmove(&t, dst, src);
    CHECK(dst[0] == &a);
    CHECK(dst[3] == &d);
    int64_t* buf[6] = {&a, &b, &c, &d, nullptr, nullptr};
    rt::typed_memmove(&t, buf + 2, buf);  // overlapping ranges move like memmove
    CHECK(buf[2] == &a);
    CHECK(buf[5] == &d);
  }
  ergo_write_barrier_enabled = 0;
}
