// defer, recover and go (docs/abi.md, "Defer, panic, recover"). A function with defers
// records each deferred func() value with runtime.deferproc(frame, closure), frame being its
// llvm.frameaddress(0), and runs them itself: before every return, and in its one landing pad,
// a loop calls `runtime.deferpop(frame)` until it returns nil. Every call that may panic
// becomes an invoke of that pad; after the pad's loop, runtime.panicrecovered says whether a
// deferred call recovered (return normally, with the result slots' values) or not (unwind on).
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/Transforms/Utils/Local.h"
#include "lower/lowerer.h"

namespace ergo::lower {

void Lowerer::beginDefers(const ir::Function& f) {
  frame_ = nullptr;
  if (!f.hasDefer) return;
  frame_ =
      b_.CreateIntrinsic(llvm::Intrinsic::frameaddress, {ptr_}, {b_.getInt32(0)}, nullptr, "frame");
}

llvm::Constant* Lowerer::nilFuncValue() {
  // A func() that panics as a call of a nil func value does: deferred in place of nil, so that
  // the panic comes when the deferred call runs, as the spec says.
  llvm::Function* f = out_->getFunction("ergo.nilfunc");
  if (!f) {
    f = llvm::Function::Create(llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), false),
                               llvm::GlobalValue::LinkOnceODRLinkage, "ergo.nilfunc", *out_);
    f->setUWTableKind(llvm::UWTableKind::Async);
    f->addFnAttr("frame-pointer", "all");
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", f));
    b.CreateCall(runtime("runtime.panicnilderef"), {})->setDoesNotReturn();
    b.CreateUnreachable();
  }
  return constantClosure(
      "ergo.nilfunc\xc2\xb7"
      "f",
      f);
}

void Lowerer::lowerDefer(const ir::Value* v) {
  const ir::Value* fv = v->operands[0];
  llvm::Value* closure = value(fv);
  bool known = fv->op == ir::Op::FuncRef || fv->op == ir::Op::MakeClosure;
  if (!known)
    closure = b_.CreateSelect(b_.CreateICmpEQ(closure, llvm::ConstantPointerNull::get(ptr_)),
                              nilFuncValue(), closure);
  // Bit 0 marks a compiler wrapper (closure objects are word-aligned): recover in the function
  // it calls then counts as called by the deferred function (docs/abi.md).
  if (known && fv->callee->deferWrapper) closure = b_.CreateConstGEP1_64(i8_, closure, 1);
  callRuntime("runtime.deferproc", {frame_, closure});
}

void Lowerer::lowerGo(const ir::Value* v) {
  callRuntime("runtime.newproc", {value(v->operands[0])});
}

void Lowerer::runDefers() {
  auto* loop = llvm::BasicBlock::Create(ctx_, "defer.next", fn_);
  auto* run = llvm::BasicBlock::Create(ctx_, "defer.run", fn_);
  auto* done = llvm::BasicBlock::Create(ctx_, "defer.done", fn_);
  b_.CreateBr(loop);
  b_.SetInsertPoint(loop);
  llvm::Value* closure = callRuntime("runtime.deferpop", {frame_});
  b_.CreateCondBr(b_.CreateICmpEQ(closure, llvm::ConstantPointerNull::get(ptr_)), done, run);
  b_.SetInsertPoint(run);
  callClosure(closure, llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), {ptr_}, false), {});
  b_.CreateBr(loop);
  b_.SetInsertPoint(done);
}

llvm::Value* Lowerer::recover() {
  // The caller's frame tells the runtime whether this function was called directly by a
  // deferred call (the function is never inlined: see finishDefers).
  llvm::Value* callerFrame =
      b_.CreateIntrinsic(llvm::Intrinsic::frameaddress, {ptr_}, {b_.getInt32(1)});
  llvm::Value* pair = callRuntime("runtime.gorecover", {callerFrame});
  llvm::Value* e = llvm::UndefValue::get(ifaceTy_);
  e = b_.CreateInsertValue(e, b_.CreateIntToPtr(b_.CreateExtractValue(pair, 0), ptr_), 0);
  return b_.CreateInsertValue(e, b_.CreateIntToPtr(b_.CreateExtractValue(pair, 1), ptr_), 1);
}

