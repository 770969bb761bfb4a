// Method tables of type descriptors (abi::UncommonType), the method lists of interface
// descriptors (abi::IMethod), and constant itabs (docs/abi.md, "Interfaces with methods").
#include <algorithm>

#include "ir/method_sets.h"
#include "lower/lowerer.h"

namespace ergo::lower {

namespace {

// The code of method m for a receiver base (or *base): null when it is the wrapper of a
// promoted method of an unnamed or local type that this module did not need (its package
// builds those wrappers where the type becomes an interface).
bool wrapperMissing(const ir::Module& mod, ty::Type* base, const ir::Member& m,
                    const std::string& symbol) {
  return m.promoted() && !ir::wrappersBuiltByDeclaringPackage(base) && !mod.findFunction(symbol);
}

}  // namespace

llvm::Function* Lowerer::methodCode(const std::string& symbol, llvm::Type* recv,
                                    ty::Signature* sig) {
  if (const ir::Function* f = mod_.findFunction(symbol)) return declareFunction(*f);
  if (llvm::Function* existing = out_->getFunction(symbol)) return existing;
  llvm::FunctionType* plain = goFunctionType(sig, false);
  std::vector<llvm::Type*> params{recv};
  params.insert(params.end(), plain->param_begin(), plain->param_end());
  auto* type = llvm::FunctionType::get(plain->getReturnType(), params, false);
  return llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, symbol, *out_);
}

llvm::Constant* Lowerer::uncommonTable(ty::Type* t, const std::string& symbol) {
  std::vector<ir::Member> methods = ir::methodSet(t);
  if (methods.empty()) return llvm::ConstantPointerNull::get(ptr_);
  bool viaPointer = llvm::isa<ty::Pointer>(t);
  ty::Type* base = viaPointer ? llvm::cast<ty::Pointer>(t)->elem : t;
  bool direct = isPointerShaped(t);
  auto* methodTy = llvm::StructType::get(ctx_, {stringTy_, ptr_, ptr_, ptr_});
  std::vector<llvm::Constant*> entries;
  int64_t exported = 0;
  for (const ir::Member& e : methods) {
    std::string key = ir::methodKey(e.name, e.pkg);
    exported += key.find('.') == std::string::npos;
    ty::Signature* sig = e.sig;
    // tfn takes the receiver as t holds it; ifn the interface's data word: t itself when t
    // is pointer-shaped, otherwise a pointer to a T (gc's `(*T).M` wrapper for value methods).
    auto code = [&](bool ptr, llvm::Type* recv) -> llvm::Constant* {
      std::string sym = ir::methodSetSymbol(base, ptr, e);
      if (wrapperMissing(mod_, base, e, sym)) return llvm::ConstantPointerNull::get(ptr_);
      return methodCode(sym, recv, sig);
    };
    llvm::Constant* tfn = code(viaPointer, viaPointer ? ptr_ : llType(base));
    llvm::Constant* ifn = direct ? tfn : code(true, ptr_);
    entries.push_back(
        llvm::ConstantStruct::get(methodTy, {stringConstant(key), typeDescriptor(sig), ifn, tfn}));
  }
  auto* arrayTy = llvm::ArrayType::get(methodTy, entries.size());
  auto* array =
      new llvm::GlobalVariable(*out_, arrayTy, true, llvm::GlobalValue::PrivateLinkage,
                               llvm::ConstantArray::get(arrayTy, entries), symbol + ".methods");
  array->setAlignment(llvm::Align(8));
  auto* n = llvm::dyn_cast<ty::Named>(base);
  std::string pkgpath = n && n->obj->pkg ? n->obj->pkg->path : "";
  auto* uncommonTy = llvm::StructType::get(ctx_, {stringTy_, ptr_, i64_, i64_});
  auto* u = new llvm::GlobalVariable(
      *out_, uncommonTy, true, llvm::GlobalValue::PrivateLinkage,
      llvm::ConstantStruct::get(
          uncommonTy, {stringConstant(pkgpath), array, llvm::ConstantInt::get(i64_, methods.size()),
                       llvm::ConstantInt::get(i64_, exported)}),
      symbol + ".uncommon");
  u->setAlignment(llvm::Align(8));
  return u;
}

llvm::Constant* Lowerer::interfaceMethodTable(ty::Type* t, const std::string& symbol) {
  auto* iface = llvm::cast<ty::Interface>(ty::underlying(t));
  auto* imethodTy = llvm::StructType::get(ctx_, {stringTy_, ptr_});
  std::vector<llvm::Constant*> entries;
  for (const ty::Method& m : iface->methods)
    entries.push_back(llvm::ConstantStruct::get(
        imethodTy, {stringConstant(ir::methodKey(m.name, m.pkg)), typeDescriptor(m.sig)}));
  auto* arrayTy = llvm::ArrayType::get(imethodTy, entries.size());
  auto* g =
      new llvm::GlobalVariable(*out_, arrayTy, true, llvm::GlobalValue::PrivateLinkage,
                               llvm::ConstantArray::get(arrayTy, entries), symbol + ".imethods");
  g->setAlignment(llvm::Align(8));
  return g;
}

llvm::Constant* Lowerer::staticItab(ty::Type* t, ty::Type* ifaceType) {
  std::string symbol = "go:itab." + ty::typeString(t) + "," + ty::typeString(ifaceType);
  if (llvm::GlobalVariable* g = out_->getNamedGlobal(symbol)) return g;
  auto* iface = llvm::cast<ty::Interface>(ty::underlying(ifaceType));
  std::vector<ir::Member> methods = ir::methodSet(t);
  bool viaPointer = llvm::isa<ty::Pointer>(t);
  ty::Type* base = viaPointer ? llvm::cast<ty::Pointer>(t)->elem : t;
  bool direct = isPointerShaped(t);
  std::vector<llvm::Constant*> fun;
  for (const ty::Method& im : iface->methods) {
    const ir::Member* it = ir::findMember(methods, im.name, im.pkg);
    if (!it) {
      // The checker accepted the conversion, so this is a method ergo cannot find yet.
      unsupported(Pos{}, "this method set (" + ty::typeString(t) + ")");
      fun.push_back(llvm::ConstantPointerNull::get(ptr_));
      continue;
    }
    // The itab's code takes the data word: t itself when pointer-shaped, else a *T.
    bool ptr = direct ? viaPointer : true;
    fun.push_back(methodCode(ir::methodSetSymbol(base, ptr, *it),
                             direct && !viaPointer ? llType(base) : ptr_, it->sig));
  }
  auto* funTy = llvm::ArrayType::get(ptr_, fun.size());
  auto* itabTy = llvm::StructType::get(ctx_, {ptr_, ptr_, i64_, funTy});
  llvm::Constant* desc = typeDescriptor(t);
  uint32_t hash = 0;
  if (auto* gv = llvm::dyn_cast<llvm::GlobalVariable>(desc); gv && gv->hasInitializer())
    if (auto* h = llvm::dyn_cast<llvm::ConstantInt>(gv->getInitializer()->getAggregateElement(2)))
      hash = static_cast<uint32_t>(h->getZExtValue());
  auto* g = new llvm::GlobalVariable(
      *out_, itabTy, true, llvm::GlobalValue::LinkOnceODRLinkage,
      llvm::ConstantStruct::get(
          itabTy, {typeDescriptor(ifaceType), desc, llvm::ConstantInt::get(i64_, hash),
                   llvm::ConstantArray::get(funTy, fun)}),
      symbol);
  g->setAlignment(llvm::Align(8));
  return g;
}

}  // namespace ergo::lower
