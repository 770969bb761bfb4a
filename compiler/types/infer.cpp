// Type argument inference (go 1.19's rules): function argument inference by unifying
// parameter types with typed argument types, then the default types of untyped constant
// arguments whose parameter is a bare type parameter, then constraint type inference
// through the constraints' core types; and the call of a generic function.
#include "types/check_internal.h"
#include "types/typesets.h"

namespace ergo::types {

namespace {
bool mentions(Type* t, llvm::ArrayRef<TypeParam*> tparams, int depth = 0);

// Structural unification of a parameter type (mentioning the type parameters being
// inferred) with an argument type. Inexact as in go 1.19: a defined type unifies with a type
// literal through its underlying type.
struct Unifier {
  llvm::ArrayRef<TypeParam*> tparams;
  std::vector<Type*>& targs;
  // Whether identical types are still unified part by part when they mention the parameters,
  // as for an argument of a recursive call (f(a) inside func f[P any](a []P) infers P = P).
  // Constraint type inference unifies inferred types, whose parameters are the same on both
  // sides: there identical types just match.
  bool bindIdentical = true;

  int indexOf(Type* t) const {
    auto* tp = llvm::dyn_cast<TypeParam>(t);
    if (!tp) return -1;
    for (size_t i = 0; i < tparams.size(); ++i)
      if (tparams[i] == tp) return static_cast<int>(i);
    return -1;
  }

  bool tuples(Tuple* a, Tuple* b, int depth) {
    if (a->size() != b->size()) return false;
    for (size_t i = 0; i < a->size(); ++i)
      if (!unify(a->types[i], b->types[i], depth)) return false;
    return true;
  }

  bool unify(Type* x, Type* y, int depth = 0) {
    if (!x || !y || depth > 64) return false;
    // Only the parameter side (x) holds the parameters being inferred: in a recursive call
    // the argument's T is a type like any other.
    int i = indexOf(x);
    if (i < 0 && x == y && !(bindIdentical && mentions(x, tparams))) return true;
    if (i >= 0) {
      if (!targs[i]) {
        targs[i] = y;
        return true;
      }
      return unify(targs[i], y, depth + 1);
    }
    // A defined type against a type literal: their underlying types.
    auto literal = [](Type* t) { return !isNamed(t); };
    if (auto* nx = llvm::dyn_cast<Named>(x); nx && literal(y))
      x = underlying(nx);
    else if (auto* ny = llvm::dyn_cast<Named>(y); ny && literal(x))
      y = underlying(ny);
    // A type parameter not being inferred (the enclosing function's S ~[]E) against a type
    // literal: its core type, as go 1.19 (Go issue 50755).
    else if (llvm::isa<TypeParam>(x) && literal(y))
      x = coreType(x);
    else if (llvm::isa<TypeParam>(y) && literal(x))
      y = coreType(y);
    if (!x || !y) return false;
    if (x == y && !(bindIdentical && mentions(x, tparams))) return true;
    if (x->kind != y->kind) return false;
    switch (x->kind) {
      case TypeKind::Pointer:
        return unify(static_cast<Pointer*>(x)->elem, static_cast<Pointer*>(y)->elem, depth + 1);
      case TypeKind::Slice:
        return unify(static_cast<Slice*>(x)->elem, static_cast<Slice*>(y)->elem, depth + 1);
      case TypeKind::Array:
        return static_cast<Array*>(x)->len == static_cast<Array*>(y)->len &&
               unify(static_cast<Array*>(x)->elem, static_cast<Array*>(y)->elem, depth + 1);
      case TypeKind::Map:
        return unify(static_cast<Map*>(x)->key, static_cast<Map*>(y)->key, depth + 1) &&
               unify(static_cast<Map*>(x)->elem, static_cast<Map*>(y)->elem, depth + 1);
      case TypeKind::Chan:
        return unify(static_cast<Chan*>(x)->elem, static_cast<Chan*>(y)->elem, depth + 1);
      case TypeKind::Tuple:
        return tuples(static_cast<Tuple*>(x), static_cast<Tuple*>(y), depth + 1);
      case TypeKind::Signature: {
        auto* a = static_cast<Signature*>(x);
        auto* b = static_cast<Signature*>(y);
        return a->variadic == b->variadic && tuples(a->params, b->params, depth + 1) &&
               tuples(a->results, b->results, depth + 1);
      }
      case TypeKind::Struct: {
        auto& a = static_cast<Struct*>(x)->fields;
        auto& b = static_cast<Struct*>(y)->fields;
        if (a.size() != b.size()) return false;
        for (size_t k = 0; k < a.size(); ++k)
          if (a[k].name != b[k].name || a[k].embedded != b[k].embedded ||
              !unify(a[k].type, b[k].type, depth + 1))
            return false;
        return true;
      }
      case TypeKind::Interface: {
        auto& a = static_cast<Interface*>(x)->methods;
        auto& b = static_cast<Interface*>(y)->methods;
        if (a.size() != b.size()) return false;
        for (size_t k = 0; k < a.size(); ++k)
          if (a[k].name != b[k].name || !unify(a[k].sig, b[k].sig, depth + 1)) return false;
        return true;
      }
      case TypeKind::Named: {
        auto* a = static_cast<Named*>(x);
        auto* b = static_cast<Named*>(y);
        if (!a->origin || a->origin != b->origin) return false;
        for (size_t k = 0; k < a->typeArgs.size(); ++k)
          if (!unify(a->typeArgs[k], b->typeArgs[k], depth + 1)) return false;
        return true;
      }
      default:
        return false;
    }
  }
};

// Whether t mentions one of tparams.
bool mentions(Type* t, llvm::ArrayRef<TypeParam*> tparams, int depth) {
  if (!t || depth > 32) return false;
  switch (t->kind) {
    case TypeKind::TypeParam:
      return std::find(tparams.begin(), tparams.end(), static_cast<TypeParam*>(t)) != tparams.end();
    case TypeKind::Pointer:
      return mentions(static_cast<Pointer*>(t)->elem, tparams, depth + 1);
    case TypeKind::Slice:
      return mentions(static_cast<Slice*>(t)->elem, tparams, depth + 1);
    case TypeKind::Array:
      return mentions(static_cast<Array*>(t)->elem, tparams, depth + 1);
    case TypeKind::Map:
      return mentions(static_cast<Map*>(t)->key, tparams, depth + 1) ||
             mentions(static_cast<Map*>(t)->elem, tparams, depth + 1);
    case TypeKind::Chan:
      return mentions(static_cast<Chan*>(t)->elem, tparams, depth + 1);
    case TypeKind::Tuple:
      for (Type* e : static_cast<Tuple*>(t)->types)
        if (mentions(e, tparams, depth + 1)) return true;
      return false;
    case TypeKind::Signature:
      return mentions(static_cast<Signature*>(t)->params, tparams, depth + 1) ||
             mentions(static_cast<Signature*>(t)->results, tparams, depth + 1);
    case TypeKind::Struct:
      for (const Field& f : static_cast<Struct*>(t)->fields)
        if (mentions(f.type, tparams, depth + 1)) return true;
      return false;
    case TypeKind::Interface:
      for (const Method& m : static_cast<Interface*>(t)->methods)
        if (mentions(m.sig, tparams, depth + 1)) return true;
      return false;
    case TypeKind::Named:
      for (Type* a : static_cast<Named*>(t)->typeArgs)
        if (mentions(a, tparams, depth + 1)) return true;
      return false;
    default:
      return false;
  }
}

std::string typeParamsString(llvm::ArrayRef<TypeParam*> list) {
  std::string s;
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) s += list.size() == 2 ? " and " : (i + 1 == list.size() ? ", and " : ", ");
    s += list[i]->obj->name.str();
  }
  return s;
}
}  // namespace

