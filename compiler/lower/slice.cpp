// Slices (and slicing of strings): make, s[a:b:c] with gc's checks, append with growth, copy.
#include "llvm/IR/Intrinsics.h"
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::Value* Lowerer::makeSlice(const ir::Value* v) {
  ty::Type* elem = llvm::cast<ty::Slice>(ty::underlying(v->type))->elem;
  llvm::Value* len = toInt64(value(v->operands[0]), v->operands[0]->type);
  llvm::Value* cap = toInt64(value(v->operands[1]), v->operands[1]->type);
  llvm::Value* p = nullptr;
  // A slice that does not escape, of a constant capacity up to gc's 64 KiB limit for implicit
  // stack variables, gets its array in the frame (zeroed here; makeslice's checks of the
  // length against the capacity still apply).
  const ir::Value* capOp = v->operands[1];
  uint64_t elemSize = sizeOf(elem);
  if (v->flag && capOp->op == ir::Op::Const && capOp->constant.isInt64()) {
    int64_t n = capOp->constant.int64();
    if (n >= 0 && elemSize > 0 && static_cast<uint64_t>(n) <= (64 << 10) / elemSize) {
      // A bad length (negative or over the capacity): makeslice panics with gc's message.
      checkOrPanic(b_.CreateICmpUGT(len, cap), "runtime.makeslice",
                   {typeDescriptor(elem), len, cap});
      llvm::IRBuilder<> entry(entry_, entry_->getFirstInsertionPt());
      llvm::AllocaInst* array =
          entry.CreateAlloca(llvm::ArrayType::get(llType(elem), static_cast<uint64_t>(n)));
      array->setAlignment(llvm::Align(8));
      b_.CreateMemSet(array, b_.getInt8(0), elemSize * static_cast<uint64_t>(n), llvm::Align(8));
      p = array;
    }
  }
  if (!p) p = callRuntime("runtime.makeslice", {typeDescriptor(elem), len, cap});
  llvm::Value* r = llvm::UndefValue::get(sliceTy_);
  r = b_.CreateInsertValue(r, p, 0);
  r = b_.CreateInsertValue(r, len, 1);
  return b_.CreateInsertValue(r, cap, 2);
}

llvm::Value* Lowerer::slice(const ir::Value* v) {
  llvm::Value* x = value(v->operands[0]);
  ty::Type* xt = v->operands[0]->type;
  bool isString = ty::isString(xt);
  auto index = [&](size_t i, llvm::Value* dflt) {
    const ir::Value* o = v->operands[i];
    return o ? toInt64(value(o), o->type) : dflt;
  };
  llvm::Value* base = b_.CreateExtractValue(x, 0);
  llvm::Value* len = b_.CreateExtractValue(x, 1);
  llvm::Value* cap = isString ? len : b_.CreateExtractValue(x, 2);
  llvm::Value* lo = index(1, b_.getInt64(0));
  llvm::Value* hi = index(2, len);
  llvm::Value* max = isString ? len : index(3, cap);
  // The checks and messages of gc: s[a:b:c] checks c <= cap, b <= c, a <= b; s[a:b] checks
  // b <= cap (len for strings), a <= b. Unsigned comparisons also catch negative indices.
  if (v->operands[3]) {
    checkOrPanic(b_.CreateICmpUGT(max, cap), "runtime.panicSlice3Acap", {max, cap});
    checkOrPanic(b_.CreateICmpUGT(hi, max), "runtime.panicSlice3B", {hi, max});
    checkOrPanic(b_.CreateICmpUGT(lo, hi), "runtime.panicSlice3C", {lo, hi});
  } else {
    // Strings and arrays (sliced through their address) check against the length.
    bool byLength = isString || v->operands[0]->op == ir::Op::ArrayToSlice;
    if (v->operands[2])
      checkOrPanic(b_.CreateICmpUGT(hi, max),
                   byLength ? "runtime.panicSliceAlen" : "runtime.panicSliceAcap", {hi, max});
    checkOrPanic(b_.CreateICmpUGT(lo, hi), "runtime.panicSliceB", {lo, hi});
  }
  uint64_t elemSize = isString ? 1 : sizeOf(llvm::cast<ty::Slice>(ty::underlying(xt))->elem);
  llvm::Value* newCap = b_.CreateSub(max, lo);
  // Never form a pointer past the end: an empty result keeps the base pointer (as gc).
  llvm::Value* offset = b_.CreateSelect(b_.CreateICmpEQ(newCap, b_.getInt64(0)), b_.getInt64(0),
                                        b_.CreateMul(lo, b_.getInt64(elemSize)));
  llvm::Value* p = b_.CreateGEP(i8_, base, offset);
  llvm::Value* r = llvm::UndefValue::get(isString ? stringTy_ : sliceTy_);
  r = b_.CreateInsertValue(r, p, 0);
  r = b_.CreateInsertValue(r, b_.CreateSub(hi, lo), 1);
  if (!isString) r = b_.CreateInsertValue(r, newCap, 2);
  return r;
}

