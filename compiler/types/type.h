// Go's types. Every type is made by a TypeContext, which interns structural types, so two
// types are identical exactly when they are the same pointer. Names of parameters and fields
// of signatures are not part of a type (they live in the objects of the declaration).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Casting.h"

namespace ergo::types {

class Package;
class TypeContext;
class TypeName;
class Func;

enum class TypeKind : uint8_t {
  Basic,
  Pointer,
  Slice,
  Array,
  Map,
  Chan,
  Struct,
  Signature,
  Interface,
  Named,
  Tuple,
  TypeParam,
};

enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
};

struct Type {
  TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
};

struct Basic : Type {
  BasicKind basic;
  llvm::StringRef name;
  Basic(BasicKind b, llvm::StringRef n) : Type(TypeKind::Basic), basic(b), name(n) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Basic; }
};

struct Pointer : Type {
  Type* elem;
  explicit Pointer(Type* e) : Type(TypeKind::Pointer), elem(e) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Pointer; }
};

struct Slice : Type {
  Type* elem;
  explicit Slice(Type* e) : Type(TypeKind::Slice), elem(e) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Slice; }
};

struct Array : Type {
  Type* elem;
  int64_t len;
  Array(Type* e, int64_t n) : Type(TypeKind::Array), elem(e), len(n) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Array; }
};

struct Map : Type {
  Type* key;
  Type* elem;
  Map(Type* k, Type* e) : Type(TypeKind::Map), key(k), elem(e) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Map; }
};

enum class ChanDir : uint8_t { Both, Send, Recv };
struct Chan : Type {
  ChanDir dir;
  Type* elem;
  Chan(ChanDir d, Type* e) : Type(TypeKind::Chan), dir(d), elem(e) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Chan; }
};

struct Field {
  llvm::StringRef name;
  Type* type;
  bool embedded = false;
  llvm::StringRef tag;
  // The declaring package: unexported names of different packages are different names.
  const Package* pkg = nullptr;
};
struct Struct : Type {
  std::vector<Field> fields;
  Struct() : Type(TypeKind::Struct) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Struct; }
};

// An ordered list of types: parameters, results, or the values of a multi-value expression.
struct Tuple : Type {
  std::vector<Type*> types;
  Tuple() : Type(TypeKind::Tuple) {}
  size_t size() const { return types.size(); }
  static bool classof(const Type* t) { return t->kind == TypeKind::Tuple; }
};

struct TypeParam;
struct Signature : Type {
  Tuple* params;
  Tuple* results;
  bool variadic;  // the last parameter is a slice that takes `...` arguments
  // A generic function's type parameters (made by TypeContext::genericSignature, never
  // interned: each generic declaration has its own signature).
  std::vector<TypeParam*> typeParams;
  Signature(Tuple* p, Tuple* r, bool v)
      : Type(TypeKind::Signature), params(p), results(r), variadic(v) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Signature; }
};

struct Method {
  llvm::StringRef name;
  Signature* sig;
  const Package* pkg = nullptr;  // as Field::pkg
};
// One term of a type set: T, or ~T (every type whose underlying type is T).
struct Term {
  bool tilde = false;
  Type* type = nullptr;
};
struct Interface : Type {
  std::vector<Method> methods;  // the whole method set, embedded ones included, sorted by name
  // The type set's restriction by type terms (typesets.cpp): when `allTypes`, any type with the
  // methods; otherwise only the types of `terms` (no term at all: the empty type set).
  bool allTypes = true;
  std::vector<Term> terms;
  bool comparable = false;  // embeds `comparable`, directly or not
  bool implicit = false;    // `[T ~int]`: a bare constraint in a type parameter list
  Interface() : Type(TypeKind::Interface) {}
  bool empty() const { return methods.empty() && allTypes && !comparable; }
  // Whether it can only be a constraint (it has type terms or is comparable).
  bool constraintOnly() const { return !allTypes || comparable; }
  static bool classof(const Type* t) { return t->kind == TypeKind::Interface; }
};

// A defined type. Its underlying type is set once the declaration is checked.
// A generic type has typeParams; an instance of it has `origin` (the generic type) and
// typeArgs, the methods of the origin, and the origin's underlying type with the arguments
// substituted (made when the origin's is known: instantiate.cpp).
struct Named : Type {
  TypeName* obj;
  Type* underlying = nullptr;
  std::vector<Func*> methods;  // declared methods, in source order
  std::vector<TypeParam*> typeParams;
  Named* origin = nullptr;
  std::vector<Type*> typeArgs;
  TypeContext* context = nullptr;  // an instance's, for expanding its underlying type
  explicit Named(TypeName* o) : Type(TypeKind::Named), obj(o) {}
  bool generic() const { return !typeParams.empty() && !origin; }
  static bool classof(const Type* t) { return t->kind == TypeKind::Named; }
};

// A type parameter. Its constraint is an interface type (or a defined interface); the type
// set it stands for is the constraint's.
struct TypeParam : Type {
  TypeName* obj;
  int index;  // in its list
  Type* constraint = nullptr;
  TypeParam(TypeName* o, int i) : Type(TypeKind::TypeParam), obj(o), index(i) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::TypeParam; }
};

