#include "driver/tool_export.h"

#include <chrono>
#include <map>
#include <memory>
#include <set>

#include "driver/buildtags.h"
#include "driver/loader.h"
#include "driver/stdpkgs.h"
#include "fmt/format.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "support/diagnostics.h"
#include "support/intern.h"
#include "support/source.h"
#include "syntax/parser.h"
#include "types/api_dump.h"
#include "types/checker.h"
#include "types/export_data.h"
#include "types/import_data.h"

namespace ergo::driver {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

// TODO(merge): use tool_check's (requested in /work/helpers/export-requests.md): the packages
// gc compiles with -+, and the tags `go list` satisfies besides ergo's.
const std::set<std::string> kRuntimePackages = {"internal/abi",
                                                "internal/bytealg",
                                                "internal/cpu",
                                                "internal/goarch",
                                                "internal/goos",
                                                "runtime",
                                                "runtime/internal/atomic",
                                                "runtime/internal/math",
                                                "runtime/internal/sys",
                                                "runtime/internal/syscall"};
const std::vector<std::string> kGoListTags = {"gc", "goexperiment.regabiwrappers",
                                              "goexperiment.regabiargs"};

struct Pkg {
  std::string path, dir;
  bool loaded = false, root = false;
  std::vector<const syntax::File*> files;
  std::vector<std::pair<std::string, std::string>> imports;  // (as written, resolved path)
  std::vector<Pos> importPos;
  std::unique_ptr<Diagnostics> diags;
  std::vector<std::string> toolErrors;
  // The package as read back from its export file: what importers see.
  std::unique_ptr<types::ImportedPackage> imported;
};

class ExportTool {
 public:
  ExportTool(const ExportToolOptions& options, llvm::raw_ostream& err)
      : options_(options), err_(err), ctx_{options.goos, options.goarch, kGoListTags} {
    llvm::SmallString<256> d(options.goroot.empty() ? options.stdlibRoot : options.goroot);
    if (!options.goroot.empty()) path::append(d, "src");
    fs::make_absolute(d);
    path::remove_dots(d, true);
    srcDir_ = std::string(d);
    std::string error;
    ModuleInfo stdModule = findModule(srcDir_, error);
    if (stdModule.root == srcDir_) stdGoVersion_ = stdModule.goVersion;
  }

  bool expand() {
    for (const std::string& pattern : options_.patterns) {
      if (pattern == "std") {
        for (const std::string& ip : listStd(srcDir_, ctx_)) addRoot(ip, srcDir_ + "/" + ip);
        continue;
      }
      std::string pkgPath, dir;
      if (!resolveStdImport(srcDir_, pattern, pkgPath, dir)) {
        err_ << "ergo: package " << pattern << " is not in std (" << dir << ")\n";
        return false;
      }
      addRoot(pkgPath, dir);
    }
    return true;
  }

