// Unit tests of lowering IR to LLVM IR for amd64 and arm64: the module verifies, carries the
// target's data layout and triple, defines main.main, emits type descriptors with gc's names
// and abi.h's layout, and declares runtime entry points exactly as abi.h lists them.
#include <catch2/catch.hpp>

#include <memory>
#include <set>
#include <string>

#include "abi/abi.h"
#include "escape/escape.h"
#include "ir/builder.h"
#include "ir/test_package.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"
#include "lower/lower.h"

using namespace ergo;

namespace {

// LLVM 19's data layouts of the two targets (what target::makeTarget's machines produce; this
// test does not link the target room).
constexpr const char* kAmd64Layout =
    "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";
constexpr const char* kArm64Layout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32";

struct Target {
  const char* name;
  const char* layout;
  const char* triple;
};
const Target kTargets[] = {{"amd64", kAmd64Layout, "x86_64-unknown-linux-gnu"},
                           {"arm64", kArm64Layout, "aarch64-unknown-linux-gnu"}};

const char* kProgram = R"go(package main

var counter int
var names []string

func kind(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case []string:
		return "[]string"
	case bool:
		return "bool"
	}
	return "other"
}

func div(a, b int) int { return a / b }

func main() {
	names = []string{"a", "b"}
	names = append(names, "c")
	counter = len(names)
	s := names[1] + "!"
	if s < "z" {
		println(counter, s, true, names[2][0])
	}
	var v any = names
	println(kind(v), kind(1), kind(false), div(7, 2), v.(int))
	bs := []byte(s)
	println(string(bs[1:]), len(bs))
}
)go";

// Checks, builds IR, runs escape analysis and lowers one package for one target.
struct Lowered : ir::testing::TestPackage {
  ir::Module& irModule;
  llvm::LLVMContext llvmContext;
  llvm::DataLayout layout;
  std::unique_ptr<llvm::Module> module;

  Lowered(const std::string& src, const Target& target)
      : TestPackage(src), irModule(*TestPackage::module), layout(target.layout) {
    ir::addProgramEntry(irModule, ctx, {irModule.init->symbol});
    REQUIRE(ir::verifyModule(irModule).empty());
    escape::analyze(irModule);
    module = lower::lowerModule(irModule, llvmContext, layout, target.triple, diags);
    INFO(errors());
    REQUIRE_FALSE(diags.hasErrors());
    REQUIRE(module);
  }
  std::string verifierErrors() {
    std::string out;
    llvm::raw_string_ostream os(out);
    bool broken = llvm::verifyModule(*module, &os);
    os.flush();
    return broken ? "broken: " + out : out;
  }
  // The initializer of a type descriptor global, checked for abi::TypeDescriptor's shape.
  llvm::ConstantStruct* descriptor(const std::string& symbol) {
    llvm::GlobalVariable* g = module->getNamedGlobal(symbol);
    INFO(symbol);
    REQUIRE(g);
    CHECK(g->isConstant());
    CHECK(g->getLinkage() == llvm::GlobalValue::LinkOnceODRLinkage);
    auto* init = llvm::dyn_cast_or_null<llvm::ConstantStruct>(g->getInitializer());
    REQUIRE(init);
    REQUIRE(init->getNumOperands() == abi::kTypeDescriptorFields);
    CHECK(layout.getTypeAllocSize(init->getType()) == sizeof(abi::TypeDescriptor));
    return init;
  }
};

uint64_t field(llvm::ConstantStruct* desc, unsigned i) {
  auto* c = llvm::dyn_cast<llvm::ConstantInt>(desc->getOperand(i));
  REQUIRE(c);
  return c->getZExtValue();
}

uint32_t fnv1a(llvm::StringRef s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

struct Entry {
  const char* symbol;
  char result;
  const char* params;
  abi::EntryEnd end;
};
constexpr Entry kEntries[] = {
#define ENTRY(symbol, name, result, params, end) {symbol, result, params, abi::EntryEnd::end},
    ERGO_RUNTIME_ENTRIES(ENTRY)
#undef ENTRY
};

// The equality and hash functions type descriptors point to: referenced, never called.
bool isTypeAlgorithm(llvm::StringRef name) {
#define ALG(eqsym, eqname, hashsym, hashname) \
  if (name == eqsym || name == hashsym) return true;
  ERGO_TYPE_ALGS(ALG)
#undef ALG
  return false;
}

}  // namespace

