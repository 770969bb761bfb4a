// Type parameter lists and their constraints: declaring the parameters of generic functions,
// types and methods (whose receivers name their own parameters), and the constraint
// interfaces written in them, with their unions and ~T terms.
#include "types/check_internal.h"
#include "types/typesets.h"

namespace ergo::types {

std::vector<TypeParam*> Checker::declareTypeParams(llvm::ArrayRef<syntax::Field> fields) {
  std::vector<TypeParam*> tparams;
  // Every name is in scope in every bound: [P *Q, Q any].
  for (const syntax::Field& f : fields)
    for (const Ident* id : ast_.nodes(f.names)) {
      auto* tn = newObject<TypeName>(ast_.str(id->name), id->pos, &pkg_);
      TypeParam* tp = ctx_.typeParam(tn, static_cast<int>(tparams.size()));
      tn->type = tp;
      info_.defs[id] = tn;
      tparams.push_back(tp);
      if (tn->name == "_") continue;
      if (Object* prev = scope_->insert(tn))
        error(id->pos, fmt::format("{} redeclared in this block\n\t{}: other declaration of {}",
                                   tn->name.str(), diags_.format(prev->pos), tn->name.str()));
    }
  size_t k = 0;
  for (const syntax::Field& f : fields) {
    Type* bound = constraintType(ast_.get(f.type));
    for (size_t n = ast_.nodes(f.names).size(); n > 0; --n) tparams[k++]->constraint = bound;
  }
  return tparams;
}

Type* Checker::constraintType(const Expr* e) {
  const Expr* inner = e;
  while (auto* p = llvm::dyn_cast<ParenExpr>(inner)) inner = ast_.get(p->x);
  auto* bin = llvm::dyn_cast<BinaryExpr>(inner);
  auto* un = llvm::dyn_cast<UnaryExpr>(inner);
  if ((bin && bin->op == Tok::Or) || (un && un->op == Tok::Tilde)) {
    Interface* i = unionInterface(inner, true);
    return i ? i : static_cast<Type*>(ctx_.basic(BasicKind::Invalid));
  }
  Type* t = typeExpr(e);
  if (isBasic(t, BasicKind::Invalid)) return t;
  if (llvm::isa<TypeParam>(t)) {
    error(e->pos, fmt::format("cannot use a type parameter as constraint"));
    return ctx_.basic(BasicKind::Invalid);
  }
  Type* u = underlying(t);
  if (!u || llvm::isa<Interface>(u)) return t;  // an interface (perhaps still being declared)
  // [T int]: a bare type is the constraint interface{ T }.
  return ctx_.constraint({}, false, {Term{false, t}}, false, true);
}

Interface* Checker::unionInterface(const Expr* e, bool implicit) {
  // Flatten A | B | C (left-associative) into its terms, in source order.
  std::vector<const Expr*> termExprs;
  std::function<void(const Expr*)> flatten = [&](const Expr* x) {
    while (auto* p = llvm::dyn_cast<ParenExpr>(x)) x = ast_.get(p->x);
    if (auto* b = llvm::dyn_cast<BinaryExpr>(x); b && b->op == Tok::Or) {
      flatten(ast_.get(b->x));
      flatten(ast_.get(b->y));
      return;
    }
    termExprs.push_back(x);
  };
  flatten(e);
  bool allTypes = false;
  std::vector<Term> terms;
  std::vector<std::pair<Term, Pos>> written;
  for (const Expr* te : termExprs) {
    bool tilde = false;
    const Expr* typeNode = te;
    if (auto* u = llvm::dyn_cast<UnaryExpr>(te); u && u->op == Tok::Tilde) {
      tilde = true;
      typeNode = ast_.get(u->x);
    }
    Type* t = typeExpr(typeNode);
    if (isBasic(t, BasicKind::Invalid)) continue;
    if (llvm::isa<TypeParam>(t)) {
      error(te->pos,
            termExprs.size() == 1 && !tilde
                ? "cannot embed a type parameter"
                : (tilde ? fmt::format("type in term {} cannot be a type parameter", exprString(te))
                         : std::string("term cannot be a type parameter")));
      continue;
    }
    Type* u = underlying(t);
    auto* iface = llvm::dyn_cast_or_null<Interface>(u);
    if (tilde) {
      if (iface) {
        error(te->pos, fmt::format("invalid use of ~ ({} is an interface)", typeStr(t)));
        continue;
      }
      if (u && u != t) {
        error(te->pos, fmt::format("invalid use of ~ (underlying type of {} is {})", typeStr(t),
                                   typeStr(u)));
        continue;
      }
    }
    if (iface && termExprs.size() > 1) {
      if (!iface->methods.empty()) {
        error(te->pos,
              fmt::format("cannot use {} in union ({} contains methods)", typeStr(t), typeStr(t)));
        continue;
      }
      if (t == pkg_.scope->lookup("comparable")->type) {
        error(te->pos, "cannot use comparable in union");
        continue;
      }
      if (iface->comparable) {
        error(te->pos,
              fmt::format("cannot use {} in union ({} embeds comparable)", typeStr(t), typeStr(t)));
        continue;
      }
    }
    if (iface) {
      if (termExprs.size() == 1) return iface;  // a lone embedded interface
      if (iface->allTypes) allTypes = true;
      for (const Term& it : iface->terms) terms.push_back(it);
      continue;
    }
    Term term{tilde, t};
    // Overlapping terms (spec: the type sets of non-interface terms must be disjoint).
    for (auto& [o, opos] : written) {
      bool overlap =
          (o.tilde && termIncludes(o, t)) || (term.tilde && termIncludes(term, o.type)) ||
          (!o.tilde && !term.tilde && o.type == t) || (o.tilde && term.tilde && o.type == t);
      if (overlap) {
        error(te->pos, fmt::format("overlapping terms {} and {}", exprString(te),
                                   typeStr(o.type).insert(0, o.tilde ? "~" : "")));
        break;
      }
    }
    written.push_back({term, te->pos});
    terms.push_back(term);
  }
  if (allTypes) return ctx_.constraint({}, true, {}, false, implicit);
  return ctx_.constraint({}, false, normalizeTerms(std::move(terms)), false, implicit);
}

Scope* Checker::typeParamScope(Object* obj) {
  auto it = typeParamScopes_.find(obj);
  return it == typeParamScopes_.end() ? nullptr : it->second;
}

bool Checker::receiverTypeParams(Func* fn, const Expr* rt) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(rt)) rt = ast_.get(p->x);
  if (auto* s = llvm::dyn_cast<StarExpr>(rt)) rt = ast_.get(s->x);
  while (auto* p = llvm::dyn_cast<ParenExpr>(rt)) rt = ast_.get(p->x);
  auto* ix = llvm::dyn_cast<IndexExpr>(rt);
  if (!ix) return false;
  auto* base = llvm::dyn_cast<Ident>(ast_.get(ix->x));
  if (!base) return false;
  Object* obj = scope_->lookup(ast_.str(base->name));
  auto* tn = llvm::dyn_cast_or_null<TypeName>(obj);
  if (!tn) return false;
  if (!tn->type) resolve(tn);
  auto* named = llvm::dyn_cast_or_null<Named>(tn->type);
  if (!named || !named->generic()) return false;
  // The receiver's names stand for the type's own parameters, so the method's signature is
  // written in them and an instance substitutes them like the type's fields.
  pkg_.ownedScopes.push_back(std::make_unique<Scope>(scope_));
  Scope* s = pkg_.ownedScopes.back().get();
  auto idx = ast_.nodes(ix->indices);
  if (idx.size() != named->typeParams.size()) {
    error(ix->pos, fmt::format("got {} type parameters, but receiver base type declares {}",
                               idx.size(), named->typeParams.size()));
  }
  for (size_t i = 0; i < idx.size() && i < named->typeParams.size(); ++i) {
    auto* id = llvm::dyn_cast<Ident>(idx[i]);
    if (!id) {
      error(idx[i]->pos,
            fmt::format("receiver type parameter {} must be an identifier", exprString(idx[i])));
      continue;
    }
    auto* alias = newObject<TypeName>(ast_.str(id->name), id->pos, &pkg_);
    alias->type = named->typeParams[i];
    info_.defs[id] = alias;
    if (alias->name != "_") s->insert(alias);
  }
  typeParamScopes_[fn] = s;
  scope_ = s;
  return true;
}

}  // namespace ergo::types
