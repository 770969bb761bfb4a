// Members through embedded fields and method sets (see method_sets.h).
#include "ir/method_sets.h"

#include <algorithm>

#include "ir/ir.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "types/instantiate.h"

namespace ergo::ir {

namespace ty = ergo::types;

bool Member::pointerRecv() const {
  return func && func->recv && llvm::isa<ty::Pointer>(func->recv->type);
}

std::string methodKey(llvm::StringRef name, const ty::Package* pkg) {
  bool exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  if (exported || !pkg) return name.str();
  return pkg->path + "." + name.str();
}

namespace {

struct Embedded {
  ty::Type* type;
  std::vector<int> path;
  bool indirect;
};

}  // namespace

std::vector<Member> members(ty::Type* t) {
  std::vector<Member> out;
  if (!t) return out;
  bool indirect = false;
  if (auto* p = llvm::dyn_cast<ty::Pointer>(t)) {
    t = p->elem;
    indirect = true;
  }
  if (ty::isInterface(t)) return out;
  // Names decided at a shallower depth (found once, or ambiguous) hide deeper ones.
  llvm::StringSet<> decided;
  // Defined types met at a shallower depth add nothing new; one met twice at the same depth
  // counts twice, which makes its members ambiguous.
  llvm::DenseSet<ty::Named*> seen;
  std::vector<Embedded> level{{t, {}, indirect}};
  for (int depth = 0; depth < 64 && !level.empty(); ++depth) {
    std::vector<Member> found;
    llvm::StringMap<int> count;
    std::vector<Embedded> next;
    auto add = [&](Member m) {
      std::string key = methodKey(m.name, m.pkg);
      if (decided.count(key)) return;
      if (count[key]++ == 0) found.push_back(std::move(m));
    };
    for (const Embedded& e : level) {
      ty::Type* typ = e.type;
      if (auto* n = llvm::dyn_cast<ty::Named>(typ)) {
        if (seen.count(n)) continue;
        // An instance's methods are the generic type's until substituted (an embedded B[T]
        // promotes B[int]'s methods, not B's).
        if (n->origin && n->context) ty::completeInstanceMethods(*n->context, n);
        // A defined pointer type has no methods.
        if (!llvm::isa<ty::Pointer>(ty::underlying(n))) {
          for (ty::Func* f : n->methods) {
            if (!f->recv || f->name == "_") continue;
            Member m;
            m.kind = Member::Kind::Method;
            m.name = f->name;
            m.pkg = f->pkg;
            m.path = e.path;
            m.indirect = e.indirect;
            m.func = f;
            m.sig = f->sig();
            add(std::move(m));
          }
        }
      }
      ty::Type* u = ty::underlying(typ);
      if (auto* st = llvm::dyn_cast_or_null<ty::Struct>(u)) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          const ty::Field& f = st->fields[i];
          Member m;
          m.kind = Member::Kind::Field;
          m.name = f.name;
          m.pkg = f.pkg;
          m.path = e.path;
          m.path.push_back(static_cast<int>(i));
          m.indirect = e.indirect;
          add(m);
          if (!f.embedded) continue;
          ty::Type* ft = f.type;
          bool ptr = false;
          if (auto* p = llvm::dyn_cast<ty::Pointer>(ft)) {
            ft = p->elem;
            ptr = true;
          }
          next.push_back({ft, m.path, e.indirect || ptr});
        }
      } else if (auto* iface = llvm::dyn_cast_or_null<ty::Interface>(u); iface && depth > 0) {
        for (size_t i = 0; i < iface->methods.size(); ++i) {
          const ty::Method& im = iface->methods[i];
          Member m;
          m.kind = Member::Kind::IfaceMethod;
          m.name = im.name;
          m.pkg = im.pkg;
          m.path = e.path;
          m.indirect = e.indirect;
          m.holder = typ;
          m.slot = static_cast<int>(i);
          m.sig = im.sig;
          add(std::move(m));
        }
      }
    }
    for (Member& m : found) {
      std::string key = methodKey(m.name, m.pkg);
      if (count[key] == 1) out.push_back(std::move(m));
    }
    for (auto& kv : count) decided.insert(kv.first());
    for (const Embedded& e : level)
      if (auto* n = llvm::dyn_cast<ty::Named>(e.type)) seen.insert(n);
    level = std::move(next);
  }
  return out;
}

const Member* findMember(const std::vector<Member>& ms, llvm::StringRef name,
                         const ty::Package* pkg) {
  for (const Member& m : ms)
    if (ty::sameId(m.name, m.pkg, name, pkg)) return &m;
  return nullptr;
}

std::vector<Member> methodSet(ty::Type* t) {
  std::vector<Member> out;
  bool isPtr = llvm::isa<ty::Pointer>(t);
  // A defined pointer type, or a pointer to an interface or pointer, has no methods.
  if (auto* p = llvm::dyn_cast<ty::Pointer>(t))
    if (ty::isInterface(p->elem) || llvm::isa<ty::Pointer>(ty::underlying(p->elem))) return out;
  if (llvm::isa<ty::Named>(t) && llvm::isa<ty::Pointer>(ty::underlying(t))) return out;
  for (Member& m : members(t)) {
    if (m.kind == Member::Kind::Field) continue;
    if (m.func && m.func->decl && (m.func->decl->pragmas & syntax::kPragmaNoInterface)) continue;
    // A value's set has pointer methods only when an embedded pointer leads to them.
    if (!isPtr && m.pointerRecv() && !m.indirect) continue;
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const Member& a, const Member& b) {
    return methodKey(a.name, a.pkg) < methodKey(b.name, b.pkg);
  });
  return out;
}

std::string methodSetSymbol(ty::Type* base, bool ptr, const Member& m) {
  if (!m.promoted() && m.func) return methodSymbol(m.func, ptr);
  std::string type;
  if (auto* n = llvm::dyn_cast<ty::Named>(base); n && !n->origin) {
    std::string path = n->obj->pkg ? n->obj->pkg->path : std::string("main");
    type = ptr ? path + ".(*" + n->obj->name.str() + ")" : path + "." + n->obj->name.str();
  } else {
    type = ptr ? "(*" + ty::typeString(base) + ")" : ty::typeString(base);
  }
  return type + "." + m.name.str();
}

bool wrappersBuiltByDeclaringPackage(ty::Type* recv) {
  if (auto* p = llvm::dyn_cast<ty::Pointer>(recv)) recv = p->elem;
  auto* n = llvm::dyn_cast<ty::Named>(recv);
  if (!n || n->origin || !n->obj->pkg || !n->obj->pkg->scope) return false;
  return n->obj->pkg->scope->lookupLocal(n->obj->name) == n->obj;
}

}  // namespace ergo::ir
