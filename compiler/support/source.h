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

// A `//line file:line[:col]` or `/*line file:line[:col]*/` directive, as the lexer found it:
// from `offset` on (just after the comment), positions are reported relative to it.
struct LineDirective {
  uint32_t offset = 0;
  std::string filename;  // empty with a column given: the name in force before (gc's rule)
  uint32_t line = 0;     // the line reported for the line that holds `offset`
  uint32_t col = 0;      // the column reported at `offset`; 0: none given, none reported
};

// Where a position is reported: the raw source position unless a line directive applies.
struct ReportedPos {
  llvm::StringRef filename;  // empty when pos is invalid
  uint32_t line = 0;
  uint32_t col = 0;    // 0: unknown (a directive without a column), not printed
  int directive = -1;  // index of the directive in force in its file; -1: none
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
  // 1-based line and byte column in the file's own text (line directives ignored).
  LineCol lineCol(Pos pos) const;

  // The file's line directives, in source order. The lexer finds them, so this table is filled
  // once, when the file is lexed (before any position in it is reported), and fixed from then
  // on; like lineStarts it only caches what the text says, hence a const setter.
  void setLineDirectives(uint32_t file, std::vector<LineDirective> directives) const;
  const std::vector<LineDirective>& lineDirectives(uint32_t file) const {
    return files_[file - 1].directives;
  }
  // The position as gc reports it: file name, line and column after line directives.
  ReportedPos reported(Pos pos) const;

 private:
  struct File {
    std::string path;
    std::string text;
    mutable std::vector<uint32_t> lineStarts;       // filled on first lookup
    mutable std::vector<LineDirective> directives;  // by offset; see setLineDirectives
  };
  std::vector<File> files_;
};

}  // namespace ergo