// Makes and interns types. One context serves a whole build, so types of different packages
// can be compared by pointer.
class TypeContext {
 public:
  TypeContext();
  Basic* basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
  Pointer* pointer(Type* elem);
  Slice* slice(Type* elem);
  Array* array(Type* elem, int64_t len);
  Map* map(Type* key, Type* elem);
  Chan* chan(ChanDir dir, Type* elem);
  Tuple* tuple(llvm::ArrayRef<Type*> types);
  Signature* signature(Tuple* params, Tuple* results, bool variadic);
  Interface* interface(std::vector<Method> methods);
  // An interface with a type set restriction (typesets.cpp normalises `terms` first).
  Interface* constraint(std::vector<Method> methods, bool allTypes, std::vector<Term> terms,
                        bool comparable, bool implicit);
  TypeParam* typeParam(TypeName* obj, int index);
  Signature* genericSignature(Tuple* params, Tuple* results, bool variadic,
                              std::vector<TypeParam*> typeParams);
  // The instance of a generic type for these arguments: made once, so identical
  // instantiations are the same type (null when none was made yet).
  Named* findInstance(Named* origin, llvm::ArrayRef<Type*> args);
  Named* newInstance(Named* origin, llvm::ArrayRef<Type*> args);
  // Every instance made so far, in the order made.
  const std::vector<Named*>& allInstances() const { return instanceList_; }
  // The instances made or looked up again (instanceOf) since clearTouchedInstances, in the
  // order first touched: the IR builder builds the methods of those its package's code names.
  // Every package that names an instance defines its methods, so a package linked from the
  // object cache, compiled in another build, still brings the ones its code needs.
  void touchInstance(Named* n) {
    if (touchedSet_.insert(n).second) touched_.push_back(n);
  }
  const std::vector<Named*>& touchedInstances() const { return touched_; }
  void clearTouchedInstances() {
    touched_.clear();
    touchedSet_.clear();
  }
  Struct* structType(std::vector<Field> fields);
  Named* named(TypeName* obj);
  Interface* emptyInterface() { return interface({}); }

 private:
  template <typename T, typename... Args>
  T* intern(llvm::ArrayRef<uintptr_t> key, Args&&... args);
  // A copy of `key` that lives as long as the context (the maps' keys point into it).
  llvm::ArrayRef<uintptr_t> keep(llvm::ArrayRef<uintptr_t> key);

  // Type has no virtual destructor (its kinds are fixed): each is deleted as what it is.
  struct Deleter {
    void operator()(Type* t) const;
  };
  template <typename T, typename... Args>
  T* own(Args&&... args) {
    auto* t = new T(std::forward<Args>(args)...);
    owned_.emplace_back(t);
    return t;
  }
  std::vector<std::unique_ptr<Type, Deleter>> owned_;
  // Structural types and generic instances by their parts: hashed, because lookups (most
  // hit) are among the checker's most frequent operations.
  llvm::DenseMap<llvm::ArrayRef<uintptr_t>, Type*> interned_;
  llvm::DenseMap<llvm::ArrayRef<uintptr_t>, Named*> instances_;
  std::vector<Named*> instanceList_;
  std::vector<Named*> touched_;
  llvm::DenseSet<Named*> touchedSet_;
  llvm::BumpPtrAllocator keys_;
  Basic* basics_[static_cast<int>(BasicKind::UntypedNil) + 1];
};

// ---- predicates ----
Type* underlying(Type* t);
bool isBasic(Type* t, BasicKind k);
bool isUntyped(Type* t);
bool isInteger(Type* t);
bool isUnsigned(Type* t);
bool isFloat(Type* t);
bool isNumeric(Type* t);
bool isString(Type* t);
bool isBoolean(Type* t);
bool isInterface(Type* t);
bool isEmptyInterface(Type* t);
// Defined types, predeclared types and type parameters.
bool isNamed(Type* t);
bool isTypeParam(Type* t);
// The core type (typesets.cpp): the underlying type, or for a type parameter the one
// underlying type of every type in its set (null when there is none).
Type* coreType(Type* t);
// Whether the names a (of package pa) and b (of pb) are the same identifier: unexported names
// of different packages differ.
bool sameId(llvm::StringRef a, const Package* pa, llvm::StringRef b, const Package* pb);
// Whether == is defined (spec "Comparison operators"); `ordered` asks for < as well.
bool isComparable(Type* t);
bool isOrdered(Type* t);
// Whether nil can be assigned to values of this type.
bool hasNil(Type* t);
// The default type of an untyped constant (untyped int -> int, ...).
Type* defaultType(const TypeContext& ctx, Type* t);

// gc's spelling of a type. `qualifier` is the package whose names are printed unqualified
// (types2 error messages); pass nullptr to qualify every name (type descriptors, %T).
std::string typeString(Type* t, const Package* qualifier = nullptr);
// A type set's terms as types2 words them in messages: "~int | string".
std::string termsString(const std::vector<Term>& terms, const Package* qualifier);

}  // namespace ergo::types
