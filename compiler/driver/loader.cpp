#include "driver/loader.h"

#include "driver/buildtags.h"

#include <algorithm>
#include <functional>
#include <set>

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Unicode.h"
#include "syntax/parser.h"
#include "types/constant.h"

namespace ergo::driver {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

ModuleInfo findModule(const std::string& start, std::string& error) {
  llvm::SmallString<256> dir(start);
  fs::make_absolute(dir);
  path::remove_dots(dir, true);
  while (true) {
    llvm::SmallString<256> gomod(dir);
    path::append(gomod, "go.mod");
    if (fs::exists(gomod)) {
      ModuleInfo info;
      info.root = std::string(dir);
      auto buffer = llvm::MemoryBuffer::getFile(gomod);
      if (!buffer) {
        error = "cannot read " + std::string(gomod);
        return info;
      }
      llvm::SmallVector<llvm::StringRef, 16> lines;
      (*buffer)->getBuffer().split(lines, '\n');
      for (llvm::StringRef line : lines) {
        line = line.split("//").first.trim();
        if (line.consume_front("module "))
          info.path = line.trim().trim('"').str();
        else if (line.consume_front("go "))
          info.goVersion = line.trim().str();
      }
      if (info.path.empty()) error = std::string(gomod) + ": no module declaration";
      return info;
    }
    llvm::StringRef parent = path::parent_path(dir);
    if (parent.empty() || parent == dir) return {};
    dir = parent;
  }
}

namespace {

// Go's unicode.IsSpace: the ASCII white space, U+0085, U+00A0 and the Z category.
bool isUnicodeSpace(uint32_t r) {
  switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return r >= 0x2000 && r <= 0x200A;
  }
}

// A rune as Go's %#U prints it: `U+0021 '!'`, without the quoted rune when not printable.
std::string describeRune(uint32_t r) {
  char buf[32];
  snprintf(buf, sizeof buf, "U+%04X", r);
  std::string out = buf;
  if (llvm::sys::unicode::isPrintable(static_cast<int>(r))) {
    char utf8[8];
    char* end = utf8;
    if (llvm::ConvertCodePointToUTF8(r, end)) out += " '" + std::string(utf8, end) + "'";
  }
  return out;
}

// Go's path.Clean, for import paths that are not absolute.
std::string cleanPath(llvm::StringRef p) {
  llvm::SmallVector<llvm::StringRef, 8> parts, kept;
  p.split(parts, '/');
  for (llvm::StringRef part : parts) {
    if (part.empty() || part == ".") continue;
    if (part == ".." && !kept.empty() && kept.back() != "..")
      kept.pop_back();
    else
      kept.push_back(part);
  }
  std::string out = llvm::join(kept, "/");
  return out.empty() ? "." : out;
}

// What gc says about an import path it rejects before looking for the package, or "" when
// it looks for it: types2's check of the path's characters ("invalid import path (...)"),
// then its importer's absolute and non-canonical path checks ("could not import ...").
std::string importPathProblem(const std::string& p) {
  if (p.empty()) return "invalid import path (empty string)";
  static const llvm::StringRef kIllegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
  const auto* cur = reinterpret_cast<const llvm::UTF8*>(p.data());
  const auto* end = cur + p.size();
  while (cur < end) {
    llvm::UTF32 r = 0;
    const llvm::UTF8* next = cur;
    if (llvm::convertUTF8Sequence(&next, end, &r, llvm::strictConversion) != llvm::conversionOK) {
      r = 0xFFFD;  // an invalid byte decodes as the replacement character, as in Go
      next = cur + 1;
    }
    cur = next;
    bool illegal = r < 0x80 && kIllegal.contains(static_cast<char>(r));
    if (!llvm::sys::unicode::isPrintable(static_cast<int>(r)) || isUnicodeSpace(r) || illegal ||
        r == 0xFFFD)
      return "invalid import path (invalid character " + describeRune(r) + ")";
  }
  bool local = p == "." || p == ".." || llvm::StringRef(p).starts_with("/") ||
               llvm::StringRef(p).starts_with("./") || llvm::StringRef(p).starts_with("../");
  if (p.front() == '/') return "could not import " + p + " (import path cannot be absolute path)";
  if (!local) {
    std::string clean = cleanPath(p);
    if (clean != p)
      return "could not import " + p + " (non-canonical import path \"" + p + "\" (should be \"" +
             clean + "\"))";
  }
  return "";
}

}  // namespace

