// gc's checks of labels and branch statements in one function body, made while parsing:
// misplaced break, continue and fallthrough; labeled break and continue whose label is not
// that of an enclosing statement they may leave; unused, duplicate and missing labels; gotos
// that jump into a block or over a variable declaration. Errors are in gc 1.19's words.
#pragma once

#include "support/diagnostics.h"
#include "syntax/ast.h"

namespace ergo::syntax {

// Checks `body` (the parser calls it for each function body that parsed without a syntax
// error). Function literals inside it are not entered: each body is checked on its own.
void checkBranches(const Ast& ast, const BlockStmt* body, Diagnostics& diags);

}  // namespace ergo::syntax
