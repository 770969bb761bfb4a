// Lowering: typed SSA IR -> LLVM IR, one LLVM module per Go package, following the layouts and
// runtime calling convention of runtime/abi/abi.h (see docs/abi.md).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "ir/ir.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "support/diagnostics.h"

namespace ergo::lower {

// The largest frame (the backend's stack size) a Go function may build before its prologue
// check has run (docs/abi.md, "Stacks"): a caller that passed its check and its callee's frame
// together must fit in the red zone. Every Go function carries it as "warn-stack-size", so
// object emission reports the functions above it (target::emitObject).
inline constexpr uint64_t kMaxUncheckedFrame = 7 * 1024;

struct Options {
  // Prologue stack checks (docs/abi.md, "Stacks"). Off only to measure what they cost: a
  // program built without them crashes when a goroutine outgrows its first segment.
  bool stackChecks = true;
  // Go functions whose frames object emission found above kMaxUncheckedFrame, by symbol,
  // with the measured bytes. Each F is split: F checks for the whole frame, then calls its
  // body, F·body (stackcheck.cpp).
  std::map<std::string, uint64_t> largeFrames;
};

// The Go function a machine function reported by object emission belongs to: F for F·body
// and for LLVM's clones of either (F.specialized.N), otherwise the name itself.
llvm::StringRef largeFrameOwner(llvm::StringRef machineFunction);

// Lowers `m`. `dataLayout` and `triple` come from the target; unsupported constructs are
// reported to `diags` (the result is then incomplete but still valid LLVM IR).
std::unique_ptr<llvm::Module> lowerModule(const ir::Module& m, llvm::LLVMContext& context,
                                          const llvm::DataLayout& dataLayout,
                                          llvm::StringRef triple, Diagnostics& diags,
                                          const Options& options = {});

// The metadata that marks a stack check's branch (stackcheck.cpp).
inline constexpr char kStackCheckMetadata[] = "ergo.stackcheck";

// A function pass for the optimisation pipeline (target.cpp runs it after inlining): drops
// the stack checks of inlined functions, which can never fail (stackcheck.cpp).
struct DropInlinedStackChecks : llvm::PassInfoMixin<DropInlinedStackChecks> {
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& am);
};

}  // namespace ergo::lower