bool Loader::matchesTarget(llvm::StringRef name) const {
  // Files named *_GOOS.go, *_GOARCH.go or *_GOOS_GOARCH.go build only for that target.
  static const std::set<std::string> kOses = {
      "aix",   "android", "darwin", "dragonfly", "freebsd", "hurd",    "illumos", "ios", "js",
      "linux", "nacl",    "netbsd", "openbsd",   "plan9",   "solaris", "windows", "zos", "wasip1"};
  static const std::set<std::string> kArches = {
      "386",    "amd64",    "arm",   "arm64",   "loong64", "mips",  "mipsle",
      "mips64", "mips64le", "ppc64", "ppc64le", "riscv64", "s390x", "wasm"};
  llvm::StringRef stem = name.drop_back(3);  // ".go"
  llvm::SmallVector<llvm::StringRef, 4> parts;
  stem.split(parts, '_');
  if (parts.size() >= 3 && kOses.count(parts[parts.size() - 2].str()) &&
      kArches.count(parts.back().str()))
    return parts[parts.size() - 2] == goos_ && parts.back() == goarch_;
  if (parts.size() >= 2) {
    if (kOses.count(parts.back().str())) return parts.back() == goos_;
    if (kArches.count(parts.back().str())) return parts.back() == goarch_;
  }
  return true;
}

