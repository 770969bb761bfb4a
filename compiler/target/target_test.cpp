// Unit tests of the target room: makeTarget's triples and data layouts for the supported
// GOOS/GOARCH pairs, errors for the others, and ELF object emission at -O0 and -O2.
#include <catch2/catch.hpp>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "target/target.h"

using namespace ergo;

namespace {

// A tiny module: `i64 add(i64, i64)`, an exported global, and an unused internal helper.
std::unique_ptr<llvm::Module> tinyModule(llvm::LLVMContext& ctx, target::Target& t) {
  auto m = std::make_unique<llvm::Module>("tiny", ctx);
  m->setTargetTriple(t.triple);
  m->setDataLayout(t.dataLayout());
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx);
  auto* fnTy = llvm::FunctionType::get(i64, {i64, i64}, false);
  auto* add = llvm::Function::Create(fnTy, llvm::GlobalValue::ExternalLinkage, "tiny.add", *m);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", add));
  b.CreateRet(b.CreateAdd(add->getArg(0), add->getArg(1)));
  auto* helper =
      llvm::Function::Create(fnTy, llvm::GlobalValue::InternalLinkage, "tiny.unused_helper", *m);
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", helper));
  b.CreateRet(b.CreateMul(helper->getArg(0), helper->getArg(1)));
  new llvm::GlobalVariable(*m, i64, false, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantInt::get(i64, 42), "tiny.answer");
  return m;
}

uint16_t le16(const std::string& s, size_t off) {
  return static_cast<uint16_t>(static_cast<unsigned char>(s[off]) |
                               (static_cast<unsigned char>(s[off + 1]) << 8));
}

std::string emit(const char* goarch, int optLevel) {
  std::string error;
  std::unique_ptr<target::Target> t = target::makeTarget("linux", goarch, optLevel, error);
  REQUIRE(t);
  llvm::LLVMContext ctx;
  auto m = tinyModule(ctx, *t);
  std::string object;
  INFO(error);
  REQUIRE(target::emitObject(*t, *m, optLevel, object, error));
  return object;
}

}  // namespace

// linux/amd64 and linux/arm64 are supported, with LLVM's triples and data layouts.
TEST_CASE("target: makeTarget for linux/amd64 and linux/arm64", "[target]") {
  std::string error;
  auto amd64 = target::makeTarget("linux", "amd64", 2, error);
  REQUIRE(amd64);
  CHECK(error.empty());
  CHECK(amd64->triple == "x86_64-unknown-linux-gnu");
  CHECK(amd64->arch == target::Arch::Amd64);
  CHECK(amd64->goos == "linux");
  CHECK(amd64->goarch == "amd64");
  REQUIRE(amd64->machine);
  CHECK(amd64->dataLayout().getStringRepresentation() ==
        "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128");
  CHECK(amd64->dataLayout().getPointerSize() == 8);
  CHECK(amd64->dataLayout().isLittleEndian());

  auto arm64 = target::makeTarget("linux", "arm64", 0, error);
  REQUIRE(arm64);
  CHECK(arm64->triple == "aarch64-unknown-linux-gnu");
  CHECK(arm64->arch == target::Arch::Arm64);
  CHECK(arm64->goarch == "arm64");
  CHECK(arm64->dataLayout().getStringRepresentation() ==
        "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32");
  CHECK(arm64->dataLayout().getPointerSize() == 8);
}

// Other pairs fail with Go's wording.
TEST_CASE("target: unsupported GOOS/GOARCH pairs", "[target]") {
  for (auto [goos, goarch] : {std::pair{"windows", "amd64"}, std::pair{"linux", "riscv64"},
                              std::pair{"darwin", "arm64"}, std::pair{"linux", "386"}}) {
    std::string error;
    CHECK(target::makeTarget(goos, goarch, 2, error) == nullptr);
    CHECK(error == std::string("unsupported GOOS/GOARCH pair ") + goos + "/" + goarch);
  }
}

// emitObject produces a relocatable 64-bit little-endian ELF object for the right machine.
TEST_CASE("target: emitObject writes ELF objects at -O0 and -O2", "[target][emit]") {
  for (auto [goarch, machine] : {std::pair{"amd64", 62}, std::pair{"arm64", 183}}) {
    for (int opt : {0, 2}) {
      INFO(goarch << " -O" << opt);
      std::string obj = emit(goarch, opt);
      REQUIRE(obj.size() > 64);
      CHECK(obj.compare(0, 4,
                        "\x7f"
                        "ELF") == 0);
      CHECK(obj[4] == 2);               // ELFCLASS64
      CHECK(obj[5] == 1);               // little endian
      CHECK(le16(obj, 16) == 1);        // ET_REL
      CHECK(le16(obj, 18) == machine);  // EM_X86_64 or EM_AARCH64
      CHECK(obj.find("tiny.add") != std::string::npos);
      CHECK(obj.find("tiny.answer") != std::string::npos);
    }
  }
}

