// Assignment (=, :=, op=) in the spec's two phases, and addresses of assignable expressions.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

// The variable an identifier on the left of := or = denotes (null for _).
ty::Var* Builder::lhsVar(const Ident* id) {
  if (ast_.str(id->name) == "_") return nullptr;
  return llvm::dyn_cast_or_null<ty::Var>(info_.objectOf(id));
}

void Builder::declare(ty::Var* v, Value* init, Pos pos) {
  Value* a = alloc(v->type, v->name.str(), pos);
  vars_[v] = a;
  if (init) store(a, convert(init, v->type));
}

Builder::Target Builder::target(const Expr* e) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
  if (auto* ix = llvm::dyn_cast<IndexExpr>(e)) {
    Target t;
    const Expr* x = ast_.get(ix->x);
    t.slice = isArrayOperand(typeOf(x)) ? arrayAddr(x, e->pos) : expr(x);
    t.index = expr(ast_.nodes(ix->indices)[0]);
    t.pos = e->pos;
    t.mapEntry = isMap(t.slice->type);
    return t;
  }
  if (auto* star = llvm::dyn_cast<StarExpr>(e)) {
    Target t;
    t.pointer = expr(ast_.get(star->x));
    t.pos = e->pos;
    return t;
  }
  if (auto* sel = llvm::dyn_cast<SelectorExpr>(e); sel && isFieldSelector(sel)) {
    const Expr* x = ast_.get(sel->x);
    while (auto* p = llvm::dyn_cast<ParenExpr>(x)) x = ast_.get(p->x);
    ty::Type* xt = typeOf(x);
    if (xt && llvm::isa<ty::Pointer>(ty::underlying(xt))) {
      Target t;
      t.pos = ast_.get(sel->sel)->pos;
      std::vector<int> path = fieldPath(xt, ast_.str(ast_.get(sel->sel)->name));
      t.pointer = expr(x);
      // Embedded pointers on the way are loaded now (their containers nil-checked); only
      // the last pointer's check waits.
      size_t split = 0;
      ty::Type* cur = xt;
      for (size_t k = 0; k + 1 < path.size(); ++k) {
        ty::Struct* st = structOf(cur);
        if (!st) break;
        cur = st->fields[static_cast<size_t>(path[k])].type;
        if (llvm::isa<ty::Pointer>(ty::underlying(cur))) split = k + 1;
      }
      if (split > 0) {
        llvm::ArrayRef<int> head(path.data(), split);
        t.pointer = walkFields(t.pointer, false, head, false, t.pos);
      }
      t.path.assign(path.begin() + static_cast<std::ptrdiff_t>(split), path.end());
      return t;
    }
  }
  Target t;
  t.addr = addr(e);
  t.pos = e->pos;
  return t;
}

Value* Builder::targetAddr(const Target& t) {
  if (t.pointer) {
    if (t.path.empty()) return nilCheck(t.pointer, t.pos);
    return walkFields(t.pointer, false, t.path, true, t.pos);
  }
  return t.slice ? indexAddr(t.slice, t.index, t.pos) : t.addr;
}

// Address of an assignable expression; null for the blank identifier.
Value* Builder::addr(const Expr* e) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
  if (auto* id = llvm::dyn_cast<Ident>(e)) {
    ty::Var* v = lhsVar(id);
    return v ? varAddr(v) : nullptr;
  }
  if (auto* sel = llvm::dyn_cast<SelectorExpr>(e)) {
    if (isFieldSelector(sel)) return selector(sel, /*wantAddr=*/true);
    ty::Var* v = llvm::dyn_cast_or_null<ty::Var>(info_.objectOf(ast_.get(sel->sel)));
    if (v) return varAddr(v);
  }
  if (auto* star = llvm::dyn_cast<StarExpr>(e)) return nilCheck(expr(ast_.get(star->x)), e->pos);
  if (auto* ix = llvm::dyn_cast<IndexExpr>(e)) {
    const Expr* xe = ast_.get(ix->x);
    Value* x = isArrayOperand(typeOf(xe)) ? arrayAddr(xe, e->pos) : expr(xe);
    Value* i = expr(ast_.nodes(ix->indices)[0]);
    return indexAddr(x, i, e->pos);
  }
  unsupported(e->pos, "assigning to this expression");
  return nullptr;
}

