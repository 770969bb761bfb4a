#include "driver/tool_export.h"

#include <chrono>
#include <map>
#include <memory>

#include "driver/std_loader.h"
#include "fmt/format.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "types/api_dump.h"
#include "types/checker.h"
#include "types/export_data.h"
#include "types/import_data.h"

namespace ergo::driver {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

class ExportTool {
 public:
  ExportTool(const ExportToolOptions& options, llvm::raw_ostream& err)
      : options_(options),
        loaderOptions_{options.goroot, options.stdlibRoot, options.goos, options.goarch},
        loader_(loaderOptions_, err),
        err_(err) {}

  bool expand() { return loader_.expand(options_.patterns); }

  int run(llvm::raw_ostream& out) {
    auto start = std::chrono::steady_clock::now();
    const std::vector<LoadedPackage*>& order = loader_.load();
    types::TypeContext typeContext;
    types::Universe universe(typeContext, loader_.names());
    uint64_t packages = 0, errors = 0;
    for (LoadedPackage* pkg : order) {
      checkAndExport(*pkg, universe);
      if (!pkg->root) {
        pkg->diags->flush(llvm::nulls());
        continue;
      }
      ++packages;
      errors += pkg->errorCount();
      pkg->flushErrors(err_);
      if (options_.api) {
        out << "package " << pkg->path << "\n";
        auto it = imported_.find(pkg->path);
        if (it != imported_.end()) types::dumpPackageApi(*it->second->package, out);
        if (pkg->path == "unsafe")
          types::dumpUnsafeApi(*universe.unsafePackage(), loader_.stdLangMinor(""), out);
      }
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    err_ << packages << " packages, " << errors << " errors\n"
         << fmt::format("{} export files, {} bytes; export {:.2f}s, import {:.2f}s, all {:.2f}s\n",
                        files_, bytes_, writeSeconds_, readSeconds_, seconds);
    return errors ? 1 : 0;
  }

 private:
  // The package a package path names, as read back from its export file (null if none).
  // Package unsafe has no file: it is the universe's, for the checker and the reader alike.
  types::Package* importedPackage(llvm::StringRef pkgPath, types::Universe& universe) {
    if (pkgPath == "unsafe") return universe.unsafePackage();
    auto it = imported_.find(pkgPath.str());
    return it == imported_.end() ? nullptr : it->second->package.get();
  }

  void checkAndExport(LoadedPackage& pkg, types::Universe& universe) {
    // Importers never see the checked package (only the one read back), but it must outlive
    // the run: TypeContext interns struct and interface types with the package of whoever
    // made them first (an exported name's package is not part of their identity), so a type
    // read back for a dependent may be the one this check made, pointing at it.
    std::unique_ptr<types::Package>& checked =
        checked_.emplace_back(loader_.packageToCheck(pkg, /*lang=*/""));
    if (!checked) return;
    types::Info info;  // what the IR builder would read: not needed past the check
    types::CheckerConfig config;
    config.importer = [&](llvm::StringRef written) -> types::Package* {
      return importedPackage(pkg.resolvedImport(written), universe);
    };
    types::checkPackage(*checked, universe, loader_.names(), info, *pkg.diags, config);

    auto t0 = std::chrono::steady_clock::now();
    std::string data = types::writeExportData(*checked, loader_.sources());
    auto t1 = std::chrono::steady_clock::now();
    writeSeconds_ += std::chrono::duration<double>(t1 - t0).count();
    llvm::SmallString<256> file(options_.outDir);
    path::append(file, pkg.path + ".ergx");
    if (std::error_code ec = fs::create_directories(path::parent_path(file))) {
      pkg.toolErrors.push_back("mkdir " + path::parent_path(file).str() + ": " + ec.message());
      return;
    }
    {
      std::error_code ec;
      llvm::raw_fd_ostream os(file, ec);
      if (ec) {
        pkg.toolErrors.push_back("write " + std::string(file) + ": " + ec.message());
        return;
      }
      os << data;
    }
    ++files_;
    bytes_ += data.size();

    // Read the file back from disk: dependents see only what it holds.
    auto t2 = std::chrono::steady_clock::now();
    auto buffer = llvm::MemoryBuffer::getFile(file);
    if (!buffer) {
      pkg.toolErrors.push_back("read " + std::string(file) + ": " + buffer.getError().message());
      return;
    }
    std::string error;
    std::unique_ptr<types::ImportedPackage> imported = types::readExportData(
        (*buffer)->getBuffer(), universe, loader_.names(),
        [&](llvm::StringRef p) { return importedPackage(p, universe); }, error);
    readSeconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - t2).count();
    if (!imported) {
      pkg.toolErrors.push_back("reading " + std::string(file) + ": " + error);
      return;
    }
    // The API dump lists the names the package's files declare (the Scope cannot be
    // iterated); every object it prints is the one read back.
    imported->package->ast = &loader_.ast();
    imported->package->files = pkg.files;
    imported_[pkg.path] = std::move(imported);
  }

  const ExportToolOptions& options_;
  StdLoaderOptions loaderOptions_;
  StdLoader loader_;
  llvm::raw_ostream& err_;
  // Each package as read back from its export file: what importers see. By package path.
  std::map<std::string, std::unique_ptr<types::ImportedPackage>> imported_;
  std::vector<std::unique_ptr<types::Package>> checked_;
  uint64_t files_ = 0, bytes_ = 0;
  double writeSeconds_ = 0, readSeconds_ = 0;
};

}  // namespace

int runExportTool(const ExportToolOptions& options, llvm::raw_ostream& out,
                  llvm::raw_ostream& err) {
  if (options.outDir.empty()) {
    err << "ergo tool export: -o DIR is required\n";
    return 2;
  }
  ExportTool tool(options, err);
  if (!tool.expand()) return 2;
  return tool.run(out);
}

}  // namespace ergo::driver
