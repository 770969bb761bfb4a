// Map type descriptors (docs/abi.md, "Maps"): the 128-byte abi::MapType, its plain descriptor
// (kind Map, elem V, no equality) and the slot struct's descriptor and element offset.
#include <catch2/catch.hpp>

#include "abi/abi.h"
#include "ir/test_package.h"
#include "llvm/IR/Constants.h"
#include "lower/lowerer.h"

using namespace ergo;
namespace ty = ergo::types;

namespace {
constexpr const char* kAmd64Layout =
    "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";

struct MapDescriptors : ir::testing::TestPackage {
  llvm::LLVMContext llvmContext;
  llvm::DataLayout layout{kAmd64Layout};
  lower::Lowerer lowerer;
  MapDescriptors()
      : TestPackage("package main\n\nfunc main() {}\n"),
        lowerer(*module, llvmContext, layout, "x86_64-unknown-linux-gnu", diags) {}

  llvm::ConstantStruct* of(ty::Type* t) {
    auto* g = llvm::cast<llvm::GlobalVariable>(lowerer.typeDescriptor(t));
    CHECK(g->getName() == "type:" + ty::typeString(t));
    auto* init = llvm::cast<llvm::ConstantStruct>(g->getInitializer());
    REQUIRE(init->getNumOperands() == abi::kMapTypeFields);
    CHECK(layout.getTypeAllocSize(init->getType()) == sizeof(abi::MapType));
    return init;
  }
  static std::string symbol(llvm::Constant* c) {
    return llvm::isa<llvm::ConstantPointerNull>(c) ? "" : c->stripPointerCasts()->getName().str();
  }
  static uint64_t number(llvm::Constant* c) {
    return llvm::cast<llvm::ConstantInt>(c)->getZExtValue();
  }
};
}  // namespace

TEST_CASE("typedesc: map types", "[lower][typedesc][map]") {
  MapDescriptors d;
  ty::Type* i8 = d.ctx.basic(ty::BasicKind::Int8);
  ty::Type* str = d.ctx.basic(ty::BasicKind::String);
  llvm::ConstantStruct* m = d.of(d.ctx.map(i8, str));
  auto* base = llvm::cast<llvm::ConstantStruct>(m->getOperand(0));
  REQUIRE(base->getNumOperands() == abi::kTypeDescriptorFields);
  CHECK(d.number(base->getOperand(0)) == 8);  // size: one pointer
  CHECK(d.number(base->getOperand(1)) == 8);  // ptrdata
  CHECK(d.number(base->getOperand(4)) == static_cast<uint64_t>(abi::Kind::Map));
  CHECK(d.symbol(base->getOperand(7)) == "type:string");  // elem
  CHECK(d.symbol(base->getOperand(10)) == "");            // not comparable
  CHECK(d.symbol(base->getOperand(11)) == "");
  CHECK(d.symbol(m->getOperand(1)) == "type:int8");
  CHECK(d.symbol(m->getOperand(2)) == "type:string");
  CHECK(d.symbol(m->getOperand(3)) == "type:struct { key int8; elem string }");
  CHECK(d.number(m->getOperand(4)) == 8);  // the string after the byte key and its padding

  // The slot is an ordinary struct descriptor: 24 bytes, the string's pointer in word 1.
  auto* slot = llvm::cast<llvm::GlobalVariable>(m->getOperand(3)->stripPointerCasts());
  auto* slotInit = llvm::cast<llvm::ConstantStruct>(slot->getInitializer());
  CHECK(d.number(slotInit->getOperand(0)) == 24);
  CHECK(d.number(slotInit->getOperand(9)) == 0b10);
}