// The lowered module passes LLVM's verifier and carries the target's layout and triple.
TEST_CASE("lower: the module verifies for amd64 and arm64", "[lower]") {
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(kProgram, t);
    CHECK(l.verifierErrors() == "");
    CHECK(l.module->getDataLayoutStr() == t.layout);
    CHECK(l.module->getTargetTriple() == t.triple);
    CHECK(l.module->getModuleIdentifier() == "main");
  }
}

// Go functions become defined LLVM functions under gc's symbol names.
TEST_CASE("lower: functions and globals keep gc's symbols", "[lower]") {
  Lowered l(kProgram, kTargets[0]);
  for (const char* name : {"main.main", "main.kind", "main.div", "main.init", "ergo.inittasks"}) {
    INFO(name);
    llvm::Function* f = l.module->getFunction(name);
    REQUIRE(f);
    CHECK_FALSE(f->isDeclaration());
    CHECK(f->getLinkage() == llvm::GlobalValue::ExternalLinkage);
  }
  llvm::Function* mainFn = l.module->getFunction("main.main");
  CHECK(mainFn->arg_empty());
  CHECK(mainFn->getReturnType()->isVoidTy());
  // func div(a, b int) int is i64(i64, i64); kind returns a string {ptr, i64}.
  llvm::Function* div = l.module->getFunction("main.div");
  CHECK(div->getReturnType()->isIntegerTy(64));
  CHECK(div->arg_size() == 2);
  auto* strTy =
      llvm::dyn_cast<llvm::StructType>(l.module->getFunction("main.kind")->getReturnType());
  REQUIRE(strTy);
  CHECK(l.layout.getTypeAllocSize(strTy) == sizeof(abi::String));
  // Package variables are zero-initialised globals of their type's size.
  llvm::GlobalVariable* counter = l.module->getNamedGlobal("main.counter");
  REQUIRE(counter);
  CHECK(counter->hasInitializer());
  CHECK(l.layout.getTypeAllocSize(counter->getValueType()) == 8);
  llvm::GlobalVariable* names = l.module->getNamedGlobal("main.names");
  REQUIRE(names);
  CHECK(l.layout.getTypeAllocSize(names->getValueType()) == sizeof(abi::Slice));
}

// Instances of generic functions and methods are named as gc names them and defined
// linkonce_odr in a COMDAT of their own, so that packages instantiating the same one link
// once; their types have descriptors of their own names.
TEST_CASE("lower: generic instances are linkonce_odr in COMDATs", "[lower][generics]") {
  const char* src = R"go(package main

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[T]) Get() T   { return b.v }

type Getter[T any] interface{ Get() T }

func Id[T any](x T) T { return x }

func main() {
	b := &Box[string]{}
	b.Set(Id("x"))
	var g Getter[string] = b
	var a any = Box[int]{4}
	println(g.Get(), Id(1), Box[int]{3}.Get(), a != nil)
}
)go";
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(src, t);
    CHECK(l.verifierErrors() == "");
    for (const char* name :
         {"main.Id[string]", "main.Id[int]", "main.(*Box[string]).Set", "main.Box[string].Get",
          "main.(*Box[string]).Get", "main.Box[int].Get"}) {
      INFO(name);
      llvm::Function* f = l.module->getFunction(name);
      REQUIRE(f);
      CHECK_FALSE(f->isDeclaration());
      CHECK(f->getLinkage() == llvm::GlobalValue::LinkOnceODRLinkage);
      REQUIRE(f->getComdat());
      CHECK(f->getComdat()->getName() == name);
    }
    CHECK(l.module->getFunction("main.Box.Get") == nullptr);  // generic bodies: only instances
    CHECK(l.module->getFunction("main.main")->getLinkage() == llvm::GlobalValue::ExternalLinkage);
    l.descriptor("type:main.Box[string]");
    l.descriptor("type:main.Box[int]");
  }
}

