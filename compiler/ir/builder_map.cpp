// Maps: make, literals, m[k] as a value and as a target, comma-ok lookups, delete, clear, len,
// and range (docs/abi.md, "Maps", says what the lowering does with each op).
#include "ir/builder_internal.h"

namespace ergo::ir::build {

bool Builder::isMap(ty::Type* t) {
  return t && llvm::isa<ty::Map>(ty::underlying(t));
}

ty::Map* Builder::mapOf(Value* m) {
  return llvm::cast<ty::Map>(ty::underlying(m->type));
}

bool Builder::isMapIndex(const Expr* e) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
  auto* ix = llvm::dyn_cast<IndexExpr>(e);
  return ix && isMap(typeOf(ast_.get(ix->x)));
}

// v as a value of type t: interfaces are boxed, constants take t (the checker may have left
// them with the type of the expression they came from).
Value* Builder::valueAs(Value* v, ty::Type* t) {
  v = convert(v, t);
  if (v->op == Op::Const && v->type != t && !ty::isInterface(t)) v = constant(t, v->constant);
  return v;
}

Value* Builder::mapKey(const IndexExpr* e, Value* m) {
  return valueAs(expr(ast_.nodes(e->indices)[0]), mapOf(m)->key);
}

Value* Builder::mapLookup(Value* m, Value* key, bool commaOk, Pos pos) {
  ty::Type* elem = mapOf(m)->elem;
  ty::Type* t = commaOk ? ctx_.tuple({elem, ctx_.basic(ty::BasicKind::Bool)}) : elem;
  Value* v = emit(Op::MapLookup, t, {m, key}, pos);
  v->flag = commaOk;
  return v;
}

void Builder::mapUpdate(Value* m, Value* key, Value* v, Pos pos) {
  emit(Op::MapUpdate, nullptr, {m, key, valueAs(v, mapOf(m)->elem)}, pos);
}

// m[k] as a value, m already evaluated.
Value* Builder::mapIndex(const IndexExpr* e, Value* m) {
  return mapLookup(m, mapKey(e, m), false, e->pos);
}

// v, ok := m[k]
Value* Builder::mapCommaOk(const IndexExpr* e) {
  Value* m = expr(ast_.get(e->x));
  return mapLookup(m, mapKey(e, m), true, e->pos);
}

// Phase two of an assignment to m[k]: the map and key were evaluated in phase one.
void Builder::storeMapTarget(const Target& t, Value* v) {
  mapUpdate(t.slice, valueAs(t.index, mapOf(t.slice)->key), v, t.pos);
}

// m[k] op= y and m[k]++: m and k once, then y, then the old element (zero if missing), as gc
// orders them (a call in y that changes m[k] is seen); the result goes in with one mapassign.
void Builder::mapUpdateInPlace(const Expr* lhs, Tok op, const Expr* rhs, Value* y, Pos pos) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(lhs)) lhs = ast_.get(p->x);
  auto* ix = llvm::cast<IndexExpr>(lhs);
  Value* m = expr(ast_.get(ix->x));
  Value* key = mapKey(ix, m);
  if (rhs) y = expr(rhs);
  ty::Type* elem = mapOf(m)->elem;
  if (y->op == Op::Const && y->type != elem && op != Tok::Shl && op != Tok::Shr)
    y = constant(elem, y->constant);
  if (op == Tok::Shl || op == Tok::Shr) y = shiftCount(y);
  // As gc: one mapassign, then the update in place; except for / and %, whose
  // division-by-zero panic must come before the entry is inserted (a lookup, then m[k] = r).
  if (op != Tok::Quo && op != Tok::Rem) {
    Value* p = emit(Op::MapAssignAddr, ctx_.pointer(elem), {m, key}, pos);
    Value* r = emit(Op::BinOp, elem, {load(p, pos), y}, pos);
    r->tok = op;
    store(p, r, pos);
    return;
  }
  Value* x = mapLookup(m, key, false, pos);
  Value* r = emit(Op::BinOp, x->type, {x, y}, pos);
  r->tok = op;
  mapUpdate(m, key, r, pos);
}

// make(map[K]V[, hint])
Value* Builder::makeMap(const CallExpr* e) {
  ExprRange args = ast_.nodes(e->args);
  Value* hint = args.size() > 1 ? convert(expr(args[1]), nullptr) : nullptr;
  if (hint && hint->op == Op::Const && ty::isUntyped(hint->type))
    hint = constant(ctx_.basic(ty::BasicKind::Int), hint->constant);
  return emit(Op::MakeMap, typeOf(e), {hint}, e->pos);
}

