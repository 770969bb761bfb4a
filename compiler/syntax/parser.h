// The parser: Go 1.22's grammar, recursive descent with a nesting limit so that deeply
// nested input gives an error instead of overflowing the stack. Errors are reported in gc's
// wording (`syntax error: unexpected newline, expecting comma or }`).
#pragma once

#include "support/diagnostics.h"
#include "syntax/ast.h"

namespace ergo::syntax {

// What gc knows of the package being compiled that changes how //go: directives are checked.
struct ParseOptions {
  bool runtime = false;  // package runtime: //go:systemstack, //go:nowritebarrier... allowed
  bool std = false;      // a standard-library package (gc's -std): cgo directives allowed
  // Report gc's errors about directives (misplaced, malformed, not allowed here). Off for
  // syntax-only tools: gc reports them from its compiler proper, go/parser not at all.
  bool checkDirectives = true;
};

// Parses one file into the build's node store. Never returns null; on syntax errors the
// result is partial.
File* parseFile(uint32_t fileId, llvm::StringRef text, Ast& ast, Diagnostics& diags,
                const ParseOptions& options = {});

}  // namespace ergo::syntax
