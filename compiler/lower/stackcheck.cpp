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
//
// The frame F's prologue builds before the check must fit in the red zone beside its
// caller's (kMaxUncheckedFrame). Spills are known only to the backend, which reports the
// frames above that (the "warn-stack-size" attribute); the driver then lowers the package
// again, and each such F is split (splitLargeFrame):
//
//   F:        stackcheck: if fp - budget < G->stackguard: return F·morestack(args...)
//             body:       return F·body(args...)       ; never a tail call
//   F·body:   F's code; its frame is measured against `budget` in turn
#include <algorithm>
#include <string>
#include <vector>

#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/Utils/Local.h"
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

uint64_t allocaBytes(const std::vector<llvm::AllocaInst*>& allocas, const llvm::DataLayout& dl) {
  uint64_t bytes = 0;
  for (const llvm::AllocaInst* a : allocas) bytes += allocaBytes(a, dl);
  return bytes;
}

// Bytes of spills, saved registers and outgoing arguments assumed beyond a function's
// variables when asking runtime.morestack for a segment.
constexpr uint64_t kFrameSlack = 512;

// Room F·body gets beyond the frame F measured before the split, which changes its spills a
// little; a body that still outgrows it is measured and split again by the next pass.
constexpr uint64_t kBodySlack = 512;

// A caller that has passed its check, with a frame of at most kMaxUncheckedFrame below the
// guard, its callee's unchecked frame, and the callee's trampoline and runtime.morestack
// stub frames must all fit in the red zone.
static_assert(2 * kMaxUncheckedFrame + 2048 <= abi::kStackRedZone);