// Type descriptors: "type:" + gc's spelling, with size, kind, hash of the name, the name
// string and the element descriptor.
TEST_CASE("lower: type descriptors", "[lower][typedesc]") {
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(kProgram, t);
    llvm::ConstantStruct* intDesc = l.descriptor("type:int");
    CHECK(field(intDesc, 0) == 8);  // size
    CHECK(field(intDesc, 1) == 0);  // ptrdata: no pointers
    CHECK(field(intDesc, 2) == fnv1a("int"));
    CHECK(field(intDesc, 3) == 8);  // align
    CHECK(field(intDesc, 4) == static_cast<uint64_t>(abi::Kind::Int));
    CHECK(llvm::isa<llvm::ConstantPointerNull>(intDesc->getOperand(7)));  // no elem

    llvm::ConstantStruct* sliceDesc = l.descriptor("type:[]string");
    CHECK(field(sliceDesc, 0) == 24);
    CHECK(field(sliceDesc, 1) == 8);  // the data pointer
    CHECK(field(sliceDesc, 2) == fnv1a("[]string"));
    CHECK(field(sliceDesc, 4) == static_cast<uint64_t>(abi::Kind::Slice));
    CHECK(sliceDesc->getOperand(7) == l.module->getNamedGlobal("type:string"));
    // The name field is a {ptr, len} string holding "[]string".
    auto* name = llvm::dyn_cast<llvm::ConstantStruct>(sliceDesc->getOperand(6));
    REQUIRE(name);
    auto* len = llvm::dyn_cast<llvm::ConstantInt>(name->getOperand(1));
    REQUIRE(len);
    CHECK(len->getZExtValue() == 8);
    auto* data = llvm::dyn_cast<llvm::GlobalVariable>(name->getOperand(0)->stripPointerCasts());
    REQUIRE(data);
    auto* bytes = llvm::dyn_cast<llvm::ConstantDataArray>(data->getInitializer());
    REQUIRE(bytes);
    CHECK(bytes->getAsString() == "[]string");

    llvm::ConstantStruct* strDesc = l.descriptor("type:string");
    CHECK(field(strDesc, 0) == 16);
    CHECK(field(strDesc, 1) == 8);
    CHECK(field(strDesc, 4) == static_cast<uint64_t>(abi::Kind::String));

    llvm::ConstantStruct* boolDesc = l.descriptor("type:bool");
    CHECK(field(boolDesc, 0) == 1);
    CHECK(field(boolDesc, 3) == 1);
    CHECK(field(boolDesc, 4) == static_cast<uint64_t>(abi::Kind::Bool));
  }
}

// Runtime calls are declarations with abi.h's names and word signatures; panics are noreturn.
TEST_CASE("lower: runtime entry points follow abi.h", "[lower][runtime]") {
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(kProgram, t);
    std::set<std::string> declared;
    for (llvm::Function& f : *l.module) {
      if (!f.getName().starts_with("runtime.") || isTypeAlgorithm(f.getName())) continue;
      INFO(f.getName().str());
      const Entry* entry = nullptr;
      for (const Entry& e : kEntries)
        if (f.getName() == e.symbol) entry = &e;
      REQUIRE(entry);  // every runtime function used is one of abi.h's
      CHECK(f.isDeclaration());
      CHECK(f.arg_size() == std::string(entry->params).size());
      for (unsigned i = 0; i < f.arg_size(); ++i) {
        llvm::Type* at = f.getArg(i)->getType();
        char w = entry->params[i];
        if (w == 'p') CHECK(at->isPointerTy());
        if (w == 'i') CHECK(at->isIntegerTy(64));
        if (w == 'b') CHECK(at->isIntegerTy(8));
      }
      if (entry->result == 'v') CHECK(f.getReturnType()->isVoidTy());
      if (entry->result == 'i') CHECK(f.getReturnType()->isIntegerTy(64));
      if (entry->result == 'P')
        CHECK(l.layout.getTypeAllocSize(f.getReturnType()) == sizeof(abi::Pair));
      CHECK(f.doesNotReturn() == abi::entryNoReturn(entry->end));
      declared.insert(f.getName().str());
    }
    // What this program needs: printing, bounds checks, division checks, slices, strings,
    // type assertions.
    for (const char* needed :
         {"runtime.printint", "runtime.printstring", "runtime.printbool", "runtime.printnl",
          "runtime.printsp", "runtime.printlock", "runtime.printunlock", "runtime.panicIndex",
          "runtime.panicdivide", "runtime.makeslice", "runtime.growslice", "runtime.concatstring2",
          "runtime.cmpstring", "runtime.panicdottype", "runtime.stringtoslicebyte",
          "runtime.slicebytetostring", "runtime.panicSliceB"}) {
      INFO(needed);
      CHECK(declared.count(needed) == 1);
    }
  }
}

