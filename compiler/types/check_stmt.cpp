// Statements: assignments, control flow, switches, returns, and terminating statements.
#include <map>

#include "llvm/ADT/StringSet.h"
#include "types/check_internal.h"

namespace ergo::types {

void Checker::stmtList(StmtRange list, StmtContext ctx) {
  for (const Stmt* s : list) stmt(s, ctx);
}

void Checker::stmt(const Stmt* s, StmtContext ctx) {
  switch (s->kind) {
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      return;
    case NodeKind::DeclStmt: {
      auto* gd = ast_.get(llvm::cast<DeclStmt>(s)->decl);
      const Expr* lastType = nullptr;
      List<Ref<Expr>> lastValues;
      for (const Decl* spec : ast_.nodes(gd->specs)) {
        if (auto* ts = llvm::dyn_cast<TypeSpec>(spec)) {
          localTypeDecl(ts);
          continue;
        }
        auto* vs = llvm::cast<ValueSpec>(spec);
        if (gd->tok == Tok::Const) {
          if (vs->type || !vs->values.empty()) {
            lastType = ast_.get(vs->type);
            lastValues = vs->values;
          }
          localConstDecl(vs, lastType, ast_.nodes(lastValues));
        } else {
          localVarDecl(vs);
        }
      }
      return;
    }
    case NodeKind::LabeledStmt:
      stmt(ast_.get(llvm::cast<LabeledStmt>(s)->stmt), ctx);
      return;
    case NodeKind::ExprStmt: {
      const Expr* e = ast_.get(llvm::cast<ExprStmt>(s)->x);
      Operand x;
      rawExpr(x, e);
      if (x.invalid()) return;
      // A receive is a statement of its own (`<-done`, also a select case).
      const Expr* inner = e;
      while (auto* p = llvm::dyn_cast<ParenExpr>(inner)) inner = ast_.get(p->x);
      if (auto* u = llvm::dyn_cast<UnaryExpr>(inner); u && u->op == Tok::Arrow) return;
      auto* call = llvm::dyn_cast<CallExpr>(e);
      if (x.mode == Mode::TypeExpr) {
        error(e->pos, fmt::format("{} (type) is not an expression", exprString(e)));
      } else if (!call || x.mode == Mode::Constant || (x.mode != Mode::NoValue && !call)) {
        Operand shown = x;
        shown.expr = e;
        error(e->pos, fmt::format("{} is not used", operandString(shown)));
      } else if (call) {
        // Calls of some builtins are values that must be used (unsafe's functions included).
        const TypeAndValue* fun = info_.typeOf(ast_.get(call->fun));
        if (Builtin* b = calledBuiltin(call)) {
          if (!builtinIsStatement(b->id))
            error(e->pos, fmt::format("{} ({}) is not used", exprString(e),
                                      "value of type " + typeStr(x.type)));
        } else if (fun && fun->mode == Mode::TypeExpr) {
          error(e->pos, fmt::format("{} ({}) is not used", exprString(e),
                                    "value of type " + typeStr(x.type)));
        }
      }
      return;
    }
    case NodeKind::SendStmt: {
      auto* send = llvm::cast<SendStmt>(s);
      Operand ch, v;
      expr(ch, ast_.get(send->chan));
      expr(v, ast_.get(send->value));
      if (ch.invalid() || v.invalid()) return;
      auto* c = llvm::dyn_cast_or_null<Chan>(underlying(ch.type));
      if (!c || c->dir == types::ChanDir::Recv) {
        error(ch.expr->pos,
              fmt::format("invalid operation: cannot send to {}{}",
                          c ? "receive-only channel " : "non-channel ", operandString(ch)));
        return;
      }
      assignable(v, c->elem, "send");
      requireLowerable(s->pos, "channels");
      return;
    }
    case NodeKind::IncDecStmt: {
      auto* inc = llvm::cast<IncDecStmt>(s);
      const Expr* target = ast_.get(inc->x);
      Operand x;
      // x++ reads x: gc counts it as a use.
      expr(x, target);
      if (x.invalid()) return;
      if (!isNumeric(x.type)) {
        error(target->pos,
              fmt::format("invalid operation: {}{} (non-numeric type {})", exprString(target),
                          tokSpelling(inc->op).str(), typeStr(x.type)));
        return;
      }
      if (storableTarget(target, x)) markAssigned(target);
      return;
    }
    case NodeKind::AssignStmt:
      assignStmt(llvm::cast<AssignStmt>(s));
      return;
    case NodeKind::GoStmt:
      goDeferStmt(ast_.get(llvm::cast<GoStmt>(s)->call), "go");
      return;
    case NodeKind::DeferStmt:
      if (currentFunc_) currentFunc_->hasDefer = true;
      goDeferStmt(ast_.get(llvm::cast<DeferStmt>(s)->call), "defer");
      return;
    case NodeKind::ReturnStmt:
      returnStmt(llvm::cast<ReturnStmt>(s));
      return;
    case NodeKind::BranchStmt:
      // Labels and the placement of break, continue, goto and fallthrough are checked by the
      // parser (syntax/branches.cpp), as in gc, whose type checker skips them.
      return;
    case NodeKind::BlockStmt:
      openScope();
      stmtList(ast_.nodes(llvm::cast<BlockStmt>(s)->stmts), ctx);
      closeScope();
      return;
    case NodeKind::IfStmt:
      ifStmt(llvm::cast<IfStmt>(s), ctx);
      return;
    case NodeKind::SwitchStmt:
      switchStmt(llvm::cast<SwitchStmt>(s), ctx);
      return;
    case NodeKind::TypeSwitchStmt:
      typeSwitchStmt(llvm::cast<TypeSwitchStmt>(s), ctx);
      return;
    case NodeKind::SelectStmt:
      requireLowerable(s->pos, "select statements");
      for (const CommClause* c : ast_.nodes(llvm::cast<SelectStmt>(s)->clauses)) {
        const Stmt* comm = ast_.get(c->comm);
        if (comm && !isSelectComm(comm)) {
          // As gc: the clause is not checked further.
          error(comm->pos, "select case must be send or receive (possibly with assignment)");
          continue;
        }
        openScope();
        if (comm) stmt(comm, ctx);
        stmtList(ast_.nodes(c->body), ctx);
        closeScope();
      }
      return;
    case NodeKind::ForStmt:
      forStmt(llvm::cast<ForStmt>(s), ctx);
      return;
    case NodeKind::RangeStmt:
      rangeStmt(llvm::cast<RangeStmt>(s), ctx);
      return;
    default:
      error(s->pos, "invalid statement");
      return;
  }
}

// A select case is a send, a receive, or a receive assigned (`v, ok := <-c`; gc wants the
// receive itself on the right there, not parenthesised).
bool Checker::isSelectComm(const Stmt* comm) {
  auto isRecv = [](const Expr* e) {
    auto* u = llvm::dyn_cast<UnaryExpr>(e);
    return u && u->op == Tok::Arrow;
  };
  if (llvm::isa<SendStmt>(comm)) return true;
  if (auto* a = llvm::dyn_cast<AssignStmt>(comm)) {
    ExprRange rhs = ast_.nodes(a->rhs);
    return rhs.size() == 1 && isRecv(rhs[0]);
  }
  if (auto* es = llvm::dyn_cast<ExprStmt>(comm)) {
    const Expr* e = ast_.get(es->x);
    while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
    return isRecv(e);
  }
  return false;
}

// Whether e (parenthesised or not) indexes a map.
bool Checker::isMapIndex(const Expr* e) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
  auto* ix = llvm::dyn_cast<IndexExpr>(e);
  if (!ix) return false;
  const TypeAndValue* tv = info_.typeOf(ast_.get(ix->x));
  return tv && tv->type && llvm::isa_and_nonnull<Map>(coreType(tv->type));
}

