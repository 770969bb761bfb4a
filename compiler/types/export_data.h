// Writes a checked package's export data: the file an importer reads instead of checking the
// package again (docs/export-data.md describes the format). It holds every package-level
// object (unexported ones too: generic bodies and, later, inlined bodies refer to them),
// their types, constant values, function pragmas, the packages it depends on, and the source
// of its generic declarations.
#pragma once

#include <string>

#include "support/source.h"
#include "types/object.h"

namespace ergo::types {

// `sources` holds the package's files (for positions and generic declarations' source).
std::string writeExportData(const Package& pkg, const SourceFiles& sources);

}  // namespace ergo::types
