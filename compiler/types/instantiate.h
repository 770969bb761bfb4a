// Substitution of type arguments for type parameters, and instances of generic types
// (instantiate.cpp).
#pragma once

#include "llvm/ADT/DenseMap.h"
#include "types/type.h"

namespace ergo::types {

using SubstMap = llvm::DenseMap<TypeParam*, Type*>;

// t with every type parameter of m replaced (interned types: unchanged parts are shared).
Type* substitute(TypeContext& ctx, Type* t, const SubstMap& m);
// The instance origin[args] (origin itself for its own parameters), unverified.
Named* instanceOf(TypeContext& ctx, Named* origin, llvm::ArrayRef<Type*> args);
// Maps an instance's origin's type parameters to its arguments.
SubstMap instanceMap(Named* instance);
// An instance's underlying type: its origin's with the arguments substituted (null while the
// origin's is not known).
Type* expandInstance(Named* n);

class Func;
// Makes instance->methods the instance's own methods (objects whose `origin` is the generic
// method, with the instance as receiver and the arguments substituted in the signature),
// following the origin's method list.
void completeInstanceMethods(TypeContext& ctx, Named* instance);
// The method of `instance` whose generic method is m (m itself when instance is no instance).
Func* instanceMethod(TypeContext& ctx, Named* instance, Func* m);

}  // namespace ergo::types