// Variables the check allocates itself when they exceed half the unchecked frame (the rest
// is left for spills): the largest first, equal sizes in program order, so that the output
// is deterministic. Removes them from `statics`.
std::vector<llvm::AllocaInst*> takeLargestVariables(std::vector<llvm::AllocaInst*>& statics,
                                                    const llvm::DataLayout& dl) {
  std::vector<llvm::AllocaInst*> dynamics;
  uint64_t staticBytes = allocaBytes(statics, dl);
  if (staticBytes <= kMaxUncheckedFrame / 2) return dynamics;
  std::vector<std::pair<uint64_t, size_t>> bySize;
  for (size_t i = 0; i < statics.size(); ++i) bySize.push_back({allocaBytes(statics[i], dl), i});
  std::sort(bySize.begin(), bySize.end(), [](auto& x, auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  for (auto [bytes, i] : bySize) {
    if (staticBytes <= kMaxUncheckedFrame / 2) break;
    staticBytes -= bytes;
    dynamics.push_back(statics[i]);
  }
  std::erase_if(statics, [&](llvm::AllocaInst* a) {
    return std::find(dynamics.begin(), dynamics.end(), a) != dynamics.end();
  });
  return dynamics;
}

// A subprogram for a function the compiler adds beside F (a function's subprogram belongs to
// it alone): F's name, marked artificial. debuginfo.cpp puts such a function's calls on line
// 0, which tracebacks hide, whereas code outside every subprogram would have no line at all.
llvm::DISubprogram* artificialSubprogram(llvm::DISubprogram* sp) {
  return llvm::DISubprogram::getDistinct(
      sp->getContext(), sp->getScope(), sp->getName(), sp->getLinkageName(), sp->getFile(),
      sp->getLine(), sp->getType(), sp->getScopeLine(), nullptr, 0, 0,
      sp->getFlags() | llvm::DINode::FlagArtificial, sp->getSPFlags(), sp->getUnit());
}

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
  if (llvm::DISubprogram* sp = target->getSubprogram())
    tramp->setSubprogram(artificialSubprogram(sp));
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

// Ends `check` with the check: read the G, load its stackguard, and if the frame pointer minus
// `below` is under it, go to a new cold block that returns F·morestack(args...) (made here,
// asking for `framesize` bytes); otherwise go on to `fast`.
void emitCheck(Lowerer& l, llvm::Function* fn, llvm::BasicBlock* check, llvm::BasicBlock* fast,
               uint64_t below, uint64_t framesize, const llvm::DebugLoc& loc) {
  llvm::Module& m = *fn->getParent();
  llvm::LLVMContext& c = fn->getContext();
  auto* more = llvm::BasicBlock::Create(c, "morestack", fn);
  llvm::IRBuilder<> b(check);
  b.SetCurrentDebugLocation(loc);
  llvm::Value* g = readCurrentG(b, llvm::Triple(m.getTargetTriple()));
  llvm::Value* guard = b.CreateLoad(
      b.getInt64Ty(), b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), g, abi::kGStackGuardOffset),
      "stackguard");
  llvm::Value* fp = readFramePointer(b, m);
  if (below > 0) fp = b.CreateSub(fp, b.getInt64(below), "frame.low");
  llvm::MDBuilder md(c);
  llvm::BranchInst* br = b.CreateCondBr(b.CreateICmpULT(fp, guard, "stack.low"), more, fast,
                                        md.createBranchWeights(1, 1 << 20));
  br->setMetadata(kStackCheckMetadata, llvm::MDNode::get(c, {}));

  // The slow path: the trampoline, never as a tail call, so that the frames on the old
  // segment are always F and F·morestack (recover and tracebacks rely on that shape).
  llvm::Function* tramp =
      llvm::Function::Create(fn->getFunctionType(), llvm::GlobalValue::InternalLinkage,
                             fn->getName() + "\u00b7morestack", m);
  tramp->setCallingConv(fn->getCallingConv());
  tramp->setAttributes(forwardedAttributes(fn));
  b.SetInsertPoint(more);
  // No position: debuginfo.cpp gives the call line 0, so tracebacks hide this frame, which
  // only continues on the new segment (gc shows one frame for a function that grew).
  b.SetCurrentDebugLocation(llvm::DebugLoc());
  std::vector<llvm::Value*> args;
  for (llvm::Argument& a : fn->args()) args.push_back(&a);
  llvm::CallInst* slow = b.CreateCall(tramp, args);
  slow->setCallingConv(fn->getCallingConv());
  slow->setAttributes(forwardedAttributes(fn));
  slow->setTailCallKind(llvm::CallInst::TCK_NoTail);
  if (fn->getReturnType()->isVoidTy())
    b.CreateRetVoid();
  else
    b.CreateRet(slow);

  buildTrampoline(l, tramp, fn, framesize);
}

const char kBodySuffix[] = "\u00b7body";

// The parts of an inlined check (emitCheck's instructions) that nothing else uses any more.
void eraseDeadCheckParts(llvm::Instruction* cond) {
  std::vector<llvm::Instruction*> work{cond};
  while (!work.empty()) {
    llvm::Instruction* inst = work.back();
    work.pop_back();
    if (!inst->use_empty()) continue;
    for (llvm::Value* op : inst->operands())
      if (auto* opInst = llvm::dyn_cast<llvm::Instruction>(op)) work.push_back(opInst);
    inst->eraseFromParent();
  }
}

// The code lowered for F now runs in F·body, with the wrapper F's frame between it and F's
// caller: what llvm.frameaddress(k) named for k >= 1 (recover's caller frame,
// frameaddress(1)) is one frame further away. frameaddress(0) (the frame defers are
// registered under) stays the body's own.
void skipWrapperFrame(llvm::Function* body) {
  for (llvm::BasicBlock& bb : *body)
    for (llvm::Instruction& inst : bb) {
      auto* call = llvm::dyn_cast<llvm::IntrinsicInst>(&inst);
      if (!call || call->getIntrinsicID() != llvm::Intrinsic::frameaddress) continue;
      auto* level = llvm::cast<llvm::ConstantInt>(call->getArgOperand(0));
      if (level->isZero()) continue;
      call->setArgOperand(0, llvm::ConstantInt::get(level->getType(), level->getZExtValue() + 1));
    }
}

