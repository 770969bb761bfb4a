// Type parameter lists and their constraints: declaring the parameters of generic functions,
// types and methods (whose receivers name their own parameters), and the constraint
// interfaces written in them, with their unions and ~T terms.
#include "types/check_internal.h"
#include "types/typesets.h"

namespace ergo::types {

std::vector<TypeParam*> Checker::declareTypeParams(llvm::ArrayRef<syntax::Field> fields,
                                                   Named* owner) {
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
  // A bound may name the generic type being declared: type T[P interface{ M() T[P] }].
  if (owner) owner->typeParams = tparams;
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
  constraintOk_ = e;
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
    constraintOk_ = typeNode;
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
        error(te->pos, fmt::format("cannot use {} in union ({} contains methods)", typeString(t),
                                   typeString(t)));  // gc qualifies terms fully
        continue;
      }
      if (t == universe_.scope()->lookupLocal("comparable")->type) {
        error(te->pos, "cannot use comparable in union");
        continue;
      }
      if (iface->comparable) {
        error(te->pos, fmt::format("cannot use {} in union ({} embeds comparable)", typeString(t),
                                   typeString(t)));
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

void Checker::checkNotConstraint(const Expr* e, Type* t) {
  auto check = [this, e, t] {
    auto* i = llvm::dyn_cast_or_null<Interface>(underlying(t));
    if (!i || !i->constraintOnly() || isTypeParam(t)) return;
    error(e->pos, fmt::format("cannot use type {} outside a type constraint: {}", typeStr(t),
                              i->comparable ? "interface is (or embeds) comparable"
                                            : "interface contains type constraints"));
  };
  // A type still being declared is known once every declaration is resolved.
  if (underlying(t))
    check();
  else
    later_.push_back(check);
}

std::string Checker::constraintString(TypeParam* tp) const {
  auto* i = llvm::dyn_cast_or_null<Interface>(tp->constraint);
  return i && i->empty() ? "any" : typeStr(tp->constraint);
}

bool Checker::insideGenericFunc() const {
  for (const Scope* s = scope_; s; s = s->parent())
    for (auto& [obj, tps] : typeParamScopes_)
      if (tps == s) return true;
  return false;
}

Scope* Checker::typeParamScope(Object* obj) {
  auto it = typeParamScopes_.find(obj);
  return it == typeParamScopes_.end() ? nullptr : it->second;
}

Type* Checker::genericReceiver(Func* fn, const Expr* rt) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(rt)) rt = ast_.get(p->x);
  bool pointer = false;
  if (auto* s = llvm::dyn_cast<StarExpr>(rt)) {
    rt = ast_.get(s->x);
    pointer = true;
  }
  while (auto* p = llvm::dyn_cast<ParenExpr>(rt)) rt = ast_.get(p->x);
  auto* ix = llvm::dyn_cast<IndexExpr>(rt);
  if (!ix) return nullptr;
  auto* base = llvm::dyn_cast<Ident>(ast_.get(ix->x));
  if (!base) return nullptr;
  Object* obj = scope_->lookup(ast_.str(base->name));
  auto* tn = llvm::dyn_cast_or_null<TypeName>(obj);
  if (!tn) return nullptr;
  if (!tn->type) resolve(tn);
  auto* named = llvm::dyn_cast_or_null<Named>(tn->type);
  if (!named || !named->generic()) return nullptr;
  info_.uses[base] = tn;
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
  // T[P] with T's own parameters is T itself.
  return pointer ? static_cast<Type*>(ctx_.pointer(named)) : named;
}

}  // namespace ergo::types

// ---- values of type parameter type: assignability and conversions ----
// The spec's rules for a type parameter go through every type of its set; one without
// specific types (only methods) admits no value but its own type's.

