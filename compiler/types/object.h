// Objects (what names denote), scopes, packages, and the facts the checker records about
// expressions for the IR builder (`Info`), after go/types.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "support/source.h"
#include "syntax/ast.h"
#include "types/constant.h"
#include "types/type.h"

namespace ergo::types {

enum class ObjectKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

class Object {
 public:
  ObjectKind kind;
  llvm::StringRef name;
  Type* type = nullptr;
  Pos pos;
  Package* pkg = nullptr;  // null for universe objects

  Object(ObjectKind k, llvm::StringRef n, Pos p, Package* pk) : kind(k), name(n), pos(p), pkg(pk) {}
  virtual ~Object() = default;
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

class Var : public Object {
 public:
  bool used = false;
  bool isParam = false;
  bool isGlobal = false;
  // Set by the checker for closures: `captured` when a function literal refers to the variable
  // of an enclosing function, `assigned` when any statement assigns it after its declaration
  // (a captured variable that is never assigned can be captured by value).
  bool captured = false;
  bool assigned = false;
  Var(llvm::StringRef n, Pos p, Package* pk, Type* t) : Object(ObjectKind::Var, n, p, pk) {
    type = t;
  }
  static bool classof(const Object* o) { return o->kind == ObjectKind::Var; }
};

class Const : public Object {
 public:
  Constant value;
  Const(llvm::StringRef n, Pos p, Package* pk) : Object(ObjectKind::Const, n, p, pk) {}
  static bool classof(const Object* o) { return o->kind == ObjectKind::Const; }
};

class TypeName : public Object {
 public:
  TypeName(llvm::StringRef n, Pos p, Package* pk) : Object(ObjectKind::TypeName, n, p, pk) {}
  static bool classof(const Object* o) { return o->kind == ObjectKind::TypeName; }
};

class Func : public Object {
 public:
  const syntax::FuncDecl* decl = nullptr;  // null for function literals
  Var* recv = nullptr;                     // a method's receiver (its type is T or *T)
  std::vector<Var*> params;                // parameter objects, in order
  std::vector<Var*> results;               // result objects (named or not)
  bool hasDefer = false;  // its body (not a nested literal's) has a defer statement
  // A method of an instance of a generic type (List[int].Push): the generic method, whose
  // declaration, body and parameter objects it shares (instantiate.cpp, instanceMethod).
  Func* origin = nullptr;
  Func(llvm::StringRef n, Pos p, Package* pk) : Object(ObjectKind::Func, n, p, pk) {}
  Signature* sig() const { return static_cast<Signature*>(type); }
  // The linker symbol: "pkgpath.Name", or the //go:linkname target.
  std::string symbol() const;
  static bool classof(const Object* o) { return o->kind == ObjectKind::Func; }
};

class PkgName : public Object {
 public:
  Package* imported;
  bool used = false;
  PkgName(llvm::StringRef n, Pos p, Package* pk, Package* imp)
      : Object(ObjectKind::PkgName, n, p, pk), imported(imp) {}
  static bool classof(const Object* o) { return o->kind == ObjectKind::PkgName; }
};

enum class BuiltinId : uint8_t {
  Append,
  Cap,
  Clear,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  Max,
  Min,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // package unsafe's functions (check_unsafe.cpp)
  Sizeof,
  Alignof,
  Offsetof,
  Add,
  Slice,
  String,
  StringData,
  SliceData,
};
class Builtin : public Object {
 public:
  BuiltinId id;
  // pk: package unsafe for its functions, null for the universe's builtins.
  Builtin(llvm::StringRef n, BuiltinId i, Package* pk = nullptr)
      : Object(ObjectKind::Builtin, n, {}, pk), id(i) {}
  bool isUnsafe() const { return id >= BuiltinId::Sizeof; }
  // The Go 1.N that introduced an unsafe function (0 for those of Go 1.0).
  int minGoMinor() const;
  static bool classof(const Object* o) { return o->kind == ObjectKind::Builtin; }
};

class Nil : public Object {
 public:
  Nil() : Object(ObjectKind::Nil, "nil", {}, nullptr) {}
  static bool classof(const Object* o) { return o->kind == ObjectKind::Nil; }
};

class Scope {
 public:
  explicit Scope(Scope* parent) : parent_(parent) {}
  Scope* parent() const { return parent_; }
  Object* lookupLocal(llvm::StringRef name) const {
    auto it = objects_.find(name);
    return it == objects_.end() ? nullptr : it->second;
  }
  Object* lookup(llvm::StringRef name) const {
    // The name is hashed once for the whole chain of scopes.
    uint32_t hash = llvm::StringMapImpl::hash(name);
    for (const Scope* s = this; s; s = s->parent_) {
      if (s->objects_.empty()) continue;
      auto it = s->objects_.find(name, hash);
      if (it != s->objects_.end()) return it->second;
    }
    return nullptr;
  }
  // Returns the object already declared under this name, if any (and then inserts nothing).
  Object* insert(Object* obj) {
    auto [it, inserted] = objects_.try_emplace(obj->name, obj);
    return inserted ? nullptr : it->second;
  }
  // Every object declared in this scope (unordered).
  std::vector<Object*> objects() const {
    std::vector<Object*> all;
    for (const auto& entry : objects_) all.push_back(entry.second);
    return all;
  }

