// Method tables of type descriptors (abi::UncommonType), the method lists of interface
// descriptors (abi::IMethod), and constant itabs (docs/abi.md, "Interfaces with methods").
#include <algorithm>

#include "lower/lowerer.h"

namespace ergo::lower {

namespace {

// The name an itab matches on: an unexported method is qualified by its package, so that two
// packages' unexported methods of one name never match each other.
std::string methodKey(llvm::StringRef name, const ty::Package* pkg) {
  bool exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  if (exported || !pkg) return name.str();
  return pkg->path + "." + name.str();
}

struct MethodEntry {
  std::string key;
  ty::Func* func;
  bool pointerRecv;
};

// The method set of t (declared methods only: promotion through embedded fields is not
// compiled yet): T has its value methods, *T all of T's.
std::vector<MethodEntry> methodSet(ty::Type* t, bool* viaPointer) {
  std::vector<MethodEntry> out;
  *viaPointer = false;
  auto* n = llvm::dyn_cast<ty::Named>(t);
  if (!n) {
    auto* p = llvm::dyn_cast<ty::Pointer>(t);
    n = p ? llvm::dyn_cast<ty::Named>(p->elem) : nullptr;
    if (!n) return out;
    *viaPointer = true;
  }
  if (ty::isInterface(n) || llvm::isa<ty::Pointer>(ty::underlying(n))) return out;
  for (ty::Func* m : n->methods) {
    if (m->name == "_" || !m->recv) continue;
    bool ptr = llvm::isa<ty::Pointer>(m->recv->type);
    if (ptr && !*viaPointer) continue;
    out.push_back({methodKey(m->name, m->pkg), m, ptr});
  }
  std::sort(out.begin(), out.end(),
            [](const MethodEntry& a, const MethodEntry& b) { return a.key < b.key; });
  return out;
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
  bool viaPointer;
  std::vector<MethodEntry> methods = methodSet(t, &viaPointer);
  if (methods.empty()) return llvm::ConstantPointerNull::get(ptr_);
  ty::Type* base = viaPointer ? llvm::cast<ty::Pointer>(t)->elem : t;
  bool direct = isPointerShaped(t);
  auto* methodTy = llvm::StructType::get(ctx_, {stringTy_, ptr_, ptr_, ptr_});
  std::vector<llvm::Constant*> entries;
  int64_t exported = 0;
  for (const MethodEntry& e : methods) {
    exported += e.key.find('.') == std::string::npos;
    ty::Signature* sig = e.func->sig();
    // tfn takes the receiver as t holds it; ifn the interface's data word: t itself when t
    // is pointer-shaped, otherwise a pointer to a T (gc's `(*T).M` wrapper for value methods).
    bool ptrSymbol = viaPointer;
    llvm::Function* tfn =
        methodCode(ir::methodSymbol(e.func, ptrSymbol), viaPointer ? ptr_ : llType(base), sig);
    llvm::Function* ifn = direct ? tfn : methodCode(ir::methodSymbol(e.func, true), ptr_, sig);
    entries.push_back(llvm::ConstantStruct::get(
        methodTy, {stringConstant(e.key), typeDescriptor(sig), ifn, tfn}));
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
        imethodTy, {stringConstant(methodKey(m.name, m.pkg)), typeDescriptor(m.sig)}));
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
  bool viaPointer;
  std::vector<MethodEntry> methods = methodSet(t, &viaPointer);
  ty::Type* base = viaPointer ? llvm::cast<ty::Pointer>(t)->elem : t;
  bool direct = isPointerShaped(t);
  std::vector<llvm::Constant*> fun;
  for (const ty::Method& im : iface->methods) {
    std::string key = methodKey(im.name, im.pkg);
    auto it = std::find_if(methods.begin(), methods.end(),
                           [&](const MethodEntry& e) { return e.key == key; });
    if (it == methods.end()) {
      // Promoted methods are not compiled yet; the checker accepted the conversion.
      unsupported(Pos{}, "promoted methods in interfaces");
      fun.push_back(llvm::ConstantPointerNull::get(ptr_));
      continue;
    }
    bool useTfn = direct;
    fun.push_back(methodCode(ir::methodSymbol(it->func, useTfn ? viaPointer : true),
                             useTfn && !viaPointer ? llType(base) : ptr_, it->func->sig()));
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
