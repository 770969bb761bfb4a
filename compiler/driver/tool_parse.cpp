#include "driver/tool_parse.h"

#include <algorithm>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "support/diagnostics.h"
#include "support/intern.h"
#include "support/source.h"
#include "syntax/dump.h"
#include "syntax/parser.h"
#include "syntax/printer.h"

namespace ergo::driver {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

std::vector<std::string> goFilesUnder(const std::vector<std::string>& paths,
                                      llvm::raw_ostream& err) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (!fs::is_directory(p)) {
      files.push_back(p);  // a missing file is reported when it is read
      continue;
    }
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(p, ec), end; it != end && !ec; it.increment(ec)) {
      llvm::StringRef name = path::filename(it->path());
      if (it->type() == fs::file_type::directory_file) {
        if (name == "testdata") it.no_push();
        continue;
      }
      if (name.ends_with(".go") && it->type() != fs::file_type::directory_file)
        found.push_back(it->path());
    }
    if (ec) err << "ergo: " << p << ": " << ec.message() << "\n";
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

namespace {

// The tool checks syntax only, as go/parser does: no errors about //go: directives.
syntax::ParseOptions syntaxOnly() {
  syntax::ParseOptions options;
  options.checkDirectives = false;
  return options;
}

uint64_t countLines(llvm::StringRef text) {
  uint64_t n = text.count('\n');
  if (!text.empty() && text.back() != '\n') ++n;
  return n;
}

std::string dumpText(const syntax::Ast& ast, const syntax::File& f, const SourceFiles& sources) {
  std::string text;
  llvm::raw_string_ostream os(text);
  syntax::dumpFile(ast, f, sources, os, /*positions=*/false);
  return text;
}

// The 1-based number of the first line where the two texts differ (0 if they are equal).
size_t firstDifferentLine(llvm::StringRef a, llvm::StringRef b) {
  for (size_t line = 1;; ++line) {
    if (a.empty() && b.empty()) return 0;
    auto [la, ra] = a.split('\n');
    auto [lb, rb] = b.split('\n');
    if (la != lb || a.empty() != b.empty()) return line;
    a = ra;
    b = rb;
  }
}

// Prints `f` as Go source, parses it again and compares the dumps. Returns the number of
// errors: 0, or 1 after reporting where the dumps part (with the reparse's own errors).
uint64_t checkRoundtrip(const std::string& path, const syntax::Ast& ast, const syntax::File& f,
                        const SourceFiles& sources, llvm::raw_ostream& report) {
  SourceFiles printed;
  uint32_t id = printed.add(path + " (printed)", syntax::fileSource(ast, f));
  Diagnostics diags(printed);
  Interner names;
  syntax::Ast reparsed(names);
  syntax::File* g = syntax::parseFile(id, printed.text(id), reparsed, diags, syntaxOnly());
  size_t line = firstDifferentLine(dumpText(ast, f, sources), dumpText(reparsed, *g, printed));
  if (!line && !diags.count()) return 0;
  diags.flush(report);
  report << path << ": roundtrip differs at dump line " << (line ? line : 1) << "\n";
  return 1;
}

}  // namespace

int runParseTool(const ParseToolOptions& options, llvm::raw_ostream& out, llvm::raw_ostream& err) {
  llvm::raw_ostream& report = options.dump ? err : out;
  uint64_t files = 0, lines = 0, errors = 0;
  for (const std::string& file : goFilesUnder(options.paths, err)) {
    // Each file gets its own sources, node store and names, so memory stays flat over big
    // trees.
    SourceFiles sources;
    std::string error;
    uint32_t id = sources.load(file, error);
    if (!id) {
      report << "open " << file << ": " << error << "\n";
      ++errors;
      continue;
    }
    ++files;
    lines += countLines(sources.text(id));
    Diagnostics diags(sources);
    diags.setReportAll(options.reportAll);
    Interner names;
    syntax::Ast ast(names);
    syntax::File* f = syntax::parseFile(id, sources.text(id), ast, diags, syntaxOnly());
    errors += diags.count();
    diags.flush(report);
    if (options.roundtrip && !diags.count())
      errors += checkRoundtrip(file, ast, *f, sources, report);
    if (options.dump) {
      out << "# " << file << "\n";
      syntax::dumpFile(ast, *f, sources, out);
    }
  }
  report << files << " files, " << lines << " lines, " << errors << " errors\n";
  return errors ? 1 : 0;
}

}  // namespace ergo::driver
