// Source files and positions. A position is a file id plus a byte offset (8 bytes in all);
// line and column are computed only when a diagnostic is printed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "llvm/ADT/StringRef.h"

namespace ergo {

struct Pos {
  uint32_t file = 0;  // 0 means "no position"
  uint32_t offset = 0;
  bool valid() const { return file != 0; }
  friend bool operator<(Pos a, Pos b) {
    return a.file != b.file ? a.file < b.file : a.offset < b.offset;
  }
  friend bool operator==(Pos a, Pos b) = default;
};

struct LineCol {
  uint32_t line = 0;
  uint32_t col = 0;
};

// Owns the text of every source file of a build. File ids start at 1.
class SourceFiles {
 public:
  // Reads a file from disk; returns 0 and sets `error` if it cannot be read.
  uint32_t load(llvm::StringRef path, std::string& error);
  // Adds an in-memory file (tests, generated code).
  uint32_t add(llvm::StringRef path, std::string text);

  llvm::StringRef path(uint32_t file) const { return files_[file - 1].path; }
  llvm::StringRef text(uint32_t file) const { return files_[file - 1].text; }
  // 1-based line and byte column, as gc reports them.
  LineCol lineCol(Pos pos) const;

 private:
  struct File {
    std::string path;
    std::string text;
    mutable std::vector<uint32_t> lineStarts;  // filled on first lookup
  };
  std::vector<File> files_;
};

}  // namespace ergo
