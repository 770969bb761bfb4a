// The canonical tree dump of a parsed file (docs/syntax-dump.md): one line per node in
// preorder, named and positioned as go/ast would, so that tools/goparsedump can print the
// same text from go/parser's tree and the two can be compared line by line.
#pragma once

#include "llvm/Support/raw_ostream.h"
#include "support/source.h"
#include "syntax/ast.h"

namespace ergo::syntax {

// With `positions` false every POS field is left out, so that the dumps of a file and of
// its reprinted text can be compared (`ergo tool parse -roundtrip`).
void dumpFile(const Ast& ast, const File& file, const SourceFiles& sources, llvm::raw_ostream& out,
              bool positions = true);

// A literal's value as the dump prints it: backslash, control bytes and DEL escaped.
std::string dumpEscape(llvm::StringRef value);

}  // namespace ergo::syntax
