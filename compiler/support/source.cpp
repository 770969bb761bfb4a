#include "support/source.h"

#include <algorithm>

#include "llvm/Support/MemoryBuffer.h"

namespace ergo {

uint32_t SourceFiles::load(llvm::StringRef path, std::string& error) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer) {
    error = buffer.getError().message();
    return 0;
  }
  return add(path, (*buffer)->getBuffer().str());
}

uint32_t SourceFiles::add(llvm::StringRef path, std::string text) {
  files_.push_back(File{path.str(), std::move(text), {}, {}});
  return static_cast<uint32_t>(files_.size());
}

LineCol SourceFiles::lineCol(Pos pos) const {
  if (!pos.valid() || pos.file > files_.size()) return {};
  const File& f = files_[pos.file - 1];
  if (f.lineStarts.empty()) {
    f.lineStarts.push_back(0);
    for (uint32_t i = 0; i < f.text.size(); ++i)
      if (f.text[i] == '\n') f.lineStarts.push_back(i + 1);
  }
  auto it = std::upper_bound(f.lineStarts.begin(), f.lineStarts.end(), pos.offset);
  uint32_t line = static_cast<uint32_t>(it - f.lineStarts.begin());
  return {line, pos.offset - f.lineStarts[line - 1] + 1};
}

void SourceFiles::setLineDirectives(uint32_t file, std::vector<LineDirective> directives) const {
  // `//line :N:C` keeps the file name in force before it (the file's own for the first).
  llvm::StringRef previous = path(file);
  for (LineDirective& d : directives) {
    if (d.filename.empty() && d.col != 0) d.filename = previous.str();
    previous = d.filename;
  }
  files_[file - 1].directives = std::move(directives);
}

ReportedPos SourceFiles::reported(Pos pos) const {
  if (!pos.valid() || pos.file > files_.size()) return {};
  const File& f = files_[pos.file - 1];
  LineCol lc = lineCol(pos);
  auto after =
      std::upper_bound(f.directives.begin(), f.directives.end(), pos.offset,
                       [](uint32_t offset, const LineDirective& d) { return offset < d.offset; });
  if (after == f.directives.begin()) return {f.path, lc.line, lc.col, -1};
  const LineDirective& d = *(after - 1);
  // Lines count on from the directive's; columns only on the line where it takes effect (gc
  // then shifts them by the directive's column) and are unknown throughout without one.
  LineCol base = lineCol(Pos{pos.file, d.offset});
  uint32_t col = 0;
  if (d.col != 0) col = lc.line == base.line ? d.col + (lc.col - base.col) : lc.col;
  return {d.filename, d.line + (lc.line - base.line), col,
          static_cast<int>(after - 1 - f.directives.begin())};
}

}  // namespace ergo
