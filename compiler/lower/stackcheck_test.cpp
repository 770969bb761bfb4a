// Tests of the prologue stack check and the F·morestack trampoline (stackcheck.cpp): their IR
// shape, that -O2 keeps what they rely on, and the machine code both backends make of them at
// -O0 and -O2 (docs/abi.md, "Stacks").
#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>

#include "abi/abi.h"
#include "escape/escape.h"
#include "ir/builder.h"
#include "ir/test_package.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/ProfDataUtils.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "lower/lower.h"
#include "target/target.h"

using namespace ergo;

namespace {

struct Target {
  const char* name;
  const char* triple;
  bool arm64;
};
const Target kTargets[] = {{"amd64", "x86_64-unknown-linux-gnu", false},
                           {"arm64", "aarch64-unknown-linux-gnu", true}};

// The driver's target (target::makeTarget): static, non-PIC, every backend initialised.
std::unique_ptr<target::Target> machine(const Target& t, int opt) {
  std::string error;
  std::unique_ptr<target::Target> made = target::makeTarget("linux", t.name, opt, error);
  INFO(error);
  REQUIRE(made);
  return made;
}

// One package lowered for one target, then optionally optimised and compiled.
struct Lowered : ir::testing::TestPackage {
  llvm::LLVMContext llvmContext;
  std::unique_ptr<target::Target> tm;
  std::unique_ptr<llvm::Module> module;

  Lowered(const std::string& src, const Target& target, int opt = 0, bool checks = true,
          const std::map<std::string, uint64_t>& largeFrames = {})
      : TestPackage(src), tm(machine(target, opt)) {
    ir::addProgramEntry(*TestPackage::module, ctx, {TestPackage::module->init->symbol});
    REQUIRE(ir::verifyModule(*TestPackage::module).empty());
    escape::analyze(*TestPackage::module);
    lower::Options options;
    options.stackChecks = checks;
    options.largeFrames = largeFrames;
    module = lower::lowerModule(*TestPackage::module, llvmContext, tm->dataLayout(), target.triple,
                                diags, options);
    INFO(errors());
    REQUIRE_FALSE(diags.hasErrors());
    REQUIRE(verifierErrors() == "");
  }
  std::string verifierErrors() {
    std::string out;
    llvm::raw_string_ostream os(out);
    bool broken = llvm::verifyModule(*module, &os);
    os.flush();
    return broken ? "broken: " + out : out;
  }
  // The pipeline of target::emitObject.
  void optimise(int opt) {
    target::optimize(*tm, *module, opt);
    REQUIRE(verifierErrors() == "");
  }
  std::string assembly(std::vector<target::OversizeFrame>* oversize = nullptr) {
    std::string text, error;
    REQUIRE(
        target::emitCode(*tm, *module, llvm::CodeGenFileType::AssemblyFile, text, error, oversize));
    return text;
  }
  // Compiles the module as target::emitObject does and returns the frames the backend found
  // above their "warn-stack-size", by function.
  std::map<std::string, uint64_t> oversizeFrames() {
    std::vector<target::OversizeFrame> frames;
    assembly(&frames);
    std::map<std::string, uint64_t> out;
    for (const target::OversizeFrame& f : frames) out[f.function] = f.bytes;
    return out;
  }
  llvm::Function* function(const std::string& name) {
    llvm::Function* f = module->getFunction(name);
    INFO(name);
    REQUIRE(f);
    return f;
  }
};

const char* kRecursive = R"go(package main

var last int

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	d := depth(n-1) + 1
	last = n
	return d
}

func sum3(n, a, b int) (int, int, int) {
	if n == 0 {
		return a, b, a + b
	}
	x, y, z := sum3(n-1, a+1, b+2)
	return x, y, z + 1
}

func hello(s string) {
	println(s)
}

func main() {
	x, y, z := sum3(10, 1, 2)
	hello("hi")
	println(fib(20), depth(100), x, y, z)
}
)go";

const std::string kTramp = "\u00b7morestack";

template <typename T>
std::vector<T*> instructions(llvm::Function* f) {
  std::vector<T*> out;
  for (llvm::BasicBlock& bb : *f)
    for (llvm::Instruction& i : bb)
      if (auto* x = llvm::dyn_cast<T>(&i)) out.push_back(x);
  return out;
}

int countIntrinsic(llvm::Function* f, llvm::Intrinsic::ID id) {
  int n = 0;
  for (auto* c : instructions<llvm::IntrinsicInst>(f)) n += c->getIntrinsicID() == id;
  return n;
}

