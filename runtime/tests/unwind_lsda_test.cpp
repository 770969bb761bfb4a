// The LSDA parser on hand-built tables in the GCC except-table format LLVM emits for invoke
// (header, call-site table, action table).
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "lsda.h"

namespace rt = ergo::rt;
namespace pe = ergo::rt::pe;
using ergo::rt::LsdaBases;
using ergo::rt::LsdaStatus;

namespace {

void uleb(std::vector<uint8_t>& out, uint64_t v) {
  do {
    uint8_t byte = v & 0x7f;
    v >>= 7;
    out.push_back(v != 0 ? byte | 0x80 : byte);
  } while (v != 0);
}

void udata4(std::vector<uint8_t>& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

struct CallSite {
  uint32_t start, length, landing_pad, action;
};

// An LSDA with the given call sites, LPStart and TType omitted unless asked for.
std::vector<uint8_t> lsda(uint8_t call_site_encoding, const std::vector<CallSite>& sites,
                          bool with_ttype = false) {
  std::vector<uint8_t> table;
  for (const CallSite& s : sites) {
    for (uint32_t v : {s.start, s.length, s.landing_pad}) {
      if (call_site_encoding == pe::kUdata4) {
        udata4(table, v);
      } else {
        uleb(table, v);
      }
    }
    uleb(table, s.action);
  }
  std::vector<uint8_t> out;
  out.push_back(pe::kOmit);  // LPStart: the function's start
  if (with_ttype) {
    out.push_back(pe::kUdata4);
    uleb(out, 200);  // a type table offset the parser must skip
  } else {
    out.push_back(pe::kOmit);
  }
  out.push_back(call_site_encoding);
  uleb(out, table.size());
  out.insert(out.end(), table.begin(), table.end());
  out.push_back(0);  // an action table entry, never read for cleanups
  return out;
}

const std::vector<CallSite> kSites = {
    {0x10, 0x08, 0x40, 0},   // an invoke with a cleanup landing pad
    {0x20, 0x10, 0x00, 0},   // calls that may unwind, without a landing pad
    {0x30, 0x04, 0x250, 1},  // an invoke whose landing pad has an action (a long uleb128)
};

constexpr uintptr_t kFunc = 0x401000;

rt::LsdaLookup find(const std::vector<uint8_t>& table, uintptr_t offset) {
  LsdaBases bases;
  bases.func_start = kFunc;
  return rt::find_landing_pad(table.data(), kFunc + offset, bases);
}

}  // namespace

TEST_CASE("the call site covering the pc gives its landing pad", "[unwind][lsda]") {
  for (uint8_t encoding : {pe::kUleb128, pe::kUdata4}) {
    std::vector<uint8_t> table = lsda(encoding, kSites);
    rt::LsdaLookup r = find(table, 0x10);
    CHECK(r.status == LsdaStatus::LandingPad);
    CHECK(r.landing_pad == kFunc + 0x40);
    CHECK(r.action == 0);
    CHECK(find(table, 0x17).landing_pad == kFunc + 0x40);  // the range's last byte

    r = find(table, 0x33);
    CHECK(r.status == LsdaStatus::LandingPad);
    CHECK(r.landing_pad == kFunc + 0x250);
    CHECK(r.action == 1);

    CHECK(find(table, 0x20).status == LsdaStatus::NoLandingPad);
    CHECK(find(table, 0x2f).status == LsdaStatus::NoLandingPad);
  }
}

TEST_CASE("a pc outside every call site has none", "[unwind][lsda]") {
  std::vector<uint8_t> table = lsda(pe::kUleb128, kSites);
  CHECK(find(table, 0x0).status == LsdaStatus::NoCallSite);
  CHECK(find(table, 0x18).status == LsdaStatus::NoCallSite);  // one past the first range
  CHECK(find(table, 0x34).status == LsdaStatus::NoCallSite);
  CHECK(find(table, 0x1000).status == LsdaStatus::NoCallSite);
  CHECK(rt::find_landing_pad(nullptr, kFunc, LsdaBases{kFunc, 0, 0}).status ==
        LsdaStatus::NoCallSite);
  CHECK(find(lsda(pe::kUleb128, {}), 0x10).status == LsdaStatus::NoCallSite);
}

TEST_CASE("a type table offset in the header is skipped", "[unwind][lsda]") {
  std::vector<uint8_t> table = lsda(pe::kUleb128, kSites, true);
  CHECK(find(table, 0x12).landing_pad == kFunc + 0x40);
}

TEST_CASE("an explicit LPStart moves the landing pads", "[unwind][lsda]") {
  std::vector<uint8_t> table = {pe::kAbsPtr};
  uintptr_t lp_start = 0x500000;
  for (size_t i = 0; i < sizeof lp_start; ++i)
    table.push_back(static_cast<uint8_t>(lp_start >> (8 * i)));
  table.push_back(pe::kOmit);
  table.push_back(pe::kUleb128);
  table.push_back(4);
  for (uint8_t b : {0x10, 0x08, 0x40, 0x00}) table.push_back(b);
  rt::LsdaLookup r = find(table, 0x14);
  CHECK(r.status == LsdaStatus::LandingPad);
  CHECK(r.landing_pad == lp_start + 0x40);
}

TEST_CASE("an unknown encoding is reported, not guessed", "[unwind][lsda]") {
  std::vector<uint8_t> table = {pe::kOmit, pe::kOmit, 0x07, 3, 0x10, 0x08, 0x40, 0x00};
  CHECK(find(table, 0x12).status == LsdaStatus::Malformed);
}

TEST_CASE("a call site running past its table is malformed", "[unwind][lsda]") {
  // The table claims 3 bytes, but its one entry (uleb128 start, length, pad, action) has 4.
  std::vector<uint8_t> table = {pe::kOmit, pe::kOmit, pe::kUleb128, 3, 0x10, 0x08, 0x40, 0x00};
  CHECK(find(table, 0x12).status == LsdaStatus::Malformed);
}

TEST_CASE("an absurd call-site table length is malformed", "[unwind][lsda]") {
  std::vector<uint8_t> table = {pe::kOmit, pe::kOmit, pe::kUleb128, 0xff, 0xff, 0xff, 0xff, 0x0f};
  CHECK(find(table, 0x12).status == LsdaStatus::Malformed);
}

TEST_CASE("encoded values", "[unwind][lsda]") {
  LsdaBases bases{0x1000, 0x2000, 0x3000};
  uintptr_t v = 0;

  const uint8_t uleb_bytes[] = {0xe5, 0x8e, 0x26};  // 624485
  const uint8_t* p = uleb_bytes;
  REQUIRE(rt::read_encoded(&p, pe::kUleb128, bases, &v));
  CHECK(v == 624485);
  CHECK(p == uleb_bytes + 3);

  const uint8_t sleb_bytes[] = {0xc0, 0xbb, 0x78};  // -123456
  p = sleb_bytes;
  REQUIRE(rt::read_encoded(&p, pe::kSleb128, bases, &v));
  CHECK(static_cast<intptr_t>(v) == -123456);

  const uint8_t sdata4[] = {0xfc, 0xff, 0xff, 0xff};  // -4, relative to its own address
  p = sdata4;
  REQUIRE(rt::read_encoded(&p, pe::kPcRel | pe::kSdata4, bases, &v));
  CHECK(v == reinterpret_cast<uintptr_t>(sdata4) - 4);

  const uint8_t udata2[] = {0x34, 0x12};
  p = udata2;
  REQUIRE(rt::read_encoded(&p, pe::kDataRel | pe::kUdata2, bases, &v));
  CHECK(v == 0x3000 + 0x1234);
  p = udata2;
  REQUIRE(rt::read_encoded(&p, pe::kTextRel | pe::kUdata2, bases, &v));
  CHECK(v == 0x2000 + 0x1234);
  p = udata2;
  REQUIRE(rt::read_encoded(&p, pe::kFuncRel | pe::kUdata2, bases, &v));
  CHECK(v == 0x1000 + 0x1234);

  static const uintptr_t target = 0xabcdef;  // an indirect value points at the pointer
  uintptr_t address = reinterpret_cast<uintptr_t>(&target);
  uint8_t absptr[sizeof address];
  for (size_t i = 0; i < sizeof address; ++i) absptr[i] = static_cast<uint8_t>(address >> (8 * i));
  p = absptr;
  REQUIRE(rt::read_encoded(&p, pe::kIndirect | pe::kAbsPtr, bases, &v));
  CHECK(v == 0xabcdef);

  p = udata2;
  CHECK_FALSE(rt::read_encoded(&p, pe::kOmit, bases, &v));
}
