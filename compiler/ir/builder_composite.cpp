// Composite literals.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

// T{e0, e1, ...} of a slice type: a new backing array holding the elements.
Value* Builder::compositeLit(const CompositeLit* e) {
  ty::Type* t = typeOf(e);
  if (isMap(t)) return mapLiteral(e);
  auto* st = llvm::cast<ty::Slice>(ty::underlying(t));
  ExprRange elts = ast_.nodes(e->elts);
  Value* n = intConst(static_cast<int64_t>(elts.size()));
  Value* s = emit(Op::MakeSlice, t, {n, n}, e->pos);
  for (size_t i = 0; i < elts.size(); ++i) {
    Value* v = convert(expr(elts[i]), st->elem);
    store(freshElementAddr(s, static_cast<int64_t>(i), elts[i]->pos), v);
  }
  return s;
}

}  // namespace ergo::ir::build