namespace ergo::types {

namespace {
// The types of a type parameter's set, or {t} for any other type; `ok` false for a type
// parameter without specific types.
std::vector<Type*> specificTypes(Type* t, bool& ok) {
  ok = true;
  auto* tp = llvm::dyn_cast<TypeParam>(t);
  if (!tp) return {t};
  Interface* iface = constraintInterface(tp);
  if (!iface || iface->allTypes) {
    ok = false;
    return {};
  }
  std::vector<Type*> out;
  for (const Term& term : iface->terms) out.push_back(term.type);
  return out;
}
}  // namespace

bool Checker::untypedFits(const Operand& x, Type* term) {
  if (isBasic(x.type, BasicKind::UntypedNil)) return hasNil(term);
  auto* b = llvm::dyn_cast_or_null<Basic>(underlying(term));
  if (!b) return isInterface(term) && isEmptyInterface(term);
  bool compatible = (isBoolean(x.type) && isBoolean(b)) || (isString(x.type) && isString(b)) ||
                    (isNumeric(x.type) && isNumeric(b));
  if (!compatible) return false;
  Constant rounded;
  return x.mode != Mode::Constant || representation(x, b, &rounded) == ConvError::None;
}

bool Checker::untypedToTypeParam(Operand& x, Type* t, const std::string& context) {
  bool ok;
  std::vector<Type*> types = specificTypes(t, ok);
  bool fits = ok && !types.empty();
  for (Type* term : types)
    if (!untypedFits(x, term)) fits = false;
  if (!fits) {
    if (context.empty())
      error(x.expr->pos, fmt::format("cannot convert {} to type {}", operandString(x), typeStr(t)));
    else if (isBasic(x.type, BasicKind::UntypedNil))
      error(x.expr->pos, fmt::format("cannot use nil as {} value in {}", typeStr(t), context));
    else
      error(x.expr->pos,
            fmt::format("cannot use {} as {} value in {}", operandString(x), typeStr(t), context));
    x.mode = Mode::Invalid;
    return false;
  }
  // A constant of type parameter type is no constant: its type is known per instance only.
  if (x.mode == Mode::Constant) x.mode = Mode::Value;
  x.type = t;
  updateType(x.expr, t);
  return true;
}

int Checker::assignableTypeParam(Operand& x, Type* t, const std::string& context) {
  Type* v = x.type;
  if (!isTypeParam(t) && !isTypeParam(v)) return -1;
  if (isUntyped(v)) {
    if (!isTypeParam(t)) return -1;
    return untypedToTypeParam(x, t, context) ? 1 : 0;
  }
  if (v == t) return 1;
  bool ok = false;
  if (isTypeParam(v) && isInterface(t)) {
    // A type parameter value goes into an interface its constraint's methods implement.
    ok = implements(v, llvm::cast<Interface>(underlying(t)));
  } else if (!isNamed(isTypeParam(t) ? v : t)) {
    // []int to T with T's types all []int-assignable (and the other way round).
    bool okV, okT;
    std::vector<Type*> vs = specificTypes(v, okV), ts = specificTypes(t, okT);
    ok = okV && okT && !vs.empty() && !ts.empty();
    for (Type* a : vs)
      for (Type* b : ts) {
        Operand y = x;
        y.type = a;
        if (!isAssignable(y, b)) ok = false;
      }
  }
  if (ok) return 1;
  std::string why;
  if (auto* iface = llvm::dyn_cast_or_null<Interface>(underlying(t));
      iface && isInterface(t) && !iface->empty())
    why = fmt::format(":\n\t{} does not implement {} {}", typeStr(v), typeStr(t),
                      missingMethodReason(v, iface));
  error(x.expr->pos, fmt::format("cannot use {} as type {} in {}{}", operandString(x), typeStr(t),
                                 context, why));
  x.mode = Mode::Invalid;
  return 0;
}

int Checker::convertibleTypeParam(Operand& x, Type* t) {
  if (!isTypeParam(t) && !isTypeParam(x.type)) return -1;
  if (x.type == t) return 1;
  if (isTypeParam(x.type) && isInterface(t) &&
      implements(x.type, llvm::cast<Interface>(underlying(t))))
    return 1;
  bool okV, okT;
  std::vector<Type*> vs = specificTypes(x.type, okV), ts = specificTypes(t, okT);
  if (!okV || !okT || vs.empty() || ts.empty()) return 0;
  for (Type* a : vs)
    for (Type* b : ts) {
      Operand y = x;
      y.type = a;
      y.mode = Mode::Value;
      if (!convertible(y, b)) return 0;
    }
  return 1;
}

bool Checker::typeParamOperator(Tok op, Type* t) {
  bool ok;
  std::vector<Type*> types = specificTypes(t, ok);
  if (!ok || types.empty()) return false;
  for (Type* term : types)
    if (!binaryOperatorDefined(op, term)) return false;
  return true;
}

bool Checker::typeParamIndex(Operand& x, const IndexExpr* e) {
  bool ok;
  std::vector<Type*> types = specificTypes(x.type, ok);
  if (!ok || types.empty()) return false;
  Type* elem = nullptr;
  Type* key = nullptr;
  bool allMaps = true, anyMap = false, anyString = false, allAddressable = true;
  for (Type* term : types) {
    Type* u = underlying(term);
    Type* el = nullptr;
    if (auto* p = llvm::dyn_cast_or_null<Pointer>(u)) u = underlying(p->elem);
    if (isString(term)) {
      el = ctx_.basic(BasicKind::Uint8);
      anyString = true;
      allMaps = false;
    } else if (auto* s = llvm::dyn_cast_or_null<Slice>(u)) {
      el = s->elem;
      allMaps = false;
    } else if (auto* a = llvm::dyn_cast_or_null<Array>(u)) {
      el = a->elem;
      allMaps = false;
      if (!llvm::isa<Pointer>(underlying(term))) allAddressable = x.mode == Mode::Variable;
    } else if (auto* m = llvm::dyn_cast_or_null<Map>(u)) {
      el = m->elem;
      if (key && key != m->key) return false;
      key = m->key;
      anyMap = true;
    } else {
      return false;
    }
    if (elem && elem != el) return false;
    elem = el;
  }
  if (anyMap && !allMaps) return false;
  const Expr* idx = ast_.nodes(e->indices)[0];
  if (anyMap) {
    Operand k;
    expr(k, idx, key);
    if (k.invalid() || !assignable(k, key, "map index")) {
      x.mode = Mode::Invalid;
      return true;
    }
    x.mode = Mode::Value;
  } else {
    if (!index(idx, -1, nullptr)) {
      x.mode = Mode::Invalid;
      return true;
    }
    x.mode = anyString || !allAddressable ? Mode::Value : Mode::Variable;
  }
  x.type = elem;
  x.expr = e;
  return true;
}

bool Checker::typeParamConversion(Operand& x, Type* t, const CallExpr* e) {
  if (!isTypeParam(t) && !isTypeParam(x.type)) return false;
  if (isUntyped(x.type) && isTypeParam(t)) {
    if (untypedToTypeParam(x, t, "")) x.expr = e;
    return true;
  }
  if (isUntyped(x.type)) convertUntyped(x, nullptr);
  if (x.invalid()) return true;
  if (convertibleTypeParam(x, t) != 1) {
    error(ast_.nodes(e->args)[0]->pos,
          fmt::format("cannot convert {} to type {}", operandString(x), typeStr(t)));
    x.mode = Mode::Invalid;
    return true;
  }
  x.mode = Mode::Value;
  x.type = t;
  x.expr = e;
  return true;
}

}  // namespace ergo::types
