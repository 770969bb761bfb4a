// Finding and parsing packages: the module root and its go.mod, the stdlib root, import
// path resolution, and the selection of a package's files for the target.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/ast.h"

namespace ergo::driver {

struct ModuleInfo {
  std::string root;       // directory holding go.mod ("" when there is none)
  std::string path;       // the module path
  std::string goVersion;  // from the `go` line, e.g. "1.22" ("" when absent)
};

// Reads the go.mod of the module containing `dir`, if any. Errors go to `error`.
ModuleInfo findModule(const std::string& dir, std::string& error);

// One package to compile: its import path, directory and parsed files.
struct SourcePackage {
  std::string path;
  std::string dir;
  std::vector<const syntax::File*> files;  // in the loader's node store
  std::vector<std::string> imports;        // import paths, in first-seen order
  std::vector<Pos> importPos;              // where each was first imported
  // Imports whose path gc rejects before looking for the package (invalid characters,
  // absolute or non-canonical paths), with gc's message: they end the build at this package.
  std::vector<std::pair<Pos, std::string>> badImports;
  bool isStdlib = false;
  // Errors the parser reported that do not stop gc before type checking (label and branch
  // checks, bad escapes, misplaced directives): held back to come out with the package's
  // type errors when its turn comes (Diagnostics::restore).
  std::vector<Diagnostics::Error> parseErrors;
};

class Loader {
 public:
  Loader(SourceFiles& sources, Diagnostics& diags, Interner& names, std::string stdlibRoot,
         ModuleInfo module, std::string goos, std::string goarch)
      : sources_(sources),
        diags_(diags),
        names_(names),
        stdlibRoot_(std::move(stdlibRoot)),
        module_(std::move(module)),
        goos_(std::move(goos)),
        goarch_(std::move(goarch)) {}

  // Loads the main package from explicit files, or a package from a directory, and then every
  // package it imports. Returns the packages with dependencies before dependents, or an empty
  // list after reporting errors (already flushed to `err`): files that cannot be read, syntax
  // errors, imports that cannot be found or cycles. A package's other parse errors wait in its
  // parseErrors.
  std::vector<SourcePackage*> loadFiles(const std::vector<std::string>& files,
                                        llvm::raw_ostream& err);
  std::vector<SourcePackage*> loadDir(const std::string& dir, llvm::raw_ostream& err);

  const ModuleInfo& module() const { return module_; }
  // The node store of every file loaded: the build's one AST.
  const syntax::Ast& ast() const { return ast_; }

 private:
  SourcePackage* parsePackage(const std::string& path, const std::string& dir,
                              const std::vector<std::string>& files, bool applyConstraints,
                              llvm::raw_ostream& err);
  bool resolveImport(const std::string& path, std::string& dir, bool& isStdlib);
  std::vector<SourcePackage*> loadAll(SourcePackage* root, llvm::raw_ostream& err);
  std::vector<std::string> goFilesIn(const std::string& dir);
  bool matchesTarget(llvm::StringRef fileName) const;

  SourceFiles& sources_;
  Diagnostics& diags_;
  Interner& names_;
  std::string stdlibRoot_;
  ModuleInfo module_;
  std::string goos_, goarch_;
  syntax::Ast ast_{names_};
  std::map<std::string, std::unique_ptr<SourcePackage>> packages_;
};

}  // namespace ergo::driver
