// Unit tests of the debug information the lowering attaches (docs/abi.md, "Names and
// positions"): one line-tables-only Go compile unit, a subprogram named as gc names each
// function, source lines on the instructions, a module that passes the verifier's debug-info
// checks, and a .debug_line that LLVM really emits for both targets at -O0 and -O2.
#include <catch2/catch.hpp>

#include <memory>
#include <set>
#include <string>

#include "escape/escape.h"
#include "ir/builder.h"
#include "ir/test_package.h"
#include "llvm/DebugInfo/DWARF/DWARFContext.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Target/TargetMachine.h"
#include "lower/lower.h"
#include "target/target.h"

using namespace ergo;

namespace {

// Line numbers below refer to this text.
const char* kProgram = R"go(package main

func twice(x int) int {
	y := x * 2
	return y
}

func main() {
	a := twice(3)
	println(a)
	println(twice(a))
}
)go";
constexpr unsigned kTwiceLine = 3, kTwiceBodyLine = 4, kMainLine = 8, kCallLine = 9;

const char* const kArchs[] = {"amd64", "arm64"};

// The driver's target (target::makeTarget: every backend and assembly parser initialised).
std::unique_ptr<target::Target> targetMachine(const char* goarch, int opt) {
  std::string error;
  std::unique_ptr<target::Target> made = target::makeTarget("linux", goarch, opt, error);
  INFO(error);
  REQUIRE(made);
  return made;
}

// Checks, builds IR and lowers one package for one target machine.
struct Lowered : ir::testing::TestPackage {
  llvm::LLVMContext llvmContext;
  llvm::DataLayout layout;
  std::unique_ptr<llvm::Module> module;

  Lowered(const std::string& src, target::Target& tm) : TestPackage(src), layout(tm.dataLayout()) {
    ir::Module& irModule = *TestPackage::module;
    ir::addProgramEntry(irModule, ctx, {irModule.init->symbol});
    escape::analyze(irModule);
    module = lower::lowerModule(irModule, llvmContext, layout, tm.triple, diags);
    INFO(errors());
    REQUIRE_FALSE(diags.hasErrors());
    REQUIRE(module);
  }

  // The lines of every instruction of `symbol` that carries a location.
  std::set<unsigned> lines(const char* symbol) {
    std::set<unsigned> out;
    llvm::Function* fn = module->getFunction(symbol);
    REQUIRE(fn);
    for (llvm::Instruction& inst : llvm::instructions(*fn))
      if (const llvm::DebugLoc& loc = inst.getDebugLoc()) out.insert(loc.getLine());
    return out;
  }

  // Optimises like the driver (at `opt`) and emits an object file.
  std::string emit(target::Target& tm, int opt) {
    std::string object, error;
    REQUIRE(target::emitObject(tm, *module, opt, object, error));
    return object;
  }
};

}  // namespace

TEST_CASE("debug info: a line-tables-only Go unit that verifies", "[lower][debuginfo]") {
  for (const char* arch : kArchs) {
    INFO(arch);
    auto tm = targetMachine(arch, 0);
    Lowered l(kProgram, *tm);
    std::string problems;
    llvm::raw_string_ostream os(problems);
    bool brokenDebugInfo = false;
    CHECK_FALSE(llvm::verifyModule(*l.module, &os, &brokenDebugInfo));
    CHECK_FALSE(brokenDebugInfo);
    INFO(problems);
    CHECK(problems.empty());

    auto units = l.module->debug_compile_units();
    REQUIRE(std::distance(units.begin(), units.end()) == 1);
    llvm::DICompileUnit* unit = *units.begin();
    CHECK(unit->getEmissionKind() == llvm::DICompileUnit::LineTablesOnly);
    CHECK(unit->getSourceLanguage() == llvm::dwarf::DW_LANG_Go);
    CHECK(l.module->getDwarfVersion() == 5);

    // gc's names; absolute file names, as gc records them.
    for (const char* symbol : {"main.twice", "main.main"}) {
      INFO(symbol);
      llvm::DISubprogram* sp = l.module->getFunction(symbol)->getSubprogram();
      REQUIRE(sp);
      CHECK(sp->getName() == symbol);
      CHECK(llvm::StringRef(sp->getFilename()).starts_with("/"));
      CHECK(llvm::StringRef(sp->getFilename()).ends_with("/x.go"));
    }
    CHECK(l.module->getFunction("main.twice")->getSubprogram()->getLine() == kTwiceLine);
    CHECK(l.module->getFunction("main.main")->getSubprogram()->getLine() == kMainLine);
    CHECK(l.lines("main.twice").count(kTwiceBodyLine));
    std::set<unsigned> mainLines = l.lines("main.main");
    CHECK(mainLines.count(kCallLine));
    CHECK(mainLines.count(kCallLine + 1));
    CHECK(mainLines.count(kCallLine + 2));
    // Every call carries a location (the verifier insists for inlinable calls).
    for (llvm::Instruction& inst : llvm::instructions(*l.module->getFunction("main.main")))
      if (llvm::isa<llvm::CallBase>(inst)) CHECK(inst.getDebugLoc());
  }
}

