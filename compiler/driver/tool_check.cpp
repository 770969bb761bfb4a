#include "driver/tool_check.h"

#include <map>
#include <memory>
#include <set>

#include "driver/build.h"
#include "driver/buildtags.h"
#include "driver/loader.h"
#include "driver/stdpkgs.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "support/diagnostics.h"
#include "support/intern.h"
#include "support/source.h"
#include "syntax/parser.h"
#include "types/api_dump.h"
#include "types/checker.h"

namespace ergo::driver {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

// The packages gc compiles with -+ (cmd/go's list): they may use the runtime's directives.
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

// The tags besides ergo's that `go list` (gc 1.19, amd64 or arm64) satisfies: the compiler's
// name and the experiments on by default there (GOEXPERIMENT's regabi*).
const std::vector<std::string> kGoListTags = {"gc", "goexperiment.regabiwrappers",
                                              "goexperiment.regabiargs"};

struct Pkg {
  std::string path;  // the package's own path (`vendor/golang.org/x/...` for vendored ones)
  std::string dir;
  bool isStd = false;
  bool loaded = false;
  std::string goVersion;  // of its module's go.mod (std's is src/go.mod), e.g. "1.19"
  std::vector<const syntax::File*> files;
  // Each import as written in the source, and the package path it resolved to ("" when it
  // did not resolve: the checker reports it).
  std::vector<std::pair<std::string, std::string>> imports;
  std::vector<Pos> importPos;          // where each was first imported
  std::unique_ptr<Diagnostics> diags;  // this package's errors (parse and check)
  // Errors without a source position, printed as `DIR: message`.
  std::vector<std::string> toolErrors;
  bool root = false;  // named by a pattern: reported and counted (dependencies are not)
  unsigned errorCount() const { return diags->count() + toolErrors.size(); }
  std::unique_ptr<types::Package> checked;
};

class CheckTool {
 public:
  CheckTool(const CheckToolOptions& options, llvm::raw_ostream& err)
      : options_(options), err_(err), ctx_{options.goos, options.goarch, kGoListTags} {
    if (options.goroot.empty()) {
      srcDir_ = options.stdlibRoot;
    } else {
      llvm::SmallString<256> d(options.goroot);
      path::append(d, "src");
      srcDir_ = std::string(d);
    }
    llvm::SmallString<256> abs(srcDir_);
    fs::make_absolute(abs);
    path::remove_dots(abs, true);
    srcDir_ = std::string(abs);
    // std is compiled with the language version of its own go.mod, as cmd/go does.
    std::string error;
    ModuleInfo stdModule = findModule(srcDir_, error);
    if (stdModule.root == srcDir_) stdGoVersion_ = stdModule.goVersion;
  }

  // Turns the patterns into root packages; false after reporting a pattern that names none.
  bool expand() {
    for (const std::string& pattern : options_.patterns) {
      llvm::StringRef p(pattern);
      if (p == "std") {
        for (const std::string& ip : listStd(srcDir_, ctx_))
          addRoot(ip, srcDir_ + "/" + ip, /*isStd=*/true);
      } else if (p.starts_with(".") || p.starts_with("/")) {
        if (p.ends_with("/...")) {
          std::string root = p.drop_back(4).str();
          std::vector<std::string> dirs = packageDirs(root.empty() ? "." : root);
          if (dirs.empty()) {
            err_ << "ergo: warning: \"" << pattern << "\" matched no packages\n";
            return false;
          }
          for (const std::string& d : dirs) addDirRoot(d);
        } else if (fs::is_directory(pattern)) {
          addDirRoot(pattern);
        } else {
          err_ << "ergo: directory " << pattern << " not found\n";
          return false;
        }
      } else {
        std::string pkgPath, dir;
        if (!resolveStdImport(srcDir_, p, pkgPath, dir)) {
          err_ << "ergo: package " << pattern << " is not in std (" << dir << ")\n";
          return false;
        }
        addRoot(pkgPath, dir, /*isStd=*/true);
      }
    }
    return true;
  }

  int run(llvm::raw_ostream& out) {
    llvm::raw_ostream& report = options_.api ? err_ : out;
    for (const std::string& root : roots_) visit(root);
    types::TypeContext typeContext;
    types::Universe universe(typeContext, names_);
    types::Info info;
    uint64_t packages = 0, errors = 0;
    for (Pkg* pkg : order_) {
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
        pkg->diags->flush(report);
        for (const std::string& e : pkg->toolErrors) report << pkg->dir << ": " << e << "\n";
      }
      if (options_.api) {
        out << "package " << pkg->path << "\n";
        if (pkg->checked) types::dumpPackageApi(*pkg->checked, out);
        if (pkg->path == "unsafe")
          types::dumpUnsafeApi(*universe.unsafePackage(), langMinor(), out);
      }
    }
    report << packages << " packages, " << errors << " errors\n";
    return errors ? 1 : 0;
  }

 private:
  void addRoot(const std::string& pkgPath, const std::string& dir, bool isStd) {
    Pkg& pkg = packages_[pkgPath];
    if (pkg.path.empty()) {
      pkg.path = pkgPath;
      pkg.dir = dir;
      pkg.isStd = isStd;
    }
    if (!pkg.root) roots_.push_back(pkgPath);
    pkg.root = true;
  }

