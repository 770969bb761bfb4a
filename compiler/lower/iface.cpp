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

llvm::Value* Lowerer::dynamicType(llvm::Value* x, ty::Type* t) {
  llvm::Value* w = b_.CreateExtractValue(x, 0);
  if (ty::isEmptyInterface(t)) return w;
  // The itab's type, read only when there is an itab.
  llvm::BasicBlock* from = b_.GetInsertBlock();
  auto* loadBlock = llvm::BasicBlock::Create(ctx_, "itab.type", fn_);
  auto* done = llvm::BasicBlock::Create(ctx_, "itab.done", fn_);
  b_.CreateCondBr(b_.CreateICmpNE(w, llvm::ConstantPointerNull::get(ptr_)), loadBlock, done);
  b_.SetInsertPoint(loadBlock);
  llvm::Value* loaded = b_.CreateLoad(ptr_, b_.CreateConstGEP1_64(i8_, w, abi::kItabTypeOffset));
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(ptr_, 2);
  phi->addIncoming(llvm::ConstantPointerNull::get(ptr_), from);
  phi->addIncoming(loaded, loadBlock);
  return phi;
}

llvm::Value* Lowerer::convertToInterface(const ir::Value* v) {
  const ir::Value* src = v->operands[0];
  ty::Type* to = v->type;
  if (!ty::isInterface(src->type)) {
    // A big value in memory is copied into its box (call.cpp), never loaded.
    llvm::Value* r = inMemory_.count(src) ? boxInMemory(src) : makeInterface(value(src), src->type);
    if (ty::isEmptyInterface(to)) return r;
    return b_.CreateInsertValue(r, staticItab(src->type, to), 0);
  }
  llvm::Value* x = value(src);
  llvm::Value* dyn = dynamicType(x, src->type);
  llvm::Value* first =
      ty::isEmptyInterface(to) ? dyn : callRuntime("runtime.getitab", {typeDescriptor(to), dyn});
  return b_.CreateInsertValue(x, first, 0);
}

// x.M(args): the code in the itab's slot, called with the data word as receiver.
llvm::Value* Lowerer::callIface(const ir::Value* v) {
  llvm::Value* x = value(v->operands[0]);
  auto* iface = llvm::cast<ty::Interface>(ty::underlying(v->auxType));
  ty::Signature* sig = iface->methods[static_cast<size_t>(v->index)].sig;
  llvm::Value* itab = b_.CreateExtractValue(x, 0);  // not nil: a NilCheck came first
  llvm::Value* slot =
      b_.CreateConstGEP1_64(i8_, itab, abi::kItabFunOffset + 8 * static_cast<uint64_t>(v->index));
  llvm::Value* code = b_.CreateLoad(ptr_, slot);
  std::vector<llvm::Type*> params{ptr_};
  llvm::FunctionType* plain = goFunctionType(sig, false);
  params.insert(params.end(), plain->param_begin(), plain->param_end());
  auto* type = llvm::FunctionType::get(plain->getReturnType(), params, false);
  return goCall(v, type, code, {b_.CreateExtractValue(x, 1)},
                llvm::ArrayRef<ir::Value*>(v->operands).drop_front(), sig);
}

// A nil interface whose method is called (or taken as a value) panics as a nil dereference.
void Lowerer::ifaceNilCheck(const ir::Value* v) {
  llvm::Value* itab = b_.CreateExtractValue(value(v->operands[0]), 0);
  checkOrPanic(b_.CreateICmpEQ(itab, llvm::ConstantPointerNull::get(ptr_)), "runtime.panicnilderef",
               {});
}

llvm::Value* Lowerer::typeAssert(const ir::Value* v) {
  llvm::Value* x = value(v->operands[0]);
  ty::Type* target = v->auxType;
  ty::Type* srcType = v->operands[0]->type;
  llvm::Value* dynType = dynamicType(x, srcType);
  llvm::Value* data = b_.CreateExtractValue(x, 1);
  llvm::Value* ok;
  llvm::Value* result;
  if (ty::isInterface(target) && !ty::isEmptyInterface(target)) {
    llvm::Value* itab = v->flag
                            ? callRuntime("runtime.getitab", {typeDescriptor(target), dynType})
                            : callRuntime("runtime.assertE2I", {typeDescriptor(target), dynType});
    ok = b_.CreateICmpNE(itab, llvm::ConstantPointerNull::get(ptr_));
    result = b_.CreateInsertValue(x, itab, 0);
    result = b_.CreateSelect(ok, result, llvm::Constant::getNullValue(ifaceTy_));
    if (!v->flag) return result;
  } else if (ty::isInterface(target)) {
    ok = b_.CreateICmpNE(dynType, llvm::ConstantPointerNull::get(ptr_));
    result = b_.CreateSelect(ok, b_.CreateInsertValue(x, dynType, 0),
                             llvm::Constant::getNullValue(ifaceTy_));
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
    llvm::Value* r = callRuntime(
        "runtime.efaceeq", {dynamicType(x, v->operands[0]->type), b_.CreateExtractValue(x, 1),
                            dynamicType(y, v->operands[1]->type), b_.CreateExtractValue(y, 1)});
    eq = b_.CreateICmpNE(r, b_.getInt8(0));
  }
  return op == Tok::Eql ? eq : b_.CreateNot(eq);
}

}  // namespace ergo::lower
