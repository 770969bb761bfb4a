#include "lsda.h"

#include <cstring>

namespace ergo::rt {

namespace {

// A 64-bit LEB128 value takes at most 10 bytes: a longer run is malformed, and reading stops
// there rather than walking on through memory.
constexpr unsigned kMaxLebBits = 70;

// The LSDA records no size of its own; a call-site table longer than this is malformed.
constexpr uint64_t kMaxCallSiteTable = uint64_t{1} << 24;

uint64_t read_uleb128(const uint8_t** p) {
  uint64_t result = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    byte = *(*p)++;
    if (shift < 64) result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    shift += 7;
  } while ((byte & 0x80) && shift < kMaxLebBits);
  return result;
}

int64_t read_sleb128(const uint8_t** p) {
  uint64_t result = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    byte = *(*p)++;
    if (shift < 64) result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    shift += 7;
  } while ((byte & 0x80) && shift < kMaxLebBits);
  if (shift < 64 && (byte & 0x40)) result |= ~uint64_t{0} << shift;  // sign-extend
  return static_cast<int64_t>(result);
}

// Unaligned fixed-size read (LSDA fields have no alignment).
template <typename T>
T read_fixed(const uint8_t** p) {
  T v;
  memcpy(&v, *p, sizeof v);
  *p += sizeof v;
  return v;
}

}  // namespace

bool read_encoded(const uint8_t** p, uint8_t encoding, const LsdaBases& bases, uintptr_t* out) {
  if (encoding == pe::kOmit) return false;
  const uint8_t* start = *p;
  if ((encoding & 0x70) == pe::kAligned) {
    uintptr_t a = (reinterpret_cast<uintptr_t>(*p) + sizeof(uintptr_t) - 1) &
                  ~(uintptr_t{sizeof(uintptr_t)} - 1);
    *p = reinterpret_cast<const uint8_t*>(a);
    *out = read_fixed<uintptr_t>(p);
    return true;
  }
  uintptr_t value;
  switch (encoding & 0x0f) {
    case pe::kAbsPtr:
      value = read_fixed<uintptr_t>(p);
      break;
    case pe::kUleb128:
      value = static_cast<uintptr_t>(read_uleb128(p));
      break;
    case pe::kUdata2:
      value = read_fixed<uint16_t>(p);
      break;
    case pe::kUdata4:
      value = read_fixed<uint32_t>(p);
      break;
    case pe::kUdata8:
      value = static_cast<uintptr_t>(read_fixed<uint64_t>(p));
      break;
    case pe::kSleb128:
      value = static_cast<uintptr_t>(read_sleb128(p));
      break;
    case pe::kSdata2:
      value = static_cast<uintptr_t>(static_cast<intptr_t>(read_fixed<int16_t>(p)));
      break;
    case pe::kSdata4:
      value = static_cast<uintptr_t>(static_cast<intptr_t>(read_fixed<int32_t>(p)));
      break;
    case pe::kSdata8:
      value = static_cast<uintptr_t>(read_fixed<int64_t>(p));
      break;
    default:
      return false;
  }
  if (value != 0) {  // a zero value stays zero ("no landing pad"), whatever the base
    switch (encoding & 0x70) {
      case 0:
        break;
      case pe::kPcRel:
        value += reinterpret_cast<uintptr_t>(start);
        break;
      case pe::kTextRel:
        value += bases.text;
        break;
      case pe::kDataRel:
        value += bases.data;
        break;
      case pe::kFuncRel:
        value += bases.func_start;
        break;
      default:
        return false;
    }
    if (encoding & pe::kIndirect) value = *reinterpret_cast<const uintptr_t*>(value);
  }
  *out = value;
  return true;
}

LsdaLookup find_landing_pad(const uint8_t* lsda, uintptr_t pc, const LsdaBases& bases) {
  LsdaLookup result;
  if (lsda == nullptr) return result;
  const uint8_t* p = lsda;

  // Header: landing pads are relative to LPStart, which defaults to the function's start.
  uintptr_t lp_start = bases.func_start;
  uint8_t lp_start_encoding = *p++;
  if (lp_start_encoding != pe::kOmit && !read_encoded(&p, lp_start_encoding, bases, &lp_start)) {
    result.status = LsdaStatus::Malformed;
    return result;
  }
  uint8_t ttype_encoding = *p++;
  if (ttype_encoding != pe::kOmit) read_uleb128(&p);  // type table offset: ergo has no catches
  uint8_t call_site_encoding = *p++;
  uint64_t table_length = read_uleb128(&p);
  if (table_length > kMaxCallSiteTable) {
    result.status = LsdaStatus::Malformed;
    return result;
  }
  const uint8_t* table_end = p + table_length;

  // Call sites, sorted by start; offsets are relative to the function's start and are read
  // without applying a base (as every producer writes them).
  LsdaBases no_bases;
  uint8_t offset_encoding = call_site_encoding & 0x0f;
  while (p < table_end) {
    uintptr_t start, length, landing_pad;
    if (!read_encoded(&p, offset_encoding, no_bases, &start) ||
        !read_encoded(&p, offset_encoding, no_bases, &length) ||
        !read_encoded(&p, offset_encoding, no_bases, &landing_pad)) {
      result.status = LsdaStatus::Malformed;
      return result;
    }
    uint64_t action = read_uleb128(&p);
    if (p > table_end) {  // an entry may not run past the table
      result.status = LsdaStatus::Malformed;
      return result;
    }
    uintptr_t begin = bases.func_start + start;
    if (pc < begin) break;  // sorted: no later entry can cover pc
    if (pc >= begin + length) continue;
    if (landing_pad == 0) {
      result.status = LsdaStatus::NoLandingPad;
      return result;
    }
    result.status = LsdaStatus::LandingPad;
    result.landing_pad = lp_start + landing_pad;
    result.action = action;
    return result;
  }
  return result;  // NoCallSite
}

}  // namespace ergo::rt
