// The canonical tree dump of a parsed file (docs/syntax-dump.md): one line per node in
// preorder, named and positioned as go/ast would, so that tools/goparsedump can print the
// same text from go/parser's tree and the two can be compared line by line.
#pragma once

#include "llvm/Support/raw_ostream.h"
#include "support/source.h"
#include "syntax/ast.h"

namespace ergo::syntax {

void dumpFile(const File& file, const SourceFiles& sources, llvm::raw_ostream& out);

// A literal's value as the dump prints it: backslash, control bytes and DEL escaped.
std::string dumpEscape(llvm::StringRef value);

}  // namespace ergo::syntax
