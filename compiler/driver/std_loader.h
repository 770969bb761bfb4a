// The package set of `ergo tool check` and `ergo tool export`: patterns (`std`, std import
// paths, directories, `./...`) become root packages; their files are parsed and their imports
// resolved (a directory's module, then std with its vendor/ tree), transitively; the result
// is every package, dependencies first. Files are selected as `CGO_ENABLED=0 go list` selects
// them: cgo off, the `gc` tag and gc 1.19's default experiments on (`goListTags`).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "driver/buildtags.h"
#include "driver/loader.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include "support/diagnostics.h"
#include "support/intern.h"
#include "support/source.h"
#include "syntax/ast.h"
#include "types/object.h"

namespace ergo::driver {

// The tags besides ergo's that `go list` (gc 1.19, amd64 or arm64) satisfies: the compiler's
// name and the experiments on by default there (GOEXPERIMENT's regabi*).
const std::vector<std::string>& goListTags();

// Whether gc compiles the std package with -+ (cmd/go's list): it may use the runtime's
// directives.
bool isRuntimePackage(llvm::StringRef pkgPath);

struct StdLoaderOptions {
  // The Go tree whose src/ holds std; empty: ergo's own stdlib/ (`stdlibRoot`).
  std::string goroot;
  std::string stdlibRoot;
  std::string goos = "linux";
  std::string goarch = "amd64";
  bool reportAll = false;  // each package's Diagnostics reports every error, not the first 10
};

struct LoadedPackage {
  std::string path;  // the package's own path (`vendor/golang.org/x/...` for vendored ones)
  std::string dir;
  bool isStd = false;
  bool root = false;      // named by a pattern (tools report these; dependencies are not)
  std::string goVersion;  // of its module's go.mod, e.g. "1.19" (not std's: src/go.mod rules it)
  std::vector<const syntax::File*> files;
  // Each import as written in the source, and the package path it resolved to ("" when it
  // did not resolve: the checker reports it; "C" stays "C").
  std::vector<std::pair<std::string, std::string>> imports;
  std::vector<Pos> importPos;           // where each was first imported
  std::unique_ptr<Diagnostics> diags;   // this package's errors (parse, cycles, then check)
  std::vector<std::string> toolErrors;  // errors without a position, printed `DIR: message`
  bool loaded = false;

  unsigned errorCount() const { return diags->count() + toolErrors.size(); }
  // The resolved path of an import written in this package's source ("" if none).
  llvm::StringRef resolvedImport(llvm::StringRef written) const;
  // Prints the errors (diagnostics, then tool errors) to `out`.
  void flushErrors(llvm::raw_ostream& out);
};

class StdLoader {
 public:
  StdLoader(const StdLoaderOptions& options, llvm::raw_ostream& err);

  // Turns the patterns into root packages; false after reporting one that names nothing.
  bool expand(const std::vector<std::string>& patterns);
  // Loads the roots and everything they import; every package, dependencies first. An import
  // cycle is reported at the package that closes it, which then goes without that edge.
  const std::vector<LoadedPackage*>& load();

  // The types::Package to check for `pkg` (path, files, language version: `lang` if given,
  // else its module's), or null when there is nothing to check: package unsafe (the
  // universe's), no files, or syntax errors (gc stops before type checking after those).
  std::unique_ptr<types::Package> packageToCheck(const LoadedPackage& pkg,
                                                 const std::string& lang) const;
  // The minor number of the language version std is checked with (unsafe's API depends on it).
  int stdLangMinor(const std::string& lang) const;

  LoadedPackage* find(llvm::StringRef pkgPath);
  SourceFiles& sources() { return sources_; }
  Interner& names() { return names_; }
  syntax::Ast& ast() { return ast_; }

 private:
  void addRoot(const std::string& pkgPath, const std::string& dir, bool isStd);
  void addDirRoot(const std::string& dir);
  std::string resolve(const LoadedPackage& from, const std::string& importPath);
  void loadFiles(LoadedPackage& pkg);
  void visit(const std::string& pkgPath);

  const StdLoaderOptions& options_;
  llvm::raw_ostream& err_;
  BuildContext ctx_;
  std::string srcDir_;
  std::string stdGoVersion_;  // the `go` line of srcDir_/go.mod, if any
  SourceFiles sources_;
  Interner names_;
  syntax::Ast ast_{names_};
  std::map<std::string, LoadedPackage> packages_;
  std::map<std::string, ModuleInfo> modules_;
  std::vector<std::string> roots_;
  std::set<std::string> done_, active_;
  std::vector<LoadedPackage*> order_;
};

}  // namespace ergo::driver