// The spec: each left-hand side must be addressable or a map index expression (or `_`).
// Reports gc's error otherwise.
bool Checker::storableTarget(const Expr* lhs, const Operand& z) {
  if (z.mode == Mode::Variable || isMapIndex(lhs)) return true;
  if (z.mode == Mode::TypeExpr) {
    error(lhs->pos, fmt::format("{} (type) is not an expression", exprString(lhs)));
    return false;
  }
  const Expr* e = lhs;
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
  if (auto* sel = llvm::dyn_cast<SelectorExpr>(e); sel && isMapIndex(ast_.get(sel->x))) {
    error(lhs->pos, fmt::format("cannot assign to struct field {} in map", exprString(lhs)));
    return false;
  }
  // gc types an indexed string byte as `byte`, not `uint8`.
  if (auto* ix = llvm::dyn_cast<IndexExpr>(e); ix && z.mode == Mode::Value) {
    const TypeAndValue* tv = info_.typeOf(ast_.get(ix->x));
    if (tv && tv->type && isString(tv->type)) {
      error(lhs->pos, fmt::format("cannot assign to {} (value of type byte)", exprString(lhs)));
      return false;
    }
  }
  error(lhs->pos, fmt::format("cannot assign to {}", operandString(z)));
  return false;
}

// After a failed assignment, the variables named on the left count as used (gc: no
// follow-on "declared but not used").
void Checker::useAssignedVars(ExprRange lhs) {
  for (const Expr* e : lhs) {
    while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
    auto* id = llvm::dyn_cast<Ident>(e);
    if (!id) continue;
    Object* obj = scope_->lookup(ast_.str(id->name));
    if (auto* v = llvm::dyn_cast_or_null<Var>(obj); v && v->pkg == &pkg_) v->used = true;
  }
}

// Checks one `lhs = x`; false when it fails.
bool Checker::assignVar(const Expr* lhs, Operand& x, const std::string& context) {
  if (x.invalid()) return false;
  if (auto* id = llvm::dyn_cast<Ident>(lhs); id && ast_.str(id->name) == "_") {
    info_.defs[id] = nullptr;
    if (isBasic(x.type, BasicKind::UntypedNil)) {
      error(x.expr->pos, "use of untyped nil in assignment");
      return false;
    }
    convertUntyped(x, nullptr);
    return !x.invalid();
  }
  Operand z;
  if (auto* id = llvm::dyn_cast<Ident>(lhs)) {
    // Assigning to a variable is not a use of it.
    ident(z, id, /*markUsed=*/false);
    z.expr = lhs;
    if (!z.invalid()) record(z);
    markAssigned(id);
  } else {
    expr(z, lhs);
  }
  if (z.invalid()) return false;
  if (!storableTarget(lhs, z)) return false;
  return assignable(x, z.type, context);
}