  // A directory outside std: its path in its module, or the directory itself without one.
  void addDirRoot(const std::string& dir) {
    llvm::SmallString<256> abs(dir);
    fs::make_absolute(abs);
    path::remove_dots(abs, true);
    if (llvm::StringRef(abs).starts_with(srcDir_ + "/")) {  // a directory of std itself
      addRoot(llvm::StringRef(abs).drop_front(srcDir_.size() + 1).str(), std::string(abs),
              /*isStd=*/true);
      return;
    }
    std::string error;
    ModuleInfo module = findModule(std::string(abs), error);
    std::string pkgPath = dir;
    if (!module.path.empty()) {
      pkgPath = module.path + llvm::StringRef(abs).drop_front(module.root.size()).str();
      modules_[module.path] = module;
    }
    addRoot(pkgPath, std::string(abs), /*isStd=*/false);
    packages_[pkgPath].goVersion = module.goVersion;
  }

  // Where an import of `from` leads: the module of `from`, then std (with its vendor/ tree
  // for std's own imports). Returns the package path, or "" when nothing matches.
  std::string resolve(const Pkg& from, const std::string& importPath) {
    if (!from.isStd) {
      for (const auto& [modPath, module] : modules_) {
        if (importPath == modPath || llvm::StringRef(importPath).starts_with(modPath + "/")) {
          llvm::SmallString<256> d(module.root);
          path::append(d, llvm::StringRef(importPath).drop_front(modPath.size()));
          if (!fs::is_directory(d)) return "";
          Pkg& pkg = packages_[importPath];
          if (pkg.path.empty()) pkg.path = importPath, pkg.dir = std::string(d);
          pkg.goVersion = module.goVersion;
          return importPath;
        }
      }
    }
    std::string pkgPath, dir;
    bool found = from.isStd ? resolveStdImport(srcDir_, importPath, pkgPath, dir)
                            : (pkgPath = importPath, dir = srcDir_ + "/" + importPath,
                               fs::is_directory(dir));
    if (!found) return "";
    Pkg& pkg = packages_[pkgPath];
    if (pkg.path.empty()) pkg.path = pkgPath, pkg.dir = dir, pkg.isStd = true;
    return pkgPath;
  }

  void load(Pkg& pkg) {
    pkg.loaded = true;
    pkg.diags = std::make_unique<Diagnostics>(sources_);
    pkg.diags->setReportAll(options_.reportAll);
    if (pkg.path == "unsafe") return;  // provided by the checker, not by its source
    std::vector<std::string> files = packageGoFiles(pkg.dir, ctx_);
    if (files.empty()) {
      if (onlyTestFiles(pkg.dir, ctx_)) return;  // an empty package, without error
      pkg.toolErrors.push_back("build constraints exclude all Go files");
      return;
    }
    syntax::ParseOptions parseOptions;
    parseOptions.std = pkg.isStd;
    parseOptions.runtime = pkg.isStd && kRuntimePackages.count(pkg.path);
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
        std::string resolved = written == "C" ? written : resolve(pkg, written);
        pkg.imports.emplace_back(written, resolved);
        pkg.importPos.push_back(ast_.get(imp->path)->pos);
      }
    }
  }

  // Depth first, dependencies before dependents. An import cycle is reported at the package
  // that closes it, which is then checked without the cycle's edge.
  void visit(const std::string& pkgPath) {
    Pkg& pkg = packages_[pkgPath];
    if (done_.count(pkgPath)) return;
    if (active_.count(pkgPath)) return;
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

  // The language version std is checked with, as a minor number (unsafe's API depends on it).
  int langMinor() const {
    types::Package version;
    if (!options_.lang.empty())
      version.languageVersion = options_.lang;
    else if (!stdGoVersion_.empty())
      version.languageVersion = "go" + stdGoVersion_;
    return version.goMinor();
  }

  void check(Pkg& pkg, types::Universe& universe, types::Info& info) {
    if (pkg.path == "unsafe") return;  // the checker's universe provides it
    // gc stops before type checking after syntax errors (only those).
    if (pkg.diags->pendingSyntaxErrors() > 0 || pkg.files.empty()) return;
    auto checked = std::make_unique<types::Package>();
    checked->path = pkg.path;
    checked->ast = &ast_;
    checked->files = pkg.files;
    std::string goVersion = pkg.isStd ? stdGoVersion_ : pkg.goVersion;
    if (!options_.lang.empty())
      checked->languageVersion = options_.lang;
    else if (!goVersion.empty())
      checked->languageVersion = "go" + goVersion;
    types::CheckerConfig config;
    config.importer = [&](llvm::StringRef written) -> types::Package* {
      for (const auto& [w, resolved] : pkg.imports) {
        if (w != written) continue;
        auto it = packages_.find(resolved);
        // A package that had errors is still imported, as go/types does: what was checked
        // of it is usable, and its dependents' own errors are still counted.
        return it == packages_.end() ? nullptr : it->second.checked.get();
      }
      return nullptr;
    };
    types::checkPackage(*checked, universe, names_, info, *pkg.diags, config);
    pkg.checked = std::move(checked);
  }

  const CheckToolOptions& options_;
  llvm::raw_ostream& err_;
  BuildContext ctx_;
  std::string srcDir_;
  std::string stdGoVersion_;  // the `go` line of srcDir_/go.mod, if any
  SourceFiles sources_;
  Interner names_;
  syntax::Ast ast_{names_};
  std::map<std::string, Pkg> packages_;
  std::map<std::string, ModuleInfo> modules_;
  std::vector<std::string> roots_;
  std::set<std::string> done_, active_;
  std::vector<Pkg*> order_;
};

}  // namespace

int runCheckTool(const CheckToolOptions& options, llvm::raw_ostream& out, llvm::raw_ostream& err) {
  CheckTool tool(options, err);
  if (!tool.expand()) return 2;
  return tool.run(out);
}

}  // namespace ergo::driver
