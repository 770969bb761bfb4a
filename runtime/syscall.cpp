// System calls that stdlib reaches through bodyless //go:linkname functions.
#include "entries.h"
#include "writer.h"

namespace ergo::rt {

// write(fd, b []byte): all of b, or a short count if an error stops it after some bytes, or
// -errno if nothing could be written. `cap` is part of the slice argument and unused.
int64_t write(int64_t fd, const void* data, int64_t len, int64_t /*cap*/) {
  if (len <= 0) return 0;
  return write_all(static_cast<int>(fd), data, static_cast<size_t>(len));
}

}  // namespace ergo::rt