std::vector<std::string> calledNames(llvm::Function* f) {
  std::vector<std::string> out;
  for (auto* c : instructions<llvm::CallBase>(f))
    if (llvm::Function* callee = c->getCalledFunction()) out.push_back(callee->getName().str());
  return out;
}

// The inline asm call that reads the current G, if `i` is one.
const llvm::InlineAsm* gRead(const llvm::Instruction& i) {
  auto* c = llvm::dyn_cast<llvm::CallInst>(&i);
  if (!c) return nullptr;
  auto* a = llvm::dyn_cast<llvm::InlineAsm>(c->getCalledOperand());
  if (!a || a->getAsmString().find(abi::kCurrentGSymbol) == std::string::npos) return nullptr;
  return a;
}

// Checks the entry block of `f`: variables first, then the G read, the guard load, the frame
// pointer and the branch to the cold morestack block that calls the trampoline.
void checkPrologue(llvm::Function* f, const Target& t) {
  INFO(f->getName().str());
  llvm::BasicBlock& entry = f->getEntryBlock();
  CHECK(entry.getName() == "stackcheck");
  CHECK(f->getFnAttribute("frame-pointer").getValueAsString() == "all");
  // Every variable is a static alloca of the entry block.
  for (auto* a : instructions<llvm::AllocaInst>(f)) CHECK(a->isStaticAlloca());

  auto it = entry.begin();
  while (llvm::isa<llvm::AllocaInst>(*it)) ++it;
  const llvm::InlineAsm* g = gRead(*it);
  REQUIRE(g);
  CHECK(g->hasSideEffects());
  if (t.arm64)
    CHECK(g->getAsmString() ==
          "mrs $0, tpidr_el0\n\tadd $0, $0, :tprel_hi12:ergo_current_g\n\tadd $0, $0, "
          ":tprel_lo12_nc:ergo_current_g\n\tldr $0, [$0]");
  else
    CHECK(g->getAsmString() == "movq %fs:ergo_current_g@tpoff, $0");
  CHECK(countIntrinsic(f, llvm::Intrinsic::frameaddress) >= 1);
  auto* br = llvm::dyn_cast<llvm::BranchInst>(entry.getTerminator());
  REQUIRE(br);
  REQUIRE(br->isConditional());
  auto* cmp = llvm::dyn_cast<llvm::ICmpInst>(br->getCondition());
  REQUIRE(cmp);
  CHECK(cmp->getPredicate() == llvm::ICmpInst::ICMP_ULT);
  CHECK(llvm::isa<llvm::LoadInst>(cmp->getOperand(1)));
  auto* fp = llvm::dyn_cast<llvm::PtrToIntInst>(cmp->getOperand(0));
  REQUIRE(fp);
  auto* frameaddress = llvm::dyn_cast<llvm::IntrinsicInst>(fp->getOperand(0));
  REQUIRE(frameaddress);
  CHECK(frameaddress->getIntrinsicID() == llvm::Intrinsic::frameaddress);
  CHECK(frameaddress->getParent() == &entry);
  uint64_t taken = 0, notTaken = 0;
  REQUIRE(llvm::extractBranchWeights(*br, taken, notTaken));
  CHECK(taken * 1000 < notTaken);  // the slow path is cold

  llvm::BasicBlock* more = br->getSuccessor(0);
  CHECK(more->getName() == "morestack");
  auto* call = llvm::dyn_cast<llvm::CallInst>(&more->front());
  REQUIRE(call);
  REQUIRE(call->getCalledFunction());
  CHECK(call->getCalledFunction()->getName() == f->getName().str() + kTramp);
  CHECK(call->getTailCallKind() == llvm::CallInst::TCK_NoTail);
  // On line 0: tracebacks show a function that grew once, as gc does, not its frame on the
  // old segment as well.
  if (f->getSubprogram()) {
    REQUIRE(call->getDebugLoc());
    CHECK(call->getDebugLoc().getLine() == 0);
  }
  CHECK(call->arg_size() == f->arg_size());
  for (unsigned i = 0; i < f->arg_size(); ++i) CHECK(call->getArgOperand(i) == f->getArg(i));
  auto* ret = llvm::dyn_cast<llvm::ReturnInst>(more->getTerminator());
  REQUIRE(ret);
  if (!f->getReturnType()->isVoidTy()) CHECK(ret->getReturnValue() == call);
}

