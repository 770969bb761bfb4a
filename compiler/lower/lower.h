// Lowering: typed SSA IR -> LLVM IR, one LLVM module per Go package, following the layouts and
// runtime calling convention of runtime/abi/abi.h (see docs/abi.md).
#pragma once

#include <memory>

#include "ir/ir.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "support/diagnostics.h"

namespace ergo::lower {

struct Options {
  // Prologue stack checks (docs/abi.md, "Stacks"). Off only to measure what they cost: a
  // program built without them crashes when a goroutine outgrows its first segment.
  bool stackChecks = true;
};

// Lowers `m`. `dataLayout` and `triple` come from the target; unsupported constructs are
// reported to `diags` (the result is then incomplete but still valid LLVM IR).
std::unique_ptr<llvm::Module> lowerModule(const ir::Module& m, llvm::LLVMContext& context,
                                          const llvm::DataLayout& dataLayout,
                                          llvm::StringRef triple, Diagnostics& diags,
                                          const Options& options = {});

}  // namespace ergo::lower
