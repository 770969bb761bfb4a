#include "support/diagnostics.h"

#include <algorithm>
#include <map>

#include "fmt/format.h"

namespace ergo {

void Diagnostics::error(Pos pos, std::string message) {
  pending_.emplace_back(pos, std::move(message));
  ++count_;
}

unsigned Diagnostics::pendingSyntaxErrors() const {
  unsigned n = 0;
  for (const Error& e : pending_) n += llvm::StringRef(e.second).starts_with("syntax error");
  return n;
}

std::vector<Diagnostics::Error> Diagnostics::take() {
  std::vector<Error> taken = std::move(pending_);
  pending_.clear();
  count_ -= static_cast<unsigned>(taken.size());
  return taken;
}

void Diagnostics::restore(std::vector<Error> errors) {
  count_ += static_cast<unsigned>(errors.size());
  for (Error& e : errors) pending_.push_back(std::move(e));
}

std::string Diagnostics::format(Pos pos) const {
  if (!pos.valid()) return "<unknown>";
  ReportedPos at = files_.reported(pos);
  // A line directive without a column leaves columns unknown: gc then prints none.
  if (at.col == 0) return fmt::format("{}:{}", at.filename.str(), at.line);
  return fmt::format("{}:{}:{}", at.filename.str(), at.line, at.col);
}

unsigned Diagnostics::flush(llvm::raw_ostream& out) {
  // gc sorts by position base (a file, or the line directive in force), in the order the
  // bases were first used by an error, then by source position; errors at one position keep
  // the order they were reported in.
  std::map<std::pair<uint32_t, int>, size_t> baseRank;
  std::vector<size_t> rank(pending_.size());
  for (size_t i = 0; i < pending_.size(); ++i) {
    Pos pos = pending_[i].first;
    auto base = std::make_pair(pos.file, pos.valid() ? files_.reported(pos).directive : -1);
    rank[i] = baseRank.try_emplace(base, baseRank.size()).first->second;
  }
  std::vector<size_t> order(pending_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (rank[a] != rank[b]) return rank[a] < rank[b];
    if (pending_[a].first == pending_[b].first) return a < b;
    return pending_[a].first < pending_[b].first;
  });
  std::vector<std::pair<Pos, std::string>> sorted;
  for (size_t i : order) sorted.push_back(std::move(pending_[i]));
  pending_ = std::move(sorted);
  unsigned printed = 0;
  std::string last;
  for (const auto& [pos, message] : pending_) {
    std::string line = format(pos) + ": " + message;
    // Like gc, drop an error identical (position and text) to the one before it.
    if (line == last) continue;
    last = line;
    out << line << "\n";
    // Like gc, stop at the tenth error, repeating its position.
    ++printed;
    if (!reportAll_ && printed == 10) {
      out << format(pos) << ": too many errors\n";
      break;
    }
  }
  pending_.clear();
  return printed;
}

}  // namespace ergo
