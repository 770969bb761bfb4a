// The parser: Go 1.22's grammar, recursive descent with a nesting limit so that deeply
// nested input gives an error instead of overflowing the stack. Errors are reported in gc's
// wording (`syntax error: unexpected newline, expecting comma or }`).
#pragma once

#include "support/diagnostics.h"
#include "syntax/ast.h"

namespace ergo::syntax {

// Parses one file into the build's node store. Never returns null; on syntax errors the
// result is partial.
File* parseFile(uint32_t fileId, llvm::StringRef text, Ast& ast, Diagnostics& diags);

}  // namespace ergo::syntax
