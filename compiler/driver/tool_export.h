// `ergo tool export [-goroot DIR] -o DIR [-api] PATTERN...`: the proof of export data
// (docs/export-data.md) on std. Each package is checked in dependency order against its
// imports as READ BACK from the export files written for them (never the in-memory checked
// packages), then its own export file is written to DIR and read back. With -api it prints
// each root package's API dump (docs/api-dump.md) from the package read back from its file,
// which must equal `ergo tool check -api`'s.
#pragma once

#include <string>
#include <vector>

#include "llvm/Support/raw_ostream.h"

namespace ergo::driver {

struct ExportToolOptions {
  std::vector<std::string> patterns;  // as `ergo tool check`'s (driver/std_loader.h)
  std::string goroot;                 // the Go tree whose src/ holds std; empty: ergo's stdlib/
  std::string stdlibRoot;
  std::string outDir;  // export files go to OUTDIR/IMPORTPATH.ergx
  std::string goos = "linux";
  std::string goarch = "amd64";
  bool api = false;
};

// Returns 0 when every package checked without error and every export file read back, 1
// otherwise, 2 for a bad pattern. The summary (packages, errors, files, bytes, time) goes to
// `err`; with -api, `out` holds the API dumps.
int runExportTool(const ExportToolOptions& options, llvm::raw_ostream& out, llvm::raw_ostream& err);

}  // namespace ergo::driver
