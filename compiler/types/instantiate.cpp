// Instantiation: substituting type arguments for type parameters, instances of generic types
// (made once per argument list, their underlying types expanded on first use so that
// recursive generic types stay finite), explicit instantiation of types and functions, and
// the check that type arguments satisfy their constraints (types2's messages).
#include "types/instantiate.h"

#include "types/check_internal.h"
#include "types/typesets.h"

namespace ergo::types {

namespace {
struct Substituter {
  TypeContext& ctx;
  const SubstMap& m;

  Tuple* tuple(Tuple* t) {
    std::vector<Type*> ts;
    bool changed = false;
    for (Type* e : t->types) {
      ts.push_back(apply(e));
      changed |= ts.back() != e;
    }
    return changed ? ctx.tuple(ts) : t;
  }

  Type* apply(Type* t) {
    if (!t) return t;
    switch (t->kind) {
      case TypeKind::Basic:
        return t;
      case TypeKind::TypeParam: {
        auto it = m.find(static_cast<TypeParam*>(t));
        return it == m.end() ? t : it->second;
      }
      case TypeKind::Pointer: {
        Type* e = static_cast<Pointer*>(t)->elem;
        Type* s = apply(e);
        return s == e ? t : ctx.pointer(s);
      }
      case TypeKind::Slice: {
        Type* e = static_cast<Slice*>(t)->elem;
        Type* s = apply(e);
        return s == e ? t : ctx.slice(s);
      }
      case TypeKind::Array: {
        auto* a = static_cast<Array*>(t);
        Type* s = apply(a->elem);
        return s == a->elem ? t : ctx.array(s, a->len);
      }
      case TypeKind::Map: {
        auto* mt = static_cast<Map*>(t);
        Type* k = apply(mt->key);
        Type* e = apply(mt->elem);
        return k == mt->key && e == mt->elem ? t : ctx.map(k, e);
      }
      case TypeKind::Chan: {
        auto* c = static_cast<Chan*>(t);
        Type* e = apply(c->elem);
        return e == c->elem ? t : ctx.chan(c->dir, e);
      }
      case TypeKind::Struct: {
        auto* s = static_cast<Struct*>(t);
        std::vector<Field> fields = s->fields;
        bool changed = false;
        for (Field& f : fields) {
          Type* n = apply(f.type);
          changed |= n != f.type;
          f.type = n;
        }
        return changed ? ctx.structType(std::move(fields)) : t;
      }
      case TypeKind::Tuple:
        return tuple(static_cast<Tuple*>(t));
      case TypeKind::Signature: {
        auto* s = static_cast<Signature*>(t);
        Tuple* p = tuple(s->params);
        Tuple* r = tuple(s->results);
        if (p == s->params && r == s->results) return t;
        if (!s->typeParams.empty()) return ctx.genericSignature(p, r, s->variadic, s->typeParams);
        return ctx.signature(p, r, s->variadic);
      }
      case TypeKind::Interface: {
        auto* i = static_cast<Interface*>(t);
        std::vector<Method> methods = i->methods;
        std::vector<Term> terms = i->terms;
        bool changed = false;
        for (Method& me : methods) {
          auto* s = static_cast<Signature*>(apply(me.sig));
          changed |= s != me.sig;
          me.sig = s;
        }
        for (Term& te : terms) {
          Type* n = apply(te.type);
          changed |= n != te.type;
          te.type = n;
        }
        if (!changed) return t;
        return ctx.constraint(std::move(methods), i->allTypes, std::move(terms), i->comparable,
                              i->implicit);
      }
      case TypeKind::Named: {
        auto* n = static_cast<Named*>(t);
        // A generic type inside its own declaration or methods stands for List[T].
        if (!n->origin && n->typeParams.empty()) return t;
        Named* origin = n->origin ? n->origin : n;
        std::vector<Type*> args;
        bool changed = false;
        for (Type* a : n->origin ? n->typeArgs
                                 : std::vector<Type*>(n->typeParams.begin(), n->typeParams.end())) {
          args.push_back(apply(a));
          changed |= args.back() != a;
        }
        return changed ? instanceOf(ctx, origin, args) : t;
      }
    }
    return t;
  }
};
}  // namespace

Type* substitute(TypeContext& ctx, Type* t, const SubstMap& m) {
  if (m.empty()) return t;
  return Substituter{ctx, m}.apply(t);
}

SubstMap instanceMap(Named* instance) {
  SubstMap m;
  Named* origin = instance->origin;
  for (size_t i = 0; i < origin->typeParams.size() && i < instance->typeArgs.size(); ++i)
    m[origin->typeParams[i]] = instance->typeArgs[i];
  return m;
}

Named* instanceOf(TypeContext& ctx, Named* origin, llvm::ArrayRef<Type*> args) {
  bool identity = args.size() == origin->typeParams.size();
  for (size_t i = 0; identity && i < args.size(); ++i) identity = args[i] == origin->typeParams[i];
  if (identity) return origin;  // List[T] inside List's own declaration or methods
  if (Named* n = ctx.findInstance(origin, args)) {
    ctx.touchInstance(n);
    return n;
  }
  Named* n = ctx.newInstance(origin, args);
  n->context = &ctx;
  ctx.touchInstance(n);
  return n;
}

Type* expandInstance(Named* n) {
  Named* origin = n->origin;
  if (!origin->underlying || !n->context) return nullptr;
  return substitute(*n->context, origin->underlying, instanceMap(n));
}

void completeInstanceMethods(TypeContext& ctx, Named* instance) {
  Named* origin = instance->origin;
  if (!origin) return;
  std::vector<Func*> methods;
  SubstMap m = instanceMap(instance);
  for (Func* om : origin->methods) {
    auto same = [om](Func* f) { return f == om || f->origin == om; };
    auto it = std::find_if(instance->methods.begin(), instance->methods.end(), same);
    if (it != instance->methods.end() && (*it)->origin) {
      methods.push_back(*it);
      continue;
    }
    if (!om->type || !om->recv || !om->pkg) {
      methods.push_back(om);  // not resolved (an error was reported)
      continue;
    }
    // Owned by the generic method's package, which lives as long as the build.
    auto f = std::make_unique<Func>(om->name, om->pos, om->pkg);
    Func* inst = f.get();
    om->pkg->ownedObjects.push_back(std::move(f));
    inst->origin = om;
    inst->decl = om->decl;
    inst->hasDefer = om->hasDefer;
    inst->type = substitute(ctx, om->type, m);
    Type* recvType =
        llvm::isa<Pointer>(om->recv->type) ? static_cast<Type*>(ctx.pointer(instance)) : instance;
    auto r = std::make_unique<Var>(om->recv->name, om->recv->pos, om->pkg, recvType);
    inst->recv = r.get();
    om->pkg->ownedObjects.push_back(std::move(r));
    inst->params = om->params;
    inst->results = om->results;
    methods.push_back(inst);
  }
  instance->methods = std::move(methods);
}

Func* instanceMethod(TypeContext& ctx, Named* instance, Func* m) {
  if (m->origin) m = m->origin;
  if (!instance->origin) return m;
  completeInstanceMethods(ctx, instance);
  for (Func* f : instance->methods)
    if (f->origin == m) return f;
  return m;
}

// ---- the checker's side ----

Signature* Checker::substSignature(Signature* sig, const SubstMap& m) {
  return static_cast<Signature*>(substitute(ctx_, sig, m));
}

Signature* Checker::instanceMethodSig(Named* instance, Func* m) {
  Signature* sig = methodSig(m);
  if (!sig || !instance->origin) return sig;
  return substSignature(sig, instanceMap(instance));
}

Type* Checker::instantiate(Pos pos, Named* origin, llvm::ArrayRef<Type*> args, const Expr* at) {
  if (args.size() != origin->typeParams.size()) {
    error(pos, fmt::format("got {} arguments but {} type parameters", args.size(),
                           origin->typeParams.size()));
    // As gc, the instance still exists (it prints as F[A] in later errors) but its
    // underlying type is invalid.
    for (Type* a : args)
      if (isBasic(a, BasicKind::Invalid)) return a;
    Named* inst = instanceOf(ctx_, origin, args);
    if (inst == origin) return ctx_.basic(BasicKind::Invalid);
    inst->underlying = ctx_.basic(BasicKind::Invalid);
    inst->context = nullptr;
    return inst;
  }
  for (Type* a : args)
    if (isBasic(a, BasicKind::Invalid)) return a;
  Named* inst = instanceOf(ctx_, origin, args);
  if (inst == origin) return inst;
  std::vector<Pos> argPos;
  if (auto* ix = llvm::dyn_cast_or_null<IndexExpr>(at))
    for (const Expr* a : ast_.nodes(ix->indices)) argPos.push_back(a->pos);
  std::vector<TypeParam*> tparams = origin->typeParams;
  std::vector<Type*> targs(args.begin(), args.end());
  // Constraints may name types still being declared: verify once every type is known.
  auto verify = [this, pos, tparams, targs, argPos] {
    verifyTypeArgs(pos, tparams, targs, argPos);
  };
  if (resolvingObjects_)
    later_.push_back(verify);
  else
    verify();
  return inst;
}

void Checker::verifyTypeArgs(Pos pos, llvm::ArrayRef<TypeParam*> tparams,
                             llvm::ArrayRef<Type*> args, llvm::ArrayRef<Pos> argPos) {
  SubstMap m;
  for (size_t i = 0; i < tparams.size() && i < args.size(); ++i) m[tparams[i]] = args[i];
  recordInstance(tparams, args, argPos, pos);
  for (size_t i = 0; i < tparams.size() && i < args.size(); ++i)
    if (!satisfies(i < argPos.size() ? argPos[i] : pos, args[i], tparams[i], m)) return;
}

namespace {
void typeParamsIn(Type* t, std::vector<TypeParam*>& out, int depth = 0) {
  if (!t || depth > 32) return;
  switch (t->kind) {
    case TypeKind::TypeParam:
      if (std::find(out.begin(), out.end(), t) == out.end())
        out.push_back(static_cast<TypeParam*>(t));
      return;
    case TypeKind::Pointer:
      return typeParamsIn(static_cast<Pointer*>(t)->elem, out, depth + 1);
    case TypeKind::Slice:
      return typeParamsIn(static_cast<Slice*>(t)->elem, out, depth + 1);
    case TypeKind::Array:
      return typeParamsIn(static_cast<Array*>(t)->elem, out, depth + 1);
    case TypeKind::Map:
      typeParamsIn(static_cast<Map*>(t)->key, out, depth + 1);
      return typeParamsIn(static_cast<Map*>(t)->elem, out, depth + 1);
    case TypeKind::Chan:
      return typeParamsIn(static_cast<Chan*>(t)->elem, out, depth + 1);
    case TypeKind::Tuple:
      for (Type* e : static_cast<Tuple*>(t)->types) typeParamsIn(e, out, depth + 1);
      return;
    case TypeKind::Signature:
      typeParamsIn(static_cast<Signature*>(t)->params, out, depth + 1);
      return typeParamsIn(static_cast<Signature*>(t)->results, out, depth + 1);
    case TypeKind::Struct:
      for (const Field& f : static_cast<Struct*>(t)->fields) typeParamsIn(f.type, out, depth + 1);
      return;
    case TypeKind::Named: {
      auto* n = static_cast<Named*>(t);
      for (Type* a : n->typeArgs) typeParamsIn(a, out, depth + 1);
      // A generic type instantiated with its own parameters is the generic type itself
      // (instanceOf), so `L[T]` inside L's declaration mentions T through L's parameters.
      if (n->typeArgs.empty())
        for (TypeParam* p : n->typeParams) typeParamsIn(p, out, depth + 1);
      return;
    }
    default:
      return;
  }
}
}  // namespace

void Checker::recordInstance(llvm::ArrayRef<TypeParam*> tparams, llvm::ArrayRef<Type*> targs,
                             llvm::ArrayRef<Pos> argPos, Pos pos) {
  for (size_t i = 0; i < tparams.size() && i < targs.size(); ++i) {
    std::vector<TypeParam*> mentioned;
    typeParamsIn(targs[i], mentioned);
    for (TypeParam* src : mentioned)
      monoEdges_.push_back(
          {src, tparams[i], targs[i] != src, i < argPos.size() ? argPos[i] : pos, targs[i]});
  }
  if (!monoEdges_.empty() && !monoScheduled_) {
    monoScheduled_ = true;
    later_.push_back([this] { checkInstantiationCycles(); });
  }
}

void Checker::checkInstantiationCycles() {
  if (diags_.hasErrors()) return;  // as gc: only a package without other errors
  // A growing edge u -> v closes a cycle when v reaches u again: report the first such cycle
  // (one is enough: gc reports one too).
  std::vector<std::vector<size_t>> from;  // edges by source
  llvm::DenseMap<TypeParam*, size_t> index;
  auto id = [&](TypeParam* p) {
    auto [it, fresh] = index.try_emplace(p, index.size());
    if (fresh) from.emplace_back();
    return it->second;
  };
  for (size_t e = 0; e < monoEdges_.size(); ++e) from[id(monoEdges_[e].src)].push_back(e);
  for (size_t e = 0; e < monoEdges_.size(); ++e) id(monoEdges_[e].dst);
  for (size_t g = 0; g < monoEdges_.size(); ++g) {
    if (!monoEdges_[g].grows) continue;
    // Breadth-first from the edge's destination back to its source.
    size_t start = id(monoEdges_[g].dst), goal = id(monoEdges_[g].src);
    std::vector<long> via(from.size(), -1);
    std::vector<size_t> queue{start};
    std::vector<bool> seen(from.size(), false);
    seen[start] = true;
    for (size_t q = 0; q < queue.size() && !seen[goal]; ++q)
      for (size_t e : from[queue[q]]) {
        size_t d = id(monoEdges_[e].dst);
        if (seen[d]) continue;
        seen[d] = true;
        via[d] = static_cast<long>(e);
        queue.push_back(d);
      }
    if (!seen[goal]) continue;
    std::vector<size_t> cycle{g};
    std::vector<size_t> back;
    for (size_t v = goal; v != start; v = id(monoEdges_[via[v]].src)) back.push_back(via[v]);
    cycle.insert(cycle.end(), back.rbegin(), back.rend());
    TypeParam* at = monoEdges_[g].src;
    std::string msg = "instantiation cycle:";
    for (size_t e : cycle)
      msg += fmt::format("\n\t{}: {} instantiated as {}", diags_.format(monoEdges_[e].pos),
                         monoEdges_[e].dst->obj->name.str(), typeStr(monoEdges_[e].type));
    error(at->obj->pos, msg);
    return;
  }
}

namespace {
// Go 1.19's comparable constraint wants strictly comparable types: no interfaces inside.
bool strictlyComparable(Type* t) {
  if (llvm::isa<TypeParam>(t)) return isComparable(t);
  Type* u = underlying(t);
  if (!u) return false;
  if (llvm::isa<Interface>(u)) return false;
  if (auto* a = llvm::dyn_cast<Array>(u)) return strictlyComparable(a->elem);
  if (auto* s = llvm::dyn_cast<Struct>(u)) {
    for (const Field& f : s->fields)
      if (!strictlyComparable(f.type)) return false;
    return true;
  }
  return isComparable(t);
}
}  // namespace

bool Checker::satisfies(Pos pos, Type* v, TypeParam* tp, const SubstMap& m) {
  Type* bound = substitute(ctx_, tp->constraint, m);
  auto* ti = llvm::dyn_cast_or_null<Interface>(underlying(bound));
  Type* vu = underlying(v);
  if (!ti || !vu || isBasic(vu, BasicKind::Invalid)) return true;  // reported elsewhere
  if (ti->empty()) return true;
  std::string vs = typeStr(v), ts = typeStr(bound);
  auto* tpv = llvm::dyn_cast<TypeParam>(v);
  Interface* vi = tpv ? constraintInterface(tpv) : llvm::dyn_cast<Interface>(vu);
  if (vi && !vi->allTypes && vi->terms.empty()) return true;  // empty type set
  if (!ti->allTypes && ti->terms.empty()) {
    error(pos, fmt::format("cannot implement {} (empty type set)", ts));
    return false;
  }
  if (!ti->methods.empty()) {
    std::string why = missingMethodReason(v, ctx_.interface(ti->methods));
    if (!why.empty()) {
      error(pos, fmt::format("{} does not implement {} {}", vs, ts, why));
      return false;
    }
  }
  std::string pending;
  if (ti->comparable) {
    bool ok = goMinor() >= 20 ? isComparable(v) : strictlyComparable(v);
    if (!ok) pending = fmt::format("{} does not implement comparable", vs);
  }
  if (!ti->allTypes) {
    if (vi) {
      if (!typeSetSubset(typeSetOf(vi), typeSetOf(ti))) {
        error(pos, fmt::format("{} does not implement {}", vs, ts));
        return false;
      }
    } else {
      bool in = false;
      Type* alt = nullptr;
      for (const Term& t : ti->terms) {
        if (termIncludes(t, v)) in = true;
        if (!t.tilde && !alt && underlying(t.type) == t.type && termIncludes({true, t.type}, v))
          alt = t.type;
      }
      if (!in) {
        if (alt)
          error(pos, fmt::format("{} does not implement {} (possibly missing ~ for {} in "
                                 "constraint {})",
                                 vs, ts, typeStr(alt), ts));
        else
          error(pos, fmt::format("{} does not implement {} ({} missing in {})", vs, ts, vs,
                                 termsString(ti->terms, &pkg_)));
        return false;
      }
    }
  }
  if (!pending.empty()) {
    error(pos, pending);
    return false;
  }
  return true;
}

Type* Checker::instantiatedType(const IndexExpr* e, Type* base) {
  auto* origin = llvm::dyn_cast_or_null<Named>(base);
  if (!origin || !origin->generic()) {
    error(ast_.get(e->x)->pos, fmt::format("{} is not a generic type", typeStr(base)));
    return ctx_.basic(BasicKind::Invalid);
  }
  requireVersion(e->pos, 18, "type instantiation");
  std::vector<Type*> args;
  for (const Expr* a : ast_.nodes(e->indices)) args.push_back(typeExpr(a));
  return instantiate(e->pos, origin, args, e);
}

Named* Checker::methodHolder(Type* t, const std::vector<int>& index) {
  auto deref = [](Type* t) {
    if (auto* p = llvm::dyn_cast_or_null<Pointer>(t)) return p->elem;
    return t;
  };
  t = deref(t);
  for (size_t i = 0; i + 1 < index.size(); ++i) {
    auto* st = llvm::dyn_cast_or_null<Struct>(underlying(t));
    if (!st || index[i] < 0 || static_cast<size_t>(index[i]) >= st->fields.size()) return nullptr;
    t = deref(st->fields[static_cast<size_t>(index[i])].type);
  }
  auto* n = llvm::dyn_cast_or_null<Named>(t);
  return n && n->origin ? n : nullptr;
}

void Checker::recordInstance(const Expr* fun, llvm::ArrayRef<Type*> targs) {
  while (true) {
    if (auto* p = llvm::dyn_cast<ParenExpr>(fun))
      fun = ast_.get(p->x);
    else if (auto* ix = llvm::dyn_cast<IndexExpr>(fun))
      fun = ast_.get(ix->x);
    else
      break;
  }
  const Ident* id = llvm::dyn_cast<Ident>(fun);
  if (auto* sel = llvm::dyn_cast<SelectorExpr>(fun)) id = ast_.get(sel->sel);
  if (!id) return;
  info_.instances[id].assign(targs.begin(), targs.end());
}

void Checker::funcInstance(Operand& x, const IndexExpr* e) {
  auto* sig = llvm::cast<Signature>(x.type);
  requireVersion(e->pos, 18, "function instantiation");
  std::vector<Type*> targs;
  auto idx = ast_.nodes(e->indices);
  for (const Expr* a : idx) targs.push_back(typeExpr(a));
  for (Type* t : targs)
    if (isBasic(t, BasicKind::Invalid)) {
      x.mode = Mode::Invalid;
      return;
    }
  size_t want = sig->typeParams.size();
  if (targs.size() > want) {
    error(idx[want]->pos, fmt::format("got {} type arguments but want {}", targs.size(), want));
    x.mode = Mode::Invalid;
    return;
  }
  std::vector<Pos> argPos;
  for (const Expr* a : idx) argPos.push_back(a->pos);
  if (targs.size() < want && e == callFun_) {
    // A call infers the rest from its arguments: inferCall sees the explicit ones.
    Signature* partial =
        ctx_.genericSignature(sig->params, sig->results, sig->variadic, sig->typeParams);
    partialTypeArgs_[partial] = targs;
    x.type = partial;
    x.mode = Mode::Value;
    x.expr = e;
    return;
  }
  if (targs.size() < want) {
    // Constraint type inference may find the rest (core types).
    std::vector<Operand> none;
    std::vector<Type*> full = infer(e->pos, sig->typeParams, {}, none, nullptr, targs);
    if (full.empty()) {
      x.mode = Mode::Invalid;
      return;
    }
    targs = std::move(full);
  }
  verifyTypeArgs(e->pos, sig->typeParams, targs, argPos);
  SubstMap m;
  for (size_t i = 0; i < want; ++i) m[sig->typeParams[i]] = targs[i];
  Signature* inst = substSignature(ctx_.signature(sig->params, sig->results, sig->variadic), m);
  recordInstance(e, targs);
  x.type = inst;
  x.mode = Mode::Value;
  x.expr = e;
}

}  // namespace ergo::types