std::vector<std::string> Loader::goFilesIn(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    llvm::StringRef name = path::filename(it->path());
    if (!name.ends_with(".go") || name.ends_with("_test.go") || name.starts_with("_") ||
        name.starts_with("."))
      continue;
    if (!matchesTarget(name)) continue;
    if (it->type() == fs::file_type::directory_file) continue;
    files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool Loader::resolveImport(const std::string& importPath, std::string& dir, bool& isStdlib) {
  if (!module_.path.empty() &&
      (importPath == module_.path || llvm::StringRef(importPath).starts_with(module_.path + "/"))) {
    llvm::SmallString<256> d(module_.root);
    path::append(d, llvm::StringRef(importPath).drop_front(module_.path.size()));
    dir = std::string(d);
    isStdlib = false;
    return fs::is_directory(dir);
  }
  llvm::SmallString<256> d(stdlibRoot_);
  path::append(d, importPath);
  dir = std::string(d);
  isStdlib = true;
  return fs::is_directory(dir);
}

SourcePackage* Loader::parsePackage(const std::string& importPath, const std::string& dir,
                                    const std::vector<std::string>& files, bool applyConstraints,
                                    llvm::raw_ostream& err) {
  auto pkg = std::make_unique<SourcePackage>();
  pkg->path = importPath;
  pkg->dir = dir;
  for (const std::string& file : files) {
    std::string error;
    uint32_t id = sources_.load(file, error);
    if (!id) {
      err << "open " << file << ": " << error << "\n";
      return nullptr;
    }
    // Build constraints select a directory's files; files named on the command line are
    // built regardless, as with `go run gen.go`.
    if (applyConstraints &&
        !fileMatchesConstraints(sources_.text(id), BuildContext{goos_, goarch_}))
      continue;
    const syntax::File* f = syntax::parseFile(id, sources_.text(id), ast_, diags_);
    pkg->files.push_back(f);
    for (const syntax::ImportSpec* imp : ast_.nodes(f->imports)) {
      const syntax::BasicLit* lit = ast_.get(imp->path);
      // A malformed literal (`import "foo` cut by a newline) was reported by the lexer; like
      // gc, import nothing for it.
      llvm::StringRef text = ast_.str(lit->text);
      std::string p;
      if (text.size() < 2 || text.front() != text.back() || !types::unquote(text, p)) continue;
      if (std::string problem = importPathProblem(p); !problem.empty()) {
        pkg->badImports.emplace_back(lit->pos, std::move(problem));
        continue;
      }
      if (std::find(pkg->imports.begin(), pkg->imports.end(), p) == pkg->imports.end()) {
        pkg->imports.push_back(p);
        pkg->importPos.push_back(lit->pos);
      }
    }
  }
  if (pkg->files.empty()) {
    err << "build constraints exclude all Go files in " << dir << "\n";
    return nullptr;
  }
  // gc stops before type checking only for syntax errors. Those end the build here, before
  // the imports are resolved, as `go tool compile` would report them. Any other parse error
  // (label and branch checks, bad escapes, misplaced directives) waits for the package's type
  // check, to come out sorted with its type errors and not with another package's.
  if (diags_.pendingSyntaxErrors() > 0) {
    diags_.flush(err);
    return nullptr;
  }
  pkg->parseErrors = diags_.take();
  SourcePackage* raw = pkg.get();
  packages_[importPath] = std::move(pkg);
  return raw;
}

std::vector<SourcePackage*> Loader::loadAll(SourcePackage* root, llvm::raw_ostream& err) {
  // Depth-first over imports; the post-order puts dependencies first.
  std::vector<SourcePackage*> order;
  std::set<std::string> done, active;
  bool failed = false;
  std::function<void(SourcePackage*, std::vector<std::string>&)> visit =
      [&](SourcePackage* pkg, std::vector<std::string>& stack) {
        if (!pkg->badImports.empty()) {
          // gc reports these and goes on checking the package without them; ergo stops here
          // with them (and the package's held parse errors), like for a missing package.
          for (const auto& [pos, message] : pkg->badImports) diags_.error(pos, message);
          diags_.restore(std::move(pkg->parseErrors));
          pkg->parseErrors.clear();
          diags_.flush(err);
          failed = true;
          return;
        }
        active.insert(pkg->path);
        stack.push_back(pkg->path);
        for (size_t k = 0; k < pkg->imports.size(); ++k) {
          const std::string& imp = pkg->imports[k];
          if (failed) return;
          if (imp == "C" || imp == "unsafe") continue;  // reported by the checker
          if (active.count(imp)) {
            err << "package " << stack.front() << "\n";
            for (size_t i = 1; i < stack.size(); ++i) err << "\timports " << stack[i] << "\n";
            err << "\timports " << imp << ": import cycle not allowed\n";
            failed = true;
            return;
          }
          if (done.count(imp)) continue;
          SourcePackage* dep = nullptr;
          auto it = packages_.find(imp);
          if (it != packages_.end()) {
            dep = it->second.get();
          } else {
            std::string dir;
            bool isStdlib = false;
            if (!resolveImport(imp, dir, isStdlib)) {
              // Reported at the import, as go does.
              std::string quoted =
                  llvm::StringRef(imp).contains('\n')
                      ? "\"" + llvm::StringRef(imp).split('\n').first.str() + "...\""
                      : imp;
              if (isStdlib)
                diags_.error(pkg->importPos[k],
                             "package " + quoted + " is not in std (" + dir + ")");
              else
                diags_.error(pkg->importPos[k], "no required module provides package " + quoted);
              // The importing package's held parse errors come out with it, sorted.
              diags_.restore(std::move(pkg->parseErrors));
              pkg->parseErrors.clear();
              diags_.flush(err);
              failed = true;
              return;
            }
            dep = parsePackage(imp, dir, goFilesIn(dir), /*applyConstraints=*/true, err);
            if (!dep) {
              failed = true;
              return;
            }
            dep->isStdlib = isStdlib;
          }
          visit(dep, stack);
        }
        stack.pop_back();
        active.erase(pkg->path);
        if (done.insert(pkg->path).second) order.push_back(pkg);
      };
  std::vector<std::string> stack;
  visit(root, stack);
  if (failed) return {};
  return order;
}

std::vector<SourcePackage*> Loader::loadFiles(const std::vector<std::string>& files,
                                              llvm::raw_ostream& err) {
  SourcePackage* root = parsePackage("main", "", files, /*applyConstraints=*/false, err);
  if (!root) return {};
  return loadAll(root, err);
}

std::vector<SourcePackage*> Loader::loadDir(const std::string& dir, llvm::raw_ostream& err) {
  std::vector<std::string> files = goFilesIn(dir);
  if (files.empty()) {
    err << "no Go files in " << dir << "\n";
    return {};
  }
  // The import path of the directory within its module; the main package is always "main".
  std::string importPath = "main";
  SourcePackage* root = parsePackage(importPath, dir, files, /*applyConstraints=*/true, err);
  if (!root) return {};
  llvm::StringRef packageName =
      root->files.empty() ? "" : ast_.str(ast_.get(root->files[0]->packageName)->name);
  if (!root->files.empty() && packageName != "main") {
    llvm::SmallString<256> abs(dir);
    fs::make_absolute(abs);
    path::remove_dots(abs, true);
    llvm::StringRef rel =
        llvm::StringRef(abs).drop_front(std::min(abs.size(), module_.root.size()));
    root->path = module_.path.empty() ? packageName.str() : module_.path + rel.str();
  }
  return loadAll(root, err);
}

}  // namespace ergo::driver