void Checker::assignStmt(const AssignStmt* s) {
  ExprRange lhs = ast_.nodes(s->lhs), rhs = ast_.nodes(s->rhs);
  if (s->op == Tok::Define) {
    shortVarDecl(s);
    return;
  }
  if (s->op != Tok::Assign) {
    // x op= y is x = x op y with x evaluated once.
    if (lhs.size() != 1 || rhs.size() != 1) {
      error(s->pos, fmt::format("assignment operation {} requires single-valued expressions",
                                tokSpelling(s->op).str()));
      return;
    }
    Operand x, y;
    expr(x, lhs[0]);  // x op= y reads x: gc counts it as a use
    if (x.invalid()) {
      Operand tmp;
      expr(tmp, rhs[0]);
      return;
    }
    if (!storableTarget(lhs[0], x)) return;
    markAssigned(lhs[0]);
    // Reuse the binary operator rules on a synthetic view of the operands.
    static const std::pair<Tok, Tok> kOps[] = {
        {Tok::AddAssign, Tok::Add}, {Tok::SubAssign, Tok::Sub},      {Tok::MulAssign, Tok::Mul},
        {Tok::QuoAssign, Tok::Quo}, {Tok::RemAssign, Tok::Rem},      {Tok::AndAssign, Tok::And},
        {Tok::OrAssign, Tok::Or},   {Tok::XorAssign, Tok::Xor},      {Tok::ShlAssign, Tok::Shl},
        {Tok::ShrAssign, Tok::Shr}, {Tok::AndNotAssign, Tok::AndNot}};
    Tok op = Tok::Add;
    for (auto [a, b] : kOps)
      if (a == s->op) op = b;
    expr(y, rhs[0]);
    if (y.invalid()) return;
    Pos savedPos = s->pos;
    BinaryExpr fake(lhs[0]->pos, op, ast_.ref(lhs[0]), ast_.ref(rhs[0]), savedPos);
    if (op == Tok::Shl || op == Tok::Shr) {
      shift(x, y, &fake);
      return;
    }
    matchTypes(x, y);
    if (x.invalid() || y.invalid()) return;
    if (x.type != y.type) {
      error(lhs[0]->pos, fmt::format("invalid operation: {} {} {} (mismatched types {} and {})",
                                     exprString(lhs[0]), tokSpelling(s->op).str(),
                                     exprString(rhs[0]), typeStr(x.type), typeStr(y.type)));
      return;
    }
    bool ok = op == Tok::Add ? (isNumeric(x.type) || isString(x.type))
              : (op == Tok::Sub || op == Tok::Mul || op == Tok::Quo) ? isNumeric(x.type)
                                                                     : isInteger(x.type);
    if (!ok) {
      error(lhs[0]->pos, fmt::format("invalid operation: operator {} not defined on {}",
                                     tokSpelling(op).str(), operandString(x)));
      return;
    }
    if ((op == Tok::Quo || op == Tok::Rem) && y.mode == Mode::Constant &&
        y.value.kind() == Constant::Kind::Int && y.value.intValue().isZero())
      error(rhs[0]->pos, "invalid operation: division by zero");
    return;
  }
  // Plain assignment.
  if (lhs.size() == rhs.size()) {
    std::vector<Operand> values(rhs.size());
    for (size_t i = 0; i < rhs.size(); ++i) {
      if (lhs.size() == 1)
        singleAssignExpr(values[i], rhs[i], lhs[0]->pos);
      else
        expr(values[i], rhs[i]);
    }
    bool ok = true;
    for (size_t i = 0; i < lhs.size(); ++i) ok &= assignVar(lhs[i], values[i], "assignment");
    if (!ok) useAssignedVars(lhs);
    return;
  }
  if (rhs.size() == 1) {
    Operand x;
    rawExpr(x, rhs[0]);
    if (x.invalid()) {
      useAssignedVars(lhs);
      return;
    }
    if (x.mode == Mode::CommaOk && lhs.size() == 2) {
      info_.types[rhs[0]].mode = Mode::CommaOk;
      Operand ok;
      ok.mode = Mode::Value;
      ok.type = ctx_.basic(BasicKind::UntypedBool);
      ok.expr = rhs[0];
      x.mode = Mode::Value;
      assignVar(lhs[0], x, "assignment");
      assignVar(lhs[1], ok, "assignment");
      return;
    }
    auto* t = llvm::dyn_cast_or_null<Tuple>(x.type);
    if (t && t->size() == lhs.size()) {
      bool ok = true;
      for (size_t i = 0; i < lhs.size(); ++i) {
        Operand xi;
        xi.mode = isBasic(t->types[i], BasicKind::Invalid) ? Mode::Invalid : Mode::Value;
        xi.type = t->types[i];
        xi.expr = rhs[0];
        ok &= assignVar(lhs[i], xi, "assignment");
      }
      if (!ok) useAssignedVars(lhs);
      return;
    }
    assignMismatch(lhs[0]->pos, lhs.size(), rhs, &x);
    useAssignedVars(lhs);
    return;
  }
  assignMismatch(lhs[0]->pos, lhs.size(), rhs, nullptr);
  useAssignedVars(lhs);
  for (const Expr* r : rhs) {
    Operand tmp;
    rawExpr(tmp, r);
  }
}

