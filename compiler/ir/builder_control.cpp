// Control flow: if, for (with per-iteration loop variables), labels, goto, break, continue,
// fallthrough.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

void Builder::ifStmt(const IfStmt* s) {
  if (s->init) stmt(ast_.get(s->init));
  Value* cond = expr(ast_.get(s->cond));
  Block* then = fn_->newBlock("if.then");
  Block* done = fn_->newBlock("if.done");
  Block* els = s->els ? fn_->newBlock("if.else") : done;
  branch(cond, then, els);
  cur_ = then;
  stmt(ast_.get(s->then));
  if (!cur_->terminated()) jump(done);
  if (s->els) {
    cur_ = els;
    stmt(ast_.get(s->els));
    if (!cur_->terminated()) jump(done);
  }
  cur_ = done;
}

// The block a label starts, made by the first goto or labeled statement that names it.
Block* Builder::labelBlock(llvm::StringRef name) {
  Block*& b = labels_[name];
  if (!b) b = fn_->newBlock("label." + name.str());
  return b;
}

void Builder::forStmt(const ForStmt* f) {
  if (f->init) stmt(ast_.get(f->init));
  // Go 1.22: each iteration has its own copy of the variables the init statement declares.
  // Only a closure that shares one (captures it, and it is assigned) can tell, so only those
  // are copied: the current copy's address lives in a slot, and before the post statement a
  // new copy takes the previous one's value.
  std::vector<std::pair<ty::Var*, Value*>> perIteration;  // variable, slot holding *T
  if (srcPkg_->goMinor() >= 22)
    for (ty::Var* v : declaredBy(ast_.get(f->init)))
      if (v->captured && v->assigned) {
        Value* slot = alloc(ctx_.pointer(v->type), "", f->pos);
        store(slot, vars_[v]);
        perIteration.emplace_back(v, slot);
      }
  Block* cond = fn_->newBlock("for.cond");
  Block* body = fn_->newBlock("for.body");
  Block* post = fn_->newBlock("for.post");
  Block* done = fn_->newBlock("for.done");
  jump(cond);
  cur_ = cond;
  for (auto [v, slot] : perIteration) vars_[v] = load(slot);
  if (f->cond)
    branch(expr(ast_.get(f->cond)), body, done);
  else
    jump(body);
  cur_ = body;
  targets_.push_back({done, post, f});
  stmt(ast_.get(f->body));
  targets_.pop_back();
  if (!cur_->terminated()) jump(post);
  cur_ = post;
  for (auto [v, slot] : perIteration) {
    Value* next = alloc(v->type, v->name.str(), f->pos);
    store(next, load(vars_[v]));
    store(slot, next);
    vars_[v] = next;
  }
  if (f->post) stmt(ast_.get(f->post));
  jump(cond);
  cur_ = done;
}

// The variables a simple statement declares (x, y := ...).
std::vector<ty::Var*> Builder::declaredBy(const Stmt* s) {
  std::vector<ty::Var*> out;
  auto* a = llvm::dyn_cast_or_null<AssignStmt>(s);
  if (!a || a->op != Tok::Define) return out;
  for (const Expr* l : ast_.nodes(a->lhs))
    if (auto* id = llvm::dyn_cast<Ident>(l); id && info_.defs.count(id))
      if (auto* v = llvm::dyn_cast_or_null<ty::Var>(info_.defs.lookup(id))) out.push_back(v);
  return out;
}

void Builder::labeledStmt(const LabeledStmt* s) {
  // A label starts a block of its own: gotos may jump to it from anywhere in the
  // function (the parser has checked that they jump neither into a block nor over a
  // variable declaration).
  llvm::StringRef name = ast_.str(ast_.get(s->label)->name);
  Block* b = labelBlock(name);
  if (!cur_->terminated()) jump(b);
  cur_ = b;
  const Stmt* inner = ast_.get(s->stmt);
  labeled_[name] = inner;
  stmt(inner);
}

void Builder::branchStmt(const BranchStmt* s) {
  if (s->op == Tok::Fallthrough) {
    if (fallthrough_) jump(fallthrough_);
    return;
  }
  llvm::StringRef label = s->label ? ast_.str(ast_.get(s->label)->name) : "";
  if (s->op == Tok::Goto) {
    jump(labelBlock(label));
    return;
  }
  // `break L` and `continue L` leave the statement labeled L; the parser has checked
  // that it encloses them and is of the right kind.
  const Stmt* named = s->label ? labeled_.lookup(label) : nullptr;
  for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
    if (named && it->stmt != named) continue;
    if (s->op == Tok::Break) {
      jump(it->breakTo);
      return;
    }
    if (it->continueTo) {
      jump(it->continueTo);
      return;
    }
  }
}

}  // namespace ergo::ir::build
