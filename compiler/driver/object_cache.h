// Objects of standard-library packages kept between builds, so that a program never
// recompiles `fmt` (issue 6): each is compiled on first use per target and options and
// reused while nothing it was made from changes. docs/architecture.md, "Object cache".
#pragma once

#include <optional>
#include <string>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace ergo {
class SourceFiles;
}

namespace ergo::driver {

struct BuildOptions;
struct SourcePackage;

class ObjectCache {
 public:
  // The cache in `dir`; an empty `dir` is a cache that holds nothing and keeps nothing.
  explicit ObjectCache(std::string dir);

  // $ERGOCACHE (`off` disables the cache), else $XDG_CACHE_HOME/ergo, else ~/.cache/ergo.
  static std::string defaultDir();

  // What identifies the package's object: the compiler (its executable's size and time),
  // the options that change code, the package's path, language version and file texts, and
  // the keys of the packages it imports (their layouts and inlinable code shape its code).
  std::string key(const SourcePackage& pkg, llvm::StringRef languageVersion,
                  const SourceFiles& sources, const BuildOptions& options,
                  llvm::ArrayRef<std::string> importKeys) const;

  // The cached object's path, if there is one for `key`.
  std::optional<std::string> lookup(llvm::StringRef key) const;
  // Keeps the object under `key` (written aside, then renamed, so that builds running at the
  // same time never read half a file). Failure only means the next build compiles again.
  void store(llvm::StringRef key, llvm::StringRef object) const;

 private:
  std::string objectPath(llvm::StringRef key) const;
  std::string dir_;
  std::string compilerId_;
};

}  // namespace ergo::driver