// Without bounds or division in the program, no panic entry points are declared.
TEST_CASE("lower: only the runtime entries used are declared", "[lower][runtime]") {
  Lowered l("package main\n\nfunc main() {\n\tx := 1\n\tprintln(x + 2)\n}\n", kTargets[1]);
  CHECK(l.verifierErrors() == "");
  CHECK(l.module->getFunction("runtime.printint"));
  CHECK(l.module->getFunction("runtime.panicIndex") == nullptr);
  CHECK(l.module->getFunction("runtime.panicdivide") == nullptr);
  CHECK(l.module->getFunction("runtime.growslice") == nullptr);
}

// Integer sizes follow Go: int8..int64 lower to i8..i64, bool to i1, a string to {ptr, i64}.
TEST_CASE("lower: integer widths of parameters", "[lower]") {
  Lowered l(
      "package main\n\nfunc f(a int8, b int16, c int32, d int64, e uint, g bool, s string) {}\n\n"
      "func main() { f(1, 2, 3, 4, 5, true, \"\") }\n",
      kTargets[0]);
  CHECK(l.verifierErrors() == "");
  llvm::Function* f = l.module->getFunction("main.f");
  REQUIRE(f);
  REQUIRE(f->arg_size() == 7);
  CHECK(f->getArg(0)->getType()->isIntegerTy(8));
  CHECK(f->getArg(1)->getType()->isIntegerTy(16));
  CHECK(f->getArg(2)->getType()->isIntegerTy(32));
  CHECK(f->getArg(3)->getType()->isIntegerTy(64));
  CHECK(f->getArg(4)->getType()->isIntegerTy(64));
  CHECK(f->getArg(5)->getType()->isIntegerTy(1));
  CHECK(l.layout.getTypeAllocSize(f->getArg(6)->getType()) == 16);
}

// Closure bodies take the closure object as a leading `nest` parameter; top-level functions
// as values are constant objects "PKG.F·f" holding their code pointer; a call through a func
// value loads the code pointer and passes the object as the nest argument.
TEST_CASE("lower: func values and closures", "[lower][closure]") {
  const char* src = R"go(package main

func double(x int) int { return 2 * x }

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	k := 3
	println(apply(double, 1), apply(func(x int) int { return x + k }, 2))
}
)go";
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(src, t);
    CHECK(l.verifierErrors() == "");
    llvm::Function* lit = l.module->getFunction("main.main.func1");
    REQUIRE(lit);
    REQUIRE(lit->arg_size() == 2);
    CHECK(lit->hasParamAttribute(0, llvm::Attribute::Nest));
    CHECK(lit->getArg(0)->getType()->isPointerTy());
    llvm::Function* dbl = l.module->getFunction("main.double");
    REQUIRE(dbl);
    CHECK(dbl->arg_size() == 1);  // no context parameter
    llvm::GlobalVariable* obj = l.module->getNamedGlobal(
        "main.double\xc2\xb7"
        "f");
    REQUIRE(obj);
    CHECK(obj->isConstant());
    auto* init = llvm::dyn_cast<llvm::ConstantStruct>(obj->getInitializer());
    REQUIRE(init);
    // The object's code is a thunk that takes the context and tail-calls the function.
    auto* thunk = llvm::dyn_cast<llvm::Function>(init->getOperand(0));
    REQUIRE(thunk);
    CHECK(thunk->getName() ==
          "main.double\xc2\xb7"
          "fthunk");
    CHECK(thunk->arg_size() == 2);
    CHECK(thunk->hasParamAttribute(0, llvm::Attribute::Nest));
    bool forwards = false;
    for (llvm::BasicBlock& bb : *thunk)
      for (llvm::Instruction& i : bb)
        if (auto* c = llvm::dyn_cast<llvm::CallInst>(&i))
          forwards |= c->getCalledFunction() == dbl && c->arg_size() == 1 && c->isTailCall();
    CHECK(forwards);
    // apply calls through the value: an indirect call whose first argument is nest.
    bool indirectNest = false;
    for (llvm::BasicBlock& bb : *l.module->getFunction("main.apply"))
      for (llvm::Instruction& i : bb)
        if (auto* c = llvm::dyn_cast<llvm::CallInst>(&i); c && c->isIndirectCall())
          indirectNest |= c->paramHasAttr(0, llvm::Attribute::Nest) && c->arg_size() == 2;
    CHECK(indirectNest);
    // The closure object of the literal is allocated with its layout's descriptor.
    CHECK(l.module->getNamedGlobal("type:struct { F uintptr; X0 int }"));
  }
}

