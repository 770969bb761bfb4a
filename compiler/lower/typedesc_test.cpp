// Type descriptors and the globals' root map (docs/abi.md, "GC metadata"): pointer bitmaps
// (inline and indirect), ptrdata, flags, the equality and hash functions chosen per type,
// struct field tables, and the per-package ergo_gcroots table. Types the language subset
// cannot spell yet (structs, arrays, pointers) are built directly in the type context.
#include <catch2/catch.hpp>

#include <string>

#include "abi/abi.h"
#include "escape/escape.h"
#include "ir/test_package.h"
#include "llvm/IR/Constants.h"
#include "lower/lower.h"
#include "lower/lowerer.h"

using namespace ergo;
namespace ty = ergo::types;

namespace {

constexpr const char* kAmd64Layout =
    "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";
constexpr const char* kArm64Layout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32";

// The descriptor's fields, in abi::TypeDescriptor's order.
enum Field : unsigned {
  kSize,
  kPtrdata,
  kHash,
  kAlign,
  kKind,
  kFlags,
  kName,
  kElem,
  kLen,
  kGCBits,
  kEqual,
  kHasher,
  kFields,
  kUncommon,
};

ty::Field field(const char* name, ty::Type* type, bool embedded = false) {
  return ty::Field{name, type, embedded, ""};
}

// A Lowerer over an empty main package, for asking it for descriptors of any type.
struct Descriptors : ir::testing::TestPackage {
  llvm::LLVMContext llvmContext;
  llvm::DataLayout layout;
  lower::Lowerer lowerer;

  explicit Descriptors(const char* dataLayout = kAmd64Layout)
      : TestPackage("package main\n\nfunc main() {}\n"),
        layout(dataLayout),
        lowerer(*module, llvmContext, layout, "x86_64-unknown-linux-gnu", diags) {}

  llvm::ConstantStruct* of(ty::Type* t) {
    auto* g = llvm::cast<llvm::GlobalVariable>(lowerer.typeDescriptor(t));
    auto* init = llvm::cast<llvm::ConstantStruct>(g->getInitializer());
    // A map's abi::MapType starts with its plain descriptor (typedesc_map_test.cpp).
    if (init->getNumOperands() == abi::kMapTypeFields)
      init = llvm::cast<llvm::ConstantStruct>(init->getOperand(0));
    REQUIRE(init->getNumOperands() == abi::kTypeDescriptorFields);
    CHECK(layout.getTypeAllocSize(init->getType()) == sizeof(abi::TypeDescriptor));
    return init;
  }
  uint64_t number(ty::Type* t, Field f) {
    auto* c = llvm::dyn_cast<llvm::ConstantInt>(of(t)->getOperand(f));
    REQUIRE(c);
    return c->getZExtValue();
  }
  // The symbol a pointer field refers to; "" for nil.
  std::string target(ty::Type* t, Field f) {
    llvm::Constant* c = of(t)->getOperand(f);
    if (llvm::isa<llvm::ConstantPointerNull>(c)) return "";
    return c->stripPointerCasts()->getName().str();
  }

  ty::Type* basic(ty::BasicKind k) { return ctx.basic(k); }
  ty::Type* integer() { return basic(ty::BasicKind::Int); }
  ty::Type* string() { return basic(ty::BasicKind::String); }
  ty::Type* structOf(std::vector<ty::Field> fields) { return ctx.structType(std::move(fields)); }
};

}  // namespace