std::vector<Type*> Checker::infer(Pos pos, llvm::ArrayRef<TypeParam*> tparams,
                                  llvm::ArrayRef<Type*> params, std::vector<Operand>& args,
                                  const CallExpr* call, llvm::ArrayRef<Type*> given) {
  (void)call;
  size_t n = tparams.size();
  std::vector<Type*> targs(n, nullptr);
  for (size_t i = 0; i < given.size() && i < n; ++i) targs[i] = given[i];
  Unifier u{tparams, targs};
  auto substMap = [&] {
    SubstMap m;
    for (size_t i = 0; i < n; ++i)
      if (targs[i]) m[tparams[i]] = targs[i];
    return m;
  };
  auto mismatch = [&](const char* kind, Type* par, Type* arg, const Operand& a) {
    bool none = std::all_of(targs.begin(), targs.end(), [](Type* t) { return !t; });
    std::string what = fmt::format("{} {} of {}", kind, typeStr(arg), exprString(a.expr));
    if (none) {
      error(a.expr->pos, fmt::format("{} does not match {} (cannot infer {})", what, typeStr(par),
                                     typeParamsString(tparams)));
      return;
    }
    Type* inferred = substitute(ctx_, par, substMap());
    if (inferred != par)
      error(a.expr->pos, fmt::format("{} does not match inferred type {} for {}", what,
                                     typeStr(inferred), typeStr(par)));
    else
      error(a.expr->pos, fmt::format("{} does not match {}", what, typeStr(par)));
  };
  // 1. Typed arguments.
  std::vector<size_t> untyped;
  for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
    if (!mentions(params[i], tparams)) continue;
    Operand& a = args[i];
    if (a.invalid()) return {};
    if (isUntyped(a.type)) {
      if (llvm::isa<TypeParam>(params[i])) untyped.push_back(i);
      continue;
    }
    std::vector<Type*> saved = targs;
    if (!u.unify(params[i], a.type)) {
      targs = saved;
      mismatch("type", params[i], a.type, a);
      return {};
    }
  }
  // 2. Constraint type inference: a parameter with a core type unifies with it, until
  // nothing changes.
  auto constraintInference = [&]() -> bool {
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t i = 0; i < n; ++i) {
        Interface* iface = constraintInterface(tparams[i]);
        if (!iface || iface->allTypes || iface->terms.empty()) continue;
        Type* core = coreType(tparams[i]);
        if (!core) continue;
        bool single = iface->terms.size() == 1;
        bool tilde = single && iface->terms[0].tilde;
        Type* coreT = single ? iface->terms[0].type : core;
        std::vector<Type*> before = targs;
        if (targs[i]) {
          // The known argument must have the core type (its underlying type, for ~T).
          // (A type parameter of the calling function stands for its core type.)
          Type* have = targs[i];
          if (llvm::isa<TypeParam>(have)) {
            if (Type* c = coreType(have)) have = c;
          } else if (tilde || !single) {
            have = underlying(have);
          }
          std::vector<Type*> saved = targs;
          if (!mentions(coreT, tparams) && !mentions(have, tparams)) continue;
          u.bindIdentical = false;
          bool ok = u.unify(coreT, have);
          u.bindIdentical = true;
          if (!ok) {
            targs = saved;
            error(pos, fmt::format("{} does not match {}{}", typeStr(targs[i]), tilde ? "~" : "",
                                   typeStr(coreT)));
            return false;
          }
        } else if (single && !tilde) {
          targs[i] = coreT;
        }
        if (targs != before) changed = true;
      }
    }
    return true;
  };
  if (!constraintInference()) return {};
  // 3. Untyped constants for bare type parameters still unknown after 1 and 2: their
  // default types, which must agree with each other.
  std::vector<Type*> known = targs;
  for (size_t i : untyped) {
    int k = u.indexOf(params[i]);
    if (k < 0 || known[k]) continue;
    Type* d = defaultType(ctx_, args[i].type);
    if (isBasic(d, BasicKind::UntypedNil)) continue;
    if (!u.unify(params[i], d)) {
      mismatch("default type", params[i], d, args[i]);
      return {};
    }
  }
  if (!constraintInference()) return {};
  // Arguments that mention parameters: substitute until they stop changing.
  for (int round = 0; round < 8; ++round) {
    SubstMap m = substMap();
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (!targs[i]) continue;
      Type* s = substitute(ctx_, targs[i], m);
      if (s != targs[i]) {
        targs[i] = s;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!targs[i]) {
      error(pos, fmt::format("cannot infer {} ({})", tparams[i]->obj->name.str(),
                             diags_.format(tparams[i]->obj->pos)));
      return {};
    }
  }
  return targs;
}

