#include "driver/stdpkgs.h"

#include <algorithm>
#include <set>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace ergo::driver {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

bool fileNameMatchesTarget(llvm::StringRef name, const BuildContext& ctx) {
  static const std::set<llvm::StringRef> kOses = {
      "aix",   "android", "darwin", "dragonfly", "freebsd", "hurd",    "illumos", "ios", "js",
      "linux", "nacl",    "netbsd", "openbsd",   "plan9",   "solaris", "windows", "zos", "wasip1"};
  static const std::set<llvm::StringRef> kArches = {
      "386",     "amd64",  "amd64p32", "arm",      "armbe",     "arm64",       "arm64be", "loong64",
      "mips",    "mipsle", "mips64",   "mips64le", "mips64p32", "mips64p32le", "ppc",     "ppc64",
      "ppc64le", "riscv",  "riscv64",  "s390",     "s390x",     "sparc",       "sparc64", "wasm"};
  llvm::StringRef stem = name;
  stem.consume_back(".go");
  stem.consume_back("_test");
  llvm::SmallVector<llvm::StringRef, 4> parts;
  stem.split(parts, '_');
  // The first element is the file's own name, never a suffix (`linux.go` builds everywhere).
  size_t n = parts.size();
  if (n >= 3 && kOses.count(parts[n - 2]) && kArches.count(parts[n - 1]))
    return parts[n - 2] == ctx.goos && parts[n - 1] == ctx.goarch;
  if (n >= 2 && kOses.count(parts[n - 1])) return ctx.satisfies(parts[n - 1]);
  if (n >= 2 && kArches.count(parts[n - 1])) return parts[n - 1] == ctx.goarch;
  return true;
}

namespace {

bool fileIsBuilt(const std::string& file, const BuildContext& ctx) {
  if (!fileNameMatchesTarget(path::filename(file), ctx)) return false;
  auto buffer = llvm::MemoryBuffer::getFile(file);
  return buffer && fileMatchesConstraints((*buffer)->getBuffer(), ctx);
}

// The .go files directly in `dir` (full paths, sorted), tests included or not.
std::vector<std::string> goFilesOf(const std::string& dir, bool withTests) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    llvm::StringRef name = path::filename(it->path());
    if (!name.ends_with(".go") || name.starts_with("_") || name.starts_with(".")) continue;
    if (!withTests && name.ends_with("_test.go")) continue;
    if (it->type() == fs::file_type::directory_file) continue;
    files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<std::string> packageGoFiles(const std::string& dir, const BuildContext& ctx) {
  std::vector<std::string> files;
  for (const std::string& f : goFilesOf(dir, /*withTests=*/false))
    if (fileIsBuilt(f, ctx)) files.push_back(f);
  return files;
}

bool onlyTestFiles(const std::string& dir, const BuildContext& ctx) {
  if (!goFilesOf(dir, /*withTests=*/false).empty()) return false;
  std::vector<std::string> tests = goFilesOf(dir, /*withTests=*/true);
  return std::any_of(tests.begin(), tests.end(),
                     [&](const std::string& f) { return fileIsBuilt(f, ctx); });
}

std::vector<std::string> listStd(const std::string& srcDir, const BuildContext& ctx) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(srcDir, ec), end; it != end && !ec; it.increment(ec)) {
    if (it->type() != fs::file_type::directory_file) continue;
    llvm::StringRef name = path::filename(it->path());
    llvm::StringRef rel = llvm::StringRef(it->path()).drop_front(srcDir.size()).ltrim('/');
    if (name == "testdata" || name.starts_with(".") || name.starts_with("_") || rel == "cmd") {
      it.no_push();
      continue;
    }
    // As cmd/go: builtin is documentation only; runtime/cgo is left out when cgo is off.
    if (rel == "builtin" || (rel == "runtime/cgo" && !ctx.satisfies("cgo"))) continue;
    std::vector<std::string> files = goFilesOf(it->path(), /*withTests=*/true);
    if (std::any_of(files.begin(), files.end(),
                    [&](const std::string& f) { return fileIsBuilt(f, ctx); }))
      paths.push_back(rel.str());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

bool resolveStdImport(const std::string& srcDir, llvm::StringRef importPath,
                      std::string& packagePath, std::string& dir) {
  llvm::SmallString<256> d(srcDir);
  path::append(d, importPath);
  if (fs::is_directory(d)) {
    packagePath = importPath.str();
    dir = std::string(d);
    return true;
  }
  llvm::SmallString<256> v(srcDir);
  path::append(v, "vendor", importPath);
  if (fs::is_directory(v)) {
    packagePath = "vendor/" + importPath.str();
    dir = std::string(v);
    return true;
  }
  packagePath = importPath.str();
  dir = std::string(d);
  return false;
}

}  // namespace ergo::driver