void Checker::shortVarDecl(const AssignStmt* s) {
  ExprRange lhs = ast_.nodes(s->lhs), rhs = ast_.nodes(s->rhs);
  // Decide which names are new; at least one must be. A wrong left-hand side (a non-name, a
  // repeated name, a name that is not a variable) is reported once and then stands for `_`,
  // and it excuses the "no new variables" error, as in gc.
  std::vector<Var*> vars(lhs.size(), nullptr);
  std::vector<bool> isNew(lhs.size(), false);
  bool anyNew = false, hasErr = false;
  llvm::StringSet<> seen;
  auto dummy = [&](size_t i) {
    isNew[i] = true;
    vars[i] = newObject<Var>("_", lhs[i]->pos, &pkg_, nullptr);
  };
  for (size_t i = 0; i < lhs.size(); ++i) {
    auto* id = llvm::dyn_cast<Ident>(lhs[i]);
    if (!id) {
      Operand tmp;  // gc evaluates it (a use, or "undefined")
      expr(tmp, lhs[i]);
      error(lhs[i]->pos, fmt::format("non-name {} on left side of :=", exprString(lhs[i])));
      hasErr = true;
      dummy(i);
      continue;
    }
    llvm::StringRef name = ast_.str(id->name);
    if (name == "_") {
      isNew[i] = true;
      vars[i] = newObject<Var>(name, id->pos, &pkg_, nullptr);
      info_.defs[id] = vars[i];
      continue;
    }
    if (!seen.insert(name).second) {
      error(id->pos, fmt::format("{} repeated on left side of :=", name.str()));
      hasErr = true;
      dummy(i);
      continue;
    }
    Object* prev = scope_->lookupLocal(name);
    if (prev) {
      info_.uses[id] = prev;
      if (auto* v = llvm::dyn_cast<Var>(prev)) {
        vars[i] = v;
        v->assigned = true;
      } else {
        error(id->pos, fmt::format("cannot assign to {}", name.str()));
        hasErr = true;
        dummy(i);
      }
      continue;
    }
    vars[i] = newObject<Var>(name, id->pos, &pkg_, nullptr);
    isNew[i] = true;
    anyNew = true;
  }
  if (!anyNew && !hasErr) error(s->pos, "no new variables on left side of :=");

  // When one initialisation fails, every variable of the statement counts as used (gc: no
  // follow-on "declared but not used").
  bool failed = false;
  auto typeVar = [&](size_t i, Operand& x) {
    if (!vars[i]) return;
    if (!isNew[i]) {
      if (x.invalid() || !assignable(x, vars[i]->type, "assignment")) failed = true;
      return;
    }
    if (x.invalid()) {
      vars[i]->type = ctx_.basic(BasicKind::Invalid);
      failed = true;
      return;
    }
    if (isBasic(x.type, BasicKind::UntypedNil)) {
      error(x.expr->pos, "use of untyped nil in assignment");
      vars[i]->type = ctx_.basic(BasicKind::Invalid);
      failed = true;
      return;
    }
    convertUntyped(x, nullptr);
    if (x.invalid()) {
      vars[i]->type = ctx_.basic(BasicKind::Invalid);
      failed = true;
      return;
    }
    vars[i]->type = x.type;
  };
  auto invalidateAll = [&] {
    for (size_t i = 0; i < vars.size(); ++i) {
      if (!vars[i]) continue;
      vars[i]->used = true;
      if (isNew[i]) vars[i]->type = ctx_.basic(BasicKind::Invalid);
    }
  };

  if (lhs.size() == rhs.size()) {
    for (size_t i = 0; i < rhs.size(); ++i) {
      Operand x;
      if (lhs.size() == 1)
        singleAssignExpr(x, rhs[i], lhs[0]->pos);
      else
        expr(x, rhs[i]);
      typeVar(i, x);
    }
  } else if (rhs.size() == 1) {
    Operand x;
    rawExpr(x, rhs[0]);
    auto* t = llvm::dyn_cast_or_null<Tuple>(x.type);
    if (x.mode == Mode::CommaOk && lhs.size() == 2) {
      info_.types[rhs[0]].mode = Mode::CommaOk;
      x.mode = Mode::Value;
      typeVar(0, x);
      Operand ok;
      ok.mode = Mode::Value;
      ok.type = ctx_.basic(BasicKind::Bool);
      ok.expr = rhs[0];
      typeVar(1, ok);
    } else if (t && t->size() == lhs.size() && x.mode == Mode::Value) {
      for (size_t i = 0; i < t->size(); ++i) {
        Operand xi;
        xi.mode = Mode::Value;
        xi.type = t->types[i];
        xi.expr = rhs[0];
        typeVar(i, xi);
      }
    } else {
      if (!x.invalid()) assignMismatch(lhs[0]->pos, lhs.size(), rhs, &x);
      invalidateAll();
    }
  } else {
    assignMismatch(lhs[0]->pos, lhs.size(), rhs, nullptr);
    for (const Expr* r : rhs) {
      Operand tmp;
      rawExpr(tmp, r);
    }
    invalidateAll();
  }
  if (failed)
    for (Var* v : vars)
      if (v) v->used = true;
  // New variables come into scope after the whole statement.
  for (size_t i = 0; i < vars.size(); ++i) {
    if (!vars[i] || !isNew[i] || vars[i]->name == "_") continue;
    declareLocal(vars[i], llvm::cast<Ident>(lhs[i]));
  }
}

