// Metadata for the garbage collector. TODO(issue 3): the globals' pointer map.
#include "lower/lowerer.h"

namespace ergo::lower {

void Lowerer::emitGlobalRootMap() {}

}  // namespace ergo::lower
