// Go types as LLVM types (gc's layouts) and the constant type descriptors of abi.h.
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::Type* Lowerer::llType(ty::Type* t) {
  t = ty::underlying(t);
  switch (t->kind) {
    case ty::TypeKind::Basic:
      switch (static_cast<ty::Basic*>(t)->basic) {
        case ty::BasicKind::Bool:
        case ty::BasicKind::UntypedBool:
          return i1_;
        case ty::BasicKind::Int8:
        case ty::BasicKind::Uint8:
          return i8_;
        case ty::BasicKind::Int16:
        case ty::BasicKind::Uint16:
          return llvm::Type::getInt16Ty(ctx_);
        case ty::BasicKind::Int32:
        case ty::BasicKind::Uint32:
        case ty::BasicKind::UntypedRune:
          return llvm::Type::getInt32Ty(ctx_);
        case ty::BasicKind::Float32:
          return llvm::Type::getFloatTy(ctx_);
        case ty::BasicKind::Float64:
        case ty::BasicKind::UntypedFloat:
          return llvm::Type::getDoubleTy(ctx_);
        case ty::BasicKind::String:
        case ty::BasicKind::UntypedString:
          return stringTy_;
        case ty::BasicKind::UnsafePointer:
        case ty::BasicKind::UntypedNil:
          return ptr_;
        default:
          return i64_;  // int, uint, int64, uint64, uintptr
      }
    case ty::TypeKind::Slice:
      return sliceTy_;
    case ty::TypeKind::Interface:
      return ifaceTy_;
    case ty::TypeKind::Array:
      return llvm::ArrayType::get(llType(static_cast<ty::Array*>(t)->elem),
                                  static_cast<ty::Array*>(t)->len);
    case ty::TypeKind::Struct: {
      std::vector<llvm::Type*> fields;
      for (const ty::Field& f : static_cast<ty::Struct*>(t)->fields)
        fields.push_back(llType(f.type));
      return llvm::StructType::get(ctx_, fields);
    }
    case ty::TypeKind::Tuple: {
      std::vector<llvm::Type*> fields;
      for (ty::Type* e : static_cast<ty::Tuple*>(t)->types) fields.push_back(llType(e));
      return llvm::StructType::get(ctx_, fields);
    }
    default:
      return ptr_;  // pointers, maps, channels, funcs
  }
}

uint64_t Lowerer::sizeOf(ty::Type* t) {
  return dl_.getTypeAllocSize(llType(t));
}

bool Lowerer::isPointerShaped(ty::Type* t) {
  switch (ty::underlying(t)->kind) {
    case ty::TypeKind::Pointer:
    case ty::TypeKind::Map:
    case ty::TypeKind::Chan:
    case ty::TypeKind::Signature:
      return true;
    case ty::TypeKind::Basic:
      return ty::isBasic(t, ty::BasicKind::UnsafePointer);
    default:
      return false;
  }
}

namespace {
abi::Kind kindOf(ty::Type* t) {
  ty::Type* u = ty::underlying(t);
  switch (u->kind) {
    case ty::TypeKind::Basic:
      switch (static_cast<ty::Basic*>(u)->basic) {
        case ty::BasicKind::Bool:
          return abi::Kind::Bool;
        case ty::BasicKind::Int:
          return abi::Kind::Int;
        case ty::BasicKind::Int8:
          return abi::Kind::Int8;
        case ty::BasicKind::Int16:
          return abi::Kind::Int16;
        case ty::BasicKind::Int32:
          return abi::Kind::Int32;
        case ty::BasicKind::Int64:
          return abi::Kind::Int64;
        case ty::BasicKind::Uint:
          return abi::Kind::Uint;
        case ty::BasicKind::Uint8:
          return abi::Kind::Uint8;
        case ty::BasicKind::Uint16:
          return abi::Kind::Uint16;
        case ty::BasicKind::Uint32:
          return abi::Kind::Uint32;
        case ty::BasicKind::Uint64:
          return abi::Kind::Uint64;
        case ty::BasicKind::Uintptr:
          return abi::Kind::Uintptr;
        case ty::BasicKind::Float32:
          return abi::Kind::Float32;
        case ty::BasicKind::Float64:
          return abi::Kind::Float64;
        case ty::BasicKind::Complex64:
          return abi::Kind::Complex64;
        case ty::BasicKind::Complex128:
          return abi::Kind::Complex128;
        case ty::BasicKind::String:
          return abi::Kind::String;
        case ty::BasicKind::UnsafePointer:
          return abi::Kind::UnsafePointer;
        default:
          return abi::Kind::Invalid;
      }
    case ty::TypeKind::Pointer:
      return abi::Kind::Pointer;
    case ty::TypeKind::Slice:
      return abi::Kind::Slice;
    case ty::TypeKind::Array:
      return abi::Kind::Array;
    case ty::TypeKind::Map:
      return abi::Kind::Map;
    case ty::TypeKind::Chan:
      return abi::Kind::Chan;
    case ty::TypeKind::Struct:
      return abi::Kind::Struct;
    case ty::TypeKind::Signature:
      return abi::Kind::Func;
    case ty::TypeKind::Interface:
      return abi::Kind::Interface;
    default:
      return abi::Kind::Invalid;
  }
}

// Bytes at the start of a value that may hold pointers (0 for pointer-free types).
uint64_t pointerPrefix(ty::Type* t, uint64_t size) {
  switch (ty::underlying(t)->kind) {
    case ty::TypeKind::Basic:
      return ty::isString(t) || ty::isBasic(t, ty::BasicKind::UnsafePointer) ? 8 : 0;
    case ty::TypeKind::Slice:
    case ty::TypeKind::Pointer:
    case ty::TypeKind::Map:
    case ty::TypeKind::Chan:
    case ty::TypeKind::Signature:
      return 8;
    case ty::TypeKind::Interface:
      return 16;
    default:
      return size;  // conservative until precise bitmaps exist
  }
}

uint32_t fnv1a(llvm::StringRef s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}
}  // namespace

