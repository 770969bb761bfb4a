// TEMPORARY (issue3-C2): a weak getg() for branches without helper A's runtime/g.cpp. A's
// strong definition replaces it at link time; this file goes away once A's branch is merged.
#include "g.h"

namespace ergo::rt {

namespace {
thread_local G fallback_g{0, 0, 0, nullptr, nullptr, 1};
}  // namespace

__attribute__((weak)) G* getg() {
  return &fallback_g;
}

}  // namespace ergo::rt
