// Selectors: finding fields and methods through embedded fields (the spec's depth rule, with
// ambiguity at the shallowest depth), method sets, and interface satisfaction.
#include "types/check_internal.h"
#include "types/typesets.h"

namespace ergo::types {

Signature* Checker::methodSig(Func* m) {
  if (!m->type) resolve(m);
  return llvm::dyn_cast_or_null<Signature>(m->type);
}

namespace {
struct Embedded {
  Type* type;
  std::vector<int> index;
  bool indirect;
  bool multiples;  // reached through more than one path at this depth
};
}  // namespace

Selection Checker::lookup(Type* t, bool addressable, llvm::StringRef name, const Package* pkg) {
  Selection result;
  if (name == "_" || !t) return result;
  // A defined pointer type has the fields of what it points to, but no methods.
  if (auto* n = llvm::dyn_cast<Named>(t)) {
    if (auto* p = llvm::dyn_cast_or_null<Pointer>(underlying(n))) {
      Selection s = lookup(p, false, name, pkg);
      if (s.kind == Selection::Kind::Method || s.kind == Selection::Kind::PointerRecv)
        return Selection{};
      return s;
    }
  }
  // A type parameter has the methods of its constraint (and no fields).
  if (auto* tp = llvm::dyn_cast<TypeParam>(t)) {
    Interface* c = constraintInterface(tp);
    if (!c) return result;
    t = ctx_.interface(c->methods);
  }
  bool isPtr = false;
  if (auto* p = llvm::dyn_cast<Pointer>(t)) {
    t = p->elem;
    isPtr = true;
    if (isInterface(t)) return result;  // *I has no methods
  }
  std::vector<Embedded> current{{t, {}, isPtr, false}};
  llvm::DenseSet<Named*> seen;
  // The depth at which each generic type was first reached through one of its instances.
  // An instance of it found deeper has the same member names, so it cannot find what the
  // shallower one missed; skipping it also ends the endless chain L[int], L[L[int]], ... of
  // `type L[T any] struct{ *L[L[T]] }` (an instantiation cycle, reported separately; gc 1.19
  // hangs on it).
  llvm::DenseMap<Named*, size_t> originDepth;
  for (size_t depth = 0; !current.empty(); ++depth) {
    std::vector<Embedded> next;
    bool found = false;
    auto foundHere = [&](const Embedded& e) {
      if (found || e.multiples) {
        result = Selection{};
        result.kind = Selection::Kind::Ambiguous;
        return false;
      }
      found = true;
      result.indirect = e.indirect;
      result.index = e.index;
      return true;
    };
    for (const Embedded& e : current) {
      Type* typ = e.type;
      if (auto* n = llvm::dyn_cast<Named>(typ)) {
        if (!seen.insert(n).second) continue;
        if (n->origin && originDepth.try_emplace(n->origin, depth).first->second < depth) continue;
        bool isMethod = false;
        // An instance of a generic type has its origin's methods, instantiated.
        const std::vector<Func*>& methods = n->origin ? n->origin->methods : n->methods;
        for (size_t i = 0; i < methods.size(); ++i) {
          Func* m = methods[i];
          if (!sameId(m->name, m->pkg, name, pkg)) continue;
          if (!foundHere(e)) return result;
          result.kind = Selection::Kind::Method;
          result.func = m;
          result.type = n->origin ? instanceMethodSig(n, m) : methodSig(m);
          result.index.push_back(static_cast<int>(i));
          isMethod = true;
          break;
        }
        if (isMethod) continue;
      }
      Type* u = underlying(typ);
      if (auto* s = llvm::dyn_cast_or_null<Struct>(u)) {
        for (size_t i = 0; i < s->fields.size(); ++i) {
          const Field& f = s->fields[i];
          if (sameId(f.name, f.pkg, name, pkg)) {
            if (!foundHere(e)) return result;
            result.kind = Selection::Kind::Field;
            result.type = f.type;
            result.index.push_back(static_cast<int>(i));
            continue;
          }
          if (!found && f.embedded) {
            Type* ft = f.type;
            bool ptr = false;
            if (auto* p = llvm::dyn_cast<Pointer>(ft)) {
              ft = p->elem;
              ptr = true;
            }
            std::vector<int> index = e.index;
            index.push_back(static_cast<int>(i));
            next.push_back({ft, std::move(index), e.indirect || ptr, e.multiples});
          }
        }
      } else if (auto* iface = llvm::dyn_cast_or_null<Interface>(u)) {
        for (size_t i = 0; i < iface->methods.size(); ++i) {
          const Method& m = iface->methods[i];
          if (!sameId(m.name, m.pkg, name, pkg)) continue;
          if (!foundHere(e)) return result;
          result.kind = Selection::Kind::Method;
          result.func = nullptr;
          result.type = m.sig;
          result.index.push_back(static_cast<int>(i));
          break;
        }
      }
    }
    if (found) {
      // A method with a pointer receiver needs an address (or a pointer on the way).
      if (result.kind == Selection::Kind::Method && result.func && result.func->recv &&
          llvm::isa<Pointer>(result.func->recv->type) && !result.indirect && !addressable)
        result.kind = Selection::Kind::PointerRecv;
      return result;
    }
    // The same type reached by several paths at one depth makes its members ambiguous.
    std::vector<Embedded> merged;
    for (Embedded& e : next) {
      auto same = std::find_if(merged.begin(), merged.end(),
                               [&](const Embedded& m) { return m.type == e.type; });
      if (same != merged.end())
        same->multiples = true;
      else
        merged.push_back(std::move(e));
    }
    current = std::move(merged);
  }
  return result;
}

namespace {
std::string methodString(const Checker& c, llvm::StringRef name, Signature* sig) {
  std::string s = c.typeStr(sig);
  return name.str() + s.substr(4);  // drop "func"
}
}  // namespace

std::string Checker::missingMethodReason(Type* t, Interface* iface, bool forAssertion) {
  if (iface->empty()) return "";
  auto pointerToInterface = [&](Type* x) {
    auto* p = llvm::dyn_cast_or_null<Pointer>(underlying(x));
    return p && isInterface(p->elem);
  };
  if (auto* ti = llvm::dyn_cast_or_null<Interface>(underlying(t))) {
    for (const Method& m : iface->methods) {
      const Method* have = nullptr;
      for (const Method& o : ti->methods)
        if (sameId(o.name, o.pkg, m.name, m.pkg)) have = &o;
      if (!have) {
        if (forAssertion) continue;
        return fmt::format("(missing {} method)", m.name.str());
      }
      if (have->sig != m.sig)
        return fmt::format("(wrong type for {} method)\n\t\thave {}\n\t\twant {}", m.name.str(),
                           methodString(*this, have->name, have->sig),
                           methodString(*this, m.name, m.sig));
    }
    return "";
  }
  for (const Method& m : iface->methods) {
    Selection s = lookup(t, false, m.name, m.pkg);
    bool onValue = s.kind == Selection::Kind::Method;
    if (!onValue && s.kind != Selection::Kind::PointerRecv)
      s = lookup(ctx_.pointer(t), false, m.name, m.pkg);
    if (s.kind != Selection::Kind::Method && s.kind != Selection::Kind::PointerRecv) {
      if (pointerToInterface(t))
        return fmt::format("(type {} is pointer to interface, not interface)", typeStr(t));
      return fmt::format("(missing {} method)", m.name.str());
    }
    auto* sig = llvm::dyn_cast_or_null<Signature>(s.type);
    if (sig != m.sig)
      return fmt::format("(wrong type for {} method)\n\t\thave {}\n\t\twant {}", m.name.str(),
                         methodString(*this, m.name, sig), methodString(*this, m.name, m.sig));
    if (!onValue) return fmt::format("({} method has pointer receiver)", m.name.str());
  }
  return "";
}

bool Checker::implements(Type* t, Interface* iface) {
  return missingMethodReason(t, iface).empty();
}

}  // namespace ergo::types
