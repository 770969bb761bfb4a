// Function values (docs/abi.md, "Go-to-Go calls and function values"): a func value is one
// pointer to a closure object {code pointer, captured values...}; a call through it passes the
// object as LLVM's `nest` argument (r10 on amd64, x18 on arm64), which closure bodies take as
// their leading parameter and top-level functions ignore.
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::FunctionType* Lowerer::goFunctionType(ty::Signature* sig, bool context) {
  // Big arrays and structs by reference (call.cpp, docs/abi.md "Big values").
  std::vector<llvm::Type*> params;
  if (context) params.push_back(ptr_);
  for (ty::Type* t : sig->params->types) params.push_back(passedInMemory(t) ? ptr_ : llType(t));
  llvm::Type* result = llvm::Type::getVoidTy(ctx_);
  ty::Type* rt = resultType(sig);
  if (passedInMemory(rt))
    params.push_back(ptr_);
  else if (rt)
    result = llType(rt);
  return llvm::FunctionType::get(result, params, false);
}

llvm::Constant* Lowerer::funcValue(const ir::Function& f) {
  // gc's name for the constant closure object of a function: "main.F·f".
  std::string symbol = f.symbol + "\xc2\xb7" + "f";
  if (llvm::GlobalVariable* g = out_->getNamedGlobal(symbol)) return g;
  if (usesRuntimeABI(f)) unsupported({}, "runtime functions as values");
  llvm::Function* code = declareFunction(f);
  if (!hasContext(f)) code = contextThunk(f, code);
  return constantClosure(symbol, code);
}

// Calls through a func value pass the closure as a leading `nest` argument, which a
// top-level function does not declare. A call whose arguments do not match its callee's
// type is undefined in LLVM (the optimiser, once it sees the callee, binds them by
// position), so a function's closure points to this thunk, which takes the context and
// tail-calls the function.
llvm::Function* Lowerer::contextThunk(const ir::Function& f, llvm::Function* code) {
  std::string symbol = f.symbol + "\xc2\xb7" + "fthunk";
  if (llvm::Function* existing = out_->getFunction(symbol)) return existing;
  llvm::FunctionType* plain = code->getFunctionType();
  std::vector<llvm::Type*> params{ptr_};
  params.insert(params.end(), plain->param_begin(), plain->param_end());
  auto* type = llvm::FunctionType::get(plain->getReturnType(), params, false);
  auto* thunk = llvm::Function::Create(type, llvm::GlobalValue::LinkOnceODRLinkage, symbol, *out_);
  thunk->addParamAttr(0, llvm::Attribute::Nest);
  thunk->setUWTableKind(llvm::UWTableKind::Async);
  // No frame record: the function's own record links to the thunk's caller, so recover
  // (runtime/defer.cpp compares frame pointers) sees the caller as the function's.
  thunk->addFnAttr("frame-pointer", "none");
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", thunk));
  std::vector<llvm::Value*> args;
  for (unsigned i = 1; i < thunk->arg_size(); ++i) args.push_back(thunk->getArg(i));
  llvm::CallInst* c = b.CreateCall(code, args);
  c->setTailCall();
  // Inlined here, the function would lose its frame record.
  c->setIsNoInline();
  if (type->getReturnType()->isVoidTy())
    b.CreateRetVoid();
  else
    b.CreateRet(c);
  return thunk;
}

llvm::Constant* Lowerer::constantClosure(llvm::StringRef symbol, llvm::Function* code) {
  if (llvm::GlobalVariable* g = out_->getNamedGlobal(symbol)) return g;
  auto* type = llvm::StructType::get(ctx_, llvm::ArrayRef<llvm::Type*>{ptr_});
  // linkonce_odr: every package that uses F as a value has a copy, the linker keeps one.
  auto* g = new llvm::GlobalVariable(*out_, type, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                     llvm::ConstantStruct::get(type, {code}), symbol);
  g->setAlignment(llvm::Align(8));
  return g;
}

void Lowerer::lowerFreeVars(const ir::Function& f) {
  if (!hasContext(f)) return;
  llvm::Value* context = fn_->getArg(0);
  context->setName("closure");
  llvm::Type* layout = llType(f.contextType);
  for (const ir::Value* fv : f.freeVars) {
    unsigned field = static_cast<unsigned>(fv->index) + 1;  // field 0 is the code pointer
    llvm::Value* addr = b_.CreateStructGEP(layout, context, field);
    values_[fv] = b_.CreateLoad(llType(fv->type), addr, fv->name);
  }
}

llvm::Value* Lowerer::makeClosure(const ir::Value* v) {
  ty::Type* layoutType = v->auxType;
  llvm::Type* layout = llType(layoutType);
  llvm::Value* object = callRuntime("runtime.newobject", {typeDescriptor(layoutType)});
  b_.CreateStore(declareFunction(*v->callee), b_.CreateStructGEP(layout, object, 0));
  for (size_t i = 0; i < v->operands.size(); ++i)
    b_.CreateStore(value(v->operands[i]),
                   b_.CreateStructGEP(layout, object, static_cast<unsigned>(i + 1)));
  return object;
}

llvm::CallInst* Lowerer::callClosure(llvm::Value* closure, llvm::FunctionType* type,
                                     llvm::ArrayRef<llvm::Value*> args) {
  llvm::Value* code = opaqueCode(b_.CreateLoad(ptr_, closure));
  std::vector<llvm::Value*> all{closure};
  all.insert(all.end(), args.begin(), args.end());
  llvm::CallInst* c = b_.CreateCall(type, code, all);
  c->addParamAttr(0, llvm::Attribute::Nest);
  return c;
}

llvm::Value* Lowerer::callValue(const ir::Value* v) {
  const ir::Value* fv = v->operands[0];
  auto* sig = llvm::cast<ty::Signature>(ty::underlying(fv->type));
  llvm::Value* closure = value(fv);
  // Calling a nil func value panics (an explicit check: docs/abi.md, "Nil dereferences").
  if (fv->op != ir::Op::FuncRef && fv->op != ir::Op::MakeClosure)
    checkOrPanic(b_.CreateICmpEQ(closure, llvm::ConstantPointerNull::get(ptr_)),
                 "runtime.panicnilderef", {});
  llvm::Value* r = goCall(v, goFunctionType(sig, true), b_.CreateLoad(ptr_, closure), {closure},
                          llvm::ArrayRef<ir::Value*>(v->operands).drop_front(), sig,
                          /*nest=*/true);  // the closure object is the context (callClosure)
  return r;
}

}  // namespace ergo::lower