// F's frame is too large to build before its check (docs/abi.md, "Stacks"). F's blocks move
// to an internal, noinline F·body, and F becomes a wrapper with a small frame: a check for
// `budget` bytes below its frame pointer (F·body's frame, which the next emission measures
// against that budget), then a call of F·body. The call is never a tail call: F's frame
// stays between F·body and F's caller, as skipWrapperFrame assumes.
void splitLargeFrame(Lowerer& l, llvm::Function* fn, uint64_t budget, const llvm::DebugLoc& loc) {
  llvm::LLVMContext& c = fn->getContext();
  llvm::Function* body =
      llvm::Function::Create(fn->getFunctionType(), llvm::GlobalValue::InternalLinkage,
                             fn->getName() + kBodySuffix, *fn->getParent());
  // Calling convention, parameter attributes (`nest`), personality, frame pointers, ...
  body->copyAttributesFrom(fn);
  body->setDSOLocal(true);  // internal, whatever F is
  body->splice(body->end(), fn);
  for (unsigned i = 0; i < fn->arg_size(); ++i) {
    fn->getArg(i)->replaceAllUsesWith(body->getArg(i));
    body->getArg(i)->takeName(fn->getArg(i));
  }
  body->addFnAttr(llvm::Attribute::NoInline);
  body->addFnAttr("warn-stack-size", std::to_string(budget));
  skipWrapperFrame(body);
  if (llvm::DISubprogram* sp = fn->getSubprogram()) {
    body->setSubprogram(sp);
    fn->setSubprogram(artificialSubprogram(sp));
  }

  // Inlined into its caller, the wrapper would check the caller's frame pointer, and the
  // caller's frame would come between F·body and the frame skipWrapperFrame expects.
  fn->addFnAttr(llvm::Attribute::NoInline);
  fn->setPersonalityFn(nullptr);
  auto* check = llvm::BasicBlock::Create(c, "stackcheck", fn);
  auto* call = llvm::BasicBlock::Create(c, "body", fn);
  llvm::IRBuilder<> b(call);
  std::vector<llvm::Value*> args;
  for (llvm::Argument& a : fn->args()) args.push_back(&a);
  llvm::CallInst* r = b.CreateCall(body, args);
  r->setCallingConv(body->getCallingConv());
  r->setAttributes(forwardedAttributes(body));
  r->setTailCallKind(llvm::CallInst::TCK_NoTail);
  if (fn->getReturnType()->isVoidTy())
    b.CreateRetVoid();
  else
    b.CreateRet(r);
  emitCheck(l, fn, check, call, budget, budget + kFrameSlack, loc);
}

}  // namespace

llvm::StringRef largeFrameOwner(llvm::StringRef machineFunction) {
  // -O2's function specialisation clones F (or F·body) as F.specialized.N.
  llvm::StringRef name = machineFunction.take_front(machineFunction.find(".specialized."));
  return name.take_front(name.find(kBodySuffix));
}

void Lowerer::configureGoFunction(llvm::Function* fn, const ir::Function&) {
  // A frame-pointer chain for tracebacks and recover, and a CFA the unwinder can follow
  // from a new stack segment back to the old one (docs/abi.md, "Stacks").
  fn->addFnAttr("frame-pointer", "all");
  // Object emission reports the frames too large to build before the check; the next
  // lowering splits those functions (emitStackCheck).
  if (options_.stackChecks) fn->addFnAttr("warn-stack-size", std::to_string(kMaxUncheckedFrame));
  // No personality here: a frame without landing pads needs none (the unwinder passes it
  // by), so only functions with defers (defer.cpp) and trampolines get ergo_personality.
  // amd64's 128-byte red zone below sp needs no attribute: LLVM uses it only in functions
  // without calls, and with stack checks every Go function calls its trampoline; signals
  // run on the sigaltstack, and runtime stubs are only entered through calls.
}