// Checks F·morestack: stacksave, morestack, stackrestore, an invoke of F with the same
// arguments, then on both edges stackrestore and lessstack; unwindresume after a cleanup pad.
void checkTrampoline(llvm::Function* f) {
  llvm::Function* tramp = f->getParent()->getFunction(f->getName().str() + kTramp);
  INFO(f->getName().str());
  REQUIRE(tramp);
  CHECK(tramp->hasInternalLinkage());
  CHECK(tramp->getFunctionType() == f->getFunctionType());
  CHECK(tramp->hasFnAttribute(llvm::Attribute::NoInline));
  CHECK(tramp->hasFnAttribute(llvm::Attribute::Cold));
  CHECK(tramp->getFnAttribute("frame-pointer").getValueAsString() == "all");
  REQUIRE(tramp->hasPersonalityFn());
  CHECK(tramp->getPersonalityFn()->getName() == abi::kPersonalitySymbol);
  CHECK(countIntrinsic(tramp, llvm::Intrinsic::stacksave) == 1);
  CHECK(countIntrinsic(tramp, llvm::Intrinsic::stackrestore) == 3);
  std::vector<std::string> calls = calledNames(tramp);
  CHECK(std::count(calls.begin(), calls.end(), "runtime.morestack") == 1);
  CHECK(std::count(calls.begin(), calls.end(), "runtime.lessstack") == 2);
  CHECK(std::count(calls.begin(), calls.end(), "runtime.unwindresume") == 1);
  auto invokes = instructions<llvm::InvokeInst>(tramp);
  REQUIRE(invokes.size() == 1);
  llvm::InvokeInst* re = invokes[0];
  CHECK(re->getCalledFunction() == f);
  CHECK(re->hasFnAttr(llvm::Attribute::NoInline));
  for (unsigned i = 0; i < f->arg_size(); ++i) CHECK(re->getArgOperand(i) == tramp->getArg(i));
  llvm::LandingPadInst* pad = re->getUnwindDest()->getLandingPadInst();
  REQUIRE(pad);
  CHECK(pad->isCleanup());
  CHECK(llvm::isa<llvm::UnreachableInst>(re->getUnwindDest()->getTerminator()));
  // The frame must be variable-sized: a dynamic alloca somewhere.
  bool dynamic = false;
  for (auto* a : instructions<llvm::AllocaInst>(tramp)) dynamic |= !a->isStaticAlloca();
  CHECK(dynamic);
  // Its own subprogram, so that its calls have line 0, which tracebacks hide, wherever it
  // lands in the line table.
  if (llvm::DISubprogram* sp = f->getSubprogram()) {
    llvm::DISubprogram* own = tramp->getSubprogram();
    REQUIRE(own);
    CHECK(own != sp);
    CHECK(own->isArtificial());
    CHECK(own->getName() == sp->getName());
  }
}

// The machine code of `name` in `assembly`.
std::string functionText(const std::string& assembly, const std::string& name) {
  std::string label = name.find('\xc2') != std::string::npos ? "\"" + name + "\":" : name + ":";
  size_t start = assembly.find("\n" + label + "\n");
  INFO(name);
  REQUIRE(start != std::string::npos);
  size_t end = assembly.find(".cfi_endproc", start);
  REQUIRE(end != std::string::npos);
  return assembly.substr(start, end - start);
}

// In the trampoline, between runtime.morestack and the epilogue (and in the landing pad), sp
// points into another segment: nothing may be addressed relative to it, and the epilogue
// must restore sp from the frame pointer.
void checkTrampolineCode(const std::string& text, const Target& t) {
  INFO(text);
  std::istringstream lines(text);
  std::string line;
  bool switched = false, sawSwitch = false, restoredFromFp = false;
  const std::regex spMemory(t.arm64 ? R"(\[sp\b)" : R"(\(%rsp\))");
  const std::regex spFromFp(t.arm64 ? R"(\bmov\s+sp, x29\b)"
                                    : R"((movq\s+%rbp, %rsp)|(leaq\s+-?\d+\(%rbp\), %rsp))");
  while (std::getline(lines, line)) {
    if (line.find("runtime.morestack") != std::string::npos) switched = sawSwitch = true;
    if (std::regex_search(line, spFromFp)) switched = false, restoredFromFp = true;
    if (switched) {
      INFO(line);
      CHECK_FALSE(std::regex_search(line, spMemory));
    }
    if (std::regex_search(line, std::regex(R"(^\s+retq?\b)"))) switched = true;
  }
  CHECK(sawSwitch);
  CHECK(restoredFromFp);
}

}  // namespace

