// Goroutine stack checks in generated prologues and the morestack slow path (docs/abi.md,
// "Stacks"; the generated code and its cost are shown in docs/performance.md).
//
// Every Go function F starts with a new entry block:
//
//   stackcheck:  G = asm TLS read; if fp [- variables] < G->stackguard: goto morestack
//   morestack:   return F·morestack(args...)       ; cold, never a tail call
//
// and F·morestack, an internal noinline function with F's signature, does the switch:
//
//   saved = stacksave; stackrestore(runtime.morestack(framesize))
//   r = invoke F(args...)  (on the new segment)
//     normal: stackrestore(saved); runtime.lessstack(); return r
//     unwind: landingpad cleanup; stackrestore(saved); runtime.lessstack();
//             runtime.unwindresume(exc)
//
// Why the switch lives in a separate function rather than in F itself: LLVM records a
// variable-sized frame (frame addressed through the frame pointer, epilogue restoring sp from
// it, no preallocated outgoing-argument area) only for a dynamic alloca, never for
// stackrestore. Without it the arm64 backend addresses spill slots from sp, which points into
// the new segment during the re-call, and both backends pop the frame by adding its size to
// sp. A dynamic alloca in F would make LLVM refuse to inline F and to turn its tail recursion
// into a loop; in F·morestack, which is never inlined anyway, it costs nothing.
#include <algorithm>
#include <vector>

#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/TargetParser/Triple.h"
#include "lower/lowerer.h"

