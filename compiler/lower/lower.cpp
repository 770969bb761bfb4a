// The module and its functions: globals, declarations (Go and runtime conventions), the
// walk over each function's blocks, and the entry point lowerModule.
#include "llvm/IR/Verifier.h"
#include "llvm/TargetParser/Triple.h"
#include "lower/lowerer.h"

namespace ergo::lower {

Lowerer::Lowerer(const ir::Module& m, llvm::LLVMContext& c, const llvm::DataLayout& dl,
                 llvm::StringRef triple, Diagnostics& diags)
    : mod_(m), ctx_(c), dl_(dl), diags_(diags), b_(c) {
  out_ = std::make_unique<llvm::Module>(m.path, c);
  out_->setDataLayout(dl);
  out_->setTargetTriple(triple);
  i1_ = llvm::Type::getInt1Ty(c);
  i8_ = llvm::Type::getInt8Ty(c);
  i64_ = llvm::Type::getInt64Ty(c);
  ptr_ = llvm::PointerType::get(c, 0);
  stringTy_ = llvm::StructType::get(c, {ptr_, i64_});
  sliceTy_ = llvm::StructType::get(c, {ptr_, i64_, i64_});
  ifaceTy_ = llvm::StructType::get(c, {ptr_, ptr_});
  pairTy_ = llvm::StructType::get(c, {i64_, i64_});
  // Field for field abi::TypeDescriptor.
  typeDescTy_ = llvm::StructType::create(c,
                                         {i64_, i64_, llvm::Type::getInt32Ty(c), i8_, i8_,
                                          llvm::Type::getInt16Ty(c), stringTy_, ptr_, i64_},
                                         "ergo.type");
}

void Lowerer::unsupported(Pos pos, llvm::StringRef what) {
  diags_.error(pos, fmt::format("ergo does not support {} yet", what.str()));
}

std::unique_ptr<llvm::Module> Lowerer::run() {
  for (const ir::Global& g : mod_.globals) {
    llvm::Type* t = llType(g.type);
    auto* gv =
        new llvm::GlobalVariable(*out_, t, false, llvm::GlobalValue::ExternalLinkage,
                                 g.external ? nullptr : llvm::Constant::getNullValue(t), g.symbol);
    gv->setAlignment(dl_.getABITypeAlign(t));
  }
  for (const auto& f : mod_.functions) declareFunction(*f);
  for (const auto& f : mod_.functions)
    if (!f->external) lowerFunction(*f);
  emitGlobalRootMap();
  finishDebugInfo();
  return std::move(out_);
}

bool Lowerer::usesRuntimeABI(const ir::Function& f) const {
  // Bodyless Go declarations (//go:linkname to the runtime) are implemented in C++.
  return f.external && f.object && f.object->decl && !f.object->decl->body;
}

llvm::Function* Lowerer::declareFunction(const ir::Function& f) {
  if (llvm::Function* existing = out_->getFunction(f.symbol)) return existing;
  std::vector<llvm::Type*> params;
  llvm::Type* result = llvm::Type::getVoidTy(ctx_);
  if (usesRuntimeABI(f)) {
    // The runtime convention: every parameter flattened into scalar words.
    for (ty::Type* t : f.sig->params->types) {
      llvm::Type* lt = llType(t);
      if (auto* st = llvm::dyn_cast<llvm::StructType>(lt)) {
        for (llvm::Type* e : st->elements()) params.push_back(e->isIntegerTy() ? i64_ : e);
      } else {
        params.push_back(lt == i1_ ? i8_ : (lt->isIntegerTy() ? i64_ : lt));
      }
    }
    if (f.sig->results->size() == 1) {
      llvm::Type* lt = llType(f.sig->results->types[0]);
      result = lt == i1_ ? i8_ : (lt->isIntegerTy() ? i64_ : lt);
    } else if (f.sig->results->size() > 1) {
      result = pairTy_;
    }
  }
  auto* type = usesRuntimeABI(f) ? llvm::FunctionType::get(result, params, false)
                                 : goFunctionType(f.sig, hasContext(f));
  auto* fn = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, f.symbol, *out_);
  if (hasContext(f)) fn->addParamAttr(0, llvm::Attribute::Nest);
  if (!f.external && f.linkOnce) fn->setLinkage(llvm::GlobalValue::LinkOnceODRLinkage);
  if (!f.external) {
    fn->setUWTableKind(llvm::UWTableKind::Async);
    configureGoFunction(fn, f);
    if (f.noinline) fn->addFnAttr(llvm::Attribute::NoInline);
    if (f.instance) {
      // Every package that uses a generic instance defines it; the linker keeps one copy.
      fn->setLinkage(llvm::GlobalValue::LinkOnceODRLinkage);
      if (llvm::Triple(out_->getTargetTriple()).supportsCOMDAT())
        fn->setComdat(out_->getOrInsertComdat(f.symbol));
    }
  }
  return fn;
}

void Lowerer::lowerFunction(const ir::Function& f) {
  fn_ = out_->getFunction(f.symbol);
  values_.clear();
  blocks_.clear();
  for (const auto& blk : f.blocks)
    blocks_[blk.get()] = llvm::BasicBlock::Create(ctx_, blk->comment, fn_);
  entry_ = blocks_[f.blocks.front().get()];
  fnSig_ = f.sig;
  bindParams(f);
  beginFunctionDebugInfo(f);
  b_.SetInsertPoint(entry_);
  lowerFreeVars(f);
  beginDefers(f);
  for (const auto& blk : f.blocks) {
    b_.SetInsertPoint(blocks_[blk.get()]);
    for (const ir::Value* v : blk->instrs) {
      setDebugLocation(v->pos);
      lowerInstr(v);
    }
  }
  finishDefers(f);
  emitStackCheck(f);
}

std::unique_ptr<llvm::Module> lowerModule(const ir::Module& m, llvm::LLVMContext& context,
                                          const llvm::DataLayout& dataLayout,
                                          llvm::StringRef triple, Diagnostics& diags,
                                          const Options& options) {
  Lowerer lowerer(m, context, dataLayout, triple, diags);
  lowerer.options_ = options;
  std::unique_ptr<llvm::Module> out = lowerer.run();
  std::string problems;
  llvm::raw_string_ostream os(problems);
  if (llvm::verifyModule(*out, &os))
    diags.error(
        {}, "internal compiler error: invalid LLVM IR for package " + m.path + ":\n" + problems);
  return out;
}

}  // namespace ergo::lower
