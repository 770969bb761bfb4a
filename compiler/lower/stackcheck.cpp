// Goroutine stack checks in generated prologues and the morestack slow path (docs/abi.md,
// "Stacks"). TODO(issue 3): not emitted yet.
#include "lower/lowerer.h"

namespace ergo::lower {

void Lowerer::configureGoFunction(llvm::Function*, const ir::Function&) {}

void Lowerer::emitStackCheck(const ir::Function&) {}

}  // namespace ergo::lower