TEST_CASE("stackcheck: every Go function starts with the check", "[lower][stackcheck]") {
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(kRecursive, t);
    for (const char* name :
         {"main.fib", "main.depth", "main.sum3", "main.hello", "main.main", "main.init"}) {
      checkPrologue(l.function(name), t);
      checkTrampoline(l.function(name));
    }
  }
}

TEST_CASE("stackcheck: the trampoline forwards arguments and results", "[lower][stackcheck]") {
  Lowered l(kRecursive, kTargets[0]);
  llvm::Function* sum3 = l.function("main.sum3");
  llvm::Function* tramp = l.function("main.sum3" + kTramp);
  CHECK(tramp->getReturnType() == sum3->getReturnType());
  CHECK(tramp->arg_size() == 3);
  // The normal edge returns the re-call's result.
  auto* re = instructions<llvm::InvokeInst>(tramp).at(0);
  auto* ret = llvm::dyn_cast<llvm::ReturnInst>(re->getNormalDest()->getTerminator());
  REQUIRE(ret);
  CHECK(ret->getReturnValue() == re);
  // A void function returns void.
  llvm::Function* hello = l.function("main.hello" + kTramp);
  CHECK(hello->getReturnType()->isVoidTy());
}

TEST_CASE("stackcheck: -no-stack-check omits check and trampoline", "[lower][stackcheck]") {
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(kRecursive, t, 0, /*checks=*/false);
    llvm::Function* fib = l.function("main.fib");
    CHECK(fib->getEntryBlock().getName() != "stackcheck");
    CHECK(l.module->getFunction("main.fib" + kTramp) == nullptr);
    CHECK(l.module->getFunction("runtime.morestack") == nullptr);
    for (llvm::Instruction& i : fib->getEntryBlock()) CHECK_FALSE(gRead(i));
    // Frame pointers are ABI, not part of the check.
    CHECK(fib->getFnAttribute("frame-pointer").getValueAsString() == "all");
  }
}

// Over half the unchecked frame of variables: the largest become dynamic allocas after the
// check, which then compares fp minus their size.
TEST_CASE("stackcheck: large frames are allocated after the check", "[lower][stackcheck]") {
  std::string src = "package main\n\nfunc big() int {\n";
  const int vars = 400;  // 400 slices of 24 bytes: 9600 bytes
  for (int i = 0; i < vars; ++i) src += "\tvar v" + std::to_string(i) + " []int\n";
  src += "\tn := 0\n";
  for (int i = 0; i < vars; ++i) src += "\tn += len(v" + std::to_string(i) + ")\n";
  src += "\treturn n\n}\n\nfunc main() { println(big()) }\n";
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(src, t);
    llvm::Function* big = l.function("main.big");
    llvm::BasicBlock& entry = big->getEntryBlock();
    uint64_t staticBytes = 0, dynamicBytes = 0;
    const llvm::DataLayout& dl = l.module->getDataLayout();
    for (auto* a : instructions<llvm::AllocaInst>(big))
      (a->isStaticAlloca() ? staticBytes : dynamicBytes) +=
          a->getAllocationSize(dl)->getFixedValue();
    CHECK(staticBytes <= lower::kMaxUncheckedFrame / 2);
    CHECK(staticBytes + dynamicBytes == vars * 24 + 8);
    CHECK(dynamicBytes > 0);
    // The check subtracts all the variables from the frame pointer.
    auto* br = llvm::cast<llvm::BranchInst>(entry.getTerminator());
    auto* cmp = llvm::cast<llvm::ICmpInst>(br->getCondition());
    auto* sub = llvm::dyn_cast<llvm::BinaryOperator>(cmp->getOperand(0));
    REQUIRE(sub);
    CHECK(sub->getOpcode() == llvm::Instruction::Sub);
    auto* amount = llvm::dyn_cast<llvm::ConstantInt>(sub->getOperand(1));
    REQUIRE(amount);
    CHECK(amount->getZExtValue() == staticBytes + dynamicBytes);
    // The dynamic allocas are made on the fast path only, once, right after the check.
    llvm::BasicBlock* frame = br->getSuccessor(1);
    CHECK(frame->getName() == "frame");
    for (auto* a : instructions<llvm::AllocaInst>(big))
      if (!a->isStaticAlloca()) CHECK(a->getParent() == frame);
    // morestack is asked for room for the whole frame.
    llvm::Function* tramp = l.function("main.big" + kTramp);
    for (auto* c : instructions<llvm::CallInst>(tramp))
      if (c->getCalledFunction() && c->getCalledFunction()->getName() == "runtime.morestack")
        CHECK(llvm::cast<llvm::ConstantInt>(c->getArgOperand(0))->getZExtValue() >=
              staticBytes + dynamicBytes);
    l.optimise(2);
    std::string text = functionText(l.assembly(), "main.big");
    CHECK(text.find("ergo_current_g") != std::string::npos);
  }
}

