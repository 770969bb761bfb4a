// Escape analysis: decides for every Alloc whether it may live on the stack. For now the
// rule is the trivial sound one for the supported subset: an Alloc whose address is used
// only as the address operand of Load and Store stays on the stack; any other use (its
// address stored, passed, or converted) puts it on the heap. Slices from MakeSlice always
// live on the heap until the analysis tracks them.
#pragma once

#include "ir/ir.h"

namespace ergo::escape {

struct Stats {
  unsigned stack = 0;
  unsigned heap = 0;
};

Stats analyze(ir::Module& m);

}  // namespace ergo::escape
