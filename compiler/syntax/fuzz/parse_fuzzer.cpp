// libFuzzer target for the lexer and parser: each input is one Go source file. The parser must
// return (never crash, hang or leak) whatever the bytes; diagnostics are collected, not
// printed. Built only with -DERGO_FUZZ=ON (see docs/architecture.md).
#include <cstddef>
#include <cstdint>
#include <string>

#include "llvm/Support/raw_ostream.h"
#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/lexer.h"
#include "syntax/parser.h"

using namespace ergo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  SourceFiles files;
  Diagnostics diags(files);
  diags.setReportAll(true);  // so that every error message is built and sorted
  uint32_t id = files.add("fuzz.go", text);

  // The lexer alone, over the whole file (the parser stops pulling tokens early on deep input).
  syntax::LexedFile lexed = syntax::lex(id, files.text(id), diags);
  (void)lexed;

  Interner names;
  syntax::Ast ast(names);
  syntax::parseFile(id, files.text(id), ast, diags);

  // Every reported position lies in the file (the end of the file included).
  for (const auto& [pos, msg] : diags.pending())
    if (pos.valid() && (pos.file != id || pos.offset > size)) __builtin_trap();

  std::string out;
  llvm::raw_string_ostream os(out);
  diags.flush(os);
  return 0;
}
