#include "driver/object_cache.h"

#include <cstdlib>

#include "driver/build.h"
#include "driver/loader.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"
#include "support/source.h"

namespace ergo::driver {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

// The running ergo executable, as size and modification time: a rebuilt compiler makes new
// keys, so objects of an older compiler are never reused.
std::string compilerIdentity() {
  static int anchor;
  std::string exe = fs::getMainExecutable(nullptr, &anchor);
  fs::file_status st;
  if (exe.empty() || fs::status(exe, st)) return "";
  return exe + ":" + std::to_string(st.getSize()) + ":" +
         std::to_string(st.getLastModificationTime().time_since_epoch().count());
}

// Adds a length-prefixed field, so that no two different field lists hash alike.
void addField(llvm::SHA256& h, llvm::StringRef s) {
  std::string len = std::to_string(s.size()) + ":";
  h.update(len);
  h.update(s);
}

}  // namespace

ObjectCache::ObjectCache(std::string dir) : dir_(std::move(dir)) {
  if (!dir_.empty()) compilerId_ = compilerIdentity();
  if (compilerId_.empty()) dir_.clear();  // no way to tell compilers apart: no cache
}

std::string ObjectCache::defaultDir() {
  if (const char* env = std::getenv("ERGOCACHE"); env && *env)
    return llvm::StringRef(env) == "off" ? "" : env;
  llvm::SmallString<256> dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    dir = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    dir = home;
    path::append(dir, ".cache");
  } else {
    return "";
  }
  path::append(dir, "ergo");
  return std::string(dir);
}

std::string ObjectCache::key(const SourcePackage& pkg, llvm::StringRef languageVersion,
                             const SourceFiles& sources, const BuildOptions& options,
                             llvm::ArrayRef<std::string> importKeys) const {
  llvm::SHA256 h;
  addField(h, compilerId_);
  addField(h, options.goos);
  addField(h, options.goarch);
  addField(h, std::to_string(options.optLevel));
  addField(h, options.stackChecks ? "stack-checks" : "no-stack-checks");
  addField(h, pkg.path);
  addField(h, languageVersion);
  for (const syntax::File* f : pkg.files) {
    addField(h, path::filename(sources.path(f->fileId)));
    addField(h, sources.text(f->fileId));
  }
  for (const std::string& k : importKeys) addField(h, k);
  return llvm::toHex(h.final(), /*LowerCase=*/true);
}

std::string ObjectCache::objectPath(llvm::StringRef key) const {
  llvm::SmallString<256> p(dir_);
  path::append(p, key.substr(0, 2), key.str() + ".o");
  return std::string(p);
}

std::optional<std::string> ObjectCache::lookup(llvm::StringRef key) const {
  if (dir_.empty()) return std::nullopt;
  std::string p = objectPath(key);
  if (!fs::exists(p)) return std::nullopt;
  return p;
}

void ObjectCache::store(llvm::StringRef key, llvm::StringRef object) const {
  if (dir_.empty()) return;
  std::string p = objectPath(key);
  if (fs::create_directories(path::parent_path(p))) return;
  llvm::SmallString<256> temp;
  int fd;
  if (fs::createUniqueFile(p + ".%%%%%%.tmp", fd, temp)) return;
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
    os << object;
    os.close();
    if (os.has_error()) {
      os.clear_error();
      fs::remove(temp);
      return;
    }
  }
  if (fs::rename(temp, p)) fs::remove(temp);
}

}  // namespace ergo::driver