// -O2 keeps what the scheme relies on: the G read and the check in every function's entry,
// the trampoline's three stackrestores and its dynamic alloca, a recursion that stores after
// the call staying a recursion, and the re-call not inlined into the trampoline.
TEST_CASE("stackcheck: -O2 keeps the check and the trampoline intact", "[lower][stackcheck]") {
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(kRecursive, t, 2);
    l.optimise(2);
    for (const char* name : {"main.fib", "main.depth", "main.sum3"}) {
      INFO(name);
      llvm::Function* f = l.function(name);
      bool entryReadsG = false;
      for (llvm::Instruction& i : f->getEntryBlock()) entryReadsG |= gRead(i) != nullptr;
      CHECK(entryReadsG);
      checkTrampoline(f);
    }
    // depth stores to `last` after its recursive call: still a real recursion.
    std::vector<std::string> calls = calledNames(l.function("main.depth"));
    CHECK(std::count(calls.begin(), calls.end(), "main.depth") == 1);
  }
}

TEST_CASE("stackcheck: machine code on amd64 and arm64 at -O0 and -O2", "[lower][stackcheck]") {
  for (const Target& t : kTargets) {
    for (int opt : {0, 2}) {
      INFO(t.name << " -O" << opt);
      Lowered l(kRecursive, t, opt);
      l.optimise(opt);
      std::string assembly = l.assembly();
      for (const char* name : {"main.fib", "main.depth", "main.sum3", "main.hello"}) {
        std::string fast = functionText(assembly, name);
        INFO(fast);
        size_t read =
            fast.find(t.arm64 ? ":tprel_lo12_nc:ergo_current_g" : "%fs:ergo_current_g@TPOFF");
        CHECK(read != std::string::npos);
        // The check compares the frame pointer, so the prologue must have set it up first.
        std::smatch setup;
        REQUIRE(std::regex_search(
            fast, setup, std::regex(t.arm64 ? R"((mov|add)\s+x29, sp)" : R"(movq\s+%rsp, %rbp)")));
        CHECK(static_cast<size_t>(setup.position(0)) < read);
        checkTrampolineCode(functionText(assembly, name + kTramp), t);
      }
    }
  }
}

// A package with a closure (context in `nest`), a deferred closure that recovers, and a call
// that may panic: the shapes the check and the split must keep working.
const char* const kClosuresAndDefers = R"go(package main

func apply(f func(int) int, n int) int { return f(n) }

func f(n int) (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	k := n * 2
	return apply(func(x int) int { return x + k }, 10/n)
}

func main() { println(f(0), f(1)) }
)go";

// Closure bodies take their context in a `nest` parameter; functions with defers have their
// own landing pad. The trampoline forwards the context in the same register, and both kinds
// compile on both targets.
TEST_CASE("stackcheck: closures and functions with defers", "[lower][stackcheck]") {
  const char* src = kClosuresAndDefers;
  for (const Target& t : kTargets) {
    for (int opt : {0, 2}) {
      INFO(t.name << " -O" << opt);
      Lowered l(src, t, opt);
      llvm::Function* lit = l.function("main.f.func2");
      REQUIRE(lit->arg_size() >= 1);
      REQUIRE(lit->hasParamAttribute(0, llvm::Attribute::Nest));
      checkPrologue(lit, t);
      checkTrampoline(lit);
      llvm::Function* tramp = l.function("main.f.func2" + kTramp);
      CHECK(tramp->hasParamAttribute(0, llvm::Attribute::Nest));
      CHECK(instructions<llvm::InvokeInst>(tramp).at(0)->paramHasAttr(0, llvm::Attribute::Nest));
      for (auto* c : instructions<llvm::CallInst>(lit))
        if (c->getCalledFunction() == tramp) CHECK(c->paramHasAttr(0, llvm::Attribute::Nest));
      // f has defers: its own landing pad, and the check before it all.
      checkPrologue(l.function("main.f"), t);
      checkTrampoline(l.function("main.f"));
      l.optimise(opt);
      std::string assembly = l.assembly();
      for (const char* name : {"main.f", "main.f.func1", "main.f.func2"})
        checkTrampolineCode(functionText(assembly, name + kTramp), t);
      // The context register reaches the re-call: r10 on amd64, x18 on arm64.
      std::string text = functionText(assembly, "main.f.func2" + kTramp);
      CHECK(text.find(t.arm64 ? "x18" : "%r10") != std::string::npos);
    }
  }
}