TEST_CASE("typedesc: pointer bitmaps and ptrdata", "[lower][typedesc]") {
  Descriptors d;
  ty::Type* intPtr = d.ctx.pointer(d.integer());
  // Pointer-free types have neither.
  CHECK(d.number(d.integer(), kPtrdata) == 0);
  CHECK(d.number(d.integer(), kGCBits) == 0);
  CHECK(d.number(d.basic(ty::BasicKind::Bool), kPtrdata) == 0);
  // One pointer word first: strings, slices, pointers; two: interfaces.
  for (ty::Type* t : {d.string(), static_cast<ty::Type*>(d.ctx.slice(d.string())), intPtr}) {
    CHECK(d.number(t, kPtrdata) == 8);
    CHECK(d.number(t, kGCBits) == 0b1);
  }
  CHECK(d.number(d.ctx.emptyInterface(), kPtrdata) == 16);
  CHECK(d.number(d.ctx.emptyInterface(), kGCBits) == 0b11);

  // struct { a int; s string; p *int; x any; n int }: words a s.data s.len p x.type x.data n.
  ty::Type* s = d.structOf({field("a", d.integer()), field("s", d.string()), field("p", intPtr),
                            field("x", d.ctx.emptyInterface()), field("n", d.integer())});
  CHECK(d.number(s, kSize) == 56);
  CHECK(d.number(s, kPtrdata) == 48);  // the trailing int is past the pointer prefix
  CHECK(d.number(s, kGCBits) == 0b111010);

  // [3]string: every other word.
  ty::Type* strings = d.ctx.array(d.string(), 3);
  CHECK(d.number(strings, kPtrdata) == 40);
  CHECK(d.number(strings, kGCBits) == 0b10101);
  CHECK((d.number(strings, kFlags) & abi::kTypeFlagGCBitsIndirect) == 0);
  CHECK(d.number(d.ctx.array(d.integer(), 1000), kPtrdata) == 0);

  // [2]struct{...}: the struct's bitmap repeated at 7-word strides.
  ty::Type* twoStructs = d.ctx.array(s, 2);
  CHECK(d.number(twoStructs, kGCBits) == (0b111010 | (0b111010 << 7)));
}

TEST_CASE("typedesc: bitmaps beyond 64 words live in a separate constant", "[lower][typedesc]") {
  Descriptors d;
  // [100]*int: 100 pointer words.
  ty::Type* big = d.ctx.array(d.ctx.pointer(d.integer()), 100);
  CHECK(d.number(big, kPtrdata) == 800);
  CHECK((d.number(big, kFlags) & abi::kTypeFlagGCBitsIndirect) != 0);
  auto* bits = llvm::dyn_cast<llvm::ConstantExpr>(d.of(big)->getOperand(kGCBits));
  REQUIRE(bits);
  CHECK(bits->getOpcode() == llvm::Instruction::PtrToInt);
  auto* g = llvm::dyn_cast<llvm::GlobalVariable>(bits->getOperand(0));
  REQUIRE(g);
  CHECK(g->isConstant());
  auto* bytes = llvm::dyn_cast<llvm::ConstantDataArray>(g->getInitializer());
  REQUIRE(bytes);
  REQUIRE(bytes->getNumElements() == 13);
  for (unsigned i = 0; i < 12; ++i) CHECK(bytes->getElementAsInteger(i) == 0xff);
  CHECK(bytes->getElementAsInteger(12) == 0x0f);  // words 96..99

  // struct { x [70]int; p *int }: one bit, at word 70.
  ty::Type* s = d.structOf(
      {field("x", d.ctx.array(d.integer(), 70)), field("p", d.ctx.pointer(d.integer()))});
  CHECK(d.number(s, kPtrdata) == 71 * 8);
  auto* sbits = llvm::cast<llvm::ConstantExpr>(d.of(s)->getOperand(kGCBits));
  auto* sbytes = llvm::cast<llvm::ConstantDataArray>(
      llvm::cast<llvm::GlobalVariable>(sbits->getOperand(0))->getInitializer());
  REQUIRE(sbytes->getNumElements() == 9);
  for (unsigned i = 0; i < 9; ++i) CHECK(sbytes->getElementAsInteger(i) == (i == 8 ? 0x40 : 0));
}

