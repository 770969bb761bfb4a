// Prints AST expressions back as Go source, in gc's compact form (used in diagnostics).
#pragma once

#include <string>

#include "syntax/ast.h"

namespace ergo::syntax {

std::string exprString(const Expr* e);

}  // namespace ergo::syntax
