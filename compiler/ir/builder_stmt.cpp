// Statements: the dispatch over statement kinds, declarations, inc/dec, return.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

void Builder::stmt(const Stmt* s) {
  stmtPos_ = s->pos;
  switch (s->kind) {
    case NodeKind::EmptyStmt:
    case NodeKind::BadStmt:
      return;
    case NodeKind::ExprStmt:
      expr(ast_.get(llvm::cast<ExprStmt>(s)->x));
      return;
    case NodeKind::DeclStmt:
      return declStmt(llvm::cast<DeclStmt>(s));
    case NodeKind::IncDecStmt:
      return incDecStmt(llvm::cast<IncDecStmt>(s));
    case NodeKind::AssignStmt:
      return assignStmt(llvm::cast<AssignStmt>(s));
    case NodeKind::ReturnStmt:
      return returnStmt(llvm::cast<ReturnStmt>(s));
    case NodeKind::DeferStmt:
      return deferOrGo(ast_.get(llvm::cast<DeferStmt>(s)->call), Op::Defer, s->pos);
    case NodeKind::GoStmt:
      return deferOrGo(ast_.get(llvm::cast<GoStmt>(s)->call), Op::Go, s->pos);
    case NodeKind::BlockStmt:
      return stmtList(ast_.nodes(llvm::cast<BlockStmt>(s)->stmts));
    case NodeKind::IfStmt:
      return ifStmt(llvm::cast<IfStmt>(s));
    case NodeKind::ForStmt:
      return forStmt(llvm::cast<ForStmt>(s));
    case NodeKind::RangeStmt:
      return rangeStmt(llvm::cast<RangeStmt>(s));
    case NodeKind::SwitchStmt:
      return switchStmt(llvm::cast<SwitchStmt>(s));
    case NodeKind::TypeSwitchStmt:
      return typeSwitchStmt(llvm::cast<TypeSwitchStmt>(s));
    case NodeKind::LabeledStmt:
      return labeledStmt(llvm::cast<LabeledStmt>(s));
    case NodeKind::BranchStmt:
      return branchStmt(llvm::cast<BranchStmt>(s));
    default:
      unsupported(s->pos, fmt::format("this statement ({})", nodeKindName(s->kind)));
      return;
  }
}

void Builder::declStmt(const DeclStmt* s) {
  auto* gd = ast_.get(s->decl);
  if (gd->tok != Tok::Var) return;  // constants are folded; types are static
  for (const Decl* d : ast_.nodes(gd->specs)) {
    auto* vs = llvm::cast<ValueSpec>(d);
    auto names = ast_.nodes(vs->names);
    std::vector<Value*> values;
    if (!vs->values.empty())
      values = rhsValues(ast_.nodes(vs->values), names.size(), /*leftToRight=*/true);
    for (size_t i = 0; i < names.size(); ++i) {
      auto* v = llvm::dyn_cast_or_null<ty::Var>(info_.objectOf(names[i]));
      if (!v || ast_.str(names[i]->name) == "_") continue;
      declare(v, i < values.size() ? values[i] : nullptr, names[i]->pos);
    }
  }
}

void Builder::incDecStmt(const IncDecStmt* s) {
  ty::Type* t = typeOf(ast_.get(s->x));
  updateInPlace(ast_.get(s->x), s->op == Tok::Inc ? Tok::Add : Tok::Sub, nullptr,
                constant(t, ty::Constant::fromInt64(1)), s->pos);
}

void Builder::returnStmt(const ReturnStmt* s) {
  std::vector<Value*> values;
  if (!s->results.empty()) values = argValues(ast_.nodes(s->results));
  const auto& types = fn_->sig->results->types;
  for (size_t i = 0; i < values.size() && i < types.size(); ++i)
    values[i] = convert(values[i], types[i]);
  returnResults(s->pos, std::move(values));
}

void Builder::stmtList(StmtRange list) {
  for (const Stmt* s : list) stmt(s);
}

// return values... (or a bare return of the named results, when values is empty). With
// defers (or closures that captured a named result) the values go to the result slots
// first, the deferred calls run, and the function returns what the slots then hold.
void Builder::returnResults(Pos pos, std::vector<Value*> values) {
  // A closure that captured a named result reads it after the return too.
  bool resultCaptured = false;
  if (fn_->object)
    for (ty::Var* r : fn_->object->results) resultCaptured |= r->captured;
  if (!values.empty() && (fn_->hasDefer || resultCaptured)) {
    for (size_t i = 0; i < values.size() && i < results_.size(); ++i)
      store(results_[i], values[i], pos);
    values.clear();
  }
  if (fn_->hasDefer) emit(Op::RunDefers, nullptr, {}, pos);
  if (values.empty())
    for (Value* a : results_) values.push_back(load(a, pos));
  Value* ret = emit(Op::Return, nullptr, {}, pos);
  ret->operands = std::move(values);
}

}  // namespace ergo::ir::build
