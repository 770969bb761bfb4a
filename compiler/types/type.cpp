#include "types/type.h"

#include "types/constant.h"

#include "fmt/format.h"
#include "types/object.h"

namespace ergo::types {

namespace {
struct BasicInfo {
  BasicKind kind;
  const char* name;
};
constexpr BasicInfo kBasics[] = {
    {BasicKind::Invalid, "invalid type"},
    {BasicKind::Bool, "bool"},
    {BasicKind::Int, "int"},
    {BasicKind::Int8, "int8"},
    {BasicKind::Int16, "int16"},
    {BasicKind::Int32, "int32"},
    {BasicKind::Int64, "int64"},
    {BasicKind::Uint, "uint"},
    {BasicKind::Uint8, "uint8"},
    {BasicKind::Uint16, "uint16"},
    {BasicKind::Uint32, "uint32"},
    {BasicKind::Uint64, "uint64"},
    {BasicKind::Uintptr, "uintptr"},
    {BasicKind::Float32, "float32"},
    {BasicKind::Float64, "float64"},
    {BasicKind::Complex64, "complex64"},
    {BasicKind::Complex128, "complex128"},
    {BasicKind::String, "string"},
    {BasicKind::UnsafePointer, "unsafe.Pointer"},
    {BasicKind::UntypedBool, "untyped bool"},
    {BasicKind::UntypedInt, "untyped int"},
    {BasicKind::UntypedRune, "untyped rune"},
    {BasicKind::UntypedFloat, "untyped float"},
    {BasicKind::UntypedComplex, "untyped complex"},
    {BasicKind::UntypedString, "untyped string"},
    {BasicKind::UntypedNil, "untyped nil"},
};
}  // namespace

TypeContext::TypeContext() {
  for (const BasicInfo& b : kBasics) {
    basics_[static_cast<int>(b.kind)] = own<Basic>(b.kind, b.name);
  }
}

void TypeContext::Deleter::operator()(Type* t) const {
  switch (t->kind) {
    case TypeKind::Basic:
      delete static_cast<Basic*>(t);
      return;
    case TypeKind::Pointer:
      delete static_cast<Pointer*>(t);
      return;
    case TypeKind::Slice:
      delete static_cast<Slice*>(t);
      return;
    case TypeKind::Array:
      delete static_cast<Array*>(t);
      return;
    case TypeKind::Map:
      delete static_cast<Map*>(t);
      return;
    case TypeKind::Chan:
      delete static_cast<Chan*>(t);
      return;
    case TypeKind::Struct:
      delete static_cast<Struct*>(t);
      return;
    case TypeKind::Signature:
      delete static_cast<Signature*>(t);
      return;
    case TypeKind::Interface:
      delete static_cast<Interface*>(t);
      return;
    case TypeKind::Named:
      delete static_cast<Named*>(t);
      return;
    case TypeKind::Tuple:
      delete static_cast<Tuple*>(t);
      return;
    case TypeKind::TypeParam:
      delete static_cast<TypeParam*>(t);
      return;
  }
}

template <typename T, typename... Args>
T* TypeContext::intern(llvm::ArrayRef<uintptr_t> key, Args&&... args) {
  auto it = interned_.find(key);
  if (it != interned_.end()) return static_cast<T*>(it->second);
  T* raw = own<T>(std::forward<Args>(args)...);
  interned_.try_emplace(keep(key), raw);
  return raw;
}

llvm::ArrayRef<uintptr_t> TypeContext::keep(llvm::ArrayRef<uintptr_t> key) {
  uintptr_t* copy = keys_.Allocate<uintptr_t>(key.size());
  std::copy(key.begin(), key.end(), copy);
  return {copy, key.size()};
}

static bool isExportedName(llvm::StringRef n) {
  return !n.empty() && n[0] >= 'A' && n[0] <= 'Z';
}

// A type's parts, as interned_ and instances_ key it: its kind's number, then pointers and
// flags.
using TypeKey = llvm::SmallVector<uintptr_t, 16>;

static uintptr_t key(const void* p) {
  return reinterpret_cast<uintptr_t>(p);
}

Pointer* TypeContext::pointer(Type* e) {
  return intern<Pointer>({1, key(e)}, e);
}
Slice* TypeContext::slice(Type* e) {
  return intern<Slice>({2, key(e)}, e);
}
Array* TypeContext::array(Type* e, int64_t n) {
  return intern<Array>({3, key(e), static_cast<uintptr_t>(n)}, e, n);
}
Map* TypeContext::map(Type* k, Type* e) {
  return intern<Map>({4, key(k), key(e)}, k, e);
}
Chan* TypeContext::chan(ChanDir d, Type* e) {
  return intern<Chan>({5, static_cast<uintptr_t>(d), key(e)}, d, e);
}
Tuple* TypeContext::tuple(llvm::ArrayRef<Type*> types) {
  TypeKey k{6};
  for (Type* t : types) k.push_back(key(t));
  Tuple* t = intern<Tuple>(k);
  if (t->types.empty() && !types.empty()) t->types.assign(types.begin(), types.end());
  return t;
}
Signature* TypeContext::signature(Tuple* p, Tuple* r, bool v) {
  return intern<Signature>({7, key(p), key(r), v}, p, r, v);
}
Interface* TypeContext::interface(std::vector<Method> methods) {
  std::sort(methods.begin(), methods.end(),
            [](const Method& a, const Method& b) { return a.name < b.name; });
  TypeKey k{8};
  for (const Method& m : methods) {
    k.push_back(key(m.name.data()));  // names are interned
    k.push_back(key(m.sig));
    k.push_back(isExportedName(m.name) ? 0 : key(m.pkg));
  }
  Interface* t = intern<Interface>(k);
  if (t->methods.empty()) t->methods = std::move(methods);
  return t;
}
Interface* TypeContext::constraint(std::vector<Method> methods, bool allTypes,
                                   std::vector<Term> terms, bool comparable, bool implicit) {
  if (allTypes && !comparable && !implicit) return interface(std::move(methods));
  std::sort(methods.begin(), methods.end(),
            [](const Method& a, const Method& b) { return a.name < b.name; });
  TypeKey k{10, allTypes, comparable, implicit, methods.size()};
  for (const Method& m : methods) {
    k.push_back(key(m.name.data()));
    k.push_back(key(m.sig));
    k.push_back(isExportedName(m.name) ? 0 : key(m.pkg));
  }
  for (const Term& t : terms) {
    k.push_back(t.tilde);
    k.push_back(key(t.type));
  }
  bool fresh = interned_.find(k) == interned_.end();
  Interface* t = intern<Interface>(k);
  if (fresh) {
    t->methods = std::move(methods);
    t->allTypes = allTypes;
    t->terms = std::move(terms);
    t->comparable = comparable;
    t->implicit = implicit;
  }
  return t;
}
TypeParam* TypeContext::typeParam(TypeName* obj, int index) {
  return own<TypeParam>(obj, index);
}
Signature* TypeContext::genericSignature(Tuple* p, Tuple* r, bool v,
                                         std::vector<TypeParam*> typeParams) {
  if (typeParams.empty()) return signature(p, r, v);
  auto* s = own<Signature>(p, r, v);
  s->typeParams = std::move(typeParams);
  return s;
}
static TypeKey instanceKey(Named* origin, llvm::ArrayRef<Type*> args) {
  TypeKey k{key(origin)};
  for (Type* a : args) k.push_back(key(a));
  return k;
}
Named* TypeContext::findInstance(Named* origin, llvm::ArrayRef<Type*> args) {
  auto it = instances_.find(instanceKey(origin, args));
  return it == instances_.end() ? nullptr : it->second;
}
Named* TypeContext::newInstance(Named* origin, llvm::ArrayRef<Type*> args) {
  Named* n = named(origin->obj);
  n->origin = origin;
  n->typeArgs.assign(args.begin(), args.end());
  n->methods = origin->methods;
  instanceList_.push_back(n);
  TypeKey k = instanceKey(origin, args);
  if (auto it = instances_.find(k); it != instances_.end())
    it->second = n;
  else
    instances_.try_emplace(keep(k), n);
  return n;
}
Struct* TypeContext::structType(std::vector<Field> fields) {
  TypeKey k{9};
  for (const Field& f : fields) {
    k.push_back(key(f.name.data()));
    k.push_back(key(f.type));
    k.push_back(f.embedded);
    k.push_back(key(f.tag.data()));
    k.push_back(isExportedName(f.name) ? 0 : key(f.pkg));
  }
  Struct* t = intern<Struct>(k);
  if (t->fields.empty()) t->fields = std::move(fields);
  return t;
}
Named* TypeContext::named(TypeName* obj) {
  return own<Named>(obj);
}

Type* typeParamUnderlying(TypeParam* tp);  // typesets.cpp
Type* expandInstance(Named* n);            // instantiate.cpp

Type* underlying(Type* t) {
  while (auto* n = llvm::dyn_cast_or_null<Named>(t)) {
    if (!n->underlying && n->origin) n->underlying = expandInstance(n);
    if (!n->underlying) return nullptr;
    t = n->underlying;
  }
  if (auto* tp = llvm::dyn_cast_or_null<TypeParam>(t)) return typeParamUnderlying(tp);
  return t;
}

// Whether every type of a type parameter's set satisfies `pred` (false for a set without
// terms, or an empty one): the spec's rule for operators on type parameters.
bool allInTypeSet(TypeParam* tp, bool (*pred)(Type*));  // typesets.cpp

static Basic* basicOf(Type* t) {
  return llvm::dyn_cast_or_null<Basic>(underlying(t));
}

#define TYPE_PARAM_ALL(pred) \
  if (auto* tp = llvm::dyn_cast_or_null<TypeParam>(t)) return allInTypeSet(tp, pred)

bool isBasic(Type* t, BasicKind k) {
  Basic* b = basicOf(t);
  return b && b->basic == k;
}
bool isUntyped(Type* t) {
  auto* b = llvm::dyn_cast_or_null<Basic>(t);
  return b && b->basic >= BasicKind::UntypedBool;
}
bool isInteger(Type* t) {
  TYPE_PARAM_ALL(isInteger);
  Basic* b = basicOf(t);
  return b && ((b->basic >= BasicKind::Int && b->basic <= BasicKind::Uintptr) ||
               b->basic == BasicKind::UntypedInt || b->basic == BasicKind::UntypedRune);
}
bool isUnsigned(Type* t) {
  TYPE_PARAM_ALL(isUnsigned);
  Basic* b = basicOf(t);
  return b && b->basic >= BasicKind::Uint && b->basic <= BasicKind::Uintptr;
}
bool isFloat(Type* t) {
  TYPE_PARAM_ALL(isFloat);
  Basic* b = basicOf(t);
  return b && (b->basic == BasicKind::Float32 || b->basic == BasicKind::Float64 ||
               b->basic == BasicKind::UntypedFloat);
}
bool isNumeric(Type* t) {
  TYPE_PARAM_ALL(isNumeric);
  Basic* b = basicOf(t);
  return b && ((b->basic >= BasicKind::Int && b->basic <= BasicKind::Complex128) ||
               (b->basic >= BasicKind::UntypedInt && b->basic <= BasicKind::UntypedComplex));
}
bool isString(Type* t) {
  TYPE_PARAM_ALL(isString);
  Basic* b = basicOf(t);
  return b && (b->basic == BasicKind::String || b->basic == BasicKind::UntypedString);
}
bool isBoolean(Type* t) {
  TYPE_PARAM_ALL(isBoolean);
  Basic* b = basicOf(t);
  return b && (b->basic == BasicKind::Bool || b->basic == BasicKind::UntypedBool);
}
bool isInterface(Type* t) {
  if (llvm::isa_and_nonnull<TypeParam>(t)) return false;
  return llvm::isa_and_nonnull<Interface>(underlying(t));
}
bool isEmptyInterface(Type* t) {
  if (llvm::isa_and_nonnull<TypeParam>(t)) return false;
  auto* i = llvm::dyn_cast_or_null<Interface>(underlying(t));
  return i && i->empty();
}
bool isTypeParam(Type* t) {
  return llvm::isa_and_nonnull<TypeParam>(t);
}
bool isNamed(Type* t) {
  return llvm::isa<Named>(t) || llvm::isa<TypeParam>(t) || (llvm::isa<Basic>(t) && !isUntyped(t));
}

bool sameId(llvm::StringRef a, const Package* pa, llvm::StringRef b, const Package* pb) {
  if (a != b) return false;
  return isExportedName(a) || pa == pb;
}

bool typeParamComparable(TypeParam* tp);  // typesets.cpp

bool isComparable(Type* t) {
  if (auto* tp = llvm::dyn_cast_or_null<TypeParam>(t)) return typeParamComparable(tp);
  Type* u = underlying(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic:
      return static_cast<Basic*>(u)->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
      return true;
    case TypeKind::Array:
      return isComparable(static_cast<Array*>(u)->elem);
    case TypeKind::Struct:
      for (const Field& f : static_cast<Struct*>(u)->fields)
        if (!isComparable(f.type)) return false;
      return true;
    default:
      return false;
  }
}

bool isOrdered(Type* t) {
  TYPE_PARAM_ALL(isOrdered);
  Basic* b = basicOf(t);
  if (!b) return false;
  return isInteger(b) || isFloat(b) || isString(b);
}

bool hasNil(Type* t) {
  if (auto* tp = llvm::dyn_cast_or_null<TypeParam>(t)) return allInTypeSet(tp, hasNil);
  Type* u = underlying(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Interface:
      return true;
    case TypeKind::Basic:
      return static_cast<Basic*>(u)->basic == BasicKind::UnsafePointer;
    default:
      return false;
  }
}

Type* defaultType(const TypeContext& ctx, Type* t) {
  auto* b = llvm::dyn_cast_or_null<Basic>(t);
  if (!b) return t;
  switch (b->basic) {
    case BasicKind::UntypedBool:
      return ctx.basic(BasicKind::Bool);
    case BasicKind::UntypedInt:
      return ctx.basic(BasicKind::Int);
    case BasicKind::UntypedRune:
      return ctx.basic(BasicKind::Int32);
    case BasicKind::UntypedFloat:
      return ctx.basic(BasicKind::Float64);
    case BasicKind::UntypedComplex:
      return ctx.basic(BasicKind::Complex128);
    case BasicKind::UntypedString:
      return ctx.basic(BasicKind::String);
    default:
      return t;
  }
}

namespace {
void writeTuple(std::string& out, Tuple* t, bool variadic, const Package* q);

void writeConstraint(std::string& out, Interface* i, const Package* q);

// types2's messages write `interface{}` and `struct{a int}`; reflect (type descriptors, %T,
// panics) writes `interface {}` and `struct { a int }`. A null qualifier means reflect.
void write(std::string& out, Type* t, const Package* q) {
  const bool reflectStyle = q == nullptr;
  if (!t) {
    out += "<nil>";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic: {
      auto* b = static_cast<Basic*>(t);
      // byte and rune are aliases; gc spells them as the underlying names in type strings.
      out += b->name.str();
      return;
    }
    case TypeKind::Pointer:
      out += "*";
      write(out, static_cast<Pointer*>(t)->elem, q);
      return;
    case TypeKind::Slice:
      out += "[]";
      write(out, static_cast<Slice*>(t)->elem, q);
      return;
    case TypeKind::Array:
      out += fmt::format("[{}]", static_cast<Array*>(t)->len);
      write(out, static_cast<Array*>(t)->elem, q);
      return;
    case TypeKind::Map:
      out += "map[";
      write(out, static_cast<Map*>(t)->key, q);
      out += "]";
      write(out, static_cast<Map*>(t)->elem, q);
      return;
    case TypeKind::Chan: {
      auto* c = static_cast<Chan*>(t);
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      write(out, c->elem, q);
      return;
    }
    case TypeKind::Struct: {
      auto& fields = static_cast<Struct*>(t)->fields;
      out += reflectStyle && !fields.empty() ? "struct { " : "struct{";
      bool first = true;
      for (const Field& f : fields) {
        if (!first) out += "; ";
        first = false;
        if (!f.embedded) out += f.name.str() + " ";
        write(out, f.type, q);
        // Tags are part of the type (and of its string, as go/types writes it): T[struct{ int
        // "x" }] and T[struct{ int }] are different types with different descriptors.
        if (!f.tag.empty()) out += " " + strconvQuote(f.tag);
      }
      out += reflectStyle && !fields.empty() ? " }" : "}";
      return;
    }
    case TypeKind::Signature: {
      auto* s = static_cast<Signature*>(t);
      out += "func";
      writeTuple(out, s->params, s->variadic, q);
      if (s->results->size() == 1) {
        out += " ";
        write(out, s->results->types[0], q);
      } else if (s->results->size() > 1) {
        out += " ";
        writeTuple(out, s->results, false, q);
      }
      return;
    }
    case TypeKind::Interface: {
      auto* i = static_cast<Interface*>(t);
      if (i->constraintOnly()) {
        writeConstraint(out, i, q);
        return;
      }
      if (i->empty()) {
        out += reflectStyle ? "interface {}" : "interface{}";
        return;
      }
      out += reflectStyle ? "interface {" : "interface{";
      bool first = true;
      for (const Method& m : i->methods) {
        out += first ? (reflectStyle ? " " : "") : "; ";
        first = false;
        out += m.name.str();
        std::string sig;
        write(sig, m.sig, q);
        out += sig.substr(4);  // drop "func"
      }
      out += reflectStyle ? " }" : "}";
      return;
    }
    case TypeKind::Named: {
      auto* n = static_cast<Named*>(t);
      Package* pkg = n->obj->pkg;
      if (pkg && pkg != q) out += pkg->path + ".";
      out += n->obj->name.str();
      // An instance writes its arguments; a generic type (seen in its own declaration and
      // methods) its parameters.
      std::vector<Type*> args = n->typeArgs;
      if (!n->origin) args.assign(n->typeParams.begin(), n->typeParams.end());
      if (!args.empty()) {
        out += "[";
        for (size_t k = 0; k < args.size(); ++k) {
          if (k) out += ",";
          write(out, args[k], q);
        }
        out += "]";
      }
      return;
    }
    case TypeKind::Tuple:
      writeTuple(out, static_cast<Tuple*>(t), false, q);
      return;
    case TypeKind::TypeParam:
      out += static_cast<TypeParam*>(t)->obj->name.str();
      return;
  }
}

void writeTerms(std::string& out, const std::vector<Term>& terms, const Package* q,
                const char* sep) {
  for (size_t k = 0; k < terms.size(); ++k) {
    if (k) out += sep;
    if (terms[k].tilde) out += "~";
    write(out, terms[k].type, q);
  }
}

// An interface with a type set restriction: `~int | ~string` when written bare in a type
// parameter list, else interface{comparable; ~int | ~string; M()}.
void writeConstraint(std::string& out, Interface* i, const Package* q) {
  if (i->implicit && i->methods.empty() && !i->comparable && !i->allTypes) {
    writeTerms(out, i->terms, q, "|");
    return;
  }
  std::vector<std::string> elems;
  for (const Method& m : i->methods) {
    std::string sig;
    write(sig, m.sig, q);
    elems.push_back(m.name.str() + sig.substr(4));
  }
  if (i->comparable) elems.push_back("comparable");
  if (!i->allTypes) {
    std::string t;
    if (i->terms.empty()) t = "∅";
    writeTerms(t, i->terms, q, "|");
    elems.push_back(t);
  }
  out += "interface{";
  for (size_t k = 0; k < elems.size(); ++k) out += (k ? "; " : "") + elems[k];
  out += "}";
}

void writeTuple(std::string& out, Tuple* t, bool variadic, const Package* q) {
  out += "(";
  for (size_t i = 0; i < t->size(); ++i) {
    if (i) out += ", ";
    if (variadic && i + 1 == t->size()) {
      out += "...";
      write(out, static_cast<Slice*>(t->types[i])->elem, q);
    } else {
      write(out, t->types[i], q);
    }
  }
  out += ")";
}
}  // namespace

std::string termsString(const std::vector<Term>& terms, const Package* qualifier) {
  std::string out;
  if (terms.empty()) return "∅";
  writeTerms(out, terms, qualifier, " | ");
  return out;
}

std::string typeString(Type* t, const Package* qualifier) {
  std::string out;
  write(out, t, qualifier);
  return out;
}

std::string Func::symbol() const {
  // A declaration's package holds the store of its names.
  if (decl && decl->linkname) return pkg->ast->str(decl->linkname).str();
  return (pkg ? pkg->path : std::string("runtime")) + "." + name.str();
}

}  // namespace ergo::types
