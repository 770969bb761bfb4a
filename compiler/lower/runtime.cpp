// Declarations of the runtime's entry points, generated from abi.h's ERGO_RUNTIME_ENTRIES
// table, and the helpers that call them.
#include "llvm/IR/Attributes.h"
#include "llvm/IR/MDBuilder.h"
#include "lower/lowerer.h"

namespace ergo::lower {

namespace {
struct Entry {
  llvm::StringRef symbol;
  char result;
  llvm::StringRef params;
  abi::EntryEnd end;
};
constexpr Entry kEntries[] = {
#define ERGO_ENTRY(symbol, name, result, params, end) {symbol, result, params, abi::EntryEnd::end},
    ERGO_RUNTIME_ENTRIES(ERGO_ENTRY)
#undef ERGO_ENTRY
};
}  // namespace

llvm::FunctionCallee Lowerer::runtime(llvm::StringRef symbol) {
  for (const Entry& e : kEntries) {
    if (e.symbol != symbol) continue;
    auto word = [&](char c) -> llvm::Type* {
      return c == 'p' ? static_cast<llvm::Type*>(ptr_) : c == 'b' ? i8_ : i64_;
    };
    std::vector<llvm::Type*> params;
    for (char c : e.params) params.push_back(word(c));
    llvm::Type* result = e.result == 'v'   ? llvm::Type::getVoidTy(ctx_)
                         : e.result == 'P' ? static_cast<llvm::Type*>(pairTy_)
                                           : word(e.result);
    auto* type = llvm::FunctionType::get(result, params, false);
    llvm::FunctionCallee callee = out_->getOrInsertFunction(symbol, type);
    if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee());
        f && f->arg_empty() == params.empty()) {
      // The C++ side expects bool arguments zero-extended (and returns only 8 valid bits).
      for (unsigned i = 0; i < params.size(); ++i)
        if (e.params[i] == 'b') f->addParamAttr(i, llvm::Attribute::ZExt);
      if (e.result == 'b') f->addRetAttr(llvm::Attribute::ZExt);
      if (abi::entryNoReturn(e.end)) f->setDoesNotReturn();
    }
    return callee;
  }
  llvm::report_fatal_error(llvm::Twine("unknown runtime entry ") + symbol);
}

bool runtimeEntryMayPanic(llvm::StringRef symbol) {
  for (const Entry& e : kEntries)
    if (e.symbol == symbol) return abi::entryMayPanic(e.end);
  return false;
}

llvm::Value* Lowerer::callRuntime(llvm::StringRef symbol, llvm::ArrayRef<llvm::Value*> args) {
  return b_.CreateCall(runtime(symbol), args);
}

void Lowerer::callNoReturn(llvm::StringRef symbol, llvm::ArrayRef<llvm::Value*> args) {
  llvm::CallInst* c = b_.CreateCall(runtime(symbol), args);
  c->setDoesNotReturn();
  b_.CreateUnreachable();
}

void Lowerer::checkOrPanic(llvm::Value* failed, llvm::StringRef symbol,
                           llvm::ArrayRef<llvm::Value*> args) {
  auto* panicBlock = llvm::BasicBlock::Create(ctx_, "panic", fn_);
  auto* cont = llvm::BasicBlock::Create(ctx_, "cont", fn_);
  // Panics are cold: tell the optimiser so that the fast path stays straight.
  llvm::MDBuilder md(ctx_);
  b_.CreateCondBr(failed, panicBlock, cont, md.createBranchWeights(1, 1 << 20));
  b_.SetInsertPoint(panicBlock);
  callNoReturn(symbol, args);
  b_.SetInsertPoint(cont);
}

}  // namespace ergo::lower