// Phase two of an assignment: index the targets and store, left to right.
void Builder::storeTargets(const std::vector<Target>& targets, const std::vector<Value*>& values) {
  for (size_t i = 0; i < targets.size() && i < values.size(); ++i) {
    if (targets[i].mapEntry) {
      storeMapTarget(targets[i], values[i]);
      continue;
    }
    Value* a = targetAddr(targets[i]);
    if (!a) continue;
    ty::Type* t = llvm::cast<ty::Pointer>(a->type)->elem;
    store(a, convert(values[i], t));
  }
}

void Builder::assignValues(ExprRange lhs, const std::vector<Value*>& values) {
  std::vector<Target> targets;
  for (const Expr* l : lhs) targets.push_back(target(l));
  storeTargets(targets, values);
}

// The right side's values; `var a, b = x, y` (leftToRight) evaluates them in order, each
// with its own calls first, as gc.
std::vector<Value*> Builder::rhsValues(ExprRange rhs, size_t want, bool leftToRight) {
  if (rhs.size() == 1 && want == 2) {
    const ty::TypeAndValue* tv = info_.typeOf(rhs[0]);
    if (tv && tv->mode == ty::Mode::CommaOk) {
      Value* t = commaOk(rhs[0]);
      return {extract(t, 0), extract(t, 1)};
    }
  }
  return argValues(rhs, nullptr, leftToRight);
}

void Builder::assignStmt(const AssignStmt* s) {
  ExprRange lhs = ast_.nodes(s->lhs), rhs = ast_.nodes(s->rhs);
  if (s->op == Tok::Define) {
    std::vector<Value*> values = rhsValues(rhs, lhs.size());
    for (size_t i = 0; i < lhs.size() && i < values.size(); ++i) {
      auto* id = llvm::cast<Ident>(lhs[i]);
      ty::Var* v = lhsVar(id);
      if (!v) continue;
      if (info_.defs.count(id))
        declare(v, values[i], id->pos);
      else
        store(varAddr(v), convert(values[i], v->type));
    }
    return;
  }
  // gc evaluates the calls on both sides before it reads any operand.
  for (const Expr* l : lhs) hoistOperands(l);
  hoistArgs(rhs, nullptr);
  if (s->op == Tok::Assign) {
    // Phase one: the left side's operands, then the right side, in the usual order.
    std::vector<Target> targets;
    for (const Expr* l : lhs) targets.push_back(target(l));
    storeTargets(targets, rhsValues(rhs, lhs.size()));
    return;
  }
  // x op= y
  static const std::pair<Tok, Tok> kOps[] = {
      {Tok::AddAssign, Tok::Add}, {Tok::SubAssign, Tok::Sub},      {Tok::MulAssign, Tok::Mul},
      {Tok::QuoAssign, Tok::Quo}, {Tok::RemAssign, Tok::Rem},      {Tok::AndAssign, Tok::And},
      {Tok::OrAssign, Tok::Or},   {Tok::XorAssign, Tok::Xor},      {Tok::ShlAssign, Tok::Shl},
      {Tok::ShrAssign, Tok::Shr}, {Tok::AndNotAssign, Tok::AndNot}};
  Tok op = Tok::Add;
  for (auto [a, b] : kOps)
    if (a == s->op) op = b;
  updateInPlace(lhs[0], op, rhs[0], nullptr, s->pos);
}

// x op= y (or x++ with y given as a value): x's address, then x, then y, as gc orders them.
void Builder::updateInPlace(const Expr* lhs, Tok op, const Expr* rhs, Value* y, Pos pos) {
  if (isMapIndex(lhs)) return mapUpdateInPlace(lhs, op, rhs, y, pos);
  Value* a = addr(lhs);
  if (!a) return;
  Value* x = load(a, pos);
  if (rhs) y = expr(rhs);
  if (y->op == Op::Const && y->type != x->type && op != Tok::Shl && op != Tok::Shr)
    y = constant(x->type, y->constant);
  if (op == Tok::Shl || op == Tok::Shr) y = shiftCount(y);
  Value* r = emit(Op::BinOp, x->type, {x, y}, pos);
  r->tok = op;
  store(a, r, pos);
}

}  // namespace ergo::ir::build
