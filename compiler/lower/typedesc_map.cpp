// Map type descriptors: abi::MapType, the plain descriptor followed by the key, element and
// slot descriptors and the element's offset in a slot (docs/abi.md, "Maps").
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::Constant* Lowerer::mapTypeDescriptor(ty::Type* t, llvm::GlobalVariable* base,
                                           llvm::Constant* fields) {
  auto* mt = llvm::cast<ty::Map>(ty::underlying(t));
  // The slot: struct { key K; elem V } with gc's struct layout, an ordinary descriptor.
  auto slot = std::make_unique<ty::Struct>();
  ty::Field key, elem;
  key.name = "key";
  key.type = mt->key;
  elem.name = "elem";
  elem.type = mt->elem;
  slot->fields = {key, elem};
  ty::Struct* slotType = slot.get();
  mapSlotTypes_.push_back(std::move(slot));
  uint64_t elemOffset =
      dl_.getStructLayout(llvm::cast<llvm::StructType>(llType(slotType)))->getElementOffset(1);

  // The plain descriptor's `elem` is V for maps.
  constexpr unsigned kElemField = 7;
  std::vector<llvm::Constant*> common;
  for (unsigned i = 0; i < abi::kTypeDescriptorFields; ++i)
    common.push_back(i == kElemField ? typeDescriptor(mt->elem) : fields->getAggregateElement(i));
  auto* mapTy = llvm::StructType::get(ctx_, {typeDescTy_, ptr_, ptr_, ptr_, i64_});
  static_assert(abi::kMapTypeFields == 5);
  llvm::Constant* init = llvm::ConstantStruct::get(
      mapTy, {llvm::ConstantStruct::get(typeDescTy_, common), typeDescriptor(mt->key),
              typeDescriptor(mt->elem), typeDescriptor(slotType),
              llvm::ConstantInt::get(i64_, elemOffset)});
  auto* g = new llvm::GlobalVariable(*out_, mapTy, true, base->getLinkage(), init, "");
  g->takeName(base);
  g->setAlignment(llvm::Align(8));
  // Descriptors built meanwhile (recursive types: type M map[string]M) point at `base`.
  base->replaceAllUsesWith(g);
  base->eraseFromParent();
  descriptors_[t] = g;
  return g;
}

}  // namespace ergo::lower