// ---- Frames too large to build before the check: F becomes a wrapper around F·body ----

namespace {

const std::string kBody = "\u00b7body";

// `values` ints, each from the one before, all live across a recursive call: a frame of
// about 8 bytes a value at -O2, more at -O0 (testdata/abi/big_frame.go has the same shape).
std::string bigFrameSource(int values) {
  std::string src = "package main\n\nfunc big(n, v int) int {\n\tif n == 0 {\n\t\treturn v\n\t}\n";
  src += "\tx0 := v*31 ^ 7\n";
  for (int i = 1; i < values; ++i)
    src += "\tx" + std::to_string(i) + " := x" + std::to_string(i - 1) + "*31 ^ " +
           std::to_string(i) + "\n";
  src += "\tr := big(n-1, v+1)\n";
  for (int i = 0; i < values; ++i) src += "\tr = (r ^ x" + std::to_string(i) + ") * 3\n";
  src += "\treturn r\n}\n\nfunc main() { println(big(3, 1)) }\n";
  return src;
}

uint64_t dynamicAllocaBytes(llvm::Function* f) {
  uint64_t bytes = 0;
  const llvm::DataLayout& dl = f->getParent()->getDataLayout();
  for (auto* a : instructions<llvm::AllocaInst>(f))
    if (!a->isStaticAlloca()) bytes += a->getAllocationSize(dl)->getFixedValue();
  return bytes;
}

bool readsG(llvm::Function* f) {
  for (llvm::BasicBlock& bb : *f)
    for (llvm::Instruction& i : bb)
      if (gRead(i)) return true;
  return false;
}

// Checks that `name` was split: the wrapper checks fp - budget against the guard, then calls
// F·body with its own arguments (never as a tail call) and returns its result; F·body holds
// the code, every variable static, no check, measured against `budget`. Returns F·body.
llvm::Function* checkSplit(Lowered& l, const std::string& name, uint64_t budget) {
  INFO(name);
  llvm::Function* wrapper = l.function(name);
  llvm::Function* body = l.function(name + kBody);
  CHECK(body->hasInternalLinkage());
  CHECK(body->getFunctionType() == wrapper->getFunctionType());
  CHECK(body->getCallingConv() == wrapper->getCallingConv());
  CHECK(body->hasFnAttribute(llvm::Attribute::NoInline));
  CHECK(body->getFnAttribute("warn-stack-size").getValueAsString() == std::to_string(budget));
  CHECK(body->getFnAttribute("frame-pointer").getValueAsString() == "all");
  for (auto* a : instructions<llvm::AllocaInst>(body)) {
    CHECK(a->isStaticAlloca());
    CHECK(a->getParent() == &body->getEntryBlock());
  }
  CHECK_FALSE(readsG(body));
  for (const std::string& callee : calledNames(body)) CHECK(callee != name + kTramp);

  // Inlining the wrapper would move its check into the caller's frame.
  CHECK(wrapper->hasFnAttribute(llvm::Attribute::NoInline));
  CHECK_FALSE(wrapper->hasPersonalityFn());
  CHECK(instructions<llvm::AllocaInst>(wrapper).empty());
  llvm::BasicBlock& entry = wrapper->getEntryBlock();
  CHECK(entry.getName() == "stackcheck");
  CHECK(readsG(wrapper));
  auto* br = llvm::dyn_cast<llvm::BranchInst>(entry.getTerminator());
  REQUIRE(br);
  REQUIRE(br->isConditional());
  auto* cmp = llvm::cast<llvm::ICmpInst>(br->getCondition());
  CHECK(cmp->getPredicate() == llvm::ICmpInst::ICMP_ULT);
  auto* sub = llvm::dyn_cast<llvm::BinaryOperator>(cmp->getOperand(0));
  REQUIRE(sub);
  CHECK(sub->getOpcode() == llvm::Instruction::Sub);
  auto* amount = llvm::dyn_cast<llvm::ConstantInt>(sub->getOperand(1));
  REQUIRE(amount);
  CHECK(amount->getZExtValue() == budget);
  CHECK(br->getSuccessor(0)->getName() == "morestack");
  llvm::BasicBlock* fast = br->getSuccessor(1);
  auto* call = llvm::dyn_cast<llvm::CallInst>(&fast->front());
  REQUIRE(call);
  CHECK(call->getCalledFunction() == body);
  CHECK(call->getTailCallKind() == llvm::CallInst::TCK_NoTail);
  REQUIRE(call->arg_size() == wrapper->arg_size());
  for (unsigned i = 0; i < wrapper->arg_size(); ++i)
    CHECK(call->getArgOperand(i) == wrapper->getArg(i));
  auto* ret = llvm::dyn_cast<llvm::ReturnInst>(fast->getTerminator());
  REQUIRE(ret);
  if (!wrapper->getReturnType()->isVoidTy()) CHECK(ret->getReturnValue() == call);

  // The slow path re-calls the wrapper on a segment with room for the whole body.
  checkTrampoline(wrapper);
  for (auto* c : instructions<llvm::CallInst>(l.function(name + kTramp)))
    if (c->getCalledFunction() && c->getCalledFunction()->getName() == "runtime.morestack")
      CHECK(llvm::cast<llvm::ConstantInt>(c->getArgOperand(0))->getZExtValue() >= budget);

  // The body keeps the function's subprogram (its lines); the wrapper gets its own.
  llvm::DISubprogram* sp = body->getSubprogram();
  REQUIRE(sp);
  llvm::DISubprogram* own = wrapper->getSubprogram();
  REQUIRE(own);
  CHECK(own != sp);
  CHECK(own->isDistinct());
  CHECK(own->isArtificial());
  CHECK(own->getName() == sp->getName());
  return body;
}

}  // namespace

