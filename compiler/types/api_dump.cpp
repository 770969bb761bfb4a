#include "types/api_dump.h"

#include <algorithm>
#include <map>
#include <set>

#include "fmt/format.h"
#include "types/constant.h"

namespace ergo::types {

namespace {

using namespace syntax;

// A float as an exact fraction in lowest terms (an integer when the denominator is 1).
std::string ratString(const Constant& c) {
  if (c.kind() == Constant::Kind::Int) return c.exactString();
  if (c.kind() != Constant::Kind::Float) return "unknown";
  Constant num = c.num(), den = c.denom();
  if (!num.known() || !den.known()) return "unknown";
  std::string s = num.exactString();
  if (den.exactString() != "1") s += "/" + den.exactString();
  return s;
}

std::string constantString(const Constant& c) {
  switch (c.kind()) {
    case Constant::Kind::Bool:
      return c.boolValue() ? "true" : "false";
    case Constant::Kind::String:
      return strconvQuote(c.stringValue());
    case Constant::Kind::Int:
      return c.exactString();
    case Constant::Kind::Float:
      return ratString(c);
    case Constant::Kind::Complex:
      return "(" + ratString(c.real()) + " + " + ratString(c.imag()) + "i)";
    default:
      return "unknown";
  }
}

std::string basicString(const Basic* b) {
  switch (b->basic) {
    case BasicKind::UnsafePointer:
      return "unsafe.Pointer";
    case BasicKind::UntypedBool:
      return "untyped bool";
    case BasicKind::UntypedInt:
      return "untyped int";
    case BasicKind::UntypedRune:
      return "untyped rune";
    case BasicKind::UntypedFloat:
      return "untyped float";
    case BasicKind::UntypedComplex:
      return "untyped complex";
    case BasicKind::UntypedString:
      return "untyped string";
    case BasicKind::UntypedNil:
      return "untyped nil";
    case BasicKind::Invalid:
      return "invalid type";
    case BasicKind::Uint8:
      return "uint8";  // byte too: the dump spells an alias by what it denotes
    case BasicKind::Int32:
      return "int32";  // rune too
    default:
      return b->name.str();
  }
}

std::string tupleString(const Tuple* t, bool variadic) {
  std::string s = "(";
  for (size_t i = 0; i < t->types.size(); ++i) {
    if (i) s += ", ";
    const Type* type = t->types[i];
    if (variadic && i + 1 == t->types.size())
      if (auto* slice = llvm::dyn_cast<Slice>(type)) {
        s += "..." + apiTypeString(slice->elem);
        continue;
      }
    s += apiTypeString(type);
  }
  return s + ")";
}

// `[T C, U D]` (nothing when there are no type parameters).
std::string typeParamsString(const std::vector<TypeParam*>& tparams) {
  if (tparams.empty()) return "";
  std::string s = "[";
  for (size_t i = 0; i < tparams.size(); ++i) {
    if (i) s += ", ";
    s += tparams[i]->obj->name.str() + " " + apiTypeString(tparams[i]->constraint);
  }
  return s + "]";
}

// A signature without `func`: `(int, ...string) (int, error)`.
std::string signatureString(const Signature* sig) {
  std::string s = tupleString(sig->params, sig->variadic);
  if (sig->results->size() == 1)
    s += " " + apiTypeString(sig->results->types[0]);
  else if (sig->results->size() > 1)
    s += " " + tupleString(sig->results, false);
  return s;
}

// Whether a method is declared on the pointer type (`func (p *T) M()`).
bool pointerReceiver(const Func* fn, const Ast& ast) {
  if (fn->recv && fn->recv->type) return llvm::isa<Pointer>(fn->recv->type);
  if (!fn->decl) return false;
  llvm::ArrayRef<syntax::Field> recv = ast.get(fn->decl->recv);
  if (recv.empty()) return false;
  const Expr* e = ast.get(recv[0].type);
  while (auto* paren = llvm::dyn_cast_or_null<ParenExpr>(e)) e = ast.get(paren->x);
  return llvm::isa_and_nonnull<StarExpr>(e);
}

// A name as the spec compares them: unexported names of different packages differ.
std::string nameKey(llvm::StringRef name, const Package* pkg) {
  bool exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  return exported || !pkg ? name.str() : pkg->path + "." + name.str();
}

// The method set of `named` (or of *named when `pointer`), as the spec defines it: methods
// declared on it and promoted through embedded fields, shallowest depth first, a name found
// twice at one depth (or also as a field there) being ambiguous and so in no set. Maps the
// method's name key to (name, its signature's spelling).
std::map<std::string, std::pair<std::string, std::string>> methodSet(const Named* named,
                                                                     bool pointer, const Ast& ast) {
  struct Entry {
    const Type* type;
    bool indirect;   // reached through a pointer: pointer-receiver methods belong
    bool multiples;  // reached on more than one path at this depth
  };
  std::map<std::string, std::pair<std::string, std::string>> result;
  std::set<std::string> blocked;  // names taken (or made ambiguous) at a shallower depth
  std::set<const Named*> seen;
  std::vector<Entry> current{{named, pointer, false}};
  while (!current.empty()) {
    struct Found {
      std::string name, sig;
      int count = 0;
      bool inSet = false;
    };
    std::map<std::string, Found> methods;
    std::set<std::string> fields;
    std::map<const Type*, Entry> next;
    std::vector<const Type*> nextOrder;
    for (const Entry& e : current) {
      const Type* t = e.type;
      if (auto* n = llvm::dyn_cast<Named>(t)) {
        if (!seen.insert(n).second) continue;
        for (const Func* fn : n->methods) {
          Found& f = methods[nameKey(fn->name, fn->pkg)];
          f.name = fn->name.str();
          f.sig = fn->type ? "func" + signatureString(fn->sig()) : "invalid type";
          f.count += e.multiples ? 2 : 1;
          f.inSet = e.indirect || !pointerReceiver(fn, ast);
        }
        t = n->underlying;
      }
      if (auto* st = llvm::dyn_cast_or_null<Struct>(t)) {
        for (const Field& field : st->fields) {
          fields.insert(nameKey(field.name, field.pkg));
          if (!field.embedded) continue;
          const Type* ft = field.type;
          bool indirect = e.indirect;
          if (auto* ptr = llvm::dyn_cast_or_null<Pointer>(ft)) ft = ptr->elem, indirect = true;
          if (!ft) continue;
          auto [it, inserted] = next.try_emplace(ft, Entry{ft, indirect, e.multiples});
          if (inserted)
            nextOrder.push_back(ft);
          else
            it->second.multiples = true;
        }
      } else if (auto* iface = llvm::dyn_cast_or_null<Interface>(t)) {
        for (const Method& m : iface->methods) {
          Found& f = methods[nameKey(m.name, m.pkg)];
          f.name = m.name.str();
          f.sig = "func" + signatureString(m.sig);
          f.count += e.multiples ? 2 : 1;
          f.inSet = true;
        }
      }
    }
    for (const auto& [key, f] : methods) {
      if (blocked.count(key) || f.count > 1 || fields.count(key) || !f.inSet) continue;
      result.emplace(key, std::make_pair(f.name, f.sig));
    }
    for (const auto& [key, f] : methods) blocked.insert(key);
    blocked.insert(fields.begin(), fields.end());
    current.clear();
    for (const Type* t : nextOrder) current.push_back(next[t]);
  }
  return result;
}

void printMethodSets(const Named* named, llvm::StringRef name, const Package& pkg,
                     llvm::raw_ostream& out) {
  std::vector<std::string> lines;
  for (bool pointer : {false, true}) {
    // *I has no methods when I is an interface.
    if (pointer && llvm::isa_and_nonnull<Interface>(named->underlying)) break;
    std::vector<std::string> set;
    for (const auto& [key, m] : methodSet(named, pointer, *pkg.ast))
      set.push_back(
          fmt::format("method {}{}.{} {}\n", pointer ? "*" : "", name.str(), m.first, m.second));
    std::sort(set.begin(), set.end());
    for (const std::string& line : set) out << line;
  }
}

// The names the package's files declare at package level (methods are found from types).
std::set<std::string> declaredNames(const Package& pkg) {
  const Ast& ast = *pkg.ast;
  std::set<std::string> names;
  auto add = [&](Ref<Ident> id) {
    if (const Ident* ident = ast.get(id)) names.insert(ast.str(ident->name).str());
  };
  for (const File* file : pkg.files) {
    for (const Decl* decl : ast.nodes(file->decls)) {
      if (auto* fd = llvm::dyn_cast<FuncDecl>(decl)) {
        if (fd->recv.empty()) add(fd->name);
        continue;
      }
      auto* gd = llvm::dyn_cast<GenDecl>(decl);
      if (!gd) continue;
      for (const Decl* spec : ast.nodes(gd->specs)) {
        if (auto* vs = llvm::dyn_cast<ValueSpec>(spec))
          for (Ref<Ident> id : ast.get(vs->names)) add(id);
        else if (auto* ts = llvm::dyn_cast<TypeSpec>(spec))
          add(ts->name);
      }
    }
  }
  return names;
}

}  // namespace

std::string apiTypeString(const Type* t) {
  if (!t) return "invalid type";
  switch (t->kind) {
    case TypeKind::Basic:
      return basicString(llvm::cast<Basic>(t));
    case TypeKind::Pointer:
      return "*" + apiTypeString(llvm::cast<Pointer>(t)->elem);
    case TypeKind::Slice:
      return "[]" + apiTypeString(llvm::cast<Slice>(t)->elem);
    case TypeKind::Array: {
      auto* a = llvm::cast<Array>(t);
      return fmt::format("[{}]{}", a->len, apiTypeString(a->elem));
    }
    case TypeKind::Map: {
      auto* m = llvm::cast<Map>(t);
      return "map[" + apiTypeString(m->key) + "]" + apiTypeString(m->elem);
    }
    case TypeKind::Chan: {
      auto* c = llvm::cast<Chan>(t);
      std::string elem = apiTypeString(c->elem);
      if (c->dir == ChanDir::Send) return "chan<- " + elem;
      if (c->dir == ChanDir::Recv) return "<-chan " + elem;
      auto* inner = llvm::dyn_cast_or_null<Chan>(c->elem);
      if (inner && inner->dir == ChanDir::Recv) return "chan (" + elem + ")";
      return "chan " + elem;
    }
    case TypeKind::Struct: {
      std::string s = "struct{";
      const auto& fields = llvm::cast<Struct>(t)->fields;
      for (size_t i = 0; i < fields.size(); ++i) {
        if (i) s += "; ";
        if (!fields[i].embedded) s += fields[i].name.str() + " ";
        s += apiTypeString(fields[i].type);
        if (!fields[i].tag.empty()) s += " " + strconvQuote(fields[i].tag);
      }
      return s + "}";
    }
    case TypeKind::Signature: {
      auto* sig = llvm::cast<Signature>(t);
      return "func" + typeParamsString(sig->typeParams) + signatureString(sig);
    }
    case TypeKind::Interface: {
      auto* iface = llvm::cast<Interface>(t);
      std::vector<std::string> parts;
      // The type set's terms first (go/types lists the embedded unions), then the methods.
      if (!iface->allTypes) {
        std::string terms;
        for (const Term& term : iface->terms)
          terms += (terms.empty() ? "" : " | ") + std::string(term.tilde ? "~" : "") +
                   apiTypeString(term.type);
        parts.push_back(terms);
      }
      std::vector<std::string> methods;
      for (const Method& m : iface->methods)
        methods.push_back(m.name.str() + signatureString(m.sig));
      std::sort(methods.begin(), methods.end());
      if (iface->comparable && parts.empty() && methods.empty()) parts.push_back("comparable");
      parts.insert(parts.end(), methods.begin(), methods.end());
      std::string s = "interface{";
      for (size_t i = 0; i < parts.size(); ++i) s += (i ? "; " : "") + parts[i];
      return s + "}";
    }
    case TypeKind::Named: {
      auto* named = llvm::cast<Named>(t);
      const TypeName* obj = named->obj;
      if (!obj) return "invalid type";
      std::string s = obj->pkg ? obj->pkg->path + "." + obj->name.str() : obj->name.str();
      if (!named->typeArgs.empty()) {
        s += "[";
        for (size_t i = 0; i < named->typeArgs.size(); ++i)
          s += (i ? ", " : "") + apiTypeString(named->typeArgs[i]);
        s += "]";
      }
      return s;
    }
    case TypeKind::TypeParam:
      return llvm::cast<TypeParam>(t)->obj->name.str();
    case TypeKind::Tuple:
      return tupleString(llvm::cast<Tuple>(t), false);
  }
  return "invalid type";
}

void dumpPackageApi(const Package& pkg, llvm::raw_ostream& out) {
  if (!pkg.scope || !pkg.ast) return;
  for (const std::string& name : declaredNames(pkg)) {
    const Object* obj = pkg.scope->lookupLocal(name);
    if (!obj || !obj->exported()) continue;
    switch (obj->kind) {
      case ObjectKind::Const:
        out << "const " << name << " " << apiTypeString(obj->type) << " = "
            << constantString(llvm::cast<Const>(obj)->value) << "\n";
        break;
      case ObjectKind::Var:
        out << "var " << name << " " << apiTypeString(obj->type) << "\n";
        break;
      case ObjectKind::Func:
        out << "func " << name << " " << apiTypeString(obj->type) << "\n";
        break;
      case ObjectKind::TypeName: {
        auto* named = llvm::dyn_cast_or_null<Named>(obj->type);
        if (!named || named->obj != obj) {  // an alias
          out << "type " << name << " = " << apiTypeString(obj->type) << "\n";
          break;
        }
        out << "type " << name << typeParamsString(named->typeParams) << " "
            << apiTypeString(named->underlying) << "\n";
        printMethodSets(named, name, pkg, out);
        break;
      }
      default:
        break;
    }
  }
}

void dumpUnsafeApi(const Package& unsafe, int goMinor, llvm::raw_ostream& out) {
  if (!unsafe.scope) return;
  std::vector<Object*> objects = unsafe.scope->objects();
  std::sort(objects.begin(), objects.end(),
            [](const Object* a, const Object* b) { return a->name < b->name; });
  for (const Object* obj : objects) {
    if (auto* b = llvm::dyn_cast<Builtin>(obj)) {
      if (b->minGoMinor() <= goMinor) out << "builtin " << b->name << "\n";
    } else if (obj->kind == ObjectKind::TypeName) {
      out << "type " << obj->name << " " << apiTypeString(obj->type) << "\n";
    }
  }
}

}  // namespace ergo::types