// -O2 runs the optimisation pipeline: an unused internal function is deleted; -O0 keeps it.
TEST_CASE("target: -O2 removes dead internal functions, -O0 keeps them", "[target][emit]") {
  CHECK(emit("amd64", 0).find("tiny.unused_helper") != std::string::npos);
  CHECK(emit("amd64", 2).find("tiny.unused_helper") == std::string::npos);
  CHECK(emit("arm64", 2).find("tiny.unused_helper") == std::string::npos);
}

// The same input gives the same bytes (DESIGN.md section 4: deterministic outputs).
TEST_CASE("target: object emission is deterministic", "[target][emit]") {
  CHECK(emit("amd64", 2) == emit("amd64", 2));
  CHECK(emit("arm64", 0) == emit("arm64", 0));
}

namespace {
// Counts the diagnostics that reach it: the handler emission must give back afterwards.
struct CountingHandler : llvm::DiagnosticHandler {
  int* seen;
  explicit CountingHandler(int* seen) : seen(seen) {}
  bool handleDiagnostics(const llvm::DiagnosticInfo&) override {
    ++*seen;
    return true;
  }
};
}  // namespace

// Frames above a function's "warn-stack-size" are collected, not printed, so that the driver
// can have the lowering split those functions (docs/abi.md, "Stacks").
TEST_CASE("target: emitObject reports frames above warn-stack-size", "[target][emit]") {
  for (const char* goarch : {"amd64", "arm64"}) {
    for (int opt : {0, 2}) {
      INFO(goarch << " -O" << opt);
      std::string error;
      auto t = target::makeTarget("linux", goarch, opt, error);
      REQUIRE(t);
      llvm::LLVMContext ctx;
      int seen = 0;
      ctx.setDiagnosticHandler(std::make_unique<CountingHandler>(&seen));
      auto m = std::make_unique<llvm::Module>("frames", ctx);
      m->setTargetTriple(t->triple);
      m->setDataLayout(t->dataLayout());
      llvm::Type* i8 = llvm::Type::getInt8Ty(ctx);
      auto* sinkTy = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx),
                                             {llvm::PointerType::get(ctx, 0)}, false);
      llvm::FunctionCallee sink = m->getOrInsertFunction("frames.sink", sinkTy);
      // Two functions with a 4 KiB buffer; only one carries a limit it exceeds.
      for (const char* name : {"frames.big", "frames.unlimited"}) {
        auto* fn =
            llvm::Function::Create(llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false),
                                   llvm::GlobalValue::ExternalLinkage, name, *m);
        if (std::string(name) == "frames.big") fn->addFnAttr("warn-stack-size", "1024");
        llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", fn));
        llvm::Value* buffer = b.CreateAlloca(llvm::ArrayType::get(i8, 4096));
        b.CreateCall(sink, {buffer});
        b.CreateRetVoid();
      }
      std::string object;
      std::vector<target::OversizeFrame> oversize;
      REQUIRE(target::emitObject(*t, *m, opt, object, error, &oversize));
      REQUIRE(oversize.size() == 1);
      CHECK(oversize[0].function == "frames.big");
      CHECK(oversize[0].bytes >= 4096);
      CHECK(oversize[0].bytes < 4096 + 256);
      // The context's own handler is back, and saw nothing.
      CHECK(seen == 0);
      ctx.diagnose(llvm::DiagnosticInfoStackSize(*m->getFunction("frames.big"), 1, 0));
      CHECK(seen == 1);
    }
  }
}

// A missing object or runtime archive makes link fail with a message, not a crash.
TEST_CASE("target: link reports missing inputs", "[target][link]") {
  std::string error;
  auto t = target::makeTarget("linux", "amd64", 0, error);
  REQUIRE(t);
  CHECK_FALSE(target::link(*t, {"/nonexistent/ergo-test.o"}, "/nonexistent/libergort.a",
                           "/tmp/ergo-target-test-never-written", error));
  CHECK_FALSE(error.empty());
}