// A function with defers registers them with its frame address, calls everything that may
// panic through invokes of one cleanup landing pad (personality ergo_personality), and is
// never inlined; recover passes the caller's frame address.
TEST_CASE("lower: defer, landing pad and recover", "[lower][defer]") {
  const char* src = R"go(package main

func risky(n int) int { return 10 / n }

func f(n int) (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return risky(n)
}

func main() { go println(f(0)) }
)go";
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(src, t);
    CHECK(l.verifierErrors() == "");
    llvm::Function* f = l.module->getFunction("main.f");
    REQUIRE(f);
    CHECK(f->hasFnAttribute(llvm::Attribute::NoInline));
    REQUIRE(f->hasPersonalityFn());
    CHECK(f->getPersonalityFn()->getName() == abi::kPersonalitySymbol);
    unsigned pads = 0, invokes = 0, plainGoCalls = 0;
    std::set<std::string> runtimeCalls;
    for (llvm::BasicBlock& bb : *f)
      for (llvm::Instruction& i : bb) {
        if (auto* lp = llvm::dyn_cast<llvm::LandingPadInst>(&i)) {
          ++pads;
          CHECK(lp->isCleanup());
        }
        if (llvm::isa<llvm::InvokeInst>(&i)) ++invokes;
        if (auto* c = llvm::dyn_cast<llvm::CallBase>(&i); c && c->getCalledFunction()) {
          llvm::StringRef name = c->getCalledFunction()->getName();
          if (name.starts_with("runtime.")) runtimeCalls.insert(name.str());
          // (The stack check's call of the morestack trampoline comes before any defer.)
          if (name.starts_with("main.") && !name.ends_with("morestack") &&
              llvm::isa<llvm::CallInst>(&i))
            ++plainGoCalls;
        }
      }
    CHECK(pads == 1);
    CHECK(invokes >= 3);  // risky, and the deferred calls of the return and of the pad
    CHECK(plainGoCalls == 0);
    for (const char* needed : {"runtime.deferproc", "runtime.deferpop", "runtime.panicrecovered",
                               "runtime.unwindresume"}) {
      INFO(needed);
      CHECK(runtimeCalls.count(needed) == 1);
    }
    llvm::Function* lit = l.module->getFunction("main.f.func1");
    REQUIRE(lit);
    CHECK(lit->hasFnAttribute(llvm::Attribute::NoInline));
    bool recoverWithCallerFrame = false;
    for (llvm::BasicBlock& bb : *lit)
      for (llvm::Instruction& i : bb)
        if (auto* c = llvm::dyn_cast<llvm::CallInst>(&i);
            c && c->getCalledFunction() && c->getCalledFunction()->getName() == "runtime.gorecover")
          if (auto* fa = llvm::dyn_cast<llvm::IntrinsicInst>(c->getArgOperand(0)))
            recoverWithCallerFrame = fa->getIntrinsicID() == llvm::Intrinsic::frameaddress &&
                                     llvm::cast<llvm::ConstantInt>(fa->getArgOperand(0))->isOne();
    CHECK(recoverWithCallerFrame);
    // go println(...) starts a wrapper closure.
    CHECK(l.module->getFunction("main.main.gowrap1"));
    CHECK(l.module->getFunction("runtime.newproc"));
  }
}

// Whether `caller`'s call of `callee` is marked never to be inlined.
bool callIsNoInline(llvm::Function& caller, llvm::StringRef callee) {
  bool noInline = false;
  for (llvm::BasicBlock& bb : caller)
    for (llvm::Instruction& i : bb)
      if (auto* c = llvm::dyn_cast<llvm::CallInst>(&i);
          c && c->getCalledFunction() && c->getCalledFunction()->getName() == callee)
        noInline = c->hasFnAttr(llvm::Attribute::NoInline);
  return noInline;
}