TEST_CASE("debug info: LLVM emits .debug_line rows for the Go lines", "[lower][debuginfo]") {
  for (const char* arch : kArchs) {
    for (int opt : {0, 2}) {
      INFO(arch << " -O" << opt);
      auto tm = targetMachine(arch, opt);
      Lowered l(kProgram, *tm);
      std::string object = l.emit(*tm, opt);
      auto obj = llvm::object::ObjectFile::createObjectFile(llvm::MemoryBufferRef(object, "x.o"));
      REQUIRE(static_cast<bool>(obj));
      std::unique_ptr<llvm::DWARFContext> dwarf = llvm::DWARFContext::create(**obj);
      std::set<unsigned> lines;
      std::string file;
      for (const auto& unit : dwarf->compile_units()) {
        const llvm::DWARFDebugLine::LineTable* table = dwarf->getLineTableForUnit(unit.get());
        REQUIRE(table);
        CHECK(table->Prologue.getVersion() == 5);
        for (const auto& row : table->Rows) {
          lines.insert(row.Line);
          table->getFileNameByIndex(
              row.File, "", llvm::DILineInfoSpecifier::FileLineInfoKind::AbsoluteFilePath, file);
        }
      }
      CHECK(llvm::StringRef(file).ends_with("/x.go"));
      // The runtime calls of println(a) survive -O2; twice(3) is inlined and folded there.
      CHECK(lines.count(kCallLine + 1));
      if (opt == 0) {
        CHECK(lines.count(kCallLine));
        CHECK(lines.count(kTwiceBodyLine));
      }
    }
  }
}

// Line directives change the file and line of the rows that follow, as gc's tables do: the
// directive's name as written (relative ones stay relative), `//line :N:C` keeps the name in
// force, and /*line*/ applies from inside a line.
TEST_CASE("debug info: rows follow //line and /*line*/ directives", "[lower][debuginfo]") {
  const char* program = R"go(package main

//line other.go:100
func f(x int) int {
	return x + 1
}

//line :200:1
func g(x int) int {
	y := x * 3
	/*line /abs/in.go:50:1*/ return f(y)
}

func main() {
	println(g(2))
}
)go";
  auto tm = targetMachine("amd64", 0);
  Lowered l(program, *tm);
  auto where = [&](const char* symbol) {
    std::set<std::pair<std::string, unsigned>> out;
    for (llvm::Instruction& inst : llvm::instructions(*l.module->getFunction(symbol)))
      if (const llvm::DebugLoc& loc = inst.getDebugLoc(); loc && loc.getLine() != 0)
        out.insert({loc->getFilename().str(), loc.getLine()});
    return out;
  };
  llvm::DISubprogram* f = l.module->getFunction("main.f")->getSubprogram();
  CHECK(f->getFilename() == "other.go");
  CHECK(f->getLine() == 100);
  CHECK(where("main.f").count({"other.go", 101}));
  // `//line :200:1` inherits "other.go"; g's body starts at 201.
  llvm::DISubprogram* g = l.module->getFunction("main.g")->getSubprogram();
  CHECK(g->getFilename() == "other.go");
  CHECK(g->getLine() == 200);
  auto gRows = where("main.g");
  CHECK(gRows.count({"other.go", 201}));
  CHECK(gRows.count({"/abs/in.go", 50}));
  // main follows the /*line*/ directive: two lines after it.
  CHECK(where("main.main").count({"/abs/in.go", 54}));
  for (const auto& [file, line] : where("main.main")) CHECK(file == "/abs/in.go");
}