llvm::Constant* Lowerer::stringConstant(llvm::StringRef s) {
  if (s.empty())
    return llvm::ConstantStruct::get(
        stringTy_, {llvm::ConstantPointerNull::get(ptr_), llvm::ConstantInt::get(i64_, 0)});
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  auto* data = llvm::ConstantDataArray::getString(ctx_, s, /*AddNull=*/false);
  auto* g = new llvm::GlobalVariable(*out_, data->getType(), true,
                                     llvm::GlobalValue::PrivateLinkage, data, ".str");
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  g->setAlignment(llvm::Align(1));
  llvm::Constant* c =
      llvm::ConstantStruct::get(stringTy_, {g, llvm::ConstantInt::get(i64_, s.size())});
  strings_[s] = c;
  return c;
}

llvm::Constant* Lowerer::typeDescriptor(ty::Type* t) {
  auto it = descriptors_.find(t);
  if (it != descriptors_.end()) return it->second;
  std::string name = ty::typeString(t);
  std::string symbol = "type:" + name;
  if (llvm::GlobalVariable* existing = out_->getNamedGlobal(symbol)) {
    descriptors_[t] = existing;
    return existing;
  }
  // Create the global first so that recursive element references find it.
  auto* g = new llvm::GlobalVariable(*out_, typeDescTy_, true,
                                     llvm::GlobalValue::LinkOnceODRLinkage, nullptr, symbol);
  descriptors_[t] = g;
  llvm::Type* lt = llType(t);
  uint64_t size = dl_.getTypeAllocSize(lt);
  uint64_t align = dl_.getABITypeAlign(lt).value();
  ty::Type* elem = nullptr;
  int64_t len = 0;
  ty::Type* u = ty::underlying(t);
  if (auto* p = llvm::dyn_cast<ty::Pointer>(u)) elem = p->elem;
  if (auto* s = llvm::dyn_cast<ty::Slice>(u)) elem = s->elem;
  if (auto* a = llvm::dyn_cast<ty::Array>(u)) elem = a->elem, len = a->len;
  llvm::Constant* fields[] = {
      llvm::ConstantInt::get(i64_, size),
      llvm::ConstantInt::get(i64_, pointerPrefix(t, size)),
      llvm::ConstantInt::get(llvm::Type::getInt32Ty(ctx_), fnv1a(name)),
      llvm::ConstantInt::get(i8_, align),
      llvm::ConstantInt::get(i8_, static_cast<uint8_t>(kindOf(t))),
      llvm::ConstantInt::get(llvm::Type::getInt16Ty(ctx_), 0),
      stringConstant(name),
      elem ? typeDescriptor(elem) : llvm::ConstantPointerNull::get(ptr_),
      llvm::ConstantInt::get(i64_, len),
  };
  g->setInitializer(llvm::ConstantStruct::get(typeDescTy_, fields));
  g->setAlignment(llvm::Align(8));
  return g;
}

}  // namespace ergo::lower
