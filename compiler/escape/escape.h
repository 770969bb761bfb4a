// Escape analysis: decides for every Alloc whether it may live on the stack (in the frame)
// or must be a heap object. Each function gets a flow graph of the values that hold or
// derive pointers from others (field and element addresses, slices of arrays, conversions,
// appends, variables written and read); an Alloc moves to the heap when its address can reach
// a place that outlives the call: a store into memory other than a local variable, a return,
// an interface, a closure, a map, a defer or go statement, a call through a func or interface
// value, a call of another package's function, or a parameter of this package's function
// that leaks. Which parameters leak is computed for the whole package, to a fixed point. An
// Alloc inside a loop whose address is kept in a variable moves to the heap too: each
// iteration's variable needs its own memory (gc's loop-depth rule). The same rules decide
// whether a MakeSlice's array may live in the frame (the lowering puts it there when its
// capacity is a constant of at most 64 KiB, as gc).
#pragma once

#include "ir/ir.h"

namespace ergo::escape {

struct Stats {
  unsigned stack = 0;
  unsigned heap = 0;
};

Stats analyze(ir::Module& m);

}  // namespace ergo::escape
