// Prints the AST back as Go source: single expressions in gc's compact form (diagnostics),
// and whole files (print_source.cpp) in a form that parses back to the same tree. Both print
// expressions and types with expr_printer.h's ExprPrinter, in its two styles.
#pragma once

#include <string>

#include "syntax/ast.h"

namespace ergo::syntax {

std::string exprString(const Ast& ast, const Expr* e);

// The file as Go source that reparses to the same canonical dump, positions aside
// (`ergo tool parse -roundtrip`). Comments are not kept.
std::string fileSource(const Ast& ast, const File& file);

}  // namespace ergo::syntax
