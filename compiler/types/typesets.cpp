// Type sets (spec "Interface types", "General interfaces"): the term lists of constraint
// interfaces, their unions and intersections, and what a type parameter's set implies: its
// core type, its comparability, and the rule that an operator applies to a type parameter
// when it applies to every type of its set.
#include "types/typesets.h"

namespace ergo::types {

Interface* constraintInterface(TypeParam* tp) {
  if (!tp || !tp->constraint) return nullptr;
  Type* c = tp->constraint;
  while (auto* n = llvm::dyn_cast<Named>(c)) {
    if (!n->underlying) return nullptr;
    c = n->underlying;
  }
  return llvm::dyn_cast<Interface>(c);
}

Type* typeParamUnderlying(TypeParam* tp) {
  Interface* iface = constraintInterface(tp);
  if (!iface) return tp;  // constraint not known (yet, or invalid): nothing matches it
  if (Type* core = coreType(tp)) return core;
  return iface;
}

Type* coreType(Type* t) {
  auto* tp = llvm::dyn_cast_or_null<TypeParam>(t);
  if (!tp) return underlying(t);
  Interface* iface = constraintInterface(tp);
  if (!iface || iface->allTypes || iface->terms.empty()) return nullptr;
  Type* core = nullptr;
  for (const Term& term : iface->terms) {
    Type* u = underlying(term.type);
    if (!u) return nullptr;
    if (core && core != u) {
      // Channels of one element type with different directions share the directed one.
      auto* a = llvm::dyn_cast<Chan>(core);
      auto* b = llvm::dyn_cast<Chan>(u);
      if (!a || !b || a->elem != b->elem) return nullptr;
      if (a->dir == ChanDir::Both)
        core = b;
      else if (b->dir != ChanDir::Both && b->dir != a->dir)
        return nullptr;
      continue;
    }
    core = u;
  }
  return core;
}

bool allInTypeSet(TypeParam* tp, bool (*pred)(Type*)) {
  Interface* iface = constraintInterface(tp);
  if (!iface || iface->allTypes || iface->terms.empty()) return false;
  for (const Term& term : iface->terms)
    if (!pred(term.type)) return false;
  return true;
}

bool typeParamComparable(TypeParam* tp) {
  Interface* iface = constraintInterface(tp);
  if (!iface) return false;
  if (iface->comparable) return true;
  return allInTypeSet(tp, isComparable);
}

bool termIncludes(const Term& t, Type* x) {
  if (t.tilde) return underlying(x) == t.type;
  return t.type == x;
}

static bool termSubsumes(const Term& a, const Term& b) {
  if (a.tilde) return underlying(b.type) == a.type;
  return !b.tilde && a.type == b.type;
}

std::vector<Term> normalizeTerms(std::vector<Term> terms) {
  std::vector<Term> out;
  for (const Term& t : terms) {
    bool dup = false;
    for (const Term& o : out)
      if (termSubsumes(o, t)) dup = true;
    if (dup) continue;
    std::erase_if(out, [&](const Term& o) { return termSubsumes(t, o); });
    out.push_back(t);
  }
  return out;
}

static bool intersectTerm(const Term& a, const Term& b, Term& out) {
  if (a.tilde && b.tilde) {
    if (a.type != b.type) return false;
    out = a;
    return true;
  }
  if (a.tilde || b.tilde) {
    const Term& t = a.tilde ? a : b;
    const Term& x = a.tilde ? b : a;
    if (underlying(x.type) != t.type) return false;
    out = x;
    return true;
  }
  if (a.type != b.type) return false;
  out = a;
  return true;
}

void intersectTypeSets(TypeSetTerms& into, const TypeSetTerms& other) {
  if (other.allTypes) return;
  if (into.allTypes) {
    into = other;
    return;
  }
  std::vector<Term> out;
  for (const Term& a : into.terms)
    for (const Term& b : other.terms) {
      Term t;
      if (intersectTerm(a, b, t)) out.push_back(t);
    }
  into.terms = normalizeTerms(std::move(out));
}

bool typeSetSubset(const TypeSetTerms& a, const TypeSetTerms& b) {
  if (b.allTypes) return true;
  if (a.allTypes) return false;
  for (const Term& t : a.terms) {
    bool in = false;
    for (const Term& u : b.terms)
      if (termSubsumes(u, t)) in = true;
    if (!in) return false;
  }
  return true;
}

TypeSetTerms typeSetOf(Interface* iface) {
  TypeSetTerms s;
  if (iface && !iface->allTypes) {
    s.allTypes = false;
    s.terms = iface->terms;
  }
  return s;
}

}  // namespace ergo::types
