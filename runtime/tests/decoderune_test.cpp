// decoderune drives `for i, r := range s`: it must decode exactly as gc's range loop does,
// including U+FFFD with a one-byte step for every kind of malformed input.
#include <catch2/catch.hpp>
#include <string>

#include "entries.h"

namespace rt = ergo::rt;

namespace {
struct Step {
  uint64_t rune;
  uint64_t next;
};
Step decode(const std::string& s, int64_t k) {
  rt::Pair p =
      rt::decoderune(reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size()), k);
  return {p.first, p.second};
}
}  // namespace

TEST_CASE("decoderune decodes ASCII and multi-byte runes", "[string][utf8]") {
  std::string s = "a\u00e9\u4e16\U0001F600";  // 1, 2, 3 and 4 bytes
  Step a = decode(s, 0);
  CHECK(a.rune == 'a');
  CHECK(a.next == 1);
  Step e = decode(s, 1);
  CHECK(e.rune == 0xE9);
  CHECK(e.next == 3);
  Step cjk = decode(s, 3);
  CHECK(cjk.rune == 0x4E16);
  CHECK(cjk.next == 6);
  Step emoji = decode(s, 6);
  CHECK(emoji.rune == 0x1F600);
  CHECK(emoji.next == 10);
}

TEST_CASE("decoderune yields U+FFFD and advances one byte on malformed input", "[string][utf8]") {
  CHECK(decode("\xff", 0).rune == 0xFFFD);
  CHECK(decode("\xff", 0).next == 1);
  CHECK(decode("\x80x", 0).next == 1);          // stray continuation byte
  CHECK(decode("\xc3", 0).rune == 0xFFFD);      // truncated sequence
  CHECK(decode("\xc0\x80", 0).rune == 0xFFFD);  // overlong encoding of NUL
  CHECK(decode("\xc0\x80", 0).next == 1);
  CHECK(decode("\xed\xa0\x80", 0).rune == 0xFFFD);      // surrogate U+D800
  CHECK(decode("\xf4\x90\x80\x80", 0).rune == 0xFFFD);  // above U+10FFFF
  CHECK(decode("\xe4\xb8x", 0).next == 1);              // bad second continuation
}
