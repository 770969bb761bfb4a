// Declarations: collecting package objects, resolving them lazily in dependency order, type
// expressions, signatures, function bodies, and local declarations.
#include "types/check_internal.h"

namespace ergo::types {

namespace {
llvm::StringRef importPath(const Ast& ast, const BasicLit* lit) {
  llvm::StringRef t = ast.str(lit->text);
  return t.size() >= 2 ? t.drop_front().drop_back() : t;
}
}  // namespace

void Checker::missingBody(const FuncDecl* fd) {
  // A bodyless function may be implemented in assembly, so gc reports it only when it
  // compiles code: in a build, after a clean type check. `ergo tool check` says nothing, as
  // go/types.
  if (!config_.onlyLowerable) return;
  Pos at = ast_.get(fd->name)->pos;
  if (!fd->recv.empty()) {
    // gc puts a method's report at the receiver's "(", the first token after `func`.
    llvm::StringRef text = diags_.files().text(fd->pos.file);
    size_t i = fd->pos.offset + 4;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    at = Pos{fd->pos.file, static_cast<uint32_t>(i)};
  }
  backEndErrors_.push_back({at, "missing function body"});
}

void Checker::collectObjects() {
  // A file the scanner gave up on (an invalid first byte) has no package clause: skip it.
  for (const File* file : pkg_.files)
    if (file->packageName) {
      pkg_.name = ast_.str(ast_.get(file->packageName)->name).str();
      break;
    }
  for (const File* file : pkg_.files) {
    if (!file->packageName) continue;
    const Ident* pkgName = ast_.get(file->packageName);
    if (ast_.str(pkgName->name) != pkg_.name) {
      error(pkgName->pos, fmt::format("package {}; expected package {}",
                                      ast_.str(pkgName->name).str(), pkg_.name));
      continue;
    }
    if (ast_.str(pkgName->name) == "_") error(pkgName->pos, "invalid package name _");
    pkg_.ownedScopes.push_back(std::make_unique<Scope>(pkg_.scope.get()));
    Scope* fileScope = pkg_.ownedScopes.back().get();

    for (const ImportSpec* imp : ast_.nodes(file->imports)) {
      const BasicLit* pathLit = ast_.get(imp->path);
      const Ident* impName = ast_.get(imp->name);
      llvm::StringRef text = ast_.str(pathLit->text);
      // A malformed literal (`import "foo` cut by a newline) was reported by the lexer; like
      // gc, import nothing for it.
      if (text.size() < 2 || text.front() != text.back()) continue;
      llvm::StringRef path = importPath(ast_, pathLit);
      if (path == "C") {
        error(imp->pos, "ergo does not support cgo (import \"C\")");
        continue;
      }
      Package* imported = config_.importer ? config_.importer(path) : nullptr;
      if (!imported) {
        error(pathLit->pos, fmt::format("could not import {} (package not found)", path.str()));
        continue;
      }
      if (imported->name == "main") {
        error(pathLit->pos,
              fmt::format("import \"{}\" is a program, not an importable package", path.str()));
        continue;
      }
      if (std::find(pkg_.imports.begin(), pkg_.imports.end(), imported) == pkg_.imports.end())
        pkg_.imports.push_back(imported);
      llvm::StringRef name = impName ? ast_.str(impName->name) : names_.intern(imported->name);
      if (name == "_") continue;
      if (name == "init") {
        error(impName->pos, "cannot import package as init - init must be a func");
        continue;
      }
      if (name == ".") {
        unsupported(imp->pos, "dot imports");
        continue;
      }
      auto* pn = newObject<PkgName>(name, imp->pos, &pkg_, imported);
      if (impName)
        info_.defs[impName] = pn;
      else
        info_.implicits[imp] = pn;
      if (Object* prev = fileScope->insert(pn)) {
        error(imp->pos, fmt::format("{} redeclared in this block", name.str()));
        (void)prev;
        continue;
      }
      imports_.push_back(pn);
    }

    for (const Decl* decl : ast_.nodes(file->decls)) {
      if (auto* fd = llvm::dyn_cast<FuncDecl>(decl)) {
        const Ident* fdName = ast_.get(fd->name);
        const FuncType* fdType = ast_.get(fd->type);
        llvm::StringRef name = ast_.str(fdName->name);
        auto* fn = newObject<Func>(name, fdName->pos, &pkg_);
        fn->decl = fd;
        info_.defs[fdName] = fn;
        info_.funcs[fd] = fn;
        DeclInfo d;
        d.fileScope = fileScope;
        d.funcDecl = fd;
        if (!fd->recv.empty()) {
          if (!fd->body && !fd->linkname) missingBody(fd);
          collectMethod(fn, fd, fileScope);
          continue;
        }
        if (!fdType->typeParams.empty()) {
          requireVersion(typeParamsPos(ast_.get(fdType->typeParams)), 18, "type parameter");
          if (name == "init" || (name == "main" && pkg_.name == "main")) {
            error(fdName->pos, fmt::format("func {} must have no type parameters", name.str()));
            decls_[fn] = std::move(d);
            continue;
          }
        }
        if (name == "init") {
          bool wrongSig = !fdType->params.empty() || !fdType->results.empty();
          if (wrongSig) error(fdName->pos, "func init must have no arguments and no return values");
          if (!fd->body) error(fdName->pos, "missing function body");
          pkg_.initFuncs.push_back(fn);
          // A wrong signature is still the body's: checkFuncBody resolves it.
          if (!wrongSig) fn->type = ctx_.signature(ctx_.tuple({}), ctx_.tuple({}), false);
          decls_[fn] = std::move(d);
          continue;
        }
        if (name == "main" && pkg_.name == "main" &&
            (!fdType->params.empty() || !fdType->results.empty()))
          error(fdName->pos, "func main must have no arguments and no return values");
        if (!fd->body && !fd->linkname) missingBody(fd);
        declarePackageObject(fn, std::move(d));
        pkg_.funcs.push_back(fn);
        continue;
      }
      auto* gd = llvm::cast<GenDecl>(decl);
      if (gd->tok == Tok::Import) continue;
      const Expr* lastType = nullptr;
      List<Ref<Expr>> lastValueList;
      for (const Decl* spec : ast_.nodes(gd->specs)) {
        if (auto* ts = llvm::dyn_cast<TypeSpec>(spec)) {
          const Ident* tsName = ast_.get(ts->name);
          auto* tn = newObject<TypeName>(ast_.str(tsName->name), tsName->pos, &pkg_);
          info_.defs[tsName] = tn;
          DeclInfo d;
          d.fileScope = fileScope;
          d.typeSpec = ts;
          if (!ts->typeParams.empty())
            requireVersion(typeParamsPos(ast_.get(ts->typeParams)), 18, "type parameter");
          declarePackageObject(tn, std::move(d));
          continue;
        }
        auto* vs = llvm::cast<ValueSpec>(spec);
        auto names = ast_.nodes(vs->names);
        auto values = ast_.nodes(vs->values);
        if (gd->tok == Tok::Const) {
          // An empty spec repeats the previous type and values (with the new iota).
          if (vs->type || !vs->values.empty()) {
            lastType = ast_.get(vs->type);
            lastValueList = vs->values;
          }
          ExprRange lastValues = ast_.nodes(lastValueList);
          constArity(vs, names, lastValues);
          for (size_t i = 0; i < names.size(); ++i) {
            auto* c = newObject<Const>(ast_.str(names[i]->name), names[i]->pos, &pkg_);
            info_.defs[names[i]] = c;
            DeclInfo d;
            d.fileScope = fileScope;
            d.typeExpr = lastType;
            d.init = i < lastValues.size() ? lastValues[i] : nullptr;
            d.iota = vs->iota;
            declarePackageObject(c, std::move(d));
          }
          continue;
        }
        // var
        std::vector<Var*> vars;
        for (const Ident* name : names) {
          auto* v = newObject<Var>(ast_.str(name->name), name->pos, &pkg_, nullptr);
          v->isGlobal = true;
          info_.defs[name] = v;
          vars.push_back(v);
        }
        bool multi = values.size() == 1 && vars.size() > 1;
        if (!values.empty() && !multi) varArity(names, values);
        for (size_t i = 0; i < vars.size(); ++i) {
          DeclInfo d;
          d.fileScope = fileScope;
          d.typeExpr = ast_.get(vs->type);
          if (multi) {
            d.init = values[0];
            d.lhs = vars;
          } else if (i < values.size()) {
            d.init = values[i];
          }
          declarePackageObject(vars[i], std::move(d));
        }
      }
    }
  }
  // Methods declared on an alias (`type A = T; func (A) m()`) are T's: file them under T once,
  // in source order, so that attachMethods finds them by T's name alone.
  std::vector<std::string> aliasKeys;
  for (auto& entry : methodsByBase_)
    if (aliasBase(entry.first()) != entry.first()) aliasKeys.push_back(entry.first().str());
  for (const std::string& key : aliasKeys) {
    std::vector<Func*> moved = std::move(methodsByBase_[key]);
    methodsByBase_.erase(key);
    std::vector<Func*>& into = methodsByBase_[aliasBase(key)];
    into.insert(into.end(), moved.begin(), moved.end());
    llvm::sort(into, [](Func* a, Func* b) { return a->pos < b->pos; });
  }
  // Package-level names may not repeat a file's import name.
  for (PkgName* pn : imports_)
    if (Object* alt = pkg_.scope->lookupLocal(pn->name))
      error(alt->pos,
            fmt::format("{} already declared through import of package {} (\"{}\")\n\t{}: other "
                        "declaration of {}",
                        alt->name.str(), pn->imported->name, pn->imported->path,
                        diags_.format(pn->pos), pn->name.str()));
}

void Checker::declarePackageObject(Object* obj, DeclInfo info) {
  if (!llvm::isa<Func>(obj) &&
      (obj->name == "init" || (obj->name == "main" && pkg_.name == "main"))) {
    error(obj->pos, fmt::format("cannot declare {} - must be func", obj->name.str()));
    obj->type = ctx_.basic(BasicKind::Invalid);
    return;
  }
  if (obj->name == "_") {
    decls_[obj] = std::move(info);
    packageObjects_.push_back(obj);
    return;
  }
  if (Object* prev = pkg_.scope->insert(obj)) {
    error(obj->pos, fmt::format("{} redeclared in this block\n\t{}: other declaration of {}",
                                obj->name.str(), diags_.format(prev->pos), obj->name.str()));
    return;
  }
  // An object may not share its name with an import of any file.
  decls_[obj] = std::move(info);
  packageObjects_.push_back(obj);
}

void Checker::resolve(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;
  DeclInfo& d = it->second;
  if (d.color == DeclInfo::Color::Black) return;
  if (d.color == DeclInfo::Color::Grey) {
    // A cycle through types or constants; variable cycles are found by the init order.
    if (llvm::isa<TypeName>(obj) && !obj->type) {
      // An alias that needs itself.
      auto at = std::find(typePath_.begin(), typePath_.end(), obj);
      std::vector<Object*> cycle(at, typePath_.end());
      if (cycle.empty()) cycle.push_back(obj);
      // gc reports a cycle through defined types with those alone (aliases are transparent).
      std::vector<Object*> defined;
      for (Object* o : cycle) {
        auto dit = decls_.find(o);
        if (dit != decls_.end() && dit->second.typeSpec && !dit->second.typeSpec->alias)
          defined.push_back(o);
      }
      reportCycle(defined.empty() ? cycle : defined);
      obj->type = ctx_.basic(BasicKind::Invalid);
    } else if (llvm::isa<Const>(obj) && (!obj->type || isBasic(obj->type, BasicKind::Invalid))) {
      // A constant whose value needs itself: gc's "initialization loop" report.
      std::string msg = fmt::format("initialization loop for {}", obj->name.str());
      if (currentDecl_ && currentDecl_ != obj)
        msg += fmt::format("\n\t{}: {} refers to", diags_.format(currentDecl_->pos),
                           currentDecl_->name.str());
      msg += fmt::format("\n\t{}: {} refers to\n\t{}: {}", diags_.format(obj->pos), obj->name.str(),
                         diags_.format(obj->pos), obj->name.str());
      error(obj->pos, msg);
      obj->type = ctx_.basic(BasicKind::Invalid);
    }
    return;
  }
  d.color = DeclInfo::Color::Grey;
  // Resolve in the declaration's own context.
  Scope* savedScope = scope_;
  Object* savedDecl = currentDecl_;
  Func* savedFunc = currentFunc_;
  int savedIota = iota_;
  const Expr* savedConstraintOk = constraintOk_;  // the use that made us resolve obj
  scope_ = d.fileScope;
  currentDecl_ = obj;
  currentFunc_ = nullptr;
  iota_ = -1;
  switch (obj->kind) {
    case ObjectKind::TypeName:
      resolveType(static_cast<TypeName*>(obj), d);
      break;
    case ObjectKind::Const:
      resolveConst(static_cast<Const*>(obj), d);
      break;
    case ObjectKind::Var:
      resolveVar(static_cast<Var*>(obj), d);
      break;
    case ObjectKind::Func:
      resolveFunc(static_cast<Func*>(obj), d);
      break;
    default:
      break;
  }
  scope_ = savedScope;
  currentDecl_ = savedDecl;
  currentFunc_ = savedFunc;
  iota_ = savedIota;
  constraintOk_ = savedConstraintOk;
  decls_[obj].color = DeclInfo::Color::Black;
}

void Checker::resolveType(TypeName* obj, DeclInfo& d) {
  const TypeSpec* ts = d.typeSpec;
  if (!ts->typeParams.empty() && ts->alias) {
    error(ts->pos, "generic type cannot be alias");
    obj->type = ctx_.basic(BasicKind::Invalid);
    return;
  }
  typePath_.push_back(obj);
  if (ts->alias) {
    requireVersion(ts->pos, 9, "type aliases");
    constraintOk_ = ast_.get(ts->type);
    Type* t = typeExpr(ast_.get(ts->type));
    typePath_.pop_back();
    if (!obj->type) obj->type = t;
    return;
  }
  Named* named = ctx_.named(obj);
  obj->type = named;
  namedTypes_.push_back(named);
  if (!ts->typeParams.empty()) {
    // A generic type: its parameters are in scope in its declaration only.
    pkg_.ownedScopes.push_back(std::make_unique<Scope>(scope_));
    scope_ = pkg_.ownedScopes.back().get();
    named->typeParams = declareTypeParams(ast_.get(ts->typeParams), named);
  }
  constraintOk_ = ast_.get(ts->type);  // type C2 C1 may define a constraint
  Type* rhs = typeExpr(ast_.get(ts->type));
  typePath_.pop_back();
  if (llvm::isa<TypeParam>(rhs)) {
    error(ast_.get(ts->type)->pos, "cannot use a type parameter as RHS in type declaration");
    rhs = ctx_.basic(BasicKind::Invalid);
  }
  if (Type* u = underlying(rhs)) {
    named->underlying = u;
  } else {
    // `type A B` where B is still being declared: A's underlying type is B's, once known.
    // If following the names leads back to A, they form a cycle.
    named->underlying = rhs;
    std::vector<Object*> cycle{obj};
    for (Type* t = rhs; auto* n = llvm::dyn_cast_or_null<Named>(t); t = n->underlying) {
      if (n == named) {
        reportCycle(cycle);
        break;
      }
      cycle.push_back(n->obj);
    }
  }
  attachMethods(obj, named);
  std::vector<Named*> path;
  validType(named, path);
}

void Checker::constValue(Const* obj, const Expr* typeExprNode, const Expr* init, int iota) {
  obj->type = ctx_.basic(BasicKind::Invalid);
  if (!init) return;
  int savedIota = iota_;
  iota_ = iota;
  Type* declared = typeExprNode ? typeExpr(typeExprNode) : nullptr;
  Operand x;
  expr(x, init);
  iota_ = savedIota;
  if (x.invalid()) return;
  if (x.mode != Mode::Constant) {
    error(init->pos, fmt::format("{} is not constant", operandString(x)));
    return;
  }
  if (declared) {
    if (!llvm::isa<Basic>(underlying(declared))) {
      error(typeExprNode->pos, fmt::format("invalid constant type {}", typeStr(declared)));
      return;
    }
    if (!assignable(x, declared, "constant declaration")) return;
  }
  obj->type = x.type;
  obj->value = x.value;
}

void Checker::resolveConst(Const* obj, DeclInfo& d) {
  constValue(obj, d.typeExpr, d.init, d.iota);
}

void Checker::resolveVar(Var* obj, DeclInfo& d) {
  Type* declared = d.typeExpr ? typeExpr(d.typeExpr) : nullptr;
  if (!d.init) {
    obj->type = declared ? declared : ctx_.basic(BasicKind::Invalid);
    return;
  }
  if (!d.lhs.empty()) {
    // var a, b = f(): all variables are typed by one call.
    for (Var* v : d.lhs) {
      v->type = declared;
      if (v != obj) decls_[v].color = DeclInfo::Color::Black;
    }
    Operand x;
    rawExpr(x, d.init);
    auto* tuple = llvm::dyn_cast_or_null<Tuple>(x.type);
    if (x.mode == Mode::CommaOk && d.lhs.size() == 2) {
      Type* t0 = x.type;
      if (declared) assignable(x, declared, "variable declaration");
      d.lhs[0]->type = declared ? declared : t0;
      d.lhs[1]->type = declared ? declared : ctx_.basic(BasicKind::Bool);
      info_.types[d.init].mode = Mode::CommaOk;
    } else if (!tuple || tuple->size() != d.lhs.size()) {
      Ref<Expr> init = ast_.ref(d.init);
      if (!x.invalid()) assignMismatch(d.lhs[0]->pos, d.lhs.size(), ExprRange(&ast_, init), &x);
      for (Var* v : d.lhs)
        if (!v->type) v->type = ctx_.basic(BasicKind::Invalid);
    } else {
      for (size_t i = 0; i < d.lhs.size(); ++i) {
        Operand xi;
        xi.mode = Mode::Value;
        xi.type = tuple->types[i];
        xi.expr = d.init;
        if (declared) assignable(xi, declared, "variable declaration");
        d.lhs[i]->type = declared ? declared : tuple->types[i];
      }
    }
    return;
  }
  Operand x;
  if (declared)
    expr(x, d.init, declared);
  else
    singleAssignExpr(x, d.init, obj->pos);
  if (x.invalid()) {
    obj->type = declared ? declared : ctx_.basic(BasicKind::Invalid);
    return;
  }
  if (declared) {
    assignable(x, declared, "variable declaration");
    obj->type = declared;
  } else {
    if (x.mode == Mode::TypeExpr) {
      error(d.init->pos, fmt::format("{} (type) is not an expression", exprString(d.init)));
      obj->type = ctx_.basic(BasicKind::Invalid);
      return;
    }
    if (isBasic(x.type, BasicKind::UntypedNil)) {
      error(d.init->pos, "use of untyped nil in variable declaration");
      obj->type = ctx_.basic(BasicKind::Invalid);
      return;
    }
    convertUntyped(x, nullptr, "variable declaration");
    obj->type = x.type ? x.type : ctx_.basic(BasicKind::Invalid);
  }
}

void Checker::resolveFunc(Func* obj, DeclInfo& d) {
  if (d.funcDecl && !d.funcDecl->recv.empty()) {
    resolveMethod(obj, d);
    return;
  }
  const FuncType* ft = ast_.get(d.funcDecl->type);
  if (ft->typeParams.empty()) {
    // Guards cycles as gc does: `func foo(x foo)` sees foo as a func() while declaring it.
    obj->type = ctx_.signature(ctx_.tuple({}), ctx_.tuple({}), false);
    obj->type = funcSignature(ft, obj);
    return;
  }
  // A generic function: a scope for its type parameters, which its body sees too.
  pkg_.ownedScopes.push_back(std::make_unique<Scope>(scope_));
  scope_ = pkg_.ownedScopes.back().get();
  typeParamScopes_[obj] = scope_;
  std::vector<TypeParam*> tparams = declareTypeParams(ast_.get(ft->typeParams));
  Signature* sig = funcSignature(ft, obj);
  obj->type = ctx_.genericSignature(sig->params, sig->results, sig->variadic, tparams);
}

Signature* Checker::funcSignature(const FuncType* ft, Func* fn) {
  std::vector<Type*> params, results;
  bool variadic = false;
  // Receiver, parameters and results share one block: a name may appear once.
  llvm::StringMap<Pos> seen;
  if (fn && fn->recv && !fn->recv->name.empty() && fn->recv->name != "_")
    seen[fn->recv->name] = fn->recv->pos;
  auto declareName = [&](const Ident* id) {
    llvm::StringRef name = ast_.str(id->name);
    if (name == "_") return;
    auto [it, inserted] = seen.try_emplace(name, id->pos);
    if (!inserted)
      error(id->pos, fmt::format("{} redeclared in this block\n\t{}: other declaration of {}",
                                 name.str(), diags_.format(it->second), name.str()));
  };
  llvm::ArrayRef<syntax::Field> paramFields = ast_.get(ft->params);
  for (size_t i = 0; i < paramFields.size(); ++i) {
    const syntax::Field& f = paramFields[i];
    const Expr* fieldType = ast_.get(f.type);
    auto names = ast_.nodes(f.names);
    Type* t;
    if (auto* e = llvm::dyn_cast<syntax::Ellipsis>(fieldType)) {
      bool last = i + 1 == paramFields.size() && names.size() <= 1;
      if (!last) error(e->pos, "can only use ... with final parameter in list");
      t = ctx_.slice(typeExpr(ast_.get(e->elem)));
      variadic = last;
    } else {
      t = typeExpr(fieldType);
    }
    for (const Ident* id : names) declareName(id);
    size_t n = std::max<size_t>(1, names.size());
    for (size_t k = 0; k < n; ++k) {
      params.push_back(t);
      if (fn) {
        const Ident* id = k < names.size() ? names[k] : nullptr;
        auto* v =
            newObject<Var>(id ? ast_.str(id->name) : "", id ? id->pos : fieldType->pos, &pkg_, t);
        v->isParam = true;
        v->used = true;
        if (id) info_.defs[id] = v;
        fn->params.push_back(v);
      }
    }
  }
  for (const syntax::Field& f : ast_.get(ft->results)) {
    const Expr* fieldType = ast_.get(f.type);
    auto names = ast_.nodes(f.names);
    Type* t = typeExpr(fieldType);
    for (const Ident* id : names) declareName(id);
    size_t n = std::max<size_t>(1, names.size());
    for (size_t k = 0; k < n; ++k) {
      results.push_back(t);
      if (fn) {
        const Ident* id = k < names.size() ? names[k] : nullptr;
        auto* v =
            newObject<Var>(id ? ast_.str(id->name) : "", id ? id->pos : fieldType->pos, &pkg_, t);
        v->isParam = true;
        v->used = true;
        if (id) info_.defs[id] = v;
        fn->results.push_back(v);
      }
    }
  }
  return ctx_.signature(ctx_.tuple(params), ctx_.tuple(results), variadic);
}

void Checker::checkFuncBody(Func* fn, const BlockStmt* body) {
  if (!fn->type) resolve(fn);
  Func* savedFunc = currentFunc_;
  Scope* savedFuncScope = funcScope_;
  std::vector<Var*> savedLocals = std::move(locals_);
  locals_.clear();
  currentFunc_ = fn;
  Scope* savedScope = scope_;
  if (Scope* tps = typeParamScope(fn)) scope_ = tps;  // a generic function's type parameters
  openScope();
  funcScope_ = scope_;
  if (fn->recv && !fn->recv->name.empty() && fn->recv->name != "_") scope_->insert(fn->recv);
  for (Var* p : fn->params)
    if (!p->name.empty() && p->name != "_") scope_->insert(p);
  for (Var* r : fn->results)
    if (!r->name.empty() && r->name != "_") scope_->insert(r);
  // The body shares the parameters' block (a redeclaration in it is an error).
  stmtList(ast_.nodes(body->stmts), StmtContext{});
  scope_ = savedScope;
  if (fn->sig() && fn->sig()->results->size() > 0 && !isTerminating(body))
    error(body->rbrace, "missing return");
  checkUnusedLocals();
  currentFunc_ = savedFunc;
  funcScope_ = savedFuncScope;
  locals_ = std::move(savedLocals);
}

void Checker::declareLocal(Object* obj, const Ident* id) {
  if (id) info_.defs[id] = obj;
  if (obj->name == "_") return;
  if (Object* prev = scope_->insert(obj)) {
    error(obj->pos, fmt::format("{} redeclared in this block\n\t{}: other declaration of {}",
                                obj->name.str(), diags_.format(prev->pos), obj->name.str()));
    return;
  }
  if (auto* v = llvm::dyn_cast<Var>(obj)) locals_.push_back(v);
}

void Checker::localConstDecl(const ValueSpec* spec, const Expr* lastType, ExprRange lastValues) {
  std::vector<Const*> consts;
  auto names = ast_.nodes(spec->names);
  constArity(spec, names, lastValues);
  for (size_t i = 0; i < names.size(); ++i) {
    auto* c = newObject<Const>(ast_.str(names[i]->name), names[i]->pos, &pkg_);
    constValue(c, lastType, i < lastValues.size() ? lastValues[i] : nullptr, spec->iota);
    consts.push_back(c);
  }
  // Constants come into scope after the whole spec.
  for (size_t i = 0; i < consts.size(); ++i) declareLocal(consts[i], names[i]);
}

void Checker::localVarDecl(const ValueSpec* spec) {
  Type* declared = spec->type ? typeExpr(ast_.get(spec->type)) : nullptr;
  auto names = ast_.nodes(spec->names);
  auto values = ast_.nodes(spec->values);
  std::vector<Var*> vars;
  for (const Ident* name : names)
    vars.push_back(newObject<Var>(ast_.str(name->name), name->pos, &pkg_, declared));
  if (values.empty()) {
    if (!declared)
      for (Var* v : vars) v->type = ctx_.basic(BasicKind::Invalid);
  } else if (values.size() == vars.size()) {
    for (size_t i = 0; i < vars.size(); ++i) {
      Operand x;
      // With a declared type gc words a multi-value call as "multiple-value ... in
      // single-value context"; without one, as an assignment mismatch.
      if (vars.size() == 1 && !declared)
        singleAssignExpr(x, values[i], names[0]->pos);
      else
        expr(x, values[i], declared);
      if (x.invalid()) {
        if (!declared) vars[i]->type = ctx_.basic(BasicKind::Invalid);
        vars[i]->used = true;  // one error is enough: gc adds no "declared but not used"
        continue;
      }
      if (declared) {
        if (!assignable(x, declared, "variable declaration")) vars[i]->used = true;
      } else {
        if (isBasic(x.type, BasicKind::UntypedNil)) {
          error(values[i]->pos, "use of untyped nil in variable declaration");
          vars[i]->type = ctx_.basic(BasicKind::Invalid);
          continue;
        }
        convertUntyped(x, nullptr, "variable declaration");
        if (x.invalid()) {
          vars[i]->type = ctx_.basic(BasicKind::Invalid);
          continue;
        }
        vars[i]->type = x.type;
      }
    }
  } else if (values.size() == 1) {
    Operand x;
    rawExpr(x, values[0]);
    auto* tuple = llvm::dyn_cast_or_null<Tuple>(x.type);
    if (x.mode == Mode::CommaOk && vars.size() == 2) {
      info_.types[values[0]].mode = Mode::CommaOk;
      if (!declared) {
        vars[0]->type = x.type;
        vars[1]->type = ctx_.basic(BasicKind::Bool);
      }
    } else if (tuple && tuple->size() == vars.size()) {
      for (size_t i = 0; i < vars.size(); ++i) {
        Operand xi;
        xi.mode = Mode::Value;
        xi.type = tuple->types[i];
        xi.expr = values[0];
        if (declared) {
          if (!assignable(xi, declared, "variable declaration")) vars[i]->used = true;
        } else
          vars[i]->type = tuple->types[i];
      }
    } else {
      if (!x.invalid()) assignMismatch(names[0]->pos, vars.size(), values, &x);
      for (Var* v : vars) {
        if (!v->type) v->type = ctx_.basic(BasicKind::Invalid);
        v->used = true;
      }
    }
  } else {
    // Counts differ (and there is not one multi-valued value): each name with a value is
    // checked alone; names without one have only the declared type.
    varArity(names, values);
    for (size_t i = 0; i < vars.size(); ++i) {
      if (i < values.size()) {
        Operand x;
        expr(x, values[i], declared);
        if (x.invalid()) {
          vars[i]->used = true;
        } else if (declared) {
          if (!assignable(x, declared, "variable declaration")) vars[i]->used = true;
        } else if (isBasic(x.type, BasicKind::UntypedNil)) {
          error(values[i]->pos, "use of untyped nil in variable declaration");
        } else {
          convertUntyped(x, nullptr, "variable declaration");
          if (!x.invalid()) vars[i]->type = x.type;
        }
      }
      if (!vars[i]->type) vars[i]->type = ctx_.basic(BasicKind::Invalid);
    }
  }
  // As gc, a variable whose type or initialisation failed counts as used: no follow-on
  // "declared but not used" (a count mismatch leaves them all invalid).
  for (Var* v : vars)
    if (isBasic(v->type, BasicKind::Invalid)) v->used = true;
  for (size_t i = 0; i < vars.size(); ++i) declareLocal(vars[i], names[i]);
}

void Checker::checkUnusedLocals() {
  for (Var* v : locals_)
    if (!v->used && v->name != "_")
      error(v->pos, fmt::format("{} declared but not used", v->name.str()));
}

// gc's wording for a feature newer than the package's language version (-lang or go.mod).
bool Checker::requireVersion(Pos pos, int minor, llvm::StringRef what) {
  if (goMinor() >= minor) return true;
  error(pos, fmt::format("{} requires go1.{} or later (-lang was set to go1.{}; check go.mod)",
                         what.str(), minor, goMinor()));
  return false;
}

// Where a type parameter list is reported: its first name.
Pos Checker::typeParamsPos(llvm::ArrayRef<syntax::Field> fields) const {
  for (const syntax::Field& f : fields)
    for (const Ident* id : ast_.nodes(f.names)) return id->pos;
  return {};
}

// A const spec's names and (perhaps inherited) values must pair up; gc names the first name
// without a value, or the first extra value (for inherited ones, where they are).
void Checker::constArity(const ValueSpec* spec, NodeRange<const Ident, const Ast> names,
                         ExprRange values) {
  bool inherited = !spec->type && spec->values.empty();
  if (values.size() > names.size()) {
    const Expr* extra = values[names.size()];
    if (inherited)
      error(spec->pos, fmt::format("extra init expr at {}", diags_.format(extra->pos)));
    else
      error(extra->pos, fmt::format("extra init expr {}", exprString(extra)));
  } else if (values.size() < names.size()) {
    const Ident* n = names[values.size()];
    error(n->pos, fmt::format("missing init expr for {}", ast_.str(n->name).str()));
  }
}

// The counts of a var or const spec's names and values differ (not one multi-valued value):
// gc's wording names the first extra value or the first name without one.
void Checker::varArity(NodeRange<const Ident, const Ast> names, ExprRange values) {
  if (values.size() > names.size()) {
    const Expr* extra = values[names.size()];
    error(extra->pos, fmt::format("extra init expr {}", exprString(extra)));
  } else if (values.size() < names.size()) {
    const Ident* n = names[values.size()];
    error(n->pos, fmt::format("missing init expr for {}", ast_.str(n->name).str()));
  }
}

void Checker::assignMismatch(Pos pos, size_t vars, ExprRange rhs, const Operand* single) {
  std::string lhs = fmt::format("{} variable{}", vars, vars == 1 ? "" : "s");
  if (!rhs.empty()) pos = rhs[0]->pos;  // gc reports at the first value
  const Expr* e = rhs.size() == 1 ? rhs[0] : nullptr;
  while (e && llvm::isa<ParenExpr>(e)) e = ast_.get(llvm::cast<ParenExpr>(e)->x);
  if (e && llvm::isa<CallExpr>(e) && single) {
    auto* t = llvm::dyn_cast_or_null<Tuple>(single->type);
    size_t n = t ? t->size() : (single->mode == Mode::NoValue ? 0 : 1);
    error(pos, fmt::format("assignment mismatch: {} but {} returns {} value{}", lhs, callName(e), n,
                           n == 1 ? "" : "s"));
    return;
  }
  error(pos, fmt::format("assignment mismatch: {} but {} value{}", lhs, rhs.size(),
                         rhs.size() == 1 ? "" : "s"));
}

std::string Checker::callName(const Expr* e) const {
  // gc names the function, not the call: "but f returns 2 values".
  if (auto* c = llvm::dyn_cast<CallExpr>(e)) return exprString(ast_.get(c->fun));
  return exprString(e);
}

void Checker::checkUnusedImports() {
  for (PkgName* pn : imports_) {
    if (pn->used) continue;
    llvm::StringRef path = pn->imported->path;
    if (pn->name != pn->imported->name)
      error(pn->pos,
            fmt::format("imported and not used: \"{}\" as {}", path.str(), pn->name.str()));
    else
      error(pn->pos, fmt::format("imported and not used: \"{}\"", path.str()));
  }
}

}  // namespace ergo::types
