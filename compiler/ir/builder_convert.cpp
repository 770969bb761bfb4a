// Conversions: implicit ones for assignment (untyped nil, interfaces) and explicit T(x).
#include "ir/builder_internal.h"

namespace ergo::ir::build {

// Converts v for assignment to a variable of type `to` (interfaces, untyped nil).
Value* Builder::convert(Value* v, ty::Type* to) {
  if (!to || v->type == to) return v;
  if (v->op == Op::Const && ty::isBasic(v->type, ty::BasicKind::UntypedNil)) return zero(to);
  if (ty::isInterface(to)) return toInterface(v, to);
  return v;
}

// T(x) for a non-constant x.
Value* Builder::conversion(const CallExpr* e, ty::Type* to) {
  Value* x = expr(ast_.nodes(e->args)[0]);
  if (ty::isInterface(to)) return convert(x, to);
  if (x->op == Op::Const && ty::isBasic(x->type, ty::BasicKind::UntypedNil)) return zero(to);
  // Lowering decides what it costs: nothing for the same representation, else a real change.
  return emit(Op::Convert, to, {x}, e->pos);
}

}  // namespace ergo::ir::build