TEST_CASE("typedesc: equality and hash functions per type", "[lower][typedesc]") {
  Descriptors d;
  auto check = [&](ty::Type* t, const char* equal, const char* hasher) {
    INFO(ty::typeString(t));
    CHECK(d.target(t, kEqual) == equal);
    CHECK(d.target(t, kHasher) == hasher);
  };
  ty::Type* i8 = d.basic(ty::BasicKind::Int8);
  check(d.integer(), "runtime.memequal64", "runtime.memhash64");
  check(d.basic(ty::BasicKind::Bool), "runtime.memequal8", "runtime.memhash8");
  check(d.basic(ty::BasicKind::Int32), "runtime.memequal32", "runtime.memhash32");
  check(d.basic(ty::BasicKind::Uint16), "runtime.memequal16", "runtime.memhash16");
  check(d.string(), "runtime.strequal", "runtime.strhash");
  check(d.basic(ty::BasicKind::Float64), "runtime.f64equal", "runtime.f64hash");
  check(d.ctx.emptyInterface(), "runtime.nilinterequal", "runtime.nilinterhash");
  check(d.ctx.pointer(d.integer()), "runtime.memequal64", "runtime.memhash64");
  // Not comparable: nil.
  check(d.ctx.slice(d.integer()), "", "");
  check(d.ctx.map(d.string(), d.integer()), "", "");
  check(d.structOf({field("s", d.ctx.slice(d.integer()))}), "", "");
  check(d.ctx.array(d.ctx.slice(d.integer()), 2), "", "");
  // Arrays and structs of plain memory without padding compare as bytes.
  check(d.structOf({field("a", d.integer()), field("b", d.integer())}), "runtime.memequal128",
        "runtime.memhash128");
  check(d.ctx.array(d.integer(), 4), "runtime.memequal_varlen", "runtime.memhash_varlen");
  check(d.ctx.array(d.integer(), 0), "runtime.memequal0", "runtime.memhash0");
  check(d.structOf({}), "runtime.memequal0", "runtime.memhash0");
  // Padding, blank fields, strings and floats need the element-wise functions.
  check(d.structOf({field("a", i8), field("b", d.integer())}), "runtime.structequal",
        "runtime.structhash");
  check(d.structOf({field("a", d.integer()), field("_", d.integer())}), "runtime.structequal",
        "runtime.structhash");
  check(d.structOf({field("s", d.string())}), "runtime.structequal", "runtime.structhash");
  check(d.ctx.array(d.string(), 2), "runtime.arrayequal", "runtime.arrayhash");
  check(d.ctx.array(d.basic(ty::BasicKind::Float64), 2), "runtime.arrayequal", "runtime.arrayhash");

  // The functions are declared with the runtime's convention: equal(p, q, type) -> i8,
  // hasher(p, seed, type) -> i64.
  llvm::Function* eq = d.lowerer.out_->getFunction("runtime.strequal");
  REQUIRE(eq);
  CHECK(eq->getReturnType()->isIntegerTy(8));
  CHECK(eq->arg_size() == 3);
  llvm::Function* hash = d.lowerer.out_->getFunction("runtime.strhash");
  REQUIRE(hash);
  CHECK(hash->getReturnType()->isIntegerTy(64));
  CHECK(hash->getArg(1)->getType()->isIntegerTy(64));
}

TEST_CASE("typedesc: flags, elements and struct fields", "[lower][typedesc]") {
  Descriptors d(kArm64Layout);
  ty::Type* intPtr = d.ctx.pointer(d.integer());
  CHECK(d.number(intPtr, kFlags) == (abi::kTypeFlagRegularMemory | abi::kTypeFlagDirectIface));
  CHECK(d.number(d.integer(), kFlags) == abi::kTypeFlagRegularMemory);
  CHECK(d.number(d.string(), kFlags) == 0);
  CHECK(d.number(d.ctx.slice(d.string()), kFlags) == 0);
  CHECK(d.target(intPtr, kElem) == "type:int");
  CHECK(d.target(d.ctx.array(d.string(), 3), kElem) == "type:string");
  CHECK(d.number(d.ctx.array(d.string(), 3), kLen) == 3);
  CHECK(d.target(d.integer(), kFields) == "");
  CHECK(d.target(d.integer(), kUncommon) == "");

  // struct { a int8; S string (embedded); p *int }
  ty::Type* s = d.structOf({field("a", d.basic(ty::BasicKind::Int8)),
                            field("S", d.string(), /*embedded=*/true), field("p", intPtr)});
  CHECK(d.number(s, kLen) == 3);
  CHECK(d.number(s, static_cast<Field>(kAlign)) == 8);
  auto* table = llvm::dyn_cast<llvm::GlobalVariable>(d.of(s)->getOperand(kFields));
  REQUIRE(table);
  auto* fields = llvm::dyn_cast<llvm::ConstantArray>(table->getInitializer());
  REQUIRE(fields);
  REQUIRE(fields->getNumOperands() == 3);
  CHECK(d.layout.getTypeAllocSize(fields->getType()->getElementType()) == sizeof(abi::StructField));
  const char* types[] = {"type:int8", "type:string", "type:*int"};
  const uint64_t offsets[] = {0, 8, 24};
  const uint64_t flags[] = {0, abi::kStructFieldEmbedded, 0};
  for (unsigned i = 0; i < 3; ++i) {
    INFO(i);
    auto* f = llvm::cast<llvm::ConstantStruct>(fields->getOperand(i));
    CHECK(f->getOperand(1)->getName() == types[i]);
    CHECK(llvm::cast<llvm::ConstantInt>(f->getOperand(2))->getZExtValue() == offsets[i]);
    CHECK(llvm::cast<llvm::ConstantInt>(f->getOperand(3))->getZExtValue() == flags[i]);
  }
}

