// The node store: a large reservation of address space that is filled from the bottom, so
// that a node's id is its word offset and nodes never move. Pages are committed by the
// kernel on first touch; MAP_NORESERVE keeps the reservation from counting against memory.
#include <sys/mman.h>

#include <cstring>

#include "llvm/Support/ErrorHandling.h"
#include "syntax/ast.h"

namespace ergo::syntax {

namespace {
// 4 GiB: a billion words, far more than any build's syntax (Go's whole src tree needs ~0.2 GiB).
constexpr size_t kReservation = size_t{4} << 30;
}  // namespace

Ast::Ast(Interner& names) : names_(names) {
  void* p = mmap(nullptr, kReservation, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) llvm::report_fatal_error("ergo: cannot reserve memory for syntax trees");
  base_ = static_cast<char*>(p);
  reserved_ = kReservation;
  used_ = kWord;  // id 0 means "no node"
}

Ast::~Ast() {
  munmap(base_, reserved_);
}

void* Ast::allocate(size_t bytes) {
  bytes = (bytes + kWord - 1) & ~(kWord - 1);
  if (bytes > reserved_ - used_) llvm::report_fatal_error("ergo: syntax trees exceed 4 GiB");
  void* p = base_ + used_;
  used_ += bytes;
  return p;
}

}  // namespace ergo::syntax
