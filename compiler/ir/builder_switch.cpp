// Expression switches and type switches.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

void Builder::switchStmt(const SwitchStmt* s) {
  auto clauses = ast_.nodes(s->clauses);
  if (s->init) stmt(ast_.get(s->init));
  Value* tag = s->tag ? expr(ast_.get(s->tag))
                      : constant(ctx_.basic(ty::BasicKind::Bool), ty::Constant::fromBool(true));
  Block* done = fn_->newBlock("switch.done");
  std::vector<Block*> bodies;
  for (size_t i = 0; i < clauses.size(); ++i) bodies.push_back(fn_->newBlock("switch.case"));
  Block* defaultBody = done;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CaseClause* c = clauses[i];
    if (c->isDefault) {
      defaultBody = bodies[i];
      continue;
    }
    for (const Expr* e : ast_.nodes(c->list)) {
      Value* v = expr(e);
      Value* t = tag;
      if (ty::isInterface(t->type) && !ty::isInterface(v->type)) v = convert(v, t->type);
      if (ty::isInterface(v->type) && !ty::isInterface(t->type)) t = convert(t, v->type);
      if (v->op == Op::Const && v->type != t->type && !ty::isInterface(t->type))
        v = constant(t->type, v->constant);
      Value* eq = emit(Op::BinOp, ctx_.basic(ty::BasicKind::Bool), {t, v}, e->pos);
      eq->tok = Tok::Eql;
      Block* next = fn_->newBlock("switch.next");
      branch(eq, bodies[i], next);
      cur_ = next;
    }
  }
  jump(defaultBody);
  for (size_t i = 0; i < clauses.size(); ++i) {
    cur_ = bodies[i];
    Block* savedFallthrough = fallthrough_;
    fallthrough_ = i + 1 < bodies.size() ? bodies[i + 1] : nullptr;
    targets_.push_back({done, nullptr, s});
    stmtList(ast_.nodes(clauses[i]->body));
    targets_.pop_back();
    fallthrough_ = savedFallthrough;
    if (!cur_->terminated()) jump(done);
  }
  cur_ = done;
}

void Builder::typeSwitchStmt(const TypeSwitchStmt* s) {
  auto clauses = ast_.nodes(s->clauses);
  if (s->init) stmt(ast_.get(s->init));
  Value* x = expr(ast_.get(ast_.get(s->guard)->x));
  Block* done = fn_->newBlock("typeswitch.done");
  std::vector<Block*> bodies;
  std::vector<Value*> bindings;
  for (const CaseClause* c : clauses) {
    bodies.push_back(fn_->newBlock("typeswitch.case"));
    Value* binding = nullptr;
    auto it = info_.implicits.find(c);
    if (s->binding && it != info_.implicits.end()) {
      auto* v = static_cast<ty::Var*>(it->second);
      binding = alloc(v->type, v->name.str(), ast_.get(s->binding)->pos);
      vars_[v] = binding;
    }
    bindings.push_back(binding);
  }
  Block* defaultBody = done;
  Value* defaultBinding = nullptr;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CaseClause* c = clauses[i];
    if (c->isDefault) {
      defaultBody = bodies[i];
      defaultBinding = bindings[i];
      continue;
    }
    bool single = c->list.size == 1;
    for (const Expr* e : ast_.nodes(c->list)) {
      const ty::TypeAndValue* tv = info_.typeOf(e);
      Block* matched = fn_->newBlock("typeswitch.match");
      Block* next = fn_->newBlock("typeswitch.next");
      Value* value = x;
      if (tv && tv->mode == ty::Mode::TypeExpr) {
        Value* a = emit(Op::TypeAssert, ctx_.tuple({tv->type, ctx_.basic(ty::BasicKind::Bool)}),
                        {x}, e->pos);
        a->auxType = tv->type;
        a->flag = true;
        branch(extract(a, 1), matched, next);
        if (single) {
          cur_ = matched;
          value = extract(a, 0);
        }
      } else {  // case nil
        Value* eq = emit(Op::BinOp, ctx_.basic(ty::BasicKind::Bool), {x, zero(x->type)}, e->pos);
        eq->tok = Tok::Eql;
        branch(eq, matched, next);
      }
      cur_ = matched;
      if (bindings[i])
        store(bindings[i], convert(value, llvm::cast<ty::Pointer>(bindings[i]->type)->elem));
      jump(bodies[i]);
      cur_ = next;
    }
  }
  if (defaultBinding) store(defaultBinding, x);
  jump(defaultBody);
  for (size_t i = 0; i < clauses.size(); ++i) {
    cur_ = bodies[i];
    targets_.push_back({done, nullptr, s});
    stmtList(ast_.nodes(clauses[i]->body));
    targets_.pop_back();
    if (!cur_->terminated()) jump(done);
  }
  cur_ = done;
}

}  // namespace ergo::ir::build
