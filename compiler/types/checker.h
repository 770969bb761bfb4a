// The type checker: checks one package at a time (its imports already checked) and records
// what it learns in an `Info` shared by the build. Errors go to `Diagnostics` in gc's words.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "types/object.h"
#include "types/type.h"

namespace ergo::types {

// The objects every package sees: predeclared types, constants, nil and builtins.
class Universe {
 public:
  explicit Universe(TypeContext& ctx, Interner& names);
  Scope* scope() { return &scope_; }
  TypeContext& ctx() { return ctx_; }
  Type* errorType() const { return errorType_; }  // the predeclared `error` interface
  // Package unsafe, which has no source: Pointer and the functions Sizeof ... SliceData.
  Package* unsafePackage() { return unsafe_.get(); }

 private:
  TypeContext& ctx_;
  Scope scope_{nullptr};
  std::vector<std::unique_ptr<Object>> objects_;
  Type* errorType_ = nullptr;
  std::unique_ptr<Package> unsafe_;
};

struct CheckerConfig {
  // Resolves an import path to an already-checked package (or null: "package not found").
  // "unsafe" never reaches it: the universe provides that package.
  std::function<Package*(llvm::StringRef path)> importer;
  // Set by `ergo build`: the IR builder lowers only part of what the checker accepts, so every
  // construct beyond that part is reported as "ergo does not support X yet". The reports are
  // made only when the package has no other error (then nothing is lowered anyway), so that
  // error tests see gc's messages alone.
  bool onlyLowerable = false;
};

// Checks `pkg` (whose files are set) and fills `pkg` and `info`. Returns false on errors.
bool checkPackage(Package& pkg, Universe& universe, Interner& names, Info& info, Diagnostics& diags,
                  const CheckerConfig& config);

}  // namespace ergo::types
