// Go types as LLVM types (gc's layouts) and the constant type descriptors of abi.h: sizes,
// pointer bitmaps, equality and hash functions, fields (docs/abi.md, "GC metadata").
#include <iterator>

#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SmallPtrSet.h"
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
        case ty::BasicKind::Complex64:
        case ty::BasicKind::Complex128:
        case ty::BasicKind::UntypedComplex:
          return complexType(static_cast<ty::Basic*>(t)->basic == ty::BasicKind::Complex64);
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
      auto* st = llvm::StructType::get(ctx_, fields);
      // gc pads a struct whose last field has size zero at a non-zero offset, so that a pointer
      // to that field never points past the object: one byte more (then rounded up to the
      // alignment), after the Go fields, so field indices stay those of the Go type.
      if (!fields.empty() && dl_.getTypeAllocSize(fields.back()) == 0 &&
          dl_.getStructLayout(st)->getElementOffset(static_cast<unsigned>(fields.size() - 1)) > 0) {
        fields.push_back(i8_);
        st = llvm::StructType::get(ctx_, fields);
      }
      return st;
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

uint32_t fnv1a(llvm::StringRef s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

// abi::TypeDescriptor as an LLVM struct, field for field.
llvm::StructType* descriptorType(llvm::LLVMContext& c, llvm::StructType* stringTy) {
  if (auto* t = llvm::StructType::getTypeByName(c, "ergo.typedesc")) return t;
  llvm::Type* i64 = llvm::Type::getInt64Ty(c);
  llvm::Type* ptr = llvm::PointerType::get(c, 0);
  return llvm::StructType::create(
      c,
      {i64, i64, llvm::Type::getInt32Ty(c), llvm::Type::getInt8Ty(c), llvm::Type::getInt8Ty(c),
       llvm::Type::getInt16Ty(c), stringTy, ptr, i64, i64, ptr, ptr, ptr, ptr},
      "ergo.typedesc");
}

// What the collector and the type algorithms need to know about a type's memory.
struct GCLayout {
  uint64_t size = 0;
  llvm::BitVector pointers;  // one bit per word of the pointer prefix (ptrdata / 8 bits)
  bool regular = true;       // == and hashing may compare the bytes
  bool comparable = true;
};

// Sets the bits of `inner`, shifted by `word` words, in `bits`.
void addPointers(llvm::BitVector& bits, uint64_t word, const llvm::BitVector& inner) {
  for (unsigned b : inner.set_bits()) {
    if (bits.size() <= word + b) bits.resize(word + b + 1);
    bits.set(word + b);
  }
}

GCLayout gcLayout(Lowerer& l, ty::Type* t) {
  GCLayout r;
  r.size = l.sizeOf(t);
  ty::Type* u = ty::underlying(t);
  switch (u->kind) {
    case ty::TypeKind::Basic:
      switch (static_cast<ty::Basic*>(u)->basic) {
        case ty::BasicKind::String:
          r.pointers.resize(1, true);
          r.regular = false;
          break;
        case ty::BasicKind::UnsafePointer:
          r.pointers.resize(1, true);
          break;
        case ty::BasicKind::Float32:
        case ty::BasicKind::Float64:
        case ty::BasicKind::Complex64:
        case ty::BasicKind::Complex128:
          r.regular = false;  // +0 == -0, NaN != NaN
          break;
        default:
          break;
      }
      break;
    case ty::TypeKind::Pointer:
    case ty::TypeKind::Chan:
      r.pointers.resize(1, true);
      break;
    case ty::TypeKind::Map:
    case ty::TypeKind::Signature:
    case ty::TypeKind::Slice:
      r.pointers.resize(1, true);
      r.regular = r.comparable = false;
      break;
    case ty::TypeKind::Interface:
      // The type (later itab) word and the data word.
      r.pointers.resize(2, true);
      r.regular = false;
      break;
    case ty::TypeKind::Array: {
      auto* a = static_cast<ty::Array*>(u);
      GCLayout e = gcLayout(l, a->elem);
      r.regular = e.regular;
      r.comparable = e.comparable;
      if (e.pointers.any() && a->len > 0) {
        r.pointers.resize((a->len - 1) * e.size / 8 + e.pointers.size());
        for (int64_t i = 0; i < a->len; ++i) addPointers(r.pointers, i * e.size / 8, e.pointers);
      }
      break;
    }
    case ty::TypeKind::Struct: {
      auto* s = static_cast<ty::Struct*>(u);
      const llvm::StructLayout* sl =
          l.dl_.getStructLayout(llvm::cast<llvm::StructType>(l.llType(u)));
      uint64_t fieldBytes = 0;
      for (size_t i = 0; i < s->fields.size(); ++i) {
        GCLayout f = gcLayout(l, s->fields[i].type);
        fieldBytes += f.size;
        r.regular &= f.regular && s->fields[i].name != "_";
        r.comparable &= f.comparable;
        addPointers(r.pointers, sl->getElementOffset(static_cast<unsigned>(i)) / 8, f.pointers);
      }
      if (fieldBytes != r.size) r.regular = false;  // padding bytes are not part of the value
      break;
    }
    default:
      break;
  }
  return r;
}

// The pair of runtime functions (abi.h's ERGO_TYPE_ALGS, in that order) of a type.
enum class Alg {
  Mem0,
  Mem8,
  Mem16,
  Mem32,
  Mem64,
  Mem128,
  MemVarlen,
  F32,
  F64,
  C64,
  C128,
  Str,
  Inter,
  NilInter,
  Array,
  Struct,
  None,  // not comparable: nil equal and hasher
};

Alg algorithm(ty::Type* t, const GCLayout& layout) {
  if (!layout.comparable) return Alg::None;
  if (layout.regular) {
    switch (layout.size) {
      case 0:
        return Alg::Mem0;
      case 1:
        return Alg::Mem8;
      case 2:
        return Alg::Mem16;
      case 4:
        return Alg::Mem32;
      case 8:
        return Alg::Mem64;
      case 16:
        return Alg::Mem128;
      default:
        return Alg::MemVarlen;
    }
  }
  ty::Type* u = ty::underlying(t);
  switch (u->kind) {
    case ty::TypeKind::Interface:
      return ty::isEmptyInterface(u) ? Alg::NilInter : Alg::Inter;
    case ty::TypeKind::Array:
      return Alg::Array;
    case ty::TypeKind::Struct:
      return Alg::Struct;
    default:
      break;
  }
  auto* basic = llvm::dyn_cast<ty::Basic>(u);
  switch (basic ? basic->basic : ty::BasicKind::Invalid) {
    case ty::BasicKind::Float32:
      return Alg::F32;
    case ty::BasicKind::Float64:
      return Alg::F64;
    case ty::BasicKind::Complex64:
      return Alg::C64;
    case ty::BasicKind::Complex128:
      return Alg::C128;
    case ty::BasicKind::String:
      return Alg::Str;
    default:
      return Alg::None;
  }
}

struct AlgSymbols {
  const char* equal;
  const char* hash;
};
constexpr AlgSymbols kAlgSymbols[] = {
#define ERGO_ALG(eqsym, eqname, hashsym, hashname) {eqsym, hashsym},
    ERGO_TYPE_ALGS(ERGO_ALG)
#undef ERGO_ALG
};
static_assert(std::size(kAlgSymbols) == static_cast<size_t>(Alg::None));

// The runtime's equal (i8 (ptr p, ptr q, ptr type)) or hasher (i64 (ptr p, i64 seed, ptr
// type)) of `alg`, declared in the module.
llvm::Constant* algFunction(Lowerer& l, Alg alg, bool hash) {
  const AlgSymbols& s = kAlgSymbols[static_cast<size_t>(alg)];
  llvm::FunctionType* type = hash ? llvm::FunctionType::get(l.i64_, {l.ptr_, l.i64_, l.ptr_}, false)
                                  : llvm::FunctionType::get(l.i8_, {l.ptr_, l.ptr_, l.ptr_}, false);
  return llvm::cast<llvm::Constant>(
      l.out_->getOrInsertFunction(hash ? s.hash : s.equal, type).getCallee());
}

// The gcbits slot: the bitmap itself when it fits in 64 bits, else the address of a private
// constant holding it (little-endian bit order in each byte).
llvm::Constant* gcBitsConstant(Lowerer& l, const llvm::BitVector& bits, const std::string& symbol) {
  if (bits.size() <= abi::kInlineGCBitsWords) {
    uint64_t word = 0;
    for (unsigned b : bits.set_bits()) word |= uint64_t{1} << b;
    return llvm::ConstantInt::get(l.i64_, word);
  }
  std::vector<uint8_t> bytes((bits.size() + 7) / 8);
  for (unsigned b : bits.set_bits()) bytes[b / 8] |= static_cast<uint8_t>(1u << (b % 8));
  auto* data = llvm::ConstantDataArray::get(l.ctx_, bytes);
  auto* g = new llvm::GlobalVariable(*l.out_, data->getType(), true,
                                     llvm::GlobalValue::PrivateLinkage, data, symbol + ".gcbits");
  g->setAlignment(llvm::Align(1));
  return llvm::ConstantExpr::getPtrToInt(g, l.i64_);
}

// The fields slot: abi::StructField {name, type, offset, flags} for each field of a struct.
llvm::Constant* structFields(Lowerer& l, ty::Type* t, const std::string& symbol) {
  auto* s = llvm::dyn_cast<ty::Struct>(ty::underlying(t));
  if (!s || s->fields.empty()) return llvm::ConstantPointerNull::get(l.ptr_);
  const llvm::StructLayout* sl = l.dl_.getStructLayout(llvm::cast<llvm::StructType>(l.llType(s)));
  auto* fieldTy = llvm::StructType::get(l.ctx_, {l.stringTy_, l.ptr_, l.i64_, l.i64_});
  std::vector<llvm::Constant*> entries;
  for (size_t i = 0; i < s->fields.size(); ++i) {
    const ty::Field& f = s->fields[i];
    entries.push_back(llvm::ConstantStruct::get(
        fieldTy, {l.stringConstant(f.name), l.typeDescriptor(f.type),
                  llvm::ConstantInt::get(l.i64_, sl->getElementOffset(static_cast<unsigned>(i))),
                  llvm::ConstantInt::get(l.i64_, f.embedded ? abi::kStructFieldEmbedded : 0)}));
  }
  auto* array = llvm::ConstantArray::get(llvm::ArrayType::get(fieldTy, entries.size()), entries);
  auto* g = new llvm::GlobalVariable(*l.out_, array->getType(), true,
                                     llvm::GlobalValue::PrivateLinkage, array, symbol + ".fields");
  g->setAlignment(llvm::Align(8));
  return g;
}
// As types::Object::exported: the checker's rule for which names are package-qualified.
bool isExportedName(llvm::StringRef name) {
  return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
}

// The name an embedded field of type t gets when it is written as its type: T or *T gives T.
llvm::StringRef implicitFieldName(ty::Type* t) {
  if (auto* p = llvm::dyn_cast<ty::Pointer>(t)) t = p->elem;
  if (auto* n = llvm::dyn_cast<ty::Named>(t)) return n->obj->name;
  if (auto* b = llvm::dyn_cast<ty::Basic>(t)) return b->name;
  return {};
}

// What gc's spelling of a struct field leaves out of its identity: an embedded field's name
// when it is not its type's (an alias: struct{ Int } vs struct{ int }), the package of an
// unexported name, the tag. Empty when the spelling says it all.
std::string fieldIdentityTag(const ty::Field& f) {
  std::string tag;
  if (f.embedded && f.name != implicitFieldName(f.type)) tag += "=" + f.name.str();
  if (f.pkg && !f.name.empty() && !isExportedName(f.name) && f.name != "_")
    tag += "@" + f.pkg->path;
  if (!f.tag.empty()) tag += "`" + f.tag.str() + "`";
  return tag;
}

// Two distinct types may share gc's spelling, which names their descriptors: types declared
// inside functions with the same name (two functions' `type T`), and structs and interfaces
// whose fields or methods differ only in what the spelling leaves out (fieldIdentityTag,
// unexported method names of different packages). Their symbols get what tells them apart
// appended: a local type its declaration's position ("·file.offset", as gc numbers them
// "main.T·1"), a struct "·s" and the tags of the fields that need one ("·s1=Int"), an
// interface the packages of its unexported methods. The printed name stays gc's. The walk
// order is the spelling's, so identical types get identical symbols in every package.
void appendIdentityTags(ty::Type* t, std::string& tag, llvm::SmallPtrSetImpl<ty::Type*>& seen) {
  if (!t) return;
  auto each = [&](ty::Tuple* tuple) {
    if (tuple)
      for (ty::Type* e : tuple->types) appendIdentityTags(e, tag, seen);
  };
  switch (t->kind) {
    case ty::TypeKind::Named: {
      if (!seen.insert(t).second) return;
      auto* n = static_cast<ty::Named*>(t);
      ty::TypeName* obj = n->obj;
      if (obj && obj->pkg && obj->pkg->scope && obj->pkg->scope->lookupLocal(obj->name) != obj)
        tag += fmt::format("·{}.{}", obj->pos.file, obj->pos.offset);
      for (ty::Type* a : n->typeArgs) appendIdentityTags(a, tag, seen);
      break;
    }
    case ty::TypeKind::Pointer:
      appendIdentityTags(static_cast<ty::Pointer*>(t)->elem, tag, seen);
      break;
    case ty::TypeKind::Slice:
      appendIdentityTags(static_cast<ty::Slice*>(t)->elem, tag, seen);
      break;
    case ty::TypeKind::Array:
      appendIdentityTags(static_cast<ty::Array*>(t)->elem, tag, seen);
      break;
    case ty::TypeKind::Map:
      appendIdentityTags(static_cast<ty::Map*>(t)->key, tag, seen);
      appendIdentityTags(static_cast<ty::Map*>(t)->elem, tag, seen);
      break;
    case ty::TypeKind::Chan:
      appendIdentityTags(static_cast<ty::Chan*>(t)->elem, tag, seen);
      break;
    case ty::TypeKind::Struct: {
      auto& fields = static_cast<ty::Struct*>(t)->fields;
      std::string own;
      for (size_t i = 0; i < fields.size(); ++i) {
        std::string f = fieldIdentityTag(fields[i]);
        if (!f.empty()) own += fmt::format("{}{}", i, f);
      }
      if (!own.empty()) tag += "·s" + own;
      for (const ty::Field& f : fields) appendIdentityTags(f.type, tag, seen);
      break;
    }
    case ty::TypeKind::Interface: {
      auto* i = static_cast<ty::Interface*>(t);
      std::string own;
      for (size_t k = 0; k < i->methods.size(); ++k) {
        const ty::Method& m = i->methods[k];
        if (m.pkg && !isExportedName(m.name)) own += fmt::format("{}@{}", k, m.pkg->path);
      }
      if (!own.empty()) tag += "·i" + own;
      for (const ty::Method& m : i->methods) appendIdentityTags(m.sig, tag, seen);
      break;
    }
    case ty::TypeKind::Tuple:
      each(static_cast<ty::Tuple*>(t));
      break;
    case ty::TypeKind::Signature:
      each(static_cast<ty::Signature*>(t)->params);
      each(static_cast<ty::Signature*>(t)->results);
      break;
    default:
      break;
  }
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
  llvm::SmallPtrSet<ty::Type*, 8> seen;
  appendIdentityTags(t, symbol, seen);
  if (llvm::GlobalVariable* existing = out_->getNamedGlobal(symbol)) {
    descriptors_[t] = existing;
    return existing;
  }
  typeDescTy_ = descriptorType(ctx_, stringTy_);
  // Create the global first so that recursive element references find it.
  auto* g = new llvm::GlobalVariable(*out_, typeDescTy_, true,
                                     llvm::GlobalValue::LinkOnceODRLinkage, nullptr, symbol);
  descriptors_[t] = g;
  GCLayout layout = gcLayout(*this, t);
  uint64_t align = dl_.getABITypeAlign(llType(t)).value();
  ty::Type* u = ty::underlying(t);
  ty::Type* elem = nullptr;
  int64_t len = 0;
  if (auto* p = llvm::dyn_cast<ty::Pointer>(u)) elem = p->elem;
  if (auto* s = llvm::dyn_cast<ty::Slice>(u)) elem = s->elem;
  if (auto* a = llvm::dyn_cast<ty::Array>(u)) elem = a->elem, len = a->len;
  if (auto* s = llvm::dyn_cast<ty::Struct>(u)) len = static_cast<int64_t>(s->fields.size());
  auto* iface = llvm::dyn_cast<ty::Interface>(u);  // typedesc_methods.cpp: its method list
  if (iface) len = static_cast<int64_t>(iface->methods.size());
  uint16_t flags = 0;
  if (layout.regular) flags |= abi::kTypeFlagRegularMemory;
  if (isPointerShaped(t)) flags |= abi::kTypeFlagDirectIface;
  llvm::Constant* gcbits = gcBitsConstant(*this, layout.pointers, symbol);
  if (layout.pointers.size() > abi::kInlineGCBitsWords) flags |= abi::kTypeFlagGCBitsIndirect;
  Alg alg = algorithm(t, layout);
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx_);
  llvm::Type* i16 = llvm::Type::getInt16Ty(ctx_);
  llvm::Constant* null = llvm::ConstantPointerNull::get(ptr_);
  llvm::Constant* fields[] = {
      llvm::ConstantInt::get(i64_, layout.size),
      llvm::ConstantInt::get(i64_, layout.pointers.size() * 8),  // ptrdata
      llvm::ConstantInt::get(i32, fnv1a(name)),
      llvm::ConstantInt::get(i8_, align),
      llvm::ConstantInt::get(i8_, static_cast<uint8_t>(kindOf(t))),
      llvm::ConstantInt::get(i16, flags),
      stringConstant(name),
      elem ? typeDescriptor(elem) : null,
      llvm::ConstantInt::get(i64_, len),
      gcbits,
      alg == Alg::None ? null : algFunction(*this, alg, /*hash=*/false),
      alg == Alg::None ? null : algFunction(*this, alg, /*hash=*/true),
      iface && len > 0 ? interfaceMethodTable(t, symbol) : structFields(*this, t, symbol),
      uncommonTable(t, symbol),
  };
  static_assert(std::size(fields) == abi::kTypeDescriptorFields);
  if (u->kind == ty::TypeKind::Map)
    return mapTypeDescriptor(t, g, llvm::ConstantStruct::get(typeDescTy_, fields));
  g->setInitializer(llvm::ConstantStruct::get(typeDescTy_, fields));
  g->setAlignment(llvm::Align(8));
  return g;
}

}  // namespace ergo::lower

namespace ergo::lower {

llvm::Constant* Lowerer::equalFunction(ty::Type* t) {
  Alg alg = algorithm(t, gcLayout(*this, t));
  return alg == Alg::None ? nullptr : algFunction(*this, alg, /*hash=*/false);
}

bool Lowerer::hasRegularMemory(ty::Type* t) {
  return gcLayout(*this, t).regular;
}

bool Lowerer::hasPointers(ty::Type* t) {
  auto it = hasPointers_.find(t);
  if (it != hasPointers_.end()) return it->second;
  bool any = gcLayout(*this, t).pointers.any();
  hasPointers_[t] = any;
  return any;
}

}  // namespace ergo::lower