Signature* Checker::inferCall(const CallExpr* e, Signature* sig, std::vector<Operand>& args) {
  std::vector<Type*> given;
  if (auto it = partialTypeArgs_.find(sig); it != partialTypeArgs_.end()) given = it->second;
  // An explicit partial instantiation was reported as "function instantiation".
  if (given.empty()) requireVersion(e->pos, 18, "implicit function instantiation");
  // The parameter type each argument meets (a variadic tail meets the element type).
  std::vector<Type*> params;
  size_t np = sig->params->size();
  for (size_t i = 0; i < args.size(); ++i) {
    if (sig->variadic && !e->hasDots && i + 1 >= np && np > 0)
      params.push_back(llvm::cast<Slice>(sig->params->types[np - 1])->elem);
    else if (i < np)
      params.push_back(sig->params->types[i]);
  }
  for (const Operand& a : args)
    if (a.invalid()) return nullptr;
  // A wrong argument count is reported before inference, with the generic parameter types.
  size_t required = sig->variadic ? np - 1 : np;
  if (args.size() < required || (!sig->variadic && args.size() > np) ||
      (e->hasDots && args.size() != np)) {
    arguments(e, sig, args, exprString(ast_.get(e->fun)));
    return nullptr;
  }
  std::vector<Type*> targs = infer(e->lparen, sig->typeParams, params, args, e, given);
  if (targs.empty()) return nullptr;
  std::vector<Pos> argPos;
  if (auto* ix = llvm::dyn_cast<IndexExpr>(ast_.get(e->fun)))
    for (const Expr* a : ast_.nodes(ix->indices)) argPos.push_back(a->pos);
  while (argPos.size() < targs.size()) argPos.push_back(e->lparen);
  verifyTypeArgs(e->lparen, sig->typeParams, targs, argPos);
  SubstMap m;
  for (size_t i = 0; i < targs.size(); ++i) m[sig->typeParams[i]] = targs[i];
  Signature* inst = substSignature(ctx_.signature(sig->params, sig->results, sig->variadic), m);
  info_.types[ast_.get(e->fun)].type = inst;
  recordInstance(ast_.get(e->fun), targs);
  return inst;
}

}  // namespace ergo::types
