// The write-barrier hook (docs/runtime.md, "Write barriers"): every store of a value that
// holds pointers into memory that may be on the heap tests `runtime.writeBarrier` inline and,
// when it is set, copies through runtime.typedmemmove, where the collector's barrier lives.
#include "llvm/IR/MDBuilder.h"
#include "lower/lowerer.h"

namespace ergo::lower {

bool Lowerer::mayBeOnHeap(const ir::Value* addr) {
  if (!addr) return true;
  while (addr->op == ir::Op::FieldAddr) addr = addr->operands[0];
  return !(addr->op == ir::Op::Alloc && !addr->heap);  // a frame slot needs no barrier
}

llvm::Value* Lowerer::writeBarrierFlag() {
  const char* symbol = "runtime.writeBarrier";
  if (llvm::GlobalVariable* g = out_->getNamedGlobal(symbol)) return g;
  return new llvm::GlobalVariable(*out_, i8_, false, llvm::GlobalValue::ExternalLinkage, nullptr,
                                  symbol);
}

void Lowerer::storeValue(llvm::Value* dst, const ir::Value* v, const ir::Value* addr) {
  bool overlap = v == fusedLoad_;  // `*p = *q`: copied straight from q, which may be p
  if (overlap) fusedLoad_ = nullptr;
  if (!hasPointers(v->type) || !mayBeOnHeap(addr)) {
    copyValue(dst, v, overlap);
    return;
  }
  auto* slow = llvm::BasicBlock::Create(ctx_, "wb.on", fn_);
  auto* fast = llvm::BasicBlock::Create(ctx_, "wb.off", fn_);
  auto* done = llvm::BasicBlock::Create(ctx_, "wb.done", fn_);
  llvm::Value* on = b_.CreateICmpNE(b_.CreateLoad(i8_, writeBarrierFlag()), b_.getInt8(0));
  llvm::MDBuilder md(ctx_);
  b_.CreateCondBr(on, slow, fast, md.createBranchWeights(1, 1 << 20));
  b_.SetInsertPoint(slow);
  auto m = inMemory_.find(v);
  llvm::Value* src = m != inMemory_.end() ? m->second : nullptr;
  if (!src) {
    src = entryAlloca(llType(v->type), "wb.src");
    b_.CreateStore(value(v), src);
  }
  callRuntime("runtime.typedmemmove", {typeDescriptor(v->type), dst, src});
  b_.CreateBr(done);
  b_.SetInsertPoint(fast);
  copyValue(dst, v, overlap);
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
}

}  // namespace ergo::lower
