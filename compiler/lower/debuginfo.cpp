// DWARF line information for generated functions, so that tracebacks print file:line.
// TODO(issue 3): not emitted yet.
#include "lower/lowerer.h"

namespace ergo::lower {

struct DebugInfoState {};

void Lowerer::beginFunctionDebugInfo(const ir::Function&) {}

void Lowerer::setDebugLocation(Pos) {}

void Lowerer::finishDebugInfo() {}

}  // namespace ergo::lower
