// Direct calls of Go functions and of runtime functions with the runtime's flattened
// convention.
#include <algorithm>

#include "llvm/IR/InlineAsm.h"
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::Value* Lowerer::call(const ir::Value* v) {
  if (llvm::Value* r = mathIntrinsic(v)) return r;
  const ir::Function& callee = *v->callee;
  llvm::Function* fn = declareFunction(callee);
  std::vector<llvm::Value*> args;
  if (usesRuntimeABI(callee)) {
    for (const ir::Value* a : v->operands) {
      llvm::Value* x = value(a);
      if (auto* st = llvm::dyn_cast<llvm::StructType>(x->getType())) {
        for (unsigned i = 0; i < st->getNumElements(); ++i)
          args.push_back(b_.CreateExtractValue(x, i));
      } else if (x->getType() == i1_) {
        args.push_back(b_.CreateZExt(x, i8_));
      } else if (x->getType()->isIntegerTy()) {
        args.push_back(toInt64(x, a->type));
      } else {
        args.push_back(x);
      }
    }
    llvm::Value* r = b_.CreateCall(fn, args);
    if (!v->type) return nullptr;
    llvm::Type* want = llType(v->type);
    if (want == i1_) return b_.CreateICmpNE(r, b_.getInt8(0));
    if (want->isIntegerTy() && want != r->getType()) return b_.CreateTrunc(r, want);
    if (want != r->getType()) {
      unsupported(v->pos, "this runtime result type");
      return llvm::UndefValue::get(want);
    }
    return r;
  }
  return goCall(v, fn->getFunctionType(), fn, {}, v->operands, callee.sig);
}

llvm::Value* Lowerer::opaqueCode(llvm::Value* code) {
  auto* type = llvm::FunctionType::get(ptr_, {ptr_}, false);
  return b_.CreateCall(llvm::InlineAsm::get(type, "", "=r,0", /*hasSideEffects=*/false), {code});
}

bool Lowerer::passedInMemory(ty::Type* t) {
  if (!t || (!isArrayOrStruct(t) && !llvm::isa<ty::Tuple>(t))) return false;
  return sizeOf(t) > kMaxRegisterAggregate;
}

ty::Type* Lowerer::resultType(ty::Signature* sig) {
  if (sig->results->size() == 0) return nullptr;
  if (sig->results->size() == 1) return sig->results->types[0];
  return sig->results;
}

llvm::Value* Lowerer::entryAlloca(llvm::Type* t, const llvm::Twine& name) {
  llvm::IRBuilder<> entry(entry_, entry_->getFirstInsertionPt());
  return entry.CreateAlloca(t, nullptr, name);
}

llvm::Value* Lowerer::goCall(const ir::Value* v, llvm::FunctionType* type, llvm::Value* callee,
                             std::vector<llvm::Value*> args, llvm::ArrayRef<ir::Value*> goArgs,
                             ty::Signature* sig, bool nest) {
  for (size_t i = 0; i < goArgs.size(); ++i) {
    ty::Type* pt = i < sig->params->size() ? sig->params->types[i] : goArgs[i]->type;
    args.push_back(passedInMemory(pt) ? addressOfValue(goArgs[i]) : value(goArgs[i]));
  }
  ty::Type* rt = resultType(sig);
  llvm::Value* result = nullptr;
  if (passedInMemory(rt)) {
    result = entryAlloca(llType(rt), "result");
    args.push_back(result);
  }
  if (nest) callee = opaqueCode(callee);
  llvm::CallInst* c = b_.CreateCall(type, callee, args);
  if (nest) c->addParamAttr(0, llvm::Attribute::Nest);
  if (result) {
    inMemory_[v] = result;
    return nullptr;
  }
  return v->type ? c : nullptr;
}

void Lowerer::bindParams(const ir::Function& f) {
  inMemory_.clear();
  uses_.clear();
  fusedLoad_ = nullptr;
  unsigned first = hasContext(f) ? 1 : 0;
  for (size_t i = 0; i < f.params.size(); ++i) {
    llvm::Value* arg = fn_->getArg(static_cast<unsigned>(i + first));
    if (passedInMemory(f.params[i]->type))
      inMemory_[f.params[i]] = arg;
    else
      values_[f.params[i]] = arg;
  }
  resultPtr_ = nullptr;
  if (!usesRuntimeABI(f) && passedInMemory(resultType(f.sig)))
    resultPtr_ = fn_->getArg(fn_->arg_size() - 1);
  for (const auto& blk : f.blocks)
    for (const ir::Value* inst : blk->instrs)
      for (const ir::Value* o : inst->operands) ++uses_[o];
}

llvm::Value* Lowerer::addressOfValue(const ir::Value* v) {
  auto it = inMemory_.find(v);
  if (it != inMemory_.end()) return it->second;
  llvm::Value* slot = entryAlloca(llType(v->type), "spill");
  copyValue(slot, v, false);
  return slot;
}

void Lowerer::copyValue(llvm::Value* dst, const ir::Value* v, bool overlap) {
  llvm::Align align(8);
  if (auto it = inMemory_.find(v); it != inMemory_.end()) {
    if (overlap)
      b_.CreateMemMove(dst, align, it->second, align, sizeOf(v->type));
    else
      b_.CreateMemCpy(dst, align, it->second, align, sizeOf(v->type));
    return;
  }
  if (v->op == ir::Op::Const && passedInMemory(v->type)) {
    b_.CreateMemSet(dst, b_.getInt8(0), sizeOf(v->type), align);
    return;
  }
  b_.CreateStore(value(v), dst);
}

void Lowerer::loadInMemory(const ir::Value* v) {
  llvm::Value* src = value(v->operands[0]);
  const auto& instrs = v->block->instrs;
  auto at = std::find(instrs.begin(), instrs.end(), v);
  if (at != instrs.end() && at + 1 != instrs.end()) {
    const ir::Value* next = *(at + 1);
    if (next->op == ir::Op::Store && next->operands[1] == v && next->operands[0] != v &&
        uses_.lookup(v) == 1) {
      // `*dst = *src`: the next instruction copies straight from src (memmove: they may be
      // the same variable).
      fusedLoad_ = v;
      inMemory_[v] = src;
      return;
    }
    if (next->op == ir::Op::MakeInterface && next->operands[0] == v && uses_.lookup(v) == 1) {
      inMemory_[v] = src;  // boxed by the next instruction, straight from src
      return;
    }
  }
  llvm::Value* copy = entryAlloca(llType(v->type), "copy");
  llvm::Align align(8);
  b_.CreateMemCpy(copy, align, src, align, sizeOf(v->type));
  inMemory_[v] = copy;
}

llvm::Value* Lowerer::boxInMemory(const ir::Value* v) {
  llvm::Value* box = callRuntime("runtime.newobject", {typeDescriptor(v->type)});
  b_.CreateMemCpy(box, llvm::Align(8), inMemory_[v], llvm::Align(8), sizeOf(v->type));
  llvm::Value* r = llvm::UndefValue::get(ifaceTy_);
  r = b_.CreateInsertValue(r, typeDescriptor(v->type), 0);
  return b_.CreateInsertValue(r, box, 1);
}

llvm::Value* Lowerer::elementInMemory(const ir::Value* v, llvm::Value* base) {
  llvm::Type* agg = llType(v->operands[0]->type);
  llvm::Value* p = b_.CreateStructGEP(agg, base, static_cast<unsigned>(v->index));
  if (passedInMemory(v->type)) {
    inMemory_[v] = p;
    return nullptr;
  }
  return b_.CreateLoad(llType(v->type), p);
}

}  // namespace ergo::lower
