// Members of a type through its embedded fields (the spec's selector rule) and method sets
// (gc's rules for T and *T), shared by the IR builder (calls, method values and expressions,
// promoted-method wrappers) and the lowering (method tables, itabs).
#pragma once

#include <string>
#include <vector>

#include "types/object.h"
#include "types/type.h"

namespace ergo::ir {

// A field or method of a type, reached through `path`: the indices of the embedded fields
// walked from the type's struct (for a field, its own index last).
struct Member {
  enum class Kind : uint8_t { Field, Method, IfaceMethod } kind = Kind::Field;
  llvm::StringRef name;
  const types::Package* pkg = nullptr;  // for unexported names
  std::vector<int> path;
  bool indirect = false;            // an embedded pointer was followed on the way
  types::Func* func = nullptr;      // Method: the declared method
  types::Type* holder = nullptr;    // IfaceMethod: the embedded interface type
  int slot = -1;                    // IfaceMethod: the method's index in it
  types::Signature* sig = nullptr;  // Method, IfaceMethod: without the receiver
  bool promoted() const { return !path.empty(); }
  bool pointerRecv() const;  // a declared method with a *T receiver
};

// Every member of t (or of *t when t is a pointer) by the depth rule: a name found at the
// shallowest depth only, names found twice at that depth left out (ambiguous). Interfaces
// have no members here (their methods are called through itabs).
std::vector<Member> members(types::Type* t);
// The member `name` of t (sameId rules for unexported names), or null.
const Member* findMember(const std::vector<Member>& ms, llvm::StringRef name,
                         const types::Package* pkg);
// The method set of t: for a value type its value methods and those promoted through an
// embedded pointer or interface, for *T everything. Sorted by methodKey.
std::vector<Member> methodSet(types::Type* t);
// The name an itab matches on: an unexported method is qualified by its package.
std::string methodKey(llvm::StringRef name, const types::Package* pkg);
// The symbol of the code for method m of the receiver type base (or *base with `pointer`):
// the declared method, gc's (*T).M wrapper of a value method, or a wrapper of a promoted
// method ("main.S.M", "main.(*S).M", "struct { main.T }.M").
std::string methodSetSymbol(types::Type* base, bool pointer, const Member& m);
// Whether the wrappers of recv's promoted methods are built by the package declaring recv
// (a package-level defined type) rather than by each package that needs them.
bool wrappersBuiltByDeclaringPackage(types::Type* recv);

}  // namespace ergo::ir