namespace ergo::lower {

namespace {

// The personality routine of Go functions with landing pads, implemented by the runtime.
llvm::Function* personality(llvm::Module& m) {
  if (llvm::Function* f = m.getFunction(abi::kPersonalitySymbol)) return f;
  auto* type = llvm::FunctionType::get(llvm::Type::getInt32Ty(m.getContext()), true);
  return llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, abi::kPersonalitySymbol,
                                m);
}

// Reads the current G exactly as docs/abi.md ("The current G") prescribes. The asm has side
// effects so that LLVM neither merges two reads nor moves one across a call.
llvm::Value* readCurrentG(llvm::IRBuilder<>& b, const llvm::Triple& triple) {
  std::string sym = abi::kCurrentGSymbol;
  std::string text = triple.getArch() == llvm::Triple::aarch64
                         ? "mrs $0, tpidr_el0\n\tadd $0, $0, :tprel_hi12:" + sym +
                               "\n\tadd $0, $0, :tprel_lo12_nc:" + sym + "\n\tldr $0, [$0]"
                         : "movq %fs:" + sym + "@tpoff, $0";
  auto* type = llvm::FunctionType::get(b.getPtrTy(), false);
  llvm::CallInst* g =
      b.CreateCall(llvm::InlineAsm::get(type, text, "=r", /*hasSideEffects=*/true), {}, "g");
  g->setDoesNotThrow();
  return g;
}

// The frame pointer, as an integer: the top of the frame the prologue has just built (reading
// it also keeps shrink-wrapping from moving the prologue after the check). Compared rather
// than sp: as many instructions on amd64, one fewer on arm64 (cmp takes x29, not sp). The
// frame below it holds at most half the red zone of variables plus spills, so the red zone
// still covers it.
llvm::Value* readFramePointer(llvm::IRBuilder<>& b, llvm::Module& m) {
  llvm::Function* frameaddress =
      llvm::Intrinsic::getDeclaration(&m, llvm::Intrinsic::frameaddress, {b.getPtrTy()});
  return b.CreatePtrToInt(b.CreateCall(frameaddress, {b.getInt32(0)}, "fp"), b.getInt64Ty());
}

// The attributes of `fn`'s parameters and result (nest, zeroext, ...), without its function
// attributes, for the trampoline's declaration and for calls that forward the arguments.
llvm::AttributeList forwardedAttributes(llvm::Function* fn) {
  llvm::AttributeList attrs = fn->getAttributes();
  std::vector<llvm::AttributeSet> params;
  for (unsigned i = 0; i < fn->arg_size(); ++i) params.push_back(attrs.getParamAttrs(i));
  return llvm::AttributeList::get(fn->getContext(), llvm::AttributeSet(), attrs.getRetAttrs(),
                                  params);
}

uint64_t allocaBytes(const llvm::AllocaInst* a, const llvm::DataLayout& dl) {
  auto size = a->getAllocationSize(dl);
  return size ? size->getFixedValue() : 0;
}

// Bytes of spills, saved registers and outgoing arguments assumed beyond a function's
// variables when asking runtime.morestack for a segment.
constexpr uint64_t kFrameSlack = 512;

// The body of F·morestack (see the top of this file): moves to a new segment with room for
// `framesize` bytes beyond its red zone, calls `target` there with the same arguments, and
// moves back when the call returns or unwinds.
void buildTrampoline(Lowerer& l, llvm::Function* tramp, llvm::Function* target,
                     uint64_t framesize) {
  llvm::LLVMContext& c = tramp->getContext();
  tramp->addFnAttr("frame-pointer", "all");
  tramp->addFnAttr(llvm::Attribute::NoInline);
  tramp->addFnAttr(llvm::Attribute::Cold);
  tramp->setUWTableKind(llvm::UWTableKind::Async);
  tramp->setPersonalityFn(personality(*tramp->getParent()));
  auto* entry = llvm::BasicBlock::Create(c, "", tramp);
  auto* back = llvm::BasicBlock::Create(c, "back", tramp);
  auto* unwind = llvm::BasicBlock::Create(c, "unwind", tramp);
  llvm::IRBuilder<> b(entry);
  llvm::Value* saved = b.CreateStackSave("saved");
  llvm::Value* top = b.CreateCall(l.runtime("runtime.morestack"), {b.getInt64(framesize)}, "top");
  b.CreateStackRestore(top);
  std::vector<llvm::Value*> args;
  for (llvm::Argument& a : tramp->args()) args.push_back(&a);
  llvm::InvokeInst* call = b.CreateInvoke(target, back, unwind, args);
  call->setCallingConv(target->getCallingConv());
  call->setAttributes(forwardedAttributes(target));
  // Inlining F here would put F's variables in this frame, on the old segment, which has
  // no room left.
  call->addFnAttr(llvm::Attribute::NoInline);

  b.SetInsertPoint(back);
  // The dynamic alloca that makes the frame variable-sized (see the top of this file); the
  // empty asm keeps it. Outside the entry block, a constant-size alloca is still dynamic.
  llvm::Value* pad = b.CreateAlloca(llvm::ArrayType::get(b.getInt8Ty(), 16), nullptr, "pad");
  auto* keep = llvm::FunctionType::get(b.getVoidTy(), {b.getPtrTy()}, false);
  b.CreateCall(llvm::InlineAsm::get(keep, "", "r", /*hasSideEffects=*/true), {pad})
      ->setDoesNotThrow();
  // Back to the old segment before leaving the new one, so that the runtime never sees sp
  // on a segment it no longer counts as current.
  b.CreateStackRestore(saved);
  b.CreateCall(l.runtime("runtime.lessstack"), {});
  if (tramp->getReturnType()->isVoidTy())
    b.CreateRetVoid();
  else
    b.CreateRet(call);

  // A panic unwinding through the re-call: leave the segment, then continue unwinding from
  // the system stack (LLVM's `resume` would run the unwinder on the goroutine stack).
  b.SetInsertPoint(unwind);
  llvm::LandingPadInst* landing =
      b.CreateLandingPad(llvm::StructType::get(c, {b.getPtrTy(), b.getInt32Ty()}), 0, "exc");
  landing->setCleanup(true);
  b.CreateStackRestore(saved);
  b.CreateCall(l.runtime("runtime.lessstack"), {});
  llvm::CallInst* resume =
      b.CreateCall(l.runtime("runtime.unwindresume"), {b.CreateExtractValue(landing, 0)});
  resume->setDoesNotReturn();
  b.CreateUnreachable();
}

}  // namespace

void Lowerer::configureGoFunction(llvm::Function* fn, const ir::Function&) {
  // A frame-pointer chain for tracebacks and recover, and a CFA the unwinder can follow
  // from a new stack segment back to the old one (docs/abi.md, "Stacks").
  fn->addFnAttr("frame-pointer", "all");
  // No personality here: a frame without landing pads needs none (the unwinder passes it
  // by), so only functions with defers (defer.cpp) and trampolines get ergo_personality.
  // amd64's 128-byte red zone below sp needs no attribute: LLVM uses it only in functions
  // without calls, and with stack checks every Go function calls its trampoline; signals
  // run on the sigaltstack, and runtime stubs are only entered through calls.
}

