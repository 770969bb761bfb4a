// Type sets of constraint interfaces and type parameters (typesets.cpp).
#pragma once

#include <vector>

#include "types/type.h"

namespace ergo::types {

// A type set's restriction by terms: every type (`allTypes`) or the types of `terms`.
struct TypeSetTerms {
  bool allTypes = true;
  std::vector<Term> terms;
};

// The interface a type parameter's constraint denotes (null while it is not known).
Interface* constraintInterface(TypeParam* tp);
Type* typeParamUnderlying(TypeParam* tp);
bool allInTypeSet(TypeParam* tp, bool (*pred)(Type*));
bool typeParamComparable(TypeParam* tp);
// Whether the term's set holds x.
bool termIncludes(const Term& t, Type* x);
// Drops the terms that another term of the list includes.
std::vector<Term> normalizeTerms(std::vector<Term> terms);
void intersectTypeSets(TypeSetTerms& into, const TypeSetTerms& other);
bool typeSetSubset(const TypeSetTerms& a, const TypeSetTerms& b);
TypeSetTerms typeSetOf(Interface* iface);

}  // namespace ergo::types
