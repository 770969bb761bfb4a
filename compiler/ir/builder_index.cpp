// Indexing and slicing: s[i], s[a:b:c], and the addresses of elements.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

Value* Builder::indexExpr(const IndexExpr* e) {
  if (isArrayOperand(typeOf(ast_.get(e->x)))) {
    Value* a = arrayAddr(ast_.get(e->x), e->pos);
    Value* i = expr(ast_.nodes(e->indices)[0]);
    return load(indexAddr(a, i, e->pos), e->pos);
  }
  Value* x = expr(ast_.get(e->x));
  if (isMap(x->type)) return mapIndex(e, x);
  Value* i = expr(ast_.nodes(e->indices)[0]);
  if (ty::isString(x->type))
    return emit(Op::StringIndex, ctx_.basic(ty::BasicKind::Uint8), {x, i}, e->pos);
  return load(indexAddr(x, i, e->pos), e->pos);
}

Value* Builder::sliceExpr(const SliceExpr* e) {
  // a[lo:hi] of an (addressable) array or an array pointer slices the array in place.
  Value* x = isArrayOperand(typeOf(ast_.get(e->x)))
                 ? arrayToSlice(arrayAddr(ast_.get(e->x), e->pos), e->pos)
                 : expr(ast_.get(e->x));
  Value* lo = e->lo ? expr(ast_.get(e->lo)) : nullptr;
  Value* hi = e->hi ? expr(ast_.get(e->hi)) : nullptr;
  Value* max = e->max ? expr(ast_.get(e->max)) : nullptr;
  return emit(Op::Slice, typeOf(e), {x, lo, hi, max}, e->pos);
}

// &x[i] of a slice, or of an array given by its (non-nil) address.
Value* Builder::indexAddr(Value* slice, Value* index, Pos pos) {
  ty::Type* u = ty::underlying(slice->type);
  if (auto* p = llvm::dyn_cast<ty::Pointer>(u)) {
    auto* at = llvm::cast<ty::Array>(ty::underlying(p->elem));
    return emit(Op::IndexAddr, ctx_.pointer(at->elem), {slice, index}, pos);
  }
  auto* st = llvm::cast<ty::Slice>(u);
  return emit(Op::IndexAddr, ctx_.pointer(st->elem), {slice, index}, pos);
}

// The address of element i of a slice this builder just made with at least i+1 elements:
// no bounds check is needed (composite literals, variadic argument slices).
Value* Builder::freshElementAddr(Value* slice, int64_t i, Pos pos) {
  Value* a = indexAddr(slice, intConst(i), pos);
  a->flag = true;
  return a;
}

}  // namespace ergo::ir::build