// `defer f(x)` defers a compiler wrapper, marked for the runtime with bit 0 of the pointer;
// `defer func() {...}()` defers the closure itself, unmarked. The wrapper's call of f is never
// inlined, and no Go function makes sibling calls (recover reads the chain of frames).
TEST_CASE("lower: defer wrappers are marked", "[lower][defer]") {
  Lowered l(R"go(package main

func f(x int) { println(x) }

func main() {
	defer f(1)
	defer func() { println(2) }()
}
)go",
            kTargets[0]);
  CHECK(l.verifierErrors() == "");
  std::vector<llvm::Value*> deferred;
  for (llvm::BasicBlock& bb : *l.module->getFunction("main.main"))
    for (llvm::Instruction& i : bb)
      if (auto* c = llvm::dyn_cast<llvm::CallBase>(&i);
          c && c->getCalledFunction() && c->getCalledFunction()->getName() == "runtime.deferproc")
        deferred.push_back(c->getArgOperand(1));
  REQUIRE(deferred.size() == 2);
  auto* gep = llvm::dyn_cast<llvm::GEPOperator>(deferred[0]);
  REQUIRE(gep);  // the wrapper's closure object + 1
  auto* offset = llvm::dyn_cast<llvm::ConstantInt>(gep->getOperand(1));
  REQUIRE(offset);
  CHECK(offset->isOne());
  CHECK(llvm::isa<llvm::GlobalVariable>(deferred[1]));  // main.main.func1·f, unmarked
  llvm::Function* wrapper = l.module->getFunction("main.main.deferwrap1");
  REQUIRE(wrapper);
  CHECK(callIsNoInline(*wrapper, "main.f"));
  CHECK(wrapper->getFnAttribute("disable-tail-calls").getValueAsBool());
  CHECK(l.module->getFunction("main.f")->getFnAttribute("disable-tail-calls").getValueAsBool());
}

// `go f(x)` starts a wrapper whose call of f is never inlined either: tracebacks hide the
// wrapper's frame (as gc does), which must not hide f.
TEST_CASE("lower: go wrappers keep their call", "[lower][go]") {
  Lowered l(R"go(package main

func f(x int) { println(x) }

func main() {
	go f(1)
}
)go",
            kTargets[0]);
  CHECK(l.verifierErrors() == "");
  llvm::Function* wrapper = l.module->getFunction("main.main.gowrap1");
  REQUIRE(wrapper);
  CHECK(callIsNoInline(*wrapper, "main.f"));
}

TEST_CASE("lower: //go:noinline", "[lower]") {
  Lowered l(R"go(package main

//go:noinline
func kept() int { return 1 }

func inlinable() int { return 2 }

func main() { println(kept() + inlinable()) }
)go",
            kTargets[0]);
  CHECK(l.verifierErrors() == "");
  CHECK(l.module->getFunction("main.kept")->hasFnAttribute(llvm::Attribute::NoInline));
  CHECK_FALSE(l.module->getFunction("main.inlinable")->hasFnAttribute(llvm::Attribute::NoInline));
}

namespace {
// The calls in fn whose callee is the function or runtime entry `name`.
int callsTo(llvm::Function* fn, llvm::StringRef name) {
  int n = 0;
  for (llvm::BasicBlock& bb : *fn)
    for (llvm::Instruction& i : bb)
      if (auto* c = llvm::dyn_cast<llvm::CallBase>(&i))
        if (llvm::Function* f = c->getCalledFunction(); f && f->getName() == name) ++n;
  return n;
}
// Whether fn has a load or store of a first-class array or struct type over 64 bytes.
bool hasBigFirstClassValue(llvm::Function* fn, const llvm::DataLayout& dl) {
  for (llvm::BasicBlock& bb : *fn)
    for (llvm::Instruction& i : bb) {
      llvm::Type* t = nullptr;
      if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(&i)) t = ld->getType();
      if (auto* st = llvm::dyn_cast<llvm::StoreInst>(&i)) t = st->getValueOperand()->getType();
      if (t && t->isAggregateType() && dl.getTypeAllocSize(t) > 64) return true;
    }
  return false;
}
}  // namespace

