#include "escape/escape.h"

#include "llvm/ADT/DenseSet.h"

namespace ergo::escape {

Stats analyze(ir::Module& m) {
  Stats stats;
  for (auto& fn : m.functions) {
    if (fn->external) continue;
    llvm::DenseSet<const ir::Value*> escaping;
    for (auto& b : fn->blocks) {
      for (ir::Value* v : b->instrs) {
        for (size_t i = 0; i < v->operands.size(); ++i) {
          ir::Value* o = v->operands[i];
          if (!o || o->op != ir::Op::Alloc) continue;
          bool addressOnly =
              (v->op == ir::Op::Load && i == 0) || (v->op == ir::Op::Store && i == 0);
          if (!addressOnly) escaping.insert(o);
        }
      }
    }
    for (auto& b : fn->blocks)
      for (ir::Value* v : b->instrs)
        if (v->op == ir::Op::Alloc) {
          v->heap = escaping.count(v) > 0;
          ++(v->heap ? stats.heap : stats.stack);
        }
  }
  return stats;
}

}  // namespace ergo::escape
