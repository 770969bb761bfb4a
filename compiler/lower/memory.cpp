// Memory: allocation of variables, element addresses with their bounds checks.
#include "lower/lowerer.h"

namespace ergo::lower {

// An Alloc: a heap object from the runtime, or a stack slot.
llvm::Value* Lowerer::alloc(const ir::Value* v) {
  llvm::Type* t = llType(v->auxType);
  if (v->heap) return callRuntime("runtime.newobject", {typeDescriptor(v->auxType)});
  // Stack slots live in the entry block; the variable is zeroed where it is declared.
  llvm::IRBuilder<> entry(entry_, entry_->getFirstInsertionPt());
  llvm::Value* r = entry.CreateAlloca(t, nullptr, v->name);
  if (passedInMemory(v->auxType))  // never a first-class LLVM value of a big type
    b_.CreateMemSet(r, b_.getInt8(0), sizeOf(v->auxType), llvm::Align(8));
  else
    b_.CreateStore(llvm::Constant::getNullValue(t), r);
  return r;
}

// Panics unless 0 <= i < len (i already widened from an index of type indexType).
void Lowerer::indexCheck(llvm::Value* i, llvm::Value* len, ty::Type* indexType) {
  checkOrPanic(b_.CreateICmpUGE(i, len),
               ty::isUnsigned(indexType) ? "runtime.panicIndexU" : "runtime.panicIndex", {i, len});
}

// &s[i] of a slice or of an array given by its address, bounds-checked unless the builder
// knows i is in range.
llvm::Value* Lowerer::indexAddr(const ir::Value* v) {
  llvm::Value* s = value(v->operands[0]);
  llvm::Value* i = toInt64(value(v->operands[1]), v->operands[1]->type);
  if (auto* p = llvm::dyn_cast<ty::Pointer>(ty::underlying(v->operands[0]->type))) {
    ty::Type* arrayType = p->elem;
    auto* at = llvm::cast<ty::Array>(ty::underlying(arrayType));
    if (!v->flag) indexCheck(i, llvm::ConstantInt::get(i64_, at->len), v->operands[1]->type);
    return b_.CreateInBoundsGEP(llType(arrayType), s, {llvm::ConstantInt::get(i64_, 0), i});
  }
  llvm::Value* len = b_.CreateExtractValue(s, 1);
  if (!v->flag) indexCheck(i, len, v->operands[1]->type);
  ty::Type* elem = llvm::cast<ty::Pointer>(v->type)->elem;
  return b_.CreateInBoundsGEP(llType(elem), b_.CreateExtractValue(s, 0), i);
}

}  // namespace ergo::lower
