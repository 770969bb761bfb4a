#include <catch2/catch.hpp>
#include <string>

#include "alloc.h"
#include "entries.h"

namespace rt = ergo::rt;

namespace {

const uint8_t* bytes(const char* s) {
  return reinterpret_cast<const uint8_t*>(s);
}

std::string as_string(rt::Pair p) {
  return std::string(reinterpret_cast<const char*>(p.first), p.second);
}

int64_t cmp(const std::string& a, const std::string& b) {
  return rt::cmpstring(bytes(a.data()), static_cast<int64_t>(a.size()), bytes(b.data()),
                       static_cast<int64_t>(b.size()));
}

}  // namespace

TEST_CASE("concatstring2 copies, except when one side is empty", "[string]") {
  const char* a = "hello, ";
  const char* b = "world";
  rt::Pair p = rt::concatstring2(bytes(a), 7, bytes(b), 5);
  CHECK(as_string(p) == "hello, world");
  CHECK(p.first != reinterpret_cast<uint64_t>(a));

  rt::Pair left = rt::concatstring2(bytes(a), 7, nullptr, 0);
  CHECK(left.first == reinterpret_cast<uint64_t>(a));
  CHECK(left.second == 7);
  rt::Pair right = rt::concatstring2(bytes(a), 0, bytes(b), 5);
  CHECK(right.first == reinterpret_cast<uint64_t>(b));
  CHECK(right.second == 5);
  CHECK(rt::concatstring2(nullptr, 0, nullptr, 0).second == 0);
}

TEST_CASE("cmpstring orders bytewise, shorter prefix first", "[string]") {
  CHECK(cmp("", "") == 0);
  CHECK(cmp("abc", "abc") == 0);
  CHECK(cmp("abc", "abd") == -1);
  CHECK(cmp("abd", "abc") == 1);
  CHECK(cmp("ab", "abc") == -1);
  CHECK(cmp("abc", "ab") == 1);
  CHECK(cmp("", "a") == -1);
  CHECK(cmp("\xff", "a") == 1);  // bytes are unsigned
}

TEST_CASE("memequal", "[string]") {
  CHECK(rt::memequal("abc", "abc", 3) == 1);
  CHECK(rt::memequal("abc", "abd", 3) == 0);
  CHECK(rt::memequal(nullptr, nullptr, 0) == 1);
}

TEST_CASE("conversions between strings and byte slices copy", "[string]") {
  uint8_t buf[] = {'x', 'y', 'z'};
  rt::Pair s = rt::slicebytetostring(buf, 3);
  buf[0] = 'q';
  CHECK(as_string(s) == "xyz");
  CHECK(rt::slicebytetostring(buf, 0).second == 0);
  CHECK(as_string(rt::slicebytetostring(buf, 1)) == "q");

  // go 1.19: cap([]byte(s)) for an escaping 16-byte string is 16; a 17-byte one gets 24.
  const char* text = "0123456789abcdefg";
  rt::Pair b = rt::stringtoslicebyte(bytes(text), 16);
  CHECK(b.second == 16);
  CHECK(std::string(reinterpret_cast<const char*>(b.first), 16) == "0123456789abcdef");
  rt::Pair c = rt::stringtoslicebyte(bytes(text), 17);
  CHECK(c.second == 24);
  for (int i = 17; i < 24; ++i) CHECK(reinterpret_cast<const uint8_t*>(c.first)[i] == 0);
  rt::Pair e = rt::stringtoslicebyte(nullptr, 0);
  CHECK(e.first == reinterpret_cast<uint64_t>(&rt::zerobase));  // []byte("") is not nil
  CHECK(e.second == 0);
}

// go 1.19: string(rune(v)) for each v.
TEST_CASE("intstring encodes UTF-8, invalid runes as U+FFFD", "[string]") {
  CHECK(as_string(rt::intstring('A')) == "A");
  CHECK(as_string(rt::intstring(0)) == std::string(1, '\0'));
  CHECK(as_string(rt::intstring(0xE9)) == "\xC3\xA9");
  CHECK(as_string(rt::intstring(0x20AC)) == "\xE2\x82\xAC");
  CHECK(as_string(rt::intstring(0x1F600)) == "\xF0\x9F\x98\x80");
  CHECK(as_string(rt::intstring(0x10FFFF)) == "\xF4\x8F\xBF\xBF");
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(as_string(rt::intstring(0x110000)) == replacement);
  CHECK(as_string(rt::intstring(-1)) == replacement);
  CHECK(as_string(rt::intstring(0xD800)) == replacement);
  CHECK(as_string(rt::intstring(0xDFFF)) == replacement);
  CHECK(as_string(rt::intstring(int64_t{1} << 32 | 'A')) == replacement);
}
