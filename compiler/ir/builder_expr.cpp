// Expressions: the dispatch over expression kinds, names, unary and binary operators.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

// One expression by its kind; expr() (builder_order.cpp) is the way in.
Value* Builder::exprNode(const Expr* e) {
  const ty::TypeAndValue* tv = info_.typeOf(e);
  if (tv && tv->mode == ty::Mode::Constant) return constant(tv->type, tv->value);
  switch (e->kind) {
    case NodeKind::ParenExpr:
      return expr(ast_.get(llvm::cast<ParenExpr>(e)->x));
    case NodeKind::Ident:
      return identValue(llvm::cast<Ident>(e));
    case NodeKind::SelectorExpr: {
      auto* sel = llvm::cast<SelectorExpr>(e);
      if (isFieldSelector(sel)) return selector(sel, /*wantAddr=*/false);
      if (Value* m = methodValue(sel)) return m;  // builder_method.cpp
      return identValue(ast_.get(sel->sel));
    }
    case NodeKind::StarExpr:
      return deref(llvm::cast<StarExpr>(e));
    case NodeKind::CallExpr:
      return call(llvm::cast<CallExpr>(e));
    case NodeKind::FuncLit:
      return funcLit(llvm::cast<FuncLit>(e));
    case NodeKind::IndexExpr:
      if (ty::Func* f = staticCallee(e)) return funcRef(genericUse(f, calleeIdent(e)));  // F[int]
      return indexExpr(llvm::cast<IndexExpr>(e));
    case NodeKind::SliceExpr:
      return sliceExpr(llvm::cast<SliceExpr>(e));
    case NodeKind::TypeAssertExpr:
      return typeAssert(llvm::cast<TypeAssertExpr>(e));
    case NodeKind::UnaryExpr:
      return unary(llvm::cast<UnaryExpr>(e));
    case NodeKind::BinaryExpr:
      return binary(llvm::cast<BinaryExpr>(e));
    case NodeKind::CompositeLit:
      return compositeLit(llvm::cast<CompositeLit>(e));
    default:
      unsupported(e->pos, fmt::format("this expression ({})", nodeKindName(e->kind)));
      return zero(typeOf(e) ? typeOf(e) : ctx_.basic(ty::BasicKind::Int));
  }
}

Value* Builder::identValue(const Ident* id) {
  ty::Object* obj = info_.objectOf(id);
  if (!obj) return zero(typeOf(id));
  switch (obj->kind) {
    case ty::ObjectKind::Var:
      return load(varAddr(static_cast<ty::Var*>(obj)), id->pos);
    case ty::ObjectKind::Nil:
      return zero(ctx_.basic(ty::BasicKind::UntypedNil));
    case ty::ObjectKind::Func: {
      auto* f = static_cast<ty::Func*>(obj);
      return funcRef(isGeneric(f) ? genericUse(f, id) : functionFor(f));
    }
    default:
      unsupported(id->pos, "this kind of name");
      return zero(ctx_.basic(ty::BasicKind::Int));
  }
}

Value* Builder::varAddr(ty::Var* v) {
  auto it = vars_.find(v);
  if (it != vars_.end()) return it->second;
  if (v->isGlobal) return globalAddr(v);
  return capture(v);  // a variable of an enclosing function
}

Value* Builder::unary(const UnaryExpr* e) {
  if (e->op == Tok::And) return addressOf(e);
  Value* x = expr(ast_.get(e->x));
  Value* r = emit(Op::UnOp, typeOf(e), {x}, e->pos);
  r->tok = e->op;
  return r;
}

Value* Builder::binary(const BinaryExpr* e) {
  if (e->op == Tok::LogAnd || e->op == Tok::LogOr) {
    // x && y: a temporary written on each path (LLVM's mem2reg makes it a phi).
    ty::Type* t = typeOf(e);
    Value* result = alloc(t, "", e->pos);
    Value* x = expr(ast_.get(e->x));
    store(result, x);
    Block* rhs = fn_->newBlock(e->op == Tok::LogAnd ? "and.rhs" : "or.rhs");
    Block* done = fn_->newBlock(e->op == Tok::LogAnd ? "and.done" : "or.done");
    if (e->op == Tok::LogAnd)
      branch(x, rhs, done);
    else
      branch(x, done, rhs);
    cur_ = rhs;
    store(result, expr(ast_.get(e->y)));
    jump(done);
    cur_ = done;
    return load(result, e->pos);
  }
  Value* x = expr(ast_.get(e->x));
  Value* y = expr(ast_.get(e->y));
  // Mixed interface / concrete comparisons compare as interfaces.
  if (ty::isInterface(x->type) && !ty::isInterface(y->type))
    y = convert(y, x->type);
  else if (ty::isInterface(y->type) && !ty::isInterface(x->type))
    x = convert(x, y->type);
  if (x->op == Op::Const && ty::isBasic(x->type, ty::BasicKind::UntypedNil)) x = zero(y->type);
  if (y->op == Op::Const && ty::isBasic(y->type, ty::BasicKind::UntypedNil)) y = zero(x->type);
  ty::Type* xu = ty::underlying(x->type);
  if (llvm::isa<ty::Struct>(xu) || llvm::isa<ty::Array>(xu)) {
    Value* r = aggregateEq(e->op, x, y, e->opPos);
    r->type = typeOf(e);
    return r;
  }
  if (e->op == Tok::Shl || e->op == Tok::Shr) y = shiftCount(y);
  Value* r = emit(Op::BinOp, typeOf(e), {x, y}, e->opPos);
  r->tok = e->op;
  return r;
}

// A constant shift count is a non-negative integer representable as an uint (the spec), also
// when its type is a float or complex one (x << 1., x << (2+0i)) or int while its value is
// beyond int's (x << (math.MaxUint+0)): that integer, as an uint.
Value* Builder::shiftCount(Value* y) {
  if (y->op != Op::Const) return y;
  ty::Constant n = y->constant.toInt();
  if (n.kind() != ty::Constant::Kind::Int || n.sign() < 0 || !n.fitsInt(64, false))
    return y;  // the checker reported it
  return constant(ctx_.basic(ty::BasicKind::Uint), n);
}

}  // namespace ergo::ir::build