void Checker::ifStmt(const IfStmt* s, StmtContext ctx) {
  openScope();
  if (s->init) stmt(ast_.get(s->init), ctx);
  if (s->cond) {
    Operand x;
    expr(x, ast_.get(s->cond));
    if (!x.invalid() && !isBoolean(x.type))
      error(ast_.get(s->cond)->pos, fmt::format("non-boolean condition in if statement"));
  }
  stmt(ast_.get(s->then), ctx);
  if (s->els) stmt(ast_.get(s->els), ctx);
  closeScope();
}

void Checker::forStmt(const ForStmt* s, StmtContext ctx) {
  const Stmt* post = ast_.get(s->post);
  openScope();
  if (s->init) stmt(ast_.get(s->init), ctx);
  if (s->cond) {
    Operand x;
    expr(x, ast_.get(s->cond));
    if (!x.invalid() && !isBoolean(x.type))
      error(ast_.get(s->cond)->pos, "non-boolean condition in for statement");
  }
  if (s->post) {
    if (auto* a = llvm::dyn_cast<AssignStmt>(post); a && a->op == Tok::Define)
      error(post->pos, "cannot declare in post statement of for loop");
    else
      stmt(post, ctx);
  }
  stmt(ast_.get(s->body), ctx);
  closeScope();
}

void Checker::rangeStmt(const RangeStmt* s, StmtContext ctx) {
  const Expr* ranged = ast_.get(s->x);
  openScope();
  Operand x;
  expr(x, ranged);
  Type* keyType = nullptr;
  Type* valueType = nullptr;
  if (!x.invalid()) {
    Type* u = underlying(x.type);
    if (isString(x.type)) {
      if (isUntyped(x.type)) convertUntyped(x, ctx_.basic(BasicKind::String));
      keyType = ctx_.basic(BasicKind::Int);
      valueType = ctx_.basic(BasicKind::Int32);
    } else if (auto* sl = llvm::dyn_cast_or_null<Slice>(u)) {
      keyType = ctx_.basic(BasicKind::Int);
      valueType = sl->elem;
    } else if (auto* arr = arrayOrPointerToArray(u)) {
      keyType = ctx_.basic(BasicKind::Int);
      valueType = arr->elem;
    } else if (auto* m = llvm::dyn_cast_or_null<Map>(u)) {
      keyType = m->key;
      valueType = m->elem;
    } else if (auto* c = llvm::dyn_cast_or_null<Chan>(u)) {
      if (c->dir == types::ChanDir::Send) {
        error(ranged->pos, fmt::format("cannot range over {} (receive from send-only channel)",
                                       operandString(x)));
      } else {
        keyType = c->elem;
        if (s->value)
          error(ast_.get(s->value)->pos,
                fmt::format("range over {} permits only one iteration variable", operandString(x)));
      }
      requireLowerable(ranged->pos, "range over channels");
    } else if (isInteger(x.type) && goMinor() < 22) {
      error(ranged->pos,
            fmt::format("cannot range over {}: requires go1.22 or later (-lang was set "
                        "to go1.{}; check go.mod)",
                        operandString(x), goMinor()));
    } else if (isInteger(x.type)) {
      // Go 1.22: range over an integer n yields 0..n-1 of n's type.
      if (s->value)  // gc names the operand as written (an untyped constant stays untyped)
        error(ast_.get(s->value)->pos,
              fmt::format("range over {} permits only one iteration variable", operandString(x)));
      if (isUntyped(x.type)) convertUntyped(x, nullptr);
      keyType = x.type;
    } else {
      error(ranged->pos, fmt::format("cannot range over {}", operandString(x)));
    }
  }
  const Expr* lhs[2] = {ast_.get(s->key), ast_.get(s->value)};
  Type* types[2] = {keyType, valueType};
  if (s->op == Tok::Define) {
    std::vector<std::pair<Var*, const Ident*>> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      auto* id = llvm::dyn_cast<Ident>(lhs[i]);
      if (!id) {
        error(lhs[i]->pos, fmt::format("non-name {} on left side of :=", exprString(lhs[i])));
        continue;
      }
      Type* t = types[i] ? types[i] : ctx_.basic(BasicKind::Invalid);
      auto* v = newObject<Var>(ast_.str(id->name), id->pos, &pkg_, t);
      if (!types[i]) v->used = true;  // gc: no "declared but not used" for an untyped one
      // Before Go 1.22 one variable serves every iteration: the loop assigns it.
      v->assigned = goMinor() < 22;
      vars.emplace_back(v, id);
    }
    for (auto [v, id] : vars) declareLocal(v, id);
  } else if (s->op == Tok::Assign) {
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i] || !types[i]) continue;
      Operand v;
      v.mode = Mode::Value;
      v.type = types[i];
      v.expr = ranged;
      assignVar(lhs[i], v, "range");
    }
  }
  stmt(ast_.get(s->body), ctx);
  closeScope();
}