TEST_CASE("gcmeta: the package's root map lists its pointer-holding variables", "[lower][gcmeta]") {
  ir::testing::TestPackage p(
      "package main\n\nvar names []string\nvar count int\nvar box any\nvar s string\n\n"
      "func main() { println(len(names), count, box == nil, s) }\n");
  ir::addProgramEntry(*p.module, p.ctx, {p.module->init->symbol});
  escape::analyze(*p.module);
  llvm::LLVMContext c;
  llvm::DataLayout layout(kAmd64Layout);
  std::unique_ptr<llvm::Module> m =
      lower::lowerModule(*p.module, c, layout, "x86_64-unknown-linux-gnu", p.diags);
  REQUIRE_FALSE(p.diags.hasErrors());
  llvm::GlobalVariable* table = nullptr;
  for (llvm::GlobalVariable& g : m->globals())
    if (g.getSection() == abi::kGCRootSection) table = &g;
  REQUIRE(table);
  CHECK(table->isConstant());
  CHECK(table->getAlignment() == 8);
  auto* roots = llvm::dyn_cast<llvm::ConstantArray>(table->getInitializer());
  REQUIRE(roots);
  CHECK(layout.getTypeAllocSize(roots->getType()->getElementType()) == sizeof(abi::GCRoot));
  std::vector<std::pair<std::string, std::string>> got;
  for (unsigned i = 0; i < roots->getNumOperands(); ++i) {
    auto* r = llvm::cast<llvm::ConstantStruct>(roots->getOperand(i));
    got.emplace_back(r->getOperand(0)->getName().str(), r->getOperand(1)->getName().str());
  }
  std::vector<std::pair<std::string, std::string>> want = {{"main.names", "type:[]string"},
                                                           {"main.box", "type:interface {}"},
                                                           {"main.s", "type:string"}};
  CHECK(got == want);  // main.count holds no pointers
  // llvm.used keeps it (and makes its section SHF_GNU_RETAIN) although nothing refers to it.
  llvm::GlobalVariable* used = m->getNamedGlobal("llvm.used");
  REQUIRE(used);
  bool listed = false;
  for (llvm::Value* v : llvm::cast<llvm::ConstantArray>(used->getInitializer())->operands())
    listed |= v->stripPointerCasts() == table;
  CHECK(listed);
}

TEST_CASE("gcmeta: no root map without pointer-holding variables", "[lower][gcmeta]") {
  ir::testing::TestPackage p("package main\n\nvar count int\n\nfunc main() { println(count) }\n");
  ir::addProgramEntry(*p.module, p.ctx, {p.module->init->symbol});
  escape::analyze(*p.module);
  llvm::LLVMContext c;
  llvm::DataLayout layout(kArm64Layout);
  std::unique_ptr<llvm::Module> m =
      lower::lowerModule(*p.module, c, layout, "aarch64-unknown-linux-gnu", p.diags);
  for (llvm::GlobalVariable& g : m->globals()) CHECK(g.getSection() != abi::kGCRootSection);
}
