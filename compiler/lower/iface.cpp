// Interfaces: boxing values, type assertions, comparison.
#include "lower/lowerer.h"

namespace ergo::lower {

using syntax::Tok;

llvm::Value* Lowerer::makeInterface(llvm::Value* x, ty::Type* t) {
  llvm::Value* data;
  if (isPointerShaped(t)) {
    data = x;
  } else {
    // Boxed: the interface points to a heap copy of the value.
    data = callRuntime("runtime.newobject", {typeDescriptor(t)});
    b_.CreateStore(x, data);
  }
  llvm::Value* r = llvm::UndefValue::get(ifaceTy_);
  r = b_.CreateInsertValue(r, typeDescriptor(t), 0);
  return b_.CreateInsertValue(r, data, 1);
}

llvm::Value* Lowerer::typeAssert(const ir::Value* v) {
  llvm::Value* x = value(v->operands[0]);
  ty::Type* target = v->auxType;
  llvm::Value* dynType = b_.CreateExtractValue(x, 0);
  llvm::Value* data = b_.CreateExtractValue(x, 1);
  llvm::Value* ok;
  llvm::Value* result;
  if (ty::isInterface(target)) {
    if (!ty::isEmptyInterface(target)) {
      unsupported(v->pos, "type assertions to interfaces with methods");
      return llvm::UndefValue::get(llType(v->type));
    }
    ok = b_.CreateICmpNE(dynType, llvm::ConstantPointerNull::get(ptr_));
    result = b_.CreateSelect(ok, x, llvm::Constant::getNullValue(ifaceTy_));
  } else {
    ok = b_.CreateICmpEQ(dynType, typeDescriptor(target));
    llvm::Type* lt = llType(target);
    if (isPointerShaped(target)) {
      result = b_.CreateSelect(ok, data, llvm::Constant::getNullValue(lt));
    } else {
      // Load the boxed value only when the types match.
      llvm::BasicBlock* from = b_.GetInsertBlock();
      auto* loadBlock = llvm::BasicBlock::Create(ctx_, "assert.load", fn_);
      auto* done = llvm::BasicBlock::Create(ctx_, "assert.done", fn_);
      b_.CreateCondBr(ok, loadBlock, done);
      b_.SetInsertPoint(loadBlock);
      llvm::Value* loaded = b_.CreateLoad(lt, data);
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
      llvm::PHINode* phi = b_.CreatePHI(lt, 2);
      phi->addIncoming(llvm::Constant::getNullValue(lt), from);
      phi->addIncoming(loaded, loadBlock);
      result = phi;
    }
  }
  if (v->flag) {
    llvm::Value* t = llvm::UndefValue::get(llType(v->type));
    t = b_.CreateInsertValue(t, result, 0);
    return b_.CreateInsertValue(t, ok, 1);
  }
  ty::Type* ifaceType = v->operands[0]->type;
  checkOrPanic(b_.CreateNot(ok), "runtime.panicdottype",
               {dynType, typeDescriptor(target), typeDescriptor(ifaceType)});
  return result;
}

// x == y or x != y of interfaces: with nil, a test of the type word; otherwise the runtime
// compares dynamic types and values.
llvm::Value* Lowerer::interfaceCompare(const ir::Value* v, llvm::Value* x, llvm::Value* y) {
  Tok op = v->tok;
  auto isNil = [](const ir::Value* o) { return o->op == ir::Op::Const && !o->constant.known(); };
  llvm::Value* eq;
  if (isNil(v->operands[0]) || isNil(v->operands[1])) {
    llvm::Value* other = isNil(v->operands[0]) ? y : x;
    eq = b_.CreateICmpEQ(b_.CreateExtractValue(other, 0), llvm::ConstantPointerNull::get(ptr_));
  } else {
    llvm::Value* r =
        callRuntime("runtime.efaceeq", {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1),
                                        b_.CreateExtractValue(y, 0), b_.CreateExtractValue(y, 1)});
    eq = b_.CreateICmpNE(r, b_.getInt8(0));
  }
  return op == Tok::Eql ? eq : b_.CreateNot(eq);
}

}  // namespace ergo::lower
