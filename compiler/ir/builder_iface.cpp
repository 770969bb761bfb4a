// Interfaces: boxing a value, type assertions, comma-ok assertions.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

// v converted to the interface type `to`: boxed with its dynamic type, or already one.
Value* Builder::toInterface(Value* v, ty::Type* to) {
  // Between interface types, MakeInterface converts (the lowering looks up the itab).
  if (v->type == to || (ty::isEmptyInterface(v->type) && ty::isEmptyInterface(to))) return v;
  // The method table of an unnamed or local type names wrappers that no other package builds.
  if (!ty::isInterface(v->type) && !ir::wrappersBuiltByDeclaringPackage(v->type) &&
      wrapped_.insert(v->type).second)
    buildPromotedWrappers(v->type);
  return emit(Op::MakeInterface, to, {v}, v->pos);
}

// x.(T), panicking when x does not hold a T.
Value* Builder::typeAssert(const TypeAssertExpr* e) {
  Value* x = expr(ast_.get(e->x));
  Value* a = emit(Op::TypeAssert, typeOf(e), {x}, e->pos);
  a->auxType = typeOf(e);
  return a;
}

// x.(T) in a comma-ok context: a (T, bool) tuple.
Value* Builder::commaOk(const Expr* e) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
  if (auto* ix = llvm::dyn_cast<IndexExpr>(e)) return mapCommaOk(ix);
  auto* ta = llvm::dyn_cast<TypeAssertExpr>(e);
  if (!ta) {
    unsupported(e->pos, "this comma-ok expression");
    return zero(ctx_.tuple({ctx_.basic(ty::BasicKind::Int), ctx_.basic(ty::BasicKind::Bool)}));
  }
  ty::Type* t = typeOf(ta);
  Value* x = expr(ast_.get(ta->x));
  Value* a = emit(Op::TypeAssert, ctx_.tuple({t, ctx_.basic(ty::BasicKind::Bool)}), {x}, e->pos);
  a->auxType = t;
  a->flag = true;
  return a;
}

}  // namespace ergo::ir::build
