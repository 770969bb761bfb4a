// Direct calls of Go functions and of runtime functions with the runtime's flattened
// convention.
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::Value* Lowerer::call(const ir::Value* v) {
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
  for (const ir::Value* a : v->operands) args.push_back(value(a));
  llvm::CallInst* c = b_.CreateCall(fn, args);
  return v->type ? c : nullptr;
}

}  // namespace ergo::lower
