// Reads export data (export_data.h, docs/export-data.md) back into a types::Package whose
// objects and types live in the build's TypeContext, so that types of different packages keep
// comparing by pointer: a defined type of another package is looked up in that package, which
// the importer callback provides (the same Package object every time it is asked).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "support/source.h"
#include "syntax/ast.h"
#include "types/checker.h"
#include "types/object.h"

namespace ergo::types {

// What the file says about a function beyond its type (types::Func has no place for them: the
// checker reads them from the declaration, which an imported function does not have).
struct ImportedFuncInfo {
  uint32_t pragmas = 0;  // syntax::PragmaFlag bits
  std::string linkname;  // the //go:linkname target, if any
};

// The source of a file's generic declarations (with its imports), as the writer stored it:
// `/*line FILE:LINE:COL*/` comments keep every position that of the original file.
struct GenericSource {
  std::string path;  // the original file
  std::string text;  // a whole Go file: package clause, imports, generic declarations
};

struct ImportedPackage {
  std::unique_ptr<Package> package;
  std::map<const Func*, ImportedFuncInfo> funcInfo;  // functions and methods with pragmas
  std::vector<GenericSource> generics;
  std::vector<std::string> unknownSections;  // sections this reader skipped (newer writers)
};

// Returns the package, or null with `error` set when the data is not export data of a
// version this reader knows, is corrupt, or names a dependency `importer` cannot provide.
std::unique_ptr<ImportedPackage> readExportData(
    llvm::StringRef data, Universe& universe, Interner& names,
    const std::function<Package*(llvm::StringRef path)>& importer, std::string& error);

// Parses the generic declarations' sources into `ast` (registering them in `sources`); their
// errors, if any, go to `diags`.
std::vector<const syntax::File*> parseGenericSources(const ImportedPackage& pkg,
                                                     SourceFiles& sources, syntax::Ast& ast,
                                                     Diagnostics& diags);

}  // namespace ergo::types