llvm::Value* Lowerer::grow(llvm::Value* s, llvm::Value* newLen, ty::Type* elem) {
  // If the new length exceeds the capacity, the runtime makes a bigger array (gc's growth).
  llvm::Value* cap = b_.CreateExtractValue(s, 2);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  auto* growBlock = llvm::BasicBlock::Create(ctx_, "append.grow", fn_);
  auto* done = llvm::BasicBlock::Create(ctx_, "append.done", fn_);
  b_.CreateCondBr(b_.CreateICmpUGT(newLen, cap), growBlock, done);
  b_.SetInsertPoint(growBlock);
  llvm::Value* pair =
      callRuntime("runtime.growslice", {typeDescriptor(elem), b_.CreateExtractValue(s, 0),
                                        b_.CreateExtractValue(s, 1), cap, newLen});
  llvm::Value* grown = llvm::UndefValue::get(sliceTy_);
  grown = b_.CreateInsertValue(grown, b_.CreateIntToPtr(b_.CreateExtractValue(pair, 0), ptr_), 0);
  grown = b_.CreateInsertValue(grown, b_.CreateExtractValue(pair, 1), 2);
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(sliceTy_, 2);
  phi->addIncoming(s, from);
  phi->addIncoming(grown, growBlock);
  return b_.CreateInsertValue(phi, newLen, 1);
}

llvm::Value* Lowerer::append(const ir::Value* v) {
  llvm::Value* s = value(v->operands[0]);
  ty::Type* elem = llvm::cast<ty::Slice>(ty::underlying(v->type))->elem;
  llvm::Type* lt = llType(elem);
  llvm::Value* oldLen = b_.CreateExtractValue(s, 1);
  if (v->op == ir::Op::AppendSlice) {
    llvm::Value* t = value(v->operands[1]);
    llvm::Value* n = b_.CreateExtractValue(t, 1);
    llvm::Value* r = grow(s, b_.CreateAdd(oldLen, n), elem);
    llvm::Value* dst = b_.CreateInBoundsGEP(lt, b_.CreateExtractValue(r, 0), oldLen);
    b_.CreateMemMove(dst, llvm::MaybeAlign(), b_.CreateExtractValue(t, 0), llvm::MaybeAlign(),
                     b_.CreateMul(n, b_.getInt64(sizeOf(elem))));
    return r;
  }
  size_t n = v->operands.size() - 1;
  if (n == 0) return s;
  llvm::Value* r = grow(s, b_.CreateAdd(oldLen, b_.getInt64(n)), elem);
  llvm::Value* data = b_.CreateExtractValue(r, 0);
  for (size_t i = 0; i < n; ++i) {
    llvm::Value* slot = b_.CreateInBoundsGEP(lt, data, b_.CreateAdd(oldLen, b_.getInt64(i)));
    b_.CreateStore(value(v->operands[i + 1]), slot);
  }
  return r;
}

// copy(dst, src): min(len(dst), len(src)) elements; the two may overlap.
llvm::Value* Lowerer::copySlice(const ir::Value* v) {
  llvm::Value* dst = value(v->operands[0]);
  llvm::Value* src = value(v->operands[1]);
  ty::Type* elem = llvm::cast<ty::Slice>(ty::underlying(v->operands[0]->type))->elem;
  llvm::Value* n =
      b_.CreateIntrinsic(llvm::Intrinsic::smin, {i64_},
                         {b_.CreateExtractValue(dst, 1), b_.CreateExtractValue(src, 1)});
  b_.CreateMemMove(b_.CreateExtractValue(dst, 0), llvm::MaybeAlign(), b_.CreateExtractValue(src, 0),
                   llvm::MaybeAlign(), b_.CreateMul(n, b_.getInt64(sizeOf(elem))));
  return n;
}

}  // namespace ergo::lower
