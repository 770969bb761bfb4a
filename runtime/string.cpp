#include <cstring>

#include "alloc.h"
#include "entries.h"
#include "panic.h"
#include "sizeclass.h"
#include "utf8.h"

namespace ergo::rt {

namespace {

// One-byte strings point into this table instead of allocating, as gc does.
constexpr auto kSingleBytes = [] {
  struct Table {
    uint8_t bytes[256];
  } t{};
  for (int i = 0; i < 256; ++i) t.bytes[i] = static_cast<uint8_t>(i);
  return t;
}();

Pair copy_to_new_string(const uint8_t* data, uint64_t len) {
  if (len == 0) return make_pair(nullptr, 0);
  if (len == 1) return make_pair(&kSingleBytes.bytes[data[0]], 1);
  void* p = alloc_uninitialized(len);
  memcpy(p, data, len);
  return make_pair(p, len);
}

}  // namespace

// a + b. When one side is empty the other is returned as is: strings are immutable.
Pair concatstring2(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  if (alen == 0) return make_pair(b, static_cast<uint64_t>(blen));
  if (blen == 0) return make_pair(a, static_cast<uint64_t>(alen));
  uint64_t len = static_cast<uint64_t>(alen) + static_cast<uint64_t>(blen);
  if (len > static_cast<uint64_t>(INT64_MAX)) fatal("string concatenation too long");
  uint8_t* p = static_cast<uint8_t*>(alloc_uninitialized(len));
  memcpy(p, a, static_cast<uint64_t>(alen));
  memcpy(p + alen, b, static_cast<uint64_t>(blen));
  return make_pair(p, len);
}

// Bytewise order, a shorter prefix first: -1, 0 or +1.
int64_t cmpstring(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  int64_t n = alen < blen ? alen : blen;
  if (n > 0 && a != b) {
    int c = memcmp(a, b, static_cast<uint64_t>(n));
    if (c != 0) return c < 0 ? -1 : 1;
  }
  if (alen == blen) return 0;
  return alen < blen ? -1 : 1;
}

uint8_t memequal(const void* p, const void* q, int64_t n) {
  if (p == q || n == 0) return 1;
  return memcmp(p, q, static_cast<uint64_t>(n)) == 0 ? 1 : 0;
}

// string(b): a copy, since the slice may change later.
Pair slicebytetostring(const uint8_t* data, int64_t len) {
  return copy_to_new_string(data, static_cast<uint64_t>(len));
}

// []byte(s): a fresh slice whose cap is the size-class rounded length, as gc's rawbyteslice;
// the bytes between len and cap are zero. Returns {data, cap}; len is the string's.
Pair stringtoslicebyte(const uint8_t* data, int64_t len) {
  uint64_t n = static_cast<uint64_t>(len);
  uint64_t cap = round_up_size(n);
  void* p = alloc_zeroed(cap);
  if (n > 0) memcpy(p, data, n);
  return make_pair(p, cap);
}

// string(runes): two passes, the length first, so the string is allocated once.
Pair slicerunetostring(const int32_t* data, int64_t len) {
  uint8_t buf[kUTFMax];
  uint64_t size = 0;
  for (int64_t i = 0; i < len; ++i) size += static_cast<uint64_t>(encode_rune(data[i], buf));
  if (size <= 1) {
    if (size == 0) return make_pair(nullptr, 0);
    encode_rune(data[0], buf);
    return copy_to_new_string(buf, 1);
  }
  uint8_t* p = static_cast<uint8_t*>(alloc_uninitialized(size));
  uint64_t at = 0;
  for (int64_t i = 0; i < len; ++i) at += static_cast<uint64_t>(encode_rune(data[i], p + at));
  return make_pair(p, size);
}

int64_t countrunes(const uint8_t* data, int64_t len) {
  int64_t n = 0;
  for (int64_t k = 0; k < len; ++n) k = static_cast<int64_t>(decoderune(data, len, k).second);
  return n;
}

// The bytes past n runes are zero, as gc's rawruneslice leaves them.
Pair stringtorunes(const uint8_t* data, int64_t len, int64_t n) {
  uint64_t bytes = round_up_size(static_cast<uint64_t>(n) * 4);
  auto* p = static_cast<int32_t*>(alloc_zeroed(bytes));
  int64_t i = 0;
  for (int64_t k = 0; k < len; ++i) {
    Pair r = decoderune(data, len, k);
    p[i] = static_cast<int32_t>(r.first);
    k = static_cast<int64_t>(r.second);
  }
  return make_pair(p, bytes / 4);
}

// string(rune(v)).
Pair intstring(int64_t rune) {
  uint8_t buf[kUTFMax];
  int n = encode_rune(rune, buf);
  return copy_to_new_string(buf, static_cast<uint64_t>(n));
}

}  // namespace ergo::rt

namespace ergo::rt {

Pair decoderune(const uint8_t* s, int64_t len, int64_t k) {
  // Decodes one UTF-8 sequence; anything malformed (bad lead byte, bad continuation, overlong
  // form, surrogate, above U+10FFFF, truncated) is U+FFFD with a width of one byte.
  auto bad = [&] { return Pair{static_cast<uint64_t>(kRuneError), static_cast<uint64_t>(k + 1)}; };
  uint8_t c = s[k];
  if (c < 0x80) return Pair{c, static_cast<uint64_t>(k + 1)};
  int n;
  uint32_t r, min;
  if ((c & 0xE0) == 0xC0)
    n = 2, r = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0)
    n = 3, r = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0)
    n = 4, r = c & 0x07, min = 0x10000;
  else
    return bad();
  if (k + n > len) return bad();
  for (int i = 1; i < n; ++i) {
    uint8_t cc = s[k + i];
    if ((cc & 0xC0) != 0x80) return bad();
    r = (r << 6) | (cc & 0x3F);
  }
  if (r < min || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) return bad();
  return Pair{r, static_cast<uint64_t>(k + n)};
}

}  // namespace ergo::rt