 private:
  Scope* parent_;
  llvm::StringMap<Object*> objects_;
};

// One variable initialisation of a package, in execution order: `lhs... = rhs`.
struct Initializer {
  std::vector<Var*> lhs;
  const syntax::Expr* rhs;
};

class Package {
 public:
  std::string path;  // import path ("main" for the main package)
  std::string name;
  std::unique_ptr<Scope> scope;
  const syntax::Ast* ast = nullptr;  // the build's node store, which holds `files`
  std::vector<const syntax::File*> files;
  std::vector<Package*> imports;       // direct imports
  std::vector<Initializer> initOrder;  // filled by the checker
  std::vector<Func*> funcs;            // every declared function, in source order
  std::vector<Func*> initFuncs;        // the `func init()`s, in source order
  std::string languageVersion = "go1.22";
  // The minor version of languageVersion ("go1.21" -> 21): it gates newer features.
  int goMinor() const;
  // Everything the checker made for this package; it lives as long as the package.
  std::vector<std::unique_ptr<Object>> ownedObjects;
  std::vector<std::unique_ptr<Scope>> ownedScopes;
};

enum class Mode : uint8_t {
  Invalid,
  NoValue,   // a call of a function without results
  Builtin,   // a builtin function name
  TypeExpr,  // the expression denotes a type
  Constant,
  Variable,  // addressable
  Value,
  CommaOk,  // a value that may also produce a second boolean (x.(T) in v, ok := ...)
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  Type* type = nullptr;
  Constant value;
};

// What the checker learned, for the IR builder. Shared by every package of a build.
struct Info {
  llvm::DenseMap<const syntax::Expr*, TypeAndValue> types;
  llvm::DenseMap<const syntax::Ident*, Object*> defs;  // identifiers that declare
  llvm::DenseMap<const syntax::Ident*, Object*> uses;  // identifiers that refer
  // Objects declared without an identifier of their own: the per-clause variable of a type
  // switch (keyed by its CaseClause).
  llvm::DenseMap<const syntax::Node*, Object*> implicits;
  // Function literals' and declarations' objects.
  llvm::DenseMap<const syntax::Node*, Func*> funcs;
  // The type arguments (explicit or inferred) of every use of a generic function, keyed by
  // the identifier that names it (go/types' Info.Instances): F in F(x), F[int] and pkg.F.
  llvm::DenseMap<const syntax::Ident*, std::vector<Type*>> instances;

  // Forgets everything, keeping the tables' capacity for the next package.
  void clear() {
    types.clear();
    defs.clear();
    uses.clear();
    implicits.clear();
    funcs.clear();
    instances.clear();
  }

  Object* objectOf(const syntax::Ident* id) const {
    if (auto it = defs.find(id); it != defs.end()) return it->second;
    if (auto it = uses.find(id); it != uses.end()) return it->second;
    return nullptr;
  }
  const TypeAndValue* typeOf(const syntax::Expr* e) const {
    auto it = types.find(e);
    return it == types.end() ? nullptr : &it->second;
  }
};

}  // namespace ergo::types
