// range loops over integers, slices and strings.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

void Builder::rangeStmt(const RangeStmt* r) {
  ty::Type* intType = ctx_.basic(ty::BasicKind::Int);
  Value* x = expr(ast_.get(r->x));
  if (isMap(x->type)) return mapRange(r, x);
  x = rangeOverArray(x, rangeReadsElements(r), r->pos);
  bool isString = ty::isString(x->type);
  bool isInt = ty::isInteger(x->type);
  ty::Type* counterType = isInt ? x->type : intType;
  Value* n = isInt ? x : emit(Op::Len, intType, {x}, r->pos);
  Value* counter = alloc(counterType, "", r->pos);
  Value* nextOffset = isString ? alloc(intType, "", r->pos) : nullptr;
  const Expr* lhs[2] = {ast_.get(r->key), ast_.get(r->value)};
  // Before Go 1.22 the variables declared by := are the same in every iteration.
  bool perLoop = r->op == Tok::Define && srcPkg_->goMinor() < 22;
  if (perLoop)
    for (const Expr* l : lhs)
      if (ty::Var* v = l ? lhsVar(llvm::cast<Ident>(l)) : nullptr) declare(v, nullptr, l->pos);
  Block* cond = fn_->newBlock("range.cond");
  Block* body = fn_->newBlock("range.body");
  Block* post = fn_->newBlock("range.post");
  Block* done = fn_->newBlock("range.done");
  jump(cond);
  cur_ = cond;
  Value* i = load(counter);
  Value* more = emit(Op::BinOp, ctx_.basic(ty::BasicKind::Bool), {i, n}, r->pos);
  more->tok = Tok::Lss;
  branch(more, body, done);

  cur_ = body;
  Value* key = load(counter);
  Value* value = nullptr;
  if (isString) {
    Value* decoded = emit(Op::DecodeRune, ctx_.tuple({ctx_.basic(ty::BasicKind::Int32), intType}),
                          {x, key}, r->pos);
    value = extract(decoded, 0);
    store(nextOffset, extract(decoded, 1));
  } else if (r->value) {
    value = load(indexAddr(x, key, r->pos), r->pos);
  }
  // Go 1.22: variables declared by := are new in each iteration.
  Value* vals[2] = {key, value};
  bindRangeVars(r, lhs, vals, perLoop);
  rangeBody(r, done, post);

  cur_ = post;
  Value* next;
  if (isString) {
    next = load(nextOffset);
  } else {
    next = emit(Op::BinOp, counterType,
                {load(counter), constant(counterType, ty::Constant::fromInt64(1))}, r->pos);
    next->tok = Tok::Add;
  }
  store(counter, next);
  jump(cond);
  cur_ = done;
}

// Binds one iteration's key and value (either may be null: not wanted) to the range
// statement's variables: := declares them (a new variable per iteration, or stores into
// the loop's one variable before Go 1.22), = assigns them.
void Builder::bindRangeVars(const RangeStmt* r, const Expr* const lhs[2], Value* const vals[2],
                            bool perLoop) {
  for (int k = 0; k < 2; ++k) {
    if (!lhs[k] || !vals[k]) continue;
    if (r->op == Tok::Define) {
      ty::Var* v = lhsVar(llvm::cast<Ident>(lhs[k]));
      if (v && perLoop)
        store(vars_[v], convert(vals[k], v->type));
      else if (v)
        declare(v, vals[k], lhs[k]->pos);
    } else {
      Ref<Expr> target = ast_.ref(lhs[k]);
      assignValues(ExprRange(&ast_, target), {vals[k]});
    }
  }
}

// The loop body, with `break` going to `done` and `continue` to `post`.
void Builder::rangeBody(const RangeStmt* r, Block* done, Block* post) {
  targets_.push_back({done, post, r});
  stmt(ast_.get(r->body));
  targets_.pop_back();
  if (!cur_->terminated()) jump(post);
}

}  // namespace ergo::ir::build