void Lowerer::emitStackCheck(const ir::Function&) {
  if (!options_.stackChecks || fn_->isVarArg()) return;

  // The function's variables. They must stay in the entry block to stay static (part of the
  // frame the prologue builds), so they move to the new entry block. The frame built before
  // the check must stay within kMaxUncheckedFrame, since the prologue may store to it (spills
  // at -O0) before the check runs: if the variables take more than half of it, the largest
  // become dynamic allocas made after the check, which then compares fp minus all the
  // variables' size.
  std::vector<llvm::AllocaInst*> statics;
  for (llvm::Instruction& inst : *entry_)
    if (auto* a = llvm::dyn_cast<llvm::AllocaInst>(&inst); a && a->isStaticAlloca())
      statics.push_back(a);
  std::vector<llvm::AllocaInst*> dynamics = takeLargestVariables(statics, dl_);
  uint64_t staticBytes = allocaBytes(statics, dl_);
  uint64_t dynamicBytes = allocaBytes(dynamics, dl_);

  // Instructions of the check carry the function's first source position, if any.
  llvm::DebugLoc loc;
  for (llvm::BasicBlock& bb : *fn_)
    for (llvm::Instruction& inst : bb)
      if (!loc && inst.getDebugLoc()) loc = inst.getDebugLoc();

  // A frame the backend measured too large even so: F·body keeps every variable static, so
  // its frame is the measured one plus the variables that were dynamic when it was measured.
  auto large = options_.largeFrames.find(fn_->getName().str());
  if (large != options_.largeFrames.end()) {
    splitLargeFrame(*this, fn_, large->second + dynamicBytes + kBodySlack, loc);
    return;
  }

  auto* check = llvm::BasicBlock::Create(ctx_, "stackcheck", fn_, entry_);
  llvm::BasicBlock* body = entry_;
  if (!dynamics.empty()) {
    body = llvm::BasicBlock::Create(ctx_, "frame", fn_, entry_);
    for (llvm::AllocaInst* a : dynamics) a->moveBefore(*body, body->end());
    llvm::IRBuilder<>(body).CreateBr(entry_);
  }
  for (llvm::AllocaInst* a : statics) a->moveBefore(*check, check->end());
  // With dynamic allocas to come, the frame's variables count too: all of them lie below fp.
  uint64_t below = dynamicBytes > 0 ? staticBytes + dynamicBytes : 0;
  emitCheck(*this, fn_, check, body, below, staticBytes + dynamicBytes + kFrameSlack, loc);
}

// A check inlined with its function compares the caller's frame pointer against the same
// guard as the caller's own check, which has passed (and whose frame limit, the backend's
// warn-stack-size, counts the inlined code): it can never fail, but its TLS read is an asm
// with side effects that LLVM must keep, in loops too. The caller's own check is the one in
// its entry block.
llvm::PreservedAnalyses DropInlinedStackChecks::run(llvm::Function& f,
                                                    llvm::FunctionAnalysisManager&) {
  std::vector<llvm::BranchInst*> inlined;
  for (llvm::BasicBlock& bb : f) {
    if (&bb == &f.getEntryBlock()) continue;
    auto* br = llvm::dyn_cast<llvm::BranchInst>(bb.getTerminator());
    if (br && br->isConditional() && br->getMetadata(kStackCheckMetadata)) inlined.push_back(br);
  }
  if (inlined.empty()) return llvm::PreservedAnalyses::all();
  for (llvm::BranchInst* br : inlined) {
    auto* cond = llvm::dyn_cast<llvm::Instruction>(br->getCondition());
    llvm::BranchInst::Create(br->getSuccessor(1), br);  // the fast path
    br->eraseFromParent();
    if (cond) eraseDeadCheckParts(cond);
  }
  llvm::removeUnreachableBlocks(f);  // the morestack calls
  return llvm::PreservedAnalyses::none();
}

}  // namespace ergo::lower
