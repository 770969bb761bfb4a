// Metadata for the garbage collector: the package's map of pointer-holding variables
// (docs/abi.md, "GC metadata"). Type descriptors, with their pointer bitmaps, are typedesc.cpp's.
#include "llvm/Transforms/Utils/ModuleUtils.h"
#include "lower/lowerer.h"

namespace ergo::lower {

// One constant array of abi::GCRoot {address, type descriptor} per package, for each variable
// whose type holds pointers, placed in the section abi::kGCRootSection. The linker
// concatenates every package's array there, and the runtime walks it between
// __start_ergo_gcroots and __stop_ergo_gcroots. llvm.used keeps the array in the module and
// makes LLVM mark its section SHF_GNU_RETAIN, so --gc-sections keeps it although no code
// refers to it.
void Lowerer::emitGlobalRootMap() {
  auto* rootTy = llvm::StructType::get(ctx_, {ptr_, ptr_});
  std::vector<llvm::Constant*> roots;
  for (const ir::Global& g : mod_.globals) {
    if (g.external) continue;
    llvm::Constant* type = typeDescriptor(g.type);
    auto* init =
        llvm::cast<llvm::ConstantStruct>(llvm::cast<llvm::GlobalVariable>(type)->getInitializer());
    if (llvm::cast<llvm::ConstantInt>(init->getOperand(1))->isZero()) continue;  // ptrdata
    roots.push_back(llvm::ConstantStruct::get(rootTy, {out_->getNamedGlobal(g.symbol), type}));
  }
  if (roots.empty()) return;
  auto* array = llvm::ConstantArray::get(llvm::ArrayType::get(rootTy, roots.size()), roots);
  auto* table =
      new llvm::GlobalVariable(*out_, array->getType(), true, llvm::GlobalValue::PrivateLinkage,
                               array, "ergo.gcroots." + mod_.path);
  table->setSection(abi::kGCRootSection);
  table->setAlignment(llvm::Align(8));
  llvm::appendToUsed(*out_, {table});
}

}  // namespace ergo::lower