  int run(llvm::raw_ostream& out) {
    auto start = std::chrono::steady_clock::now();
    for (const std::string& root : roots_) visit(root);
    types::TypeContext typeContext;
    types::Universe universe(typeContext, names_);
    types::Info info;
    uint64_t packages = 0, errors = 0;
    for (Pkg* pkg : order_) {
      checkAndExport(*pkg, universe, info);
      if (!pkg->root) {
        pkg->diags->flush(llvm::nulls());
        continue;
      }
      ++packages;
      errors += pkg->diags->count() + pkg->toolErrors.size();
      pkg->diags->flush(err_);
      for (const std::string& e : pkg->toolErrors) err_ << pkg->dir << ": " << e << "\n";
      if (options_.api) {
        out << "package " << pkg->path << "\n";
        if (pkg->imported) types::dumpPackageApi(*pkg->imported->package, out);
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
  void addRoot(const std::string& pkgPath, const std::string& dir) {
    Pkg& pkg = packages_[pkgPath];
    if (pkg.path.empty()) pkg.path = pkgPath, pkg.dir = dir;
    if (!pkg.root) roots_.push_back(pkgPath);
    pkg.root = true;
  }

  std::string resolve(const std::string& importPath) {
    std::string pkgPath, dir;
    if (!resolveStdImport(srcDir_, importPath, pkgPath, dir)) return "";
    Pkg& pkg = packages_[pkgPath];
    if (pkg.path.empty()) pkg.path = pkgPath, pkg.dir = dir;
    return pkgPath;
  }

  void load(Pkg& pkg) {
    pkg.loaded = true;
    pkg.diags = std::make_unique<Diagnostics>(sources_);
    if (pkg.path == "unsafe") return;
    std::vector<std::string> files = packageGoFiles(pkg.dir, ctx_);
    if (files.empty()) {
      pkg.toolErrors.push_back("build constraints exclude all Go files");
      return;
    }
    syntax::ParseOptions parseOptions;
    parseOptions.std = true;
    parseOptions.runtime = kRuntimePackages.count(pkg.path) > 0;
    std::set<std::string> seen;
    for (const std::string& file : files) {
      std::string error;
      uint32_t id = sources_.load(file, error);
      if (!id) {
        pkg.toolErrors.push_back("open " + file + ": " + error);
        continue;
      }
      const syntax::File* f =
          syntax::parseFile(id, sources_.text(id), ast_, *pkg.diags, parseOptions);
      pkg.files.push_back(f);
      for (const syntax::ImportSpec* imp : ast_.nodes(f->imports)) {
        llvm::StringRef text = ast_.str(ast_.get(imp->path)->text);
        std::string written = text.size() >= 2 ? text.drop_front().drop_back().str() : "";
        if (!seen.insert(written).second) continue;
        pkg.imports.emplace_back(written, written == "C" ? written : resolve(written));
        pkg.importPos.push_back(ast_.get(imp->path)->pos);
      }
    }
  }

  void visit(const std::string& pkgPath) {
    Pkg& pkg = packages_[pkgPath];
    if (done_.count(pkgPath) || active_.count(pkgPath)) return;
    active_.insert(pkgPath);
    if (!pkg.loaded) load(pkg);
    for (size_t i = 0; i < pkg.imports.size(); ++i) {
      const std::string& resolved = pkg.imports[i].second;
      if (resolved.empty() || resolved == "C") continue;
      if (active_.count(resolved)) {
        pkg.diags->error(pkg.importPos[i], "import cycle not allowed");
        continue;
      }
      visit(resolved);
    }
    active_.erase(pkgPath);
    done_.insert(pkgPath);
    order_.push_back(&pkg);
  }

  // The package an import path names, as read back from its export file (null if none).
  types::Package* importedPackage(llvm::StringRef resolved) {
    auto it = packages_.find(resolved.str());
    if (it == packages_.end() || !it->second.imported) return nullptr;
    return it->second.imported->package.get();
  }

  void checkAndExport(Pkg& pkg, types::Universe& universe, types::Info& info) {
    if (pkg.path == "unsafe") {
      pkg.toolErrors.push_back("ergo does not support package unsafe yet");
      return;
    }
    if (pkg.diags->pendingSyntaxErrors() > 0 || pkg.files.empty()) return;
    // The checked package lives only until its export file is written and read back.
    types::Package checked;
    checked.path = pkg.path;
    checked.ast = &ast_;
    checked.files = pkg.files;
    if (!stdGoVersion_.empty()) checked.languageVersion = "go" + stdGoVersion_;
    types::CheckerConfig config;
    config.importer = [&](llvm::StringRef written) -> types::Package* {
      for (const auto& [w, resolved] : pkg.imports)
        if (w == written) return importedPackage(resolved);
      return nullptr;
    };
    types::checkPackage(checked, universe, names_, info, *pkg.diags, config);

    auto t0 = std::chrono::steady_clock::now();
    std::string data = types::writeExportData(checked, sources_);
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
    pkg.imported =
        types::readExportData((*buffer)->getBuffer(), universe, names_,
                              [&](llvm::StringRef p) { return importedPackage(p); }, error);
    readSeconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - t2).count();
    if (!pkg.imported) {
      pkg.toolErrors.push_back("reading " + std::string(file) + ": " + error);
      return;
    }
    // The API dump lists the names the package's files declare (the Scope cannot be
    // iterated); every object it prints is the one read back.
    pkg.imported->package->ast = &ast_;
    pkg.imported->package->files = pkg.files;
  }

  const ExportToolOptions& options_;
  llvm::raw_ostream& err_;
  BuildContext ctx_;
  std::string srcDir_, stdGoVersion_;
  SourceFiles sources_;
  Interner names_;
  syntax::Ast ast_{names_};
  std::map<std::string, Pkg> packages_;
  std::vector<std::string> roots_;
  std::set<std::string> done_, active_;
  std::vector<Pkg*> order_;
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