void Checker::switchStmt(const SwitchStmt* s, StmtContext ctx) {
  const Expr* tagExpr = ast_.get(s->tag);
  openScope();
  if (s->init) stmt(ast_.get(s->init), ctx);
  Operand tag;
  if (s->tag) {
    expr(tag, tagExpr);
    if (!tag.invalid()) {
      convertUntyped(tag, nullptr);
      // A map, slice or func tag is fine: its cases may be nil.
      if (!tag.invalid() && !isComparable(tag.type) && !hasNil(tag.type)) {
        error(tagExpr->pos, fmt::format("cannot switch on {} ({} is not comparable)",
                                        operandString(tag), typeStr(tag.type)));
        tag.mode = Mode::Invalid;
      }
    }
  }
  std::map<std::pair<Type*, std::string>, Pos> seenConstants;  // duplicate cases
  bool seenDefault = false;
  auto clauses = ast_.nodes(s->clauses);
  for (size_t ci = 0; ci < clauses.size(); ++ci) {
    const CaseClause* c = clauses[ci];
    if (c->isDefault) {
      if (seenDefault) error(c->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    for (const Expr* e : ast_.nodes(c->list)) {
      Operand v;
      expr(v, e);
      if (v.invalid()) continue;
      if (!s->tag) {
        assignable(v, ctx_.basic(BasicKind::Bool), "switch case");
        continue;
      }
      if (tag.invalid()) continue;
      Operand t = tag;
      bool vNil = isBasic(v.type, BasicKind::UntypedNil);
      matchTypes(v, t);
      if (v.invalid()) continue;
      if (!isAssignable(v, t.type) && !isAssignable(t, v.type)) {
        error(e->pos,
              fmt::format("invalid case {} in switch on {} (mismatched types {} and {})",
                          exprString(e), exprString(tagExpr), typeStr(v.type), typeStr(t.type)));
        continue;
      }
      // The case is compared with the tag: both must be comparable, unless one is nil.
      if (!vNil) {
        Type* bad = !isComparable(v.type) ? v.type : !isComparable(t.type) ? t.type : nullptr;
        if (bad) {
          error(e->pos, fmt::format("invalid case {} in switch on {} ({})", exprString(e),
                                    exprString(tagExpr), incomparableCause(bad)));
          continue;
        }
      }
      if (v.mode == Mode::Constant) {
        auto key = std::make_pair(v.type, v.value.toString());
        auto [it, inserted] = seenConstants.emplace(key, e->pos);
        if (!inserted)
          error(e->pos, fmt::format("duplicate case {} in expression switch\n\t{}: previous case",
                                    operandString(v), diags_.format(it->second)));
      }
    }
    openScope();
    stmtList(ast_.nodes(c->body), ctx);
    closeScope();
  }
  closeScope();
}

void Checker::typeSwitchStmt(const TypeSwitchStmt* s, StmtContext ctx) {
  openScope();
  if (s->init) stmt(ast_.get(s->init), ctx);
  Operand x;
  const Expr* guarded = ast_.get(ast_.get(s->guard)->x);
  expr(x, guarded);
  if (!x.invalid() && !isInterface(x.type)) {
    error(guarded->pos, fmt::format("{} is not an interface", operandString(x)));
    x.mode = Mode::Invalid;
  }
  std::vector<Var*> clauseVars;
  std::map<Type*, Pos> seenTypes;  // duplicate cases
  bool seenDefault = false;
  for (const CaseClause* c : ast_.nodes(s->clauses)) {
    if (c->isDefault) {
      if (seenDefault) error(c->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    Type* single = nullptr;
    for (const Expr* e : ast_.nodes(c->list)) {
      // A type (or nil) listed twice is an error, as gc reports it.
      auto reportDuplicate = [&](Type* key, const std::string& what) {
        auto [it, inserted] = seenTypes.emplace(key, e->pos);
        if (!inserted)
          error(e->pos, fmt::format("duplicate case {} in type switch\n\t{}: previous case", what,
                                    diags_.format(it->second)));
      };
      Operand t;
      exprOrType(t, e);
      if (t.invalid()) {
        single = ctx_.basic(BasicKind::Invalid);
        continue;
      }
      if (t.mode == Mode::Value && isBasic(t.type, BasicKind::UntypedNil)) {
        reportDuplicate(nullptr, "nil");
        single = c->list.size == 1 ? x.type : nullptr;
        continue;
      }
      if (t.mode != Mode::TypeExpr) {
        error(e->pos, fmt::format("{} is not a type", exprString(e)));
        single = ctx_.basic(BasicKind::Invalid);  // gc: the clause's variable has no type
        continue;
      }
      reportDuplicate(t.type, typeStr(t.type));
      single = t.type;
      // A concrete case type must implement the switched interface.
      if (!x.invalid() && !isInterface(t.type) && !isTypeParam(t.type)) {
        std::string why = missingMethodReason(t.type, llvm::cast<Interface>(underlying(x.type)));
        if (!why.empty())
          error(e->pos, fmt::format("impossible type switch case: {}\n\t{} cannot have dynamic "
                                    "type {} {}",
                                    exprString(e), operandString(x), typeStr(t.type), why));
      }
    }
    openScope();
    if (const Ident* binding = ast_.get(s->binding)) {
      // The clause's variable has the case's type when it lists exactly one type.
      Type* vt = x.invalid()                     ? ctx_.basic(BasicKind::Invalid)
                 : (c->list.size == 1 && single) ? single
                                                 : x.type;
      auto* v = newObject<Var>(ast_.str(binding->name), binding->pos, &pkg_,
                               vt ? vt : ctx_.basic(BasicKind::Invalid));
      info_.implicits[c] = v;
      scope_->insert(v);
      clauseVars.push_back(v);
    }
    stmtList(ast_.nodes(c->body), ctx);
    closeScope();
  }
  if (const Ident* binding = ast_.get(s->binding)) {
    info_.defs[binding] = nullptr;
    bool used = false;
    for (Var* v : clauseVars) used |= v->used;
    if (!used)
      error(binding->pos, fmt::format("{} declared but not used", ast_.str(binding->name).str()));
  }
  closeScope();
}

void Checker::markAssigned(const Expr* lhs) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(lhs)) lhs = ast_.get(p->x);
  if (auto* id = llvm::dyn_cast<Ident>(lhs))
    if (auto* v = llvm::dyn_cast_or_null<Var>(info_.objectOf(id))) v->assigned = true;
}

void Checker::goDeferStmt(const CallExpr* call, llvm::StringRef keyword) {
  Operand x;
  rawExpr(x, call);
  const TypeAndValue* fun = info_.typeOf(ast_.get(call->fun));
  if (!fun) return;
  if (fun->mode == Mode::TypeExpr) {
    if (x.invalid()) return;
    error(call->pos, fmt::format("{} requires function call, not conversion {}", keyword.str(),
                                 operandString(x)));
    return;
  }
  Builtin* b = calledBuiltin(call);
  if (!b || x.invalid()) return;
  if (!builtinIsStatement(b->id))
    error(call->pos, fmt::format("{} discards result of {}", keyword.str(), operandString(x)));
}

// The builtin a call calls (`len(x)`, `unsafe.Sizeof(x)`), or null.
Builtin* Checker::calledBuiltin(const CallExpr* call) {
  const Expr* f = ast_.get(call->fun);
  while (auto* p = llvm::dyn_cast<ParenExpr>(f)) f = ast_.get(p->x);
  if (auto* sel = llvm::dyn_cast<SelectorExpr>(f)) f = ast_.get(sel->sel);
  auto* id = llvm::dyn_cast<Ident>(f);
  return id ? llvm::dyn_cast_or_null<Builtin>(info_.objectOf(id)) : nullptr;
}

// The builtins whose calls may stand as statements; none of package unsafe's may.
bool Checker::builtinIsStatement(BuiltinId id) {
  switch (id) {
    case BuiltinId::Copy:
    case BuiltinId::Panic:
    case BuiltinId::Print:
    case BuiltinId::Println:
    case BuiltinId::Recover:
    case BuiltinId::Close:
    case BuiltinId::Delete:
    case BuiltinId::Clear:
      return true;
    default:
      return false;
  }
}

void Checker::returnStmt(const ReturnStmt* s) {
  if (!currentFunc_) return;
  Tuple* results = currentFunc_->sig()->results;
  if (s->results.empty()) {
    if (results->size() == 0) return;
    // A bare return is fine with named results.
    if (!currentFunc_->results.empty() && !currentFunc_->results[0]->name.empty()) {
      for (Var* r : currentFunc_->results) {
        if (r->name == "_") continue;  // blank results are never in scope
        Object* o = scope_->lookup(r->name);
        if (!o || o == r) continue;
        // gc points at the inner declaration but names the result: "var x int".
        error(s->pos,
              fmt::format("result parameter {} not in scope at return\n\t{}: inner "
                          "declaration of var {} {}",
                          r->name.str(), diags_.format(o->pos), r->name.str(), typeStr(r->type)));
      }
      return;
    }
    error(s->pos, fmt::format("not enough return values\n\thave ()\n\twant {}",
                              typeString(results, &pkg_)));
    return;
  }
  ExprRange resultExprs = ast_.nodes(s->results);
  std::vector<Operand> values = argumentList(resultExprs);
  for (const Operand& v : values)
    if (v.invalid()) return;
  if (values.size() != results->size()) {
    bool tooMany = values.size() > results->size();
    error(resultExprs[0]->pos,
          fmt::format("{} return values\n\thave {}\n\twant {}", tooMany ? "too many" : "not enough",
                      tupleString(values), typeString(results, &pkg_)));
    return;
  }
  for (size_t i = 0; i < values.size(); ++i)
    assignable(values[i], results->types[i], "return statement");
  // `return v` assigns the named results: a closure (a deferred one, say) that captured
  // them must share them, not copy them.
  for (Var* r : currentFunc_->results) r->assigned = true;
}

// ---- terminating statements (spec "Terminating statements") ----

namespace {
// The last statement of a list, ignoring trailing empty statements as the spec allows.
const Stmt* lastStmt(StmtRange stmts) {
  for (size_t i = stmts.size(); i > 0; --i)
    if (!llvm::isa<EmptyStmt>(stmts[i - 1])) return stmts[i - 1];
  return nullptr;
}
}  // namespace

bool Checker::hasBreak(const Stmt* s, llvm::StringRef label, bool implicit) {
  // Whether s contains a break that targets the enclosing breakable statement: an unlabeled
  // one outside nested loops, switches and selects (when `implicit`), or `break label`.
  if (!s) return false;
  auto anyIn = [&](StmtRange list, bool imp) {
    for (const Stmt* x : list)
      if (hasBreak(x, label, imp)) return true;
    return false;
  };
  switch (s->kind) {
    case NodeKind::BranchStmt: {
      auto* b = llvm::cast<BranchStmt>(s);
      if (b->op != Tok::Break) return false;
      if (!b->label) return implicit;
      return !label.empty() && ast_.str(ast_.get(b->label)->name) == label;
    }
    case NodeKind::BlockStmt:
      return anyIn(ast_.nodes(llvm::cast<BlockStmt>(s)->stmts), implicit);
    case NodeKind::IfStmt: {
      auto* i = llvm::cast<IfStmt>(s);
      return hasBreak(ast_.get(i->then), label, implicit) ||
             hasBreak(ast_.get(i->els), label, implicit);
    }
    case NodeKind::LabeledStmt:
      return hasBreak(ast_.get(llvm::cast<LabeledStmt>(s)->stmt), label, implicit);
    case NodeKind::CaseClause:
      return anyIn(ast_.nodes(llvm::cast<CaseClause>(s)->body), implicit);
    case NodeKind::CommClause:
      return anyIn(ast_.nodes(llvm::cast<CommClause>(s)->body), implicit);
    // Unlabeled breaks inside nested loops, switches and selects target those; only a break
    // naming the label can leave them.
    case NodeKind::ForStmt:
      return !label.empty() && hasBreak(ast_.get(llvm::cast<ForStmt>(s)->body), label, false);
    case NodeKind::RangeStmt:
      return !label.empty() && hasBreak(ast_.get(llvm::cast<RangeStmt>(s)->body), label, false);
    case NodeKind::SwitchStmt:
      if (label.empty()) return false;
      for (const CaseClause* c : ast_.nodes(llvm::cast<SwitchStmt>(s)->clauses))
        if (hasBreak(c, label, false)) return true;
      return false;
    case NodeKind::TypeSwitchStmt:
      if (label.empty()) return false;
      for (const CaseClause* c : ast_.nodes(llvm::cast<TypeSwitchStmt>(s)->clauses))
        if (hasBreak(c, label, false)) return true;
      return false;
    case NodeKind::SelectStmt:
      if (label.empty()) return false;
      for (const CommClause* c : ast_.nodes(llvm::cast<SelectStmt>(s)->clauses))
        if (hasBreak(c, label, false)) return true;
      return false;
    default:
      return false;
  }
}

bool Checker::isTerminating(const Stmt* s, llvm::StringRef label) {
  // `label` names s when s is the statement of a labeled statement: `break label` inside
  // it then leaves it, as an unlabeled break would.
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::ReturnStmt:
      return true;
    case NodeKind::BranchStmt: {
      Tok op = llvm::cast<BranchStmt>(s)->op;
      return op == Tok::Goto || op == Tok::Fallthrough;
    }
    case NodeKind::ExprStmt: {
      auto* call = llvm::dyn_cast<CallExpr>(ast_.get(llvm::cast<ExprStmt>(s)->x));
      if (!call) return false;
      auto* id = llvm::dyn_cast<Ident>(ast_.get(call->fun));
      auto* b = id ? llvm::dyn_cast_or_null<Builtin>(info_.objectOf(id)) : nullptr;
      return b && b->id == BuiltinId::Panic;
    }
    case NodeKind::BlockStmt:
      return isTerminating(lastStmt(ast_.nodes(llvm::cast<BlockStmt>(s)->stmts)));
    case NodeKind::IfStmt: {
      auto* i = llvm::cast<IfStmt>(s);
      return i->els && isTerminating(ast_.get(i->then)) && isTerminating(ast_.get(i->els));
    }
    case NodeKind::LabeledStmt: {
      auto* l = llvm::cast<LabeledStmt>(s);
      return isTerminating(ast_.get(l->stmt), ast_.str(ast_.get(l->label)->name));
    }
    case NodeKind::ForStmt: {
      auto* f = llvm::cast<ForStmt>(s);
      return !f->cond && !hasBreak(ast_.get(f->body), label, true);
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      auto clauses = llvm::isa<SwitchStmt>(s) ? llvm::cast<SwitchStmt>(s)->clauses
                                              : llvm::cast<TypeSwitchStmt>(s)->clauses;
      bool hasDefault = false;
      for (const CaseClause* c : ast_.nodes(clauses)) {
        hasDefault |= c->isDefault;
        if (!isTerminating(lastStmt(ast_.nodes(c->body))) || hasBreak(c, label, true)) return false;
      }
      return hasDefault;
    }
    case NodeKind::SelectStmt: {
      for (const CommClause* c : ast_.nodes(llvm::cast<SelectStmt>(s)->clauses))
        if (!isTerminating(lastStmt(ast_.nodes(c->body))) || hasBreak(c, label, true)) return false;
      return true;
    }
    default:
      return false;
  }
}

}  // namespace ergo::types
