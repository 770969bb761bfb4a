// The node store: a large reservation of address space that is filled from the bottom, so
// that a node's id is its word offset and nodes never move. Pages are committed by the
// kernel on first touch; MAP_NORESERVE keeps the reservation from counting against memory.
//
// A released reservation is kept (one at a time) for the next store: tools that parse file
// after file (`ergo tool parse`) would otherwise pay a munmap and fresh page faults for
// every file. Reused memory is dirty, which is fine: every node and list is fully written
// when it is made.
#include <sys/mman.h>

#include <atomic>
#include <cstring>

#include "llvm/Support/ErrorHandling.h"
#include "syntax/ast.h"

namespace ergo::syntax {

namespace {
// 4 GiB: a billion words, far more than any build's syntax (Go's whole src tree needs ~0.2 GiB).
constexpr size_t kReservation = size_t{4} << 30;
// Of a released reservation, this much stays committed for the next store.
constexpr size_t kKeptCommitted = size_t{64} << 20;

std::atomic<char*> spare{nullptr};  // a released reservation, or null
}  // namespace

Ast::Ast(Interner& names) : names_(names) {
  char* p = spare.exchange(nullptr);
  if (!p) {
    void* m = mmap(nullptr, kReservation, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) llvm::report_fatal_error("ergo: cannot reserve memory for syntax trees");
    p = static_cast<char*>(m);
  }
  base_ = p;
  reserved_ = kReservation;
  used_ = kWord;  // id 0 means "no node"
}

Ast::~Ast() {
  if (used_ > kKeptCommitted)
    madvise(base_ + kKeptCommitted, used_ - kKeptCommitted, MADV_DONTNEED);
  char* expected = nullptr;
  if (!spare.compare_exchange_strong(expected, base_)) munmap(base_, reserved_);
}

void* Ast::allocate(size_t bytes) {
  bytes = (bytes + kWord - 1) & ~(kWord - 1);
  if (bytes > reserved_ - used_) llvm::report_fatal_error("ergo: syntax trees exceed 4 GiB");
  void* p = base_ + used_;
  used_ += bytes;
  return p;
}

}  // namespace ergo::syntax