// map[K]V{k0: v0, ...}: a map sized for the elements, filled in source order (each key, then
// its value, then the insertion, as gc does).
Value* Builder::mapLiteral(const CompositeLit* e) {
  ExprRange elts = ast_.nodes(e->elts);
  Value* hint = elts.empty() ? nullptr : intConst(static_cast<int64_t>(elts.size()));
  Value* m = emit(Op::MakeMap, typeOf(e), {hint}, e->pos);
  ty::Map* mt = mapOf(m);
  for (const Expr* elt : elts) {
    auto* kv = llvm::cast<KeyValueExpr>(elt);
    Value* key = valueAs(expr(ast_.get(kv->key)), mt->key);
    Value* v = expr(ast_.get(kv->value));
    mapUpdate(m, key, v, elt->pos);
  }
  return m;
}

// len(m), delete(m, k), clear(m) and clear(s) for a slice s.
Value* Builder::mapBuiltin(const CallExpr* e, ty::BuiltinId id) {
  ExprRange args = ast_.nodes(e->args);
  Value* x = expr(args[0]);
  switch (id) {
    case ty::BuiltinId::Len:
      return emit(Op::MapLen, ctx_.basic(ty::BasicKind::Int), {x}, e->pos);
    case ty::BuiltinId::Delete:
      emit(Op::MapDelete, nullptr, {x, valueAs(expr(args[1]), mapOf(x)->key)}, e->pos);
      return nullptr;
    default:  // clear
      if (isMap(x->type)) {
        emit(Op::MapClear, nullptr, {x}, e->pos);
        return nullptr;
      }
      clearSlice(x, e->pos);
      return nullptr;
  }
}

// clear(s): every element of s set to its zero value.
void Builder::clearSlice(Value* s, Pos pos) {
  ty::Type* intType = ctx_.basic(ty::BasicKind::Int);
  ty::Type* elem = llvm::cast<ty::Slice>(ty::underlying(s->type))->elem;
  Value* n = emit(Op::Len, intType, {s}, pos);
  Value* i = alloc(intType, "", pos);
  Block* cond = fn_->newBlock("clear.cond");
  Block* body = fn_->newBlock("clear.body");
  Block* done = fn_->newBlock("clear.done");
  jump(cond);
  cur_ = cond;
  Value* more = emit(Op::BinOp, ctx_.basic(ty::BasicKind::Bool), {load(i), n}, pos);
  more->tok = Tok::Lss;
  branch(more, body, done);
  cur_ = body;
  Value* at = load(i);
  Value* a = indexAddr(s, at, pos);
  a->flag = true;  // 0 <= i < len(s)
  store(a, zero(elem), pos);
  Value* next = emit(Op::BinOp, intType, {at, intConst(1)}, pos);
  next->tok = Tok::Add;
  store(i, next);
  jump(cond);
  cur_ = done;
}

// for k, v := range m: the runtime's iterator in the frame; the key and element are copied
// out before the body runs (the body may delete entries or grow the map).
void Builder::mapRange(const RangeStmt* r, Value* m) {
  const Expr* lhs[2] = {ast_.get(r->key), ast_.get(r->value)};
  bool perLoop = r->op == Tok::Define && srcPkg_->goMinor() < 22;
  if (perLoop)
    for (const Expr* l : lhs)
      if (ty::Var* v = l ? lhsVar(llvm::cast<Ident>(l)) : nullptr) declare(v, nullptr, l->pos);
  ty::Map* mt = mapOf(m);
  Value* it = emit(Op::MapIterInit, ctx_.basic(ty::BasicKind::UnsafePointer), {m}, r->pos);
  Block* cond = fn_->newBlock("range.cond");
  Block* body = fn_->newBlock("range.body");
  Block* post = fn_->newBlock("range.post");
  Block* done = fn_->newBlock("range.done");
  jump(cond);
  cur_ = cond;
  branch(emit(Op::MapIterOk, ctx_.basic(ty::BasicKind::Bool), {it}, r->pos), body, done);

  cur_ = body;
  Value* vals[2] = {nullptr, nullptr};
  ty::Type* types[2] = {mt->key, mt->elem};
  for (int k = 0; k < 2; ++k) {
    if (!lhs[k]) continue;
    if (auto* id = llvm::dyn_cast<Ident>(lhs[k]); id && ast_.str(id->name) == "_") continue;
    vals[k] = emit(Op::MapIterLoad, types[k], {it}, r->pos);
    vals[k]->index = k;
  }
  bindRangeVars(r, lhs, vals, perLoop);
  rangeBody(r, done, post);

  cur_ = post;
  emit(Op::MapIterNext, nullptr, {it}, r->pos);
  jump(cond);
  cur_ = done;
}

}  // namespace ergo::ir::build
