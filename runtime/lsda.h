// Reads the language-specific data area (LSDA) that LLVM emits for functions with `invoke`:
// the GCC "except table" format (a header, a call-site table, an action table). The
// personality routine (unwind.cpp) asks it for the landing pad of the call that is unwinding.
#pragma once

#include <cstdint>

namespace ergo::rt {

// DWARF pointer encodings (DW_EH_PE_*) used by the LSDA header and call-site table.
namespace pe {
inline constexpr uint8_t kAbsPtr = 0x00;
inline constexpr uint8_t kUleb128 = 0x01;
inline constexpr uint8_t kUdata2 = 0x02;
inline constexpr uint8_t kUdata4 = 0x03;
inline constexpr uint8_t kUdata8 = 0x04;
inline constexpr uint8_t kSleb128 = 0x09;
inline constexpr uint8_t kSdata2 = 0x0a;
inline constexpr uint8_t kSdata4 = 0x0b;
inline constexpr uint8_t kSdata8 = 0x0c;
inline constexpr uint8_t kPcRel = 0x10;
inline constexpr uint8_t kTextRel = 0x20;
inline constexpr uint8_t kDataRel = 0x30;
inline constexpr uint8_t kFuncRel = 0x40;
inline constexpr uint8_t kAligned = 0x50;
inline constexpr uint8_t kIndirect = 0x80;
inline constexpr uint8_t kOmit = 0xff;
}  // namespace pe

// The base addresses an encoded pointer may be relative to (from the unwinder's context).
struct LsdaBases {
  uintptr_t func_start = 0;  // _Unwind_GetRegionStart: call-site offsets are relative to it
  uintptr_t text = 0;        // _Unwind_GetTextRelBase
  uintptr_t data = 0;        // _Unwind_GetDataRelBase
};

enum class LsdaStatus : uint8_t {
  LandingPad,    // the call site has a landing pad: `landing_pad` is its address
  NoLandingPad,  // the call site is listed without a landing pad: keep unwinding
  NoCallSite,    // no entry covers the pc (C++ would terminate; ergo keeps unwinding)
  Malformed,     // an encoding the parser does not know
};

struct LsdaLookup {
  LsdaStatus status = LsdaStatus::NoCallSite;
  uintptr_t landing_pad = 0;
  uint64_t action = 0;  // 1 + offset into the action table; 0 for a pure cleanup
};

// Finds the call-site entry of `lsda` covering `pc`, the address of the calling instruction
// itself (a return address minus one). `lsda` is null for a function without one.
LsdaLookup find_landing_pad(const uint8_t* lsda, uintptr_t pc, const LsdaBases& bases);

// Reads one encoded value at *p (advancing *p); false for an unknown encoding. Exposed for
// the tests.
bool read_encoded(const uint8_t** p, uint8_t encoding, const LsdaBases& bases, uintptr_t* out);

}  // namespace ergo::rt