void Lowerer::emitStackCheck(const ir::Function&) {
  if (!options_.stackChecks || fn_->isVarArg()) return;
  llvm::Triple triple(out_->getTargetTriple());

  // The function's variables. They must stay in the entry block to stay static (part of the
  // frame the prologue builds), so they move to the new entry block. If they take more than
  // half the red zone, the largest become dynamic allocas made after the check, which then
  // compares fp minus all the variables' size: a frame built before the check must fit in
  // the red zone, since the prologue may store to it (spills at -O0) before the check runs.
  std::vector<llvm::AllocaInst*> statics;
  for (llvm::Instruction& inst : *entry_)
    if (auto* a = llvm::dyn_cast<llvm::AllocaInst>(&inst); a && a->isStaticAlloca())
      statics.push_back(a);
  uint64_t staticBytes = 0;
  for (llvm::AllocaInst* a : statics) staticBytes += allocaBytes(a, dl_);
  std::vector<llvm::AllocaInst*> dynamics;
  uint64_t dynamicBytes = 0;
  if (staticBytes > abi::kStackRedZone / 2) {
    // Largest first; equal sizes in program order, so the output is deterministic.
    std::vector<std::pair<uint64_t, size_t>> bySize;
    for (size_t i = 0; i < statics.size(); ++i) bySize.push_back({allocaBytes(statics[i], dl_), i});
    std::sort(bySize.begin(), bySize.end(), [](auto& x, auto& y) {
      return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    for (auto [bytes, i] : bySize) {
      if (staticBytes <= abi::kStackRedZone / 2) break;
      staticBytes -= bytes;
      dynamicBytes += bytes;
      dynamics.push_back(statics[i]);
    }
    std::erase_if(statics, [&](llvm::AllocaInst* a) {
      return std::find(dynamics.begin(), dynamics.end(), a) != dynamics.end();
    });
  }

  // Instructions of the check carry the function's first source position, if any.
  llvm::DebugLoc loc;
  for (llvm::BasicBlock& bb : *fn_)
    for (llvm::Instruction& inst : bb)
      if (!loc && inst.getDebugLoc()) loc = inst.getDebugLoc();

  auto* check = llvm::BasicBlock::Create(ctx_, "stackcheck", fn_, entry_);
  auto* more = llvm::BasicBlock::Create(ctx_, "morestack", fn_);
  llvm::BasicBlock* body = entry_;
  if (!dynamics.empty()) {
    body = llvm::BasicBlock::Create(ctx_, "frame", fn_, entry_);
    for (llvm::AllocaInst* a : dynamics) a->moveBefore(*body, body->end());
    llvm::IRBuilder<>(body).CreateBr(entry_);
  }
  for (llvm::AllocaInst* a : statics) a->moveBefore(*check, check->end());

  llvm::IRBuilder<> b(check);
  b.SetCurrentDebugLocation(loc);
  llvm::Value* g = readCurrentG(b, triple);
  llvm::Value* guard = b.CreateLoad(
      i64_, b.CreateConstInBoundsGEP1_64(i8_, g, abi::kGStackGuardOffset), "stackguard");
  llvm::Value* fp = readFramePointer(b, *out_);
  // With dynamic allocas to come, the frame's variables count too: all of them lie below fp.
  if (dynamicBytes > 0) fp = b.CreateSub(fp, b.getInt64(staticBytes + dynamicBytes), "frame.low");
  llvm::MDBuilder md(ctx_);
  b.CreateCondBr(b.CreateICmpULT(fp, guard, "stack.low"), more, body,
                 md.createBranchWeights(1, 1 << 20));

  // The slow path: the trampoline, never as a tail call, so that the frames on the old
  // segment are always F and F·morestack (recover and tracebacks rely on that shape).
  llvm::Function* tramp =
      llvm::Function::Create(fn_->getFunctionType(), llvm::GlobalValue::InternalLinkage,
                             fn_->getName() + "\u00b7morestack", *out_);
  tramp->setCallingConv(fn_->getCallingConv());
  tramp->setAttributes(forwardedAttributes(fn_));
  b.SetInsertPoint(more);
  std::vector<llvm::Value*> args;
  for (llvm::Argument& a : fn_->args()) args.push_back(&a);
  llvm::CallInst* slow = b.CreateCall(tramp, args);
  slow->setCallingConv(fn_->getCallingConv());
  slow->setAttributes(forwardedAttributes(fn_));
  slow->setTailCallKind(llvm::CallInst::TCK_NoTail);
  if (fn_->getReturnType()->isVoidTy())
    b.CreateRetVoid();
  else
    b.CreateRet(slow);

  buildTrampoline(*this, tramp, fn_, staticBytes + dynamicBytes + kFrameSlack);
}

}  // namespace ergo::lower