TEST_CASE("stackcheck: every Go function's frame is measured", "[lower][stackcheck][large]") {
  Lowered l(kRecursive, kTargets[0]);
  for (const char* name : {"main.fib", "main.sum3", "main.main"})
    CHECK(l.function(name)->getFnAttribute("warn-stack-size").getValueAsString() ==
          std::to_string(lower::kMaxUncheckedFrame));
  // Not the trampolines: they are small, and never split.
  CHECK_FALSE(l.function("main.fib" + kTramp)->hasFnAttribute("warn-stack-size"));
  Lowered off(kRecursive, kTargets[0], 0, /*checks=*/false);
  CHECK_FALSE(off.function("main.fib")->hasFnAttribute("warn-stack-size"));
}

// The driver's loop (compiler/driver/build.cpp) on both targets at -O0 and -O2: emission
// reports the large frame, the next lowering splits the function, and emission then finds
// every frame within its limit, the wrapper's own frame tiny.
TEST_CASE("stackcheck: a measured large frame splits the function", "[lower][stackcheck][large]") {
  const std::string src = bigFrameSource(1200);
  for (const Target& t : kTargets) {
    for (int opt : {0, 2}) {
      INFO(t.name << " -O" << opt);
      Lowered first(src, t, opt);
      uint64_t dynamicBytes = dynamicAllocaBytes(first.function("main.big"));
      first.optimise(opt);
      std::map<std::string, uint64_t> oversize = first.oversizeFrames();
      REQUIRE(oversize.size() == 1);
      REQUIRE(oversize.count("main.big"));
      CHECK(oversize["main.big"] > lower::kMaxUncheckedFrame);
      CHECK(lower::largeFrameOwner("main.big") == "main.big");
      CHECK(lower::largeFrameOwner("main.big.specialized.1") == "main.big");
      CHECK(lower::largeFrameOwner("main.big" + kBody + ".specialized.2") == "main.big");

      Lowered second(src, t, opt, true, oversize);
      uint64_t budget = oversize["main.big"] + dynamicBytes + 512;
      llvm::Function* body = checkSplit(second, "main.big", budget);
      CHECK(lower::largeFrameOwner(body->getName()) == "main.big");
      // The recursion goes through the wrapper, so every level is checked.
      std::vector<std::string> calls = calledNames(body);
      CHECK(std::count(calls.begin(), calls.end(), "main.big") == 1);
      second.function("main.big")->addFnAttr("warn-stack-size", "256");
      second.optimise(opt);
      // Optimisation neither inlines the body back nor turns the call into a jump.
      std::vector<std::string> wrapperCalls = calledNames(second.function("main.big"));
      CHECK(std::count(wrapperCalls.begin(), wrapperCalls.end(), "main.big" + kBody) == 1);
      std::string assembly = second.assembly();
      std::string text = functionText(assembly, "main.big");
      INFO(text);
      CHECK(std::regex_search(text, std::regex(t.arm64 ? R"(\bbl\s+"main\.big\xc2\xb7body")"
                                                       : R"(\bcallq?\s+"main\.big\xc2\xb7body")")));
      CHECK(second.oversizeFrames().empty());
    }
  }
}