// Arrays and structs over 64 bytes pass by reference: a parameter is a pointer, a big result
// a trailing pointer with a void return; copies are memcpy and zero values memset, never
// first-class LLVM values (docs/abi.md, "Big values").
TEST_CASE("lower: big values travel by reference", "[lower][bigvalues]") {
  const char* src = R"go(package main

type Big struct {
	s string
	a [16]int
}

func fill(b Big, k int) Big {
	for i := range b.a {
		b.a[i] = k
	}
	return b
}

func pair(b Big) (Big, int) { return b, len(b.s) }

var global Big

func main() {
	var zero Big
	b := fill(zero, 3)
	global = b
	c, n := pair(global)
	println(c.a[2], n)
}
)go";
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(src, t);
    CHECK(l.verifierErrors() == "");
    llvm::Function* fill = l.module->getFunction("main.fill");
    REQUIRE(fill);
    REQUIRE(fill->arg_size() == 3);  // b by reference, k, the result's address
    CHECK(fill->getArg(0)->getType()->isPointerTy());
    CHECK(fill->getArg(1)->getType()->isIntegerTy(64));
    CHECK(fill->getArg(2)->getType()->isPointerTy());
    CHECK(fill->getReturnType()->isVoidTy());
    llvm::Function* pair = l.module->getFunction("main.pair");
    REQUIRE(pair);
    CHECK(pair->arg_size() == 2);  // the tuple (Big, int) is over 64 bytes too
    CHECK(pair->getReturnType()->isVoidTy());
    for (llvm::Function* f : {fill, pair, l.module->getFunction("main.main")}) {
      INFO(f->getName().str());
      CHECK_FALSE(hasBigFirstClassValue(f, l.layout));
    }
  }
}

// Stores of pointer-holding values into memory that may be on the heap test
// runtime.writeBarrier and copy through runtime.typedmemmove when it is set; frame slots and
// pointer-free values are stored plainly (docs/runtime.md, "Write barriers").
TEST_CASE("lower: the write-barrier hook", "[lower][writebarrier]") {
  const char* src = R"go(package main

type node struct {
	next *node
	n    int
}

var head *node
var count int

func push(n int) {
	p := &node{n: n}
	p.next = head
	head = p
	count = n
}

func local() int {
	var q *node // a frame slot: used only by loads and stores
	q = head
	if q == nil {
		return 0
	}
	return q.n
}

func main() {
	push(1)
	println(local(), count)
}
)go";
  for (const Target& t : kTargets) {
    INFO(t.name);
    Lowered l(src, t);
    CHECK(l.verifierErrors() == "");
    llvm::GlobalVariable* flag = l.module->getNamedGlobal("runtime.writeBarrier");
    REQUIRE(flag);
    CHECK(flag->isDeclaration());
    // push stores two pointers to the heap (p.next, head); `count = n` holds none.
    CHECK(callsTo(l.module->getFunction("main.push"), "runtime.typedmemmove") == 2);
    CHECK(callsTo(l.module->getFunction("main.local"), "runtime.typedmemmove") == 0);
  }
}

// Calls of package math's Sqrt, Abs and Copysign become LLVM's intrinsics (the instructions gc
// makes of them) on both targets; Floor, Ceil, Trunc and FMA only on arm64 (baseline amd64
// lacks the instructions: the Go code runs). The functions are stand-ins renamed to math's
// symbols.
TEST_CASE("lower: math intrinsics", "[lower][math]") {
  const char* src = R"go(package main

func Sqrt(x float64) float64        { return x }
func Abs(x float64) float64         { return x }
func Copysign(x, y float64) float64 { return x }
func Floor(x float64) float64       { return x }
func FMA(x, y, z float64) float64   { return x }

func main() {
	x := 2.0
	println(Sqrt(x), Abs(x), Copysign(x, -1), Floor(x), FMA(x, x, x))
}
)go";
  for (const Target& t : kTargets) {
    INFO(t.name);
    ir::testing::TestPackage p(src);
    for (auto& f : p.module->functions)
      if (llvm::StringRef(f->symbol).starts_with("main.") && f->symbol != "main.main")
        f->symbol = "math." + f->symbol.substr(5);
    escape::analyze(*p.module);
    llvm::LLVMContext c;
    auto m = lower::lowerModule(*p.module, c, llvm::DataLayout(t.layout), t.triple, p.diags);
    REQUIRE(m);
    std::string text;
    llvm::raw_string_ostream os(text);
    m->getFunction("main.main")->print(os);
    os.flush();
    bool arm64 = llvm::StringRef(t.name) == "arm64";
    CHECK(text.find("@llvm.sqrt.f64") != std::string::npos);
    CHECK(text.find("@llvm.fabs.f64") != std::string::npos);
    CHECK(text.find("@llvm.copysign.f64") != std::string::npos);
    CHECK((text.find("@llvm.floor.f64") != std::string::npos) == arm64);
    CHECK((text.find("@llvm.fma.f64") != std::string::npos) == arm64);
    CHECK((text.find("@math.Floor") != std::string::npos) == !arm64);
    CHECK(text.find("@math.Sqrt") == std::string::npos);
  }
}
