#include "driver/tool_check.h"

#include <map>
#include <memory>

#include "driver/std_loader.h"
#include "types/api_dump.h"
#include "types/checker.h"

namespace ergo::driver {

namespace {

class CheckTool {
 public:
  CheckTool(const CheckToolOptions& options, llvm::raw_ostream& err)
      : options_(options),
        loaderOptions_{options.goroot, options.stdlibRoot, options.goos, options.goarch,
                       options.reportAll},
        loader_(loaderOptions_, err),
        err_(err) {}

  bool expand() { return loader_.expand(options_.patterns); }

  int run(llvm::raw_ostream& out) {
    llvm::raw_ostream& report = options_.api ? err_ : out;
    const std::vector<LoadedPackage*>& order = loader_.load();
    types::TypeContext typeContext;
    types::Universe universe(typeContext, loader_.names());
    // What the checker records is for an IR builder, which this tool does not run: one
    // package's worth at a time keeps the tables small.
    types::Info info;
    uint64_t packages = 0, errors = 0;
    for (LoadedPackage* pkg : order) {
      info.clear();
      check(*pkg, universe, info);
      if (!pkg->root) {
        pkg->diags->flush(llvm::nulls());
        continue;
      }
      unsigned n = pkg->errorCount();
      ++packages;
      errors += n;
      if (options_.verbose) {
        pkg->diags->flush(llvm::nulls());
        report << pkg->path << ": " << n << (n == 1 ? " error\n" : " errors\n");
      } else {
        pkg->flushErrors(report);
      }
      if (options_.api) {
        out << "package " << pkg->path << "\n";
        auto it = checked_.find(pkg->path);
        if (it != checked_.end()) types::dumpPackageApi(*it->second, out);
        if (pkg->path == "unsafe")
          types::dumpUnsafeApi(*universe.unsafePackage(), loader_.stdLangMinor(options_.lang), out);
      }
    }
    report << packages << " packages, " << errors << " errors\n";
    return errors ? 1 : 0;
  }

 private:
  void check(LoadedPackage& pkg, types::Universe& universe, types::Info& info) {
    std::unique_ptr<types::Package> checked = loader_.packageToCheck(pkg, options_.lang);
    if (!checked) return;
    types::CheckerConfig config;
    config.importer = [&](llvm::StringRef written) -> types::Package* {
      // A package that had errors is still imported, as go/types does: what was checked of
      // it is usable, and its dependents' own errors are still counted.
      auto it = checked_.find(pkg.resolvedImport(written).str());
      return it == checked_.end() ? nullptr : it->second.get();
    };
    types::checkPackage(*checked, universe, loader_.names(), info, *pkg.diags, config);
    checked_[pkg.path] = std::move(checked);
  }

  const CheckToolOptions& options_;
  StdLoaderOptions loaderOptions_;
  StdLoader loader_;
  llvm::raw_ostream& err_;
  std::map<std::string, std::unique_ptr<types::Package>> checked_;  // by package path
};

}  // namespace

int runCheckTool(const CheckToolOptions& options, llvm::raw_ostream& out, llvm::raw_ostream& err) {
  // Deliberately never freed, as clang's -disable-free: the process ends next, and freeing
  // every checked package object by object costs more than checking a few of them.
  auto* tool = new CheckTool(options, err);
  if (!tool->expand()) return 2;
  return tool->run(out);
}

}  // namespace ergo::driver
