#include "driver/std_loader.h"

#include "driver/build.h"
#include "driver/stdpkgs.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "syntax/parser.h"

namespace ergo::driver {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

const std::vector<std::string>& goListTags() {
  static const std::vector<std::string> tags = {"gc", "goexperiment.regabiwrappers",
                                                "goexperiment.regabiargs"};
  return tags;
}

bool isRuntimePackage(llvm::StringRef pkgPath) {
  static const std::set<std::string, std::less<>> runtimePackages = {"internal/abi",
                                                                     "internal/bytealg",
                                                                     "internal/cpu",
                                                                     "internal/goarch",
                                                                     "internal/goos",
                                                                     "runtime",
                                                                     "runtime/internal/atomic",
                                                                     "runtime/internal/math",
                                                                     "runtime/internal/sys",
                                                                     "runtime/internal/syscall"};
  return runtimePackages.count(pkgPath) > 0;
}

llvm::StringRef LoadedPackage::resolvedImport(llvm::StringRef written) const {
  for (const auto& [w, resolved] : imports)
    if (w == written) return resolved;
  return "";
}

void LoadedPackage::flushErrors(llvm::raw_ostream& out) {
  diags->flush(out);
  for (const std::string& e : toolErrors) out << dir << ": " << e << "\n";
}

StdLoader::StdLoader(const StdLoaderOptions& options, llvm::raw_ostream& err)
    : options_(options), err_(err), ctx_{options.goos, options.goarch, goListTags()} {
  llvm::SmallString<256> d(options.goroot.empty() ? options.stdlibRoot : options.goroot);
  if (!options.goroot.empty()) path::append(d, "src");
  fs::make_absolute(d);
  path::remove_dots(d, true);
  srcDir_ = std::string(d);
  // std is compiled with the language version of its own go.mod, as cmd/go does.
  std::string error;
  ModuleInfo stdModule = findModule(srcDir_, error);
  if (stdModule.root == srcDir_) stdGoVersion_ = stdModule.goVersion;
}

bool StdLoader::expand(const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
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

const std::vector<LoadedPackage*>& StdLoader::load() {
  for (const std::string& root : roots_) visit(root);
  return order_;
}

std::unique_ptr<types::Package> StdLoader::packageToCheck(const LoadedPackage& pkg,
                                                          const std::string& lang) const {
  if (pkg.path == "unsafe") return nullptr;
  if (pkg.diags->pendingSyntaxErrors() > 0 || pkg.files.empty()) return nullptr;
  auto checked = std::make_unique<types::Package>();
  checked->path = pkg.path;
  checked->ast = &ast_;
  checked->files = pkg.files;
  if (!lang.empty())
    checked->languageVersion = lang;
  else if (const std::string& goVersion = pkg.isStd ? stdGoVersion_ : pkg.goVersion;
           !goVersion.empty())
    checked->languageVersion = "go" + goVersion;
  return checked;
}

int StdLoader::stdLangMinor(const std::string& lang) const {
  types::Package version;
  if (!lang.empty())
    version.languageVersion = lang;
  else if (!stdGoVersion_.empty())
    version.languageVersion = "go" + stdGoVersion_;
  return version.goMinor();
}

LoadedPackage* StdLoader::find(llvm::StringRef pkgPath) {
  auto it = packages_.find(pkgPath.str());
  return it == packages_.end() ? nullptr : &it->second;
}

void StdLoader::addRoot(const std::string& pkgPath, const std::string& dir, bool isStd) {
  LoadedPackage& pkg = packages_[pkgPath];
  if (pkg.path.empty()) {
    pkg.path = pkgPath;
    pkg.dir = dir;
    pkg.isStd = isStd;
  }
  if (!pkg.root) roots_.push_back(pkgPath);
  pkg.root = true;
}

// A directory outside std: its path in its module, or the directory itself without one.
void StdLoader::addDirRoot(const std::string& dir) {
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

// Where an import of `from` leads: the module of `from`, then std (with its vendor/ tree for
// std's own imports). Returns the package path, or "" when nothing matches.
std::string StdLoader::resolve(const LoadedPackage& from, const std::string& importPath) {
  if (!from.isStd) {
    for (const auto& [modPath, module] : modules_) {
      if (importPath == modPath || llvm::StringRef(importPath).starts_with(modPath + "/")) {
        llvm::SmallString<256> d(module.root);
        path::append(d, llvm::StringRef(importPath).drop_front(modPath.size()));
        if (!fs::is_directory(d)) return "";
        LoadedPackage& pkg = packages_[importPath];
        if (pkg.path.empty()) pkg.path = importPath, pkg.dir = std::string(d);
        pkg.goVersion = module.goVersion;
        return importPath;
      }
    }
  }
  std::string pkgPath, dir;
  bool found =
      from.isStd ? resolveStdImport(srcDir_, importPath, pkgPath, dir)
                 : (pkgPath = importPath, dir = srcDir_ + "/" + importPath, fs::is_directory(dir));
  if (!found) return "";
  LoadedPackage& pkg = packages_[pkgPath];
  if (pkg.path.empty()) pkg.path = pkgPath, pkg.dir = dir, pkg.isStd = true;
  return pkgPath;
}

void StdLoader::loadFiles(LoadedPackage& pkg) {
  pkg.loaded = true;
  pkg.diags = std::make_unique<Diagnostics>(sources_);
  pkg.diags->setReportAll(options_.reportAll);
  if (pkg.path == "unsafe") return;  // provided by the checker's universe, not by a source
  std::vector<std::string> files = packageGoFiles(pkg.dir, ctx_);
  if (files.empty()) {
    if (onlyTestFiles(pkg.dir, ctx_)) return;  // an empty package, without error
    pkg.toolErrors.push_back("build constraints exclude all Go files");
    return;
  }
  syntax::ParseOptions parseOptions;
  parseOptions.std = pkg.isStd;
  parseOptions.runtime = pkg.isStd && isRuntimePackage(pkg.path);
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

// Depth first, dependencies before dependents.
void StdLoader::visit(const std::string& pkgPath) {
  LoadedPackage& pkg = packages_[pkgPath];
  if (done_.count(pkgPath) || active_.count(pkgPath)) return;
  active_.insert(pkgPath);
  if (!pkg.loaded) loadFiles(pkg);
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

}  // namespace ergo::driver
