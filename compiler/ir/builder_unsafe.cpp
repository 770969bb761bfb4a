// Package unsafe's functions. Sizeof, Alignof and Offsetof are constants the checker folded,
// except over types whose size depends on a type parameter (generic code, laid out here once
// the types are known). Add, Slice, String, StringData and SliceData become one UnsafeCall
// each (lower/unsafe.cpp); conversions between pointers, unsafe.Pointer and uintptr are
// plain Converts.
#include "ir/builder_internal.h"
#include "types/sizes.h"

namespace ergo::ir::build {

Value* Builder::unsafeBuiltin(const CallExpr* e, ty::BuiltinId id) {
  ExprRange argExprs = ast_.nodes(e->args);
  ty::Type* uintptrType = ctx_.basic(ty::BasicKind::Uintptr);
  switch (id) {
    case ty::BuiltinId::Sizeof:
    case ty::BuiltinId::Alignof: {
      ty::Type* t = typeOf(argExprs[0]);
      ty::Sizes sizes;
      int64_t n = id == ty::BuiltinId::Sizeof ? sizes.sizeOf(t) : sizes.alignOf(t);
      return constant(uintptrType, ty::Constant::fromInt64(n));
    }
    case ty::BuiltinId::Offsetof:
      unsupported(e->pos, "unsafe.Offsetof of a field whose offset depends on a type parameter");
      return zero(uintptrType);
    default:
      break;
  }
  // Untyped arguments (nil, a constant length) take the types the checker gave them.
  std::vector<Value*> args;
  for (const Expr* a : argExprs) {
    Value* x = expr(a);
    ty::Type* want = typeOf(a);
    if (x->op == Op::Const && ty::isBasic(x->type, ty::BasicKind::UntypedNil))
      x = zero(want);
    else if (x->op == Op::Const && ty::isUntyped(x->type))
      x = constant(want, x->constant);
    args.push_back(x);
  }
  Value* v = emit(Op::UnsafeCall, typeOf(e), {}, e->pos);
  v->operands = std::move(args);
  v->index = static_cast<int64_t>(id);
  return v;
}

}  // namespace ergo::ir::build