bool Lowerer::mayPanic(llvm::CallInst* c) {
  if (c->isInlineAsm() || llvm::isa<llvm::IntrinsicInst>(c)) return false;
  llvm::Function* callee = c->getCalledFunction();
  if (!callee) return true;  // a func value
  llvm::StringRef name = callee->getName();
  if (!name.starts_with("runtime.")) return true;  // Go code
  // Entries of abi.h's table say so; other bodyless runtime functions (//go:linkname hooks)
  // never panic.
  return runtimeEntryMayPanic(name);
}

void Lowerer::finishDefers(const ir::Function& f) {
  // The recover rule reads the chain of frames: every call keeps its own frame (no sibling
  // calls), recover() reads its caller's frame, and a function with defers registers them
  // under its own: inlining either function would change those frames. A defer or go
  // wrapper's call must stay a call too, so that its callee's caller is the wrapper, and so
  // that tracebacks, which hide wrapper frames as gc does, do not hide an inlined callee.
  fn_->addFnAttr("disable-tail-calls", "true");
  if (f.hasDefer || f.callsRecover) {
    fn_->addFnAttr(llvm::Attribute::NoInline);
    fn_->addFnAttr("frame-pointer", "all");
  }
  if (f.deferWrapper || f.goWrapper)
    for (llvm::BasicBlock& bb : *fn_)
      for (llvm::Instruction& i : bb) {
        auto* c = llvm::dyn_cast<llvm::CallInst>(&i);
        llvm::Function* callee = c ? c->getCalledFunction() : nullptr;
        if (c &&
            (!callee || (!callee->isIntrinsic() && !callee->getName().starts_with("runtime."))))
          c->addFnAttr(llvm::Attribute::NoInline);
      }
  if (!f.hasDefer) return;
  std::vector<llvm::CallInst*> calls;
  auto collect = [&](llvm::BasicBlock* from) {
    for (auto it = from->getIterator(); it != fn_->end(); ++it)
      for (llvm::Instruction& i : *it)
        if (auto* c = llvm::dyn_cast<llvm::CallInst>(&i); c && mayPanic(c)) calls.push_back(c);
  };
  collect(&fn_->front());

  // The landing pad: run the remaining deferred calls, then return or unwind on.
  auto* pad = llvm::BasicBlock::Create(ctx_, "defer.pad", fn_);
  b_.SetInsertPoint(pad);
  b_.SetCurrentDebugLocation(llvm::DebugLoc());
  llvm::LandingPadInst* lp =
      b_.CreateLandingPad(llvm::StructType::get(ctx_, {ptr_, b_.getInt32Ty()}), 0);
  lp->setCleanup(true);
  llvm::Value* exception = b_.CreateExtractValue(lp, 0);
  llvm::BasicBlock* loopStart = &fn_->back();
  runDefers();
  collect(loopStart);  // a deferred call that panics re-enters the pad
  llvm::Value* recovered = callRuntime("runtime.panicrecovered", {exception});
  auto* returnBlock = llvm::BasicBlock::Create(ctx_, "defer.recovered", fn_);
  auto* resumeBlock = llvm::BasicBlock::Create(ctx_, "defer.unwind", fn_);
  b_.CreateCondBr(b_.CreateICmpNE(recovered, b_.getInt8(0)), returnBlock, resumeBlock);
  b_.SetInsertPoint(resumeBlock);
  callNoReturn("runtime.unwindresume", {exception});
  b_.SetInsertPoint(returnBlock);
  if (fn_->getReturnType()->isVoidTy()) {
    b_.CreateRetVoid();
  } else {
    std::vector<llvm::Value*> results;
    for (const ir::Value* slot : f.resultSlots)
      results.push_back(b_.CreateLoad(llType(slot->auxType), value(slot)));
    if (results.size() == 1) {
      b_.CreateRet(results[0]);
    } else {
      llvm::Value* t = llvm::UndefValue::get(fn_->getReturnType());
      for (size_t i = 0; i < results.size(); ++i)
        t = b_.CreateInsertValue(t, results[i], static_cast<unsigned>(i));
      b_.CreateRet(t);
    }
  }
  for (llvm::CallInst* c : calls) llvm::changeToInvokeAndSplitBasicBlock(c, pad);
  if (!fn_->hasPersonalityFn()) {
    llvm::FunctionCallee personality = out_->getOrInsertFunction(
        abi::kPersonalitySymbol, llvm::FunctionType::get(b_.getInt32Ty(), true));
    fn_->setPersonalityFn(llvm::cast<llvm::Constant>(personality.getCallee()));
  }
}

}  // namespace ergo::lower
