#include "driver/build.h"

#include <cstdlib>
#include <functional>
#include <map>

#include "driver/loader.h"
#include "driver/object_cache.h"
#include "escape/escape.h"
#include "ir/builder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "lower/lower.h"
#include "target/target.h"
#include "types/api_dump.h"
#include "types/checker.h"
#include "types/export_data.h"
#include "types/import_data.h"

namespace ergo::driver {

namespace {

// Writes the package's export data into the work directory (docs/export-data.md). With
// ERGO_EXPORT_CHECK=1 in the environment it also reads the file back and requires the same
// API dump as the checked package's: a debug self-check of the format on every build. The
// build itself still imports the checked packages (the IR builder needs their objects).
bool writeExportFile(const types::Package& pkg, const SourceFiles& sources, const std::string& file,
                     types::Universe& universe, Interner& names,
                     const std::function<types::Package*(llvm::StringRef)>& importer,
                     llvm::raw_ostream& err) {
  std::string data = types::writeExportData(pkg, sources);
  std::error_code ec;
  llvm::raw_fd_ostream os(file, ec);
  if (ec) {
    err << "ergo: " << file << ": " << ec.message() << "\n";
    return false;
  }
  os << data;
  const char* check = std::getenv("ERGO_EXPORT_CHECK");
  if (!check || llvm::StringRef(check) != "1") return true;
  std::string error;
  auto back = types::readExportData(data, universe, names, importer, error);
  if (!back) {
    err << "ergo: internal compiler error: export data of " << pkg.path << ": " << error << "\n";
    return false;
  }
  back->package->ast = pkg.ast;  // the dump lists the names the files declare
  back->package->files = pkg.files;
  std::string want, got;
  llvm::raw_string_ostream ws(want), gs(got);
  types::dumpPackageApi(pkg, ws);
  types::dumpPackageApi(*back->package, gs);
  if (want != got) {
    err << "ergo: internal compiler error: export data of " << pkg.path
        << " reads back with a different API\n";
    return false;
  }
  return true;
}

}  // namespace

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

std::string findErgoRoot(const char* argv0) {
  if (const char* env = std::getenv("ERGOROOT"); env && *env) return env;
  std::string exe = llvm::sys::fs::getMainExecutable(argv0, reinterpret_cast<void*>(&findErgoRoot));
  llvm::SmallString<256> root(path::parent_path(path::parent_path(exe)));
  path::append(root, "lib", "ergo");
  return std::string(root);
}

std::vector<std::string> packageDirs(const std::string& root) {
  std::vector<std::string> dirs;
  std::vector<std::string> work{root};
  while (!work.empty()) {
    std::string dir = work.back();
    work.pop_back();
    bool hasGo = false;
    std::error_code ec;
    std::vector<std::string> children;
    for (fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
      llvm::StringRef name = path::filename(it->path());
      if (it->type() == fs::file_type::directory_file) {
        if (name != "testdata" && !name.starts_with(".") && !name.starts_with("_"))
          children.push_back(it->path());
      } else if (name.ends_with(".go") && !name.ends_with("_test.go")) {
        hasGo = true;
      }
    }
    if (hasGo) dirs.push_back(dir);
    std::sort(children.begin(), children.end(), std::greater<>());
    work.insert(work.end(), children.begin(), children.end());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

namespace {

// Removes a directory tree when the build ends.
struct TempDir {
  llvm::SmallString<128> path;
  ~TempDir() {
    if (!path.empty()) fs::remove_directories(path);
  }
};

std::string defaultOutput(const std::vector<std::string>& args, const ModuleInfo& module) {
  if (!args.empty() && llvm::StringRef(args[0]).ends_with(".go")) return path::stem(args[0]).str();
  std::string dir = args.empty() ? "." : args[0];
  llvm::SmallString<256> abs(dir);
  fs::make_absolute(abs);
  path::remove_dots(abs, true);
  if (!module.path.empty() && abs == llvm::StringRef(module.root))
    return path::filename(module.path).str();
  return path::filename(abs).str();
}

}  // namespace

bool build(const BuildOptions& options, const std::vector<std::string>& args,
           std::string& executable, llvm::raw_ostream& err) {
  std::string error;
  std::unique_ptr<target::Target> tgt =
      target::makeTarget(options.goos, options.goarch, options.optLevel, error);
  if (!tgt) {
    err << "ergo: " << error << "\n";
    return false;
  }
  llvm::SmallString<256> stdlibRoot(options.ergoRoot);
  path::append(stdlibRoot, "stdlib");
  llvm::SmallString<256> runtimeArchive(options.ergoRoot);
  path::append(runtimeArchive, options.goos + "_" + options.goarch, "libergort.a");
  if (!fs::exists(runtimeArchive)) {
    err << "ergo: cannot find the runtime for " << options.goos << "/" << options.goarch << " ("
        << runtimeArchive << "); set ERGOROOT\n";
    return false;
  }

  // Which files or directory make the main package.
  bool fileArgs = !args.empty() && llvm::StringRef(args[0]).ends_with(".go");
  std::string dir = fileArgs ? path::parent_path(args[0]).str() : (args.empty() ? "." : args[0]);
  if (dir.empty()) dir = ".";
  if (fileArgs) {
    for (const std::string& a : args) {
      if (!llvm::StringRef(a).ends_with(".go")) {
        err << "named files must all be .go files: " << a << "\n";
        return false;
      }
      if (!fs::exists(a)) {
        err << "stat " << a << ": no such file or directory\n";
        return false;
      }
    }
  } else if (args.size() > 1) {
    err << "ergo: building several packages at once is not supported yet\n";
    return false;
  } else if (!fs::is_directory(dir)) {
    err << "stat " << dir << ": directory not found\n";
    return false;
  }
  ModuleInfo module = findModule(dir, error);
  if (!error.empty()) {
    err << "go: " << error << "\n";
    return false;
  }

  SourceFiles sources;
  Diagnostics diags(sources);
  diags.setReportAll(options.reportAllErrors);
  Interner names;
  Loader loader(sources, diags, names, std::string(stdlibRoot), module, options.goos,
                options.goarch);
  std::vector<SourcePackage*> order =
      fileArgs ? loader.loadFiles(args, err) : loader.loadDir(dir, err);
  if (order.empty()) return false;

  // Check and compile each package, dependencies first.
  types::TypeContext typeContext;
  types::Universe universe(typeContext, names);
  types::Info info;
  std::map<std::string, std::unique_ptr<types::Package>> checked;
  types::CheckerConfig config;
  config.onlyLowerable = true;  // the IR builder lowers only part of what the checker accepts
  config.importer = [&](llvm::StringRef p) -> types::Package* {
    auto it = checked.find(p.str());
    return it == checked.end() ? nullptr : it->second.get();
  };
  TempDir work;
  if (std::error_code ec = fs::createUniqueDirectory("ergo-build", work.path)) {
    err << "ergo: cannot create a temporary directory: " << ec.message() << "\n";
    return false;
  }
  llvm::LLVMContext llvmContext;
  std::vector<std::string> objects;
  std::vector<std::string> packageInits;
  ObjectCache cache(ObjectCache::defaultDir());
  std::map<std::string, std::string> cacheKeys;  // standard-library package path -> its key
  for (SourcePackage* sp : order) {
    auto pkg = std::make_unique<types::Package>();
    pkg->path = sp->path;
    pkg->ast = &loader.ast();
    pkg->files = sp->files;
    if (!sp->isStdlib) {
      if (!options.lang.empty())
        pkg->languageVersion = options.lang;
      else if (!module.goVersion.empty())
        pkg->languageVersion = "go" + module.goVersion;
    }
    // The package's parse errors come out with its type errors, sorted together as gc prints
    // them.
    diags.restore(std::move(sp->parseErrors));
    typeContext.clearTouchedInstances();  // the instances this package names, from here on
    bool ok = types::checkPackage(*pkg, universe, names, info, diags, config);
    if (!ok || diags.hasErrors()) {
      diags.flush(err);
      return false;
    }
    types::Package* raw = pkg.get();
    checked[sp->path] = std::move(pkg);
    llvm::SmallString<256> exportPath(work.path);
    path::append(exportPath, std::to_string(objects.size()) + ".ergx");
    if (!writeExportFile(*raw, sources, std::string(exportPath), universe, names, config.importer,
                         err))
      return false;

    // A standard-library package compiled before with the same compiler, options and sources
    // is linked from the cache; it is still checked above, for the packages importing it.
    std::string cacheKey;
    if (sp->isStdlib) {
      std::vector<std::string> importKeys;
      for (const std::string& imp : sp->imports) importKeys.push_back(cacheKeys[imp]);
      cacheKey = cache.key(*sp, raw->languageVersion, sources, options, importKeys);
      cacheKeys[sp->path] = cacheKey;
      if (std::optional<std::string> cached = cache.lookup(cacheKey)) {
        packageInits.push_back(raw->path + ".init");
        objects.push_back(*cached);
        continue;
      }
    }

    std::unique_ptr<ir::Module> irModule = ir::buildModule(*raw, info, typeContext, diags);
    packageInits.push_back(irModule->init->symbol);
    bool isMain = raw->name == "main" && sp == order.back();
    if (isMain) ir::addProgramEntry(*irModule, typeContext, packageInits);
    if (diags.hasErrors()) {
      diags.flush(err);
      return false;
    }
    for (const std::string& problem : ir::verifyModule(*irModule))
      err << "internal compiler error: " << problem << "\n";
    escape::analyze(*irModule);
    bool userCode = !sp->isStdlib;
    if (options.dump == "ir" && userCode) llvm::outs() << ir::printModule(*irModule);

    lower::Options lowerOptions;
    lowerOptions.stackChecks = options.stackChecks;
    std::string object;
    // One pass, unless emission finds frames too large to build before the stack check: the
    // next pass splits those functions and measures their bodies again (docs/abi.md, "Stacks").
    for (int pass = 1;; ++pass) {
      std::unique_ptr<llvm::Module> llvmModule = lower::lowerModule(
          *irModule, llvmContext, tgt->dataLayout(), tgt->triple, diags, lowerOptions);
      if (diags.hasErrors()) {
        diags.flush(err);
        return false;
      }
      std::string dump;
      llvm::raw_string_ostream dumpStream(dump);
      if (options.dump == "llvm" && userCode) llvmModule->print(dumpStream, nullptr);
      std::vector<target::OversizeFrame> oversize;
      if (!target::emitObject(*tgt, *llvmModule, options.optLevel, object, error, &oversize)) {
        err << "ergo: " << error << "\n";
        return false;
      }
      bool grew = false;
      for (const target::OversizeFrame& o : oversize) {
        uint64_t& bytes = lowerOptions.largeFrames[lower::largeFrameOwner(o.function).str()];
        if (o.bytes > bytes) bytes = o.bytes, grew = true;
      }
      if (oversize.empty() || !grew || pass == 4) {
        llvm::outs() << dump;
        for (const target::OversizeFrame& o : oversize)
          err << "ergo: internal compiler error: the frame of " << o.function << " (" << o.bytes
              << " bytes) is too large for its stack check\n";
        if (!oversize.empty()) return false;
        break;
      }
    }
    llvm::SmallString<256> objPath(work.path);
    path::append(objPath, std::to_string(objects.size()) + ".o");
    std::error_code ec;
    llvm::raw_fd_ostream os(objPath, ec);
    if (ec) {
      err << "ergo: " << objPath << ": " << ec.message() << "\n";
      return false;
    }
    os << object;
    objects.push_back(std::string(objPath));
    if (!cacheKey.empty()) cache.store(cacheKey, object);
  }
  if (checked[order.back()->path]->name != "main" || !options.link) {
    executable.clear();
    return true;  // a library package: compiled and checked, nothing to link
  }
  executable = options.output.empty() ? defaultOutput(args, module) : options.output;
  if (!target::link(*tgt, objects, std::string(runtimeArchive), executable, error)) {
    err << "ergo: " << error << "\n";
    return false;
  }
  return true;
}

}  // namespace ergo::driver
