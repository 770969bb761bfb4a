// Builds the IR of one checked package from its AST and the checker's Info.
#pragma once

#include <memory>

#include "ir/ir.h"
#include "support/diagnostics.h"
#include "types/checker.h"

namespace ergo::ir {

std::unique_ptr<Module> buildModule(types::Package& pkg, const types::Info& info,
                                    types::TypeContext& ctx, Diagnostics& diags);

// Adds "ergo.inittasks" to the main package's module: it calls every package's init function
// (given by symbol, dependencies first), and the runtime calls it before main.main.
void addProgramEntry(Module& main, types::TypeContext& ctx,
                     const std::vector<std::string>& packageInits);

// Prints a module in a readable text form (`ergo build -d ir`).
std::string printModule(const Module& m);

// Checks structural invariants (every block terminated, operands defined); returns the
// problems found, empty when the module is well formed.
std::vector<std::string> verifyModule(const Module& m);

}  // namespace ergo::ir
