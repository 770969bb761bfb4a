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
  files_.push_back(File{path.str(), std::move(text), {}});
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

}  // namespace ergo