// Functions with defers, closures and recover keep their frame-pointer protocol when split
// (docs/abi.md, "Defer, panic, recover"): the body registers and runs defers under its own
// frame and has the landing pad; recover in a split function names the frame above the
// wrapper (llvm.frameaddress(2)); a closure's body takes its context in `nest`.
TEST_CASE("stackcheck: split closures, defers and recover", "[lower][stackcheck][large]") {
  const char* src = kClosuresAndDefers;
  const std::map<std::string, uint64_t> large = {
      {"main.f", 9000}, {"main.f.func1", 9000}, {"main.f.func2", 9000}};
  auto frameLevels = [](llvm::Function* fn, const char* runtimeCall) {
    std::vector<uint64_t> levels;
    for (auto* c : instructions<llvm::CallInst>(fn)) {
      if (!c->getCalledFunction() || c->getCalledFunction()->getName() != runtimeCall) continue;
      auto* fa = llvm::dyn_cast<llvm::IntrinsicInst>(c->getArgOperand(0));
      REQUIRE(fa);
      REQUIRE(fa->getIntrinsicID() == llvm::Intrinsic::frameaddress);
      levels.push_back(llvm::cast<llvm::ConstantInt>(fa->getArgOperand(0))->getZExtValue());
    }
    return levels;
  };
  for (const Target& t : kTargets) {
    for (int opt : {0, 2}) {
      INFO(t.name << " -O" << opt);
      Lowered l(src, t, opt, true, large);
      llvm::Function* f = checkSplit(l, "main.f", 9000 + 512);
      llvm::Function* deferred = checkSplit(l, "main.f.func1", 9000 + 512);
      llvm::Function* lit = checkSplit(l, "main.f.func2", 9000 + 512);
      // Defers are registered and popped under the body's own frame, in its landing pad too.
      REQUIRE(f->hasPersonalityFn());
      CHECK(f->getPersonalityFn()->getName() == abi::kPersonalitySymbol);
      CHECK_FALSE(instructions<llvm::LandingPadInst>(f).empty());
      CHECK(instructions<llvm::LandingPadInst>(l.function("main.f")).empty());
      for (uint64_t level : frameLevels(f, "runtime.deferproc")) CHECK(level == 0);
      for (uint64_t level : frameLevels(f, "runtime.deferpop")) CHECK(level == 0);
      CHECK_FALSE(frameLevels(f, "runtime.deferpop").empty());
      // recover in the deferred function's body: its caller's caller, past the wrapper.
      CHECK(frameLevels(deferred, "runtime.gorecover") == std::vector<uint64_t>{2});
      // The closure context stays in `nest`, from the wrapper to the body.
      CHECK(lit->hasParamAttribute(0, llvm::Attribute::Nest));
      llvm::Function* litWrapper = l.function("main.f.func2");
      CHECK(litWrapper->hasParamAttribute(0, llvm::Attribute::Nest));
      for (auto* c : instructions<llvm::CallInst>(litWrapper))
        if (c->getCalledFunction() == lit) CHECK(c->paramHasAttr(0, llvm::Attribute::Nest));

      l.optimise(opt);
      CHECK(frameLevels(l.function("main.f.func1" + kBody), "runtime.gorecover") ==
            std::vector<uint64_t>{2});
      std::string assembly = l.assembly();
      for (const char* name : {"main.f", "main.f.func1", "main.f.func2"})
        checkTrampolineCode(functionText(assembly, name + kTramp), t);
      // The context register reaches the body.
      std::string text = functionText(assembly, "main.f.func2");
      CHECK(text.find(t.arm64 ? "x18" : "%r10") != std::string::npos);
    }
  }
}
