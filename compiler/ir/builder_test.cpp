// Unit tests of the IR: ir::buildModule on checked packages (loops, switches, type switches,
// range over slices/strings/ints, multiple results, variadic calls), the verifier on
// well-formed and broken modules, and the printer's text.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "ir/builder.h"
#include "ir/test_package.h"

using namespace ergo;

namespace {

// A checked package with its IR, and the IR's printed text.
struct Built : ir::testing::TestPackage {
  std::string text;  // printModule's output

  explicit Built(const std::string& src, const std::string& path = "main")
      : TestPackage(src, path), text(ir::printModule(*module)) {}

  // The printed text of one function, from its `func @symbol` line to its closing brace.
  std::string function(const std::string& symbol) const {
    size_t start = text.find("func @" + symbol + " ");
    if (start == std::string::npos) return "";
    size_t end = text.find("\n}\n", start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start + 3);
  }
  size_t count(const std::string& needle) const { return llvm::StringRef(text).count(needle); }
};

// Asserts that the module verifies cleanly.
void requireVerified(const ir::Module& m) {
  std::vector<std::string> problems = ir::verifyModule(m);
  std::string all;
  for (const std::string& p : problems) all += p + "\n";
  INFO("problems:\n" << all);
  CHECK(problems.empty());
}

}  // namespace

// Calls of package functions name their callee; functions with several results return a
// tuple that Extract takes apart.
TEST_CASE("ir: calls and multiple results", "[ir]") {
  Built b(R"go(package main

func f(x int) (int, bool) { return x * 2, x > 0 }

func g() int {
	a, ok := f(3)
	if ok {
		return a
	}
	return 0
}

func main() { println(g()) }
)go");
  requireVerified(*b.module);
  CHECK(b.module->path == "main");
  REQUIRE(b.module->findFunction("main.f"));
  REQUIRE(b.module->findFunction("main.g"));
  REQUIRE(b.module->findFunction("main.main"));
  CHECK(b.module->findFunction("main.nope") == nullptr);
  std::string g = b.function("main.g");
  CHECK(g.find("Call @main.f 3 : (int, bool)") != std::string::npos);
  CHECK(g.find("Extract #0") != std::string::npos);
  CHECK(g.find("Extract #1") != std::string::npos);
  CHECK(b.function("main.f").find("func @main.f func(int) (int, bool) {") == 0);
  CHECK(b.function("main.f").find("Return %") != std::string::npos);
  CHECK(b.function("main.main").find("Call @main.g") != std::string::npos);
  CHECK(b.function("main.main").find("Print ") != std::string::npos);
  // Every package gets an init function.
  REQUIRE(b.module->init);
  CHECK(b.module->init->symbol == "main.init");
}

// The three forms of for loops, break and continue produce the expected blocks.
TEST_CASE("ir: for loops with break and continue", "[ir]") {
  Built b(R"go(package main

func main() {
	n := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		n += i
	}
	for n > 0 {
		n--
	}
	for {
		break
	}
	println(n)
}
)go");
  requireVerified(*b.module);
  std::string m = b.function("main.main");
  CHECK(llvm::StringRef(m).count("; for.cond") == 3);
  CHECK(llvm::StringRef(m).count("; for.body") == 3);
  CHECK(llvm::StringRef(m).count("; for.done") == 3);
  CHECK(m.find("BinOp % ") != std::string::npos);
  CHECK(m.find("BinOp < ") != std::string::npos);
  CHECK(m.find("BinOp - ") != std::string::npos);  // n--
  CHECK(m.find("Alloc int ; n") != std::string::npos);
  CHECK(m.find("Alloc int ; i") != std::string::npos);
}

// Expression switches compare the tag with each case value; fallthrough jumps to the next
// body; a tagless switch tests each condition.
TEST_CASE("ir: switch statements", "[ir]") {
  Built b(R"go(package main

func day(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 5:
		fallthrough
	case 1, 2, 3, 4:
		return "weekday"
	}
	return "invalid"
}

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	default:
		return "F"
	}
}

func name(s string) int {
	switch s {
	case "one":
		return 1
	}
	return 0
}

func main() { println(day(1), grade(95), name("one")) }
)go");
  requireVerified(*b.module);
  std::string day = b.function("main.day");
  CHECK(llvm::StringRef(day).count("BinOp == ") == 7);  // one comparison per case value
  CHECK(llvm::StringRef(day).count("; switch.case") == 3);
  CHECK(day.find("; switch.done") != std::string::npos);
  std::string grade = b.function("main.grade");
  CHECK(grade.find("BinOp >= ") != std::string::npos);
  CHECK(grade.find("BinOp == true, ") != std::string::npos);
  CHECK(b.function("main.name").find("BinOp == %") != std::string::npos);
}

// A type switch tests each case type with a comma-ok TypeAssert; a comma-ok assertion
// outside a switch is a TypeAssert with a tuple result.
TEST_CASE("ir: type switches and type assertions", "[ir]") {
  Built b(R"go(package main

func kind(v any) string {
	switch x := v.(type) {
	case int:
		return "int"
	case string, bool:
		_ = x
		return "string or bool"
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func main() {
	var v any = 42
	n, ok := v.(int)
	s := v.(int)
	println(kind(v), kind("s"), n, ok, s)
}
)go");
  requireVerified(*b.module);
  std::string kind = b.function("main.kind");
  CHECK(kind.find("TypeAssert int, ok ") != std::string::npos);
  CHECK(kind.find("TypeAssert string, ok ") != std::string::npos);
  CHECK(kind.find("TypeAssert bool, ok ") != std::string::npos);
  CHECK(llvm::StringRef(kind).count("; typeswitch.case") == 4);
  CHECK(kind.find("BinOp == %") != std::string::npos);  // case nil
  // The clause variable has the case type in single-type clauses, the interface otherwise.
  CHECK(kind.find("Alloc int ; x") != std::string::npos);
  CHECK(kind.find("Alloc interface {} ; x") != std::string::npos);
  std::string m = b.function("main.main");
  CHECK(m.find("MakeInterface 42 : interface {}") != std::string::npos);
  CHECK(m.find("TypeAssert int, ok %") != std::string::npos);
  CHECK(m.find(": (int, bool)") != std::string::npos);
  // The single-result form has no ", ok" and the asserted type as its result.
  CHECK(m.find(" : int\n") != std::string::npos);
  CHECK(llvm::StringRef(m).count("TypeAssert int") == 2);
}

// range over a slice indexes it; over a string decodes runes; over an int counts.
TEST_CASE("ir: range over slice, string and int", "[ir]") {
  Built b(R"go(package main

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func runes(s string) int {
	n := 0
	for i, r := range s {
		n += i + int(r)
	}
	return n
}

func count() int {
	c := 0
	for i := range 10 {
		c += i
	}
	return c
}

func main() { println(sum([]int{1, 2}), runes("héllo"), count()) }
)go");
  requireVerified(*b.module);
  std::string sum = b.function("main.sum");
  CHECK(sum.find("Len %") != std::string::npos);
  CHECK(sum.find("IndexAddr %") != std::string::npos);
  CHECK(sum.find("; range.cond") != std::string::npos);
  CHECK(sum.find("; range.post") != std::string::npos);
  std::string runes = b.function("main.runes");
  CHECK(runes.find("DecodeRune %") != std::string::npos);
  CHECK(runes.find(": (int32, int)") != std::string::npos);
  CHECK(runes.find("IndexAddr") == std::string::npos);
  std::string count = b.function("main.count");
  CHECK(count.find("BinOp < %") != std::string::npos);
  CHECK(count.find(", 10 : bool") != std::string::npos);
  CHECK(count.find("Len") == std::string::npos);
  CHECK(b.function("main.main").find("MakeSlice 2, 2 : []int") != std::string::npos);
}

// Variadic calls pack the extra arguments in a new slice; f(s...) passes the slice itself.
TEST_CASE("ir: variadic calls", "[ir]") {
  Built b(R"go(package main

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func main() {
	s := []int{4, 5}
	println(sum(1), sum(1, 2, 3), sum(1, s...))
}
)go");
  requireVerified(*b.module);
  CHECK(b.function("main.sum").find("func @main.sum func(int, ...int) int {") == 0);
  std::string m = b.function("main.main");
  CHECK(llvm::StringRef(m).count("Call @main.sum") == 3);
  CHECK(m.find("MakeSlice 2, 2 : []int") != std::string::npos);        // {2, 3} and the literal s
  CHECK(m.find("Call @main.sum 1, zero:[]int") != std::string::npos);  // no extra arguments
  CHECK(m.find("Call @main.sum 1, %") != std::string::npos);
}

// Slices: make, append, len/cap, slicing, copy, string conversions.
TEST_CASE("ir: slice and string operations", "[ir]") {
  Built b(R"go(package main

func main() {
	m := make([]string, 2, 4)
	m = append(m, "x", "y")
	m = append(m, m...)
	t := m[1:3]
	u := m[1:2:3]
	n := copy(t, u)
	bs := []byte("hi")
	s := string(bs) + "!"
	println(len(m), cap(m), n, s, s[0], len(s[1:]))
}
)go");
  requireVerified(*b.module);
  std::string m = b.function("main.main");
  CHECK(m.find("MakeSlice 2, 4 : []string") != std::string::npos);
  CHECK(m.find("Append %") != std::string::npos);
  CHECK(m.find(", \"x\", \"y\" : []string") != std::string::npos);
  CHECK(m.find("AppendSlice %") != std::string::npos);
  CHECK(m.find("Slice %") != std::string::npos);
  CHECK(m.find("Copy %") != std::string::npos);
  CHECK(m.find("Convert \"hi\" : []uint8") != std::string::npos);
  CHECK(m.find(": string") != std::string::npos);
  CHECK(m.find("StringIndex %") != std::string::npos);
  CHECK(m.find("Cap %") != std::string::npos);
  CHECK(m.find("BinOp + %") != std::string::npos);  // string concatenation
}

// Package variables become globals, initialised by the package's init function in
// dependency order, followed by the init() functions.
TEST_CASE("ir: globals and the package init function", "[ir]") {
  Built b(R"go(package main

var a = b + 1
var b = f()
var unset int

func f() int { return 41 }

func init() { unset = 7 }

func main() { println(a, b, unset) }
)go");
  requireVerified(*b.module);
  REQUIRE(b.module->globals.size() == 3);
  CHECK(b.text.find("var @main.a int") != std::string::npos);
  CHECK(b.text.find("var @main.unset int") != std::string::npos);
  std::string init = b.function("main.init");
  size_t callF = init.find("Call @main.f");
  size_t storeB = init.find("Store @main.b, ");
  size_t storeA = init.find("Store @main.a, ");
  REQUIRE(callF != std::string::npos);
  REQUIRE(storeB != std::string::npos);
  REQUIRE(storeA != std::string::npos);
  CHECK(callF < storeB);
  CHECK(storeB < storeA);
  // The init() function, named main.init.0 as gc does, runs after the variables are set.
  size_t callInit = init.find("Call @main.init.0\n");
  CHECK(callInit != std::string::npos);
  CHECK(callInit > storeA);
  CHECK(b.function("main.init.0").find("Store @main.unset, 7") != std::string::npos);
}

// addProgramEntry adds ergo.inittasks calling every package's init, in the given order.
TEST_CASE("ir: addProgramEntry", "[ir]") {
  Built b("package main\n\nfunc main() {}\n");
  ir::addProgramEntry(*b.module, b.ctx, {"fmt.init", "main.init"});
  requireVerified(*b.module);
  std::string text = ir::printModule(*b.module);
  size_t entry = text.find("func @ergo.inittasks func() {");
  REQUIRE(entry != std::string::npos);
  size_t fmtInit = text.find("Call @fmt.init", entry);
  size_t mainInit = text.find("Call @main.init", entry);
  REQUIRE(fmtInit != std::string::npos);
  REQUIRE(mainInit != std::string::npos);
  CHECK(fmtInit < mainInit);
  CHECK(text.find("func @fmt.init func() (external)") != std::string::npos);
}

// A package other than main uses its import path in symbols.
TEST_CASE("ir: symbols use the import path", "[ir]") {
  Built b("package util\n\nfunc Double(x int) int { return 2 * x }\n", "example.com/m/util");
  requireVerified(*b.module);
  CHECK(b.module->findFunction("example.com/m/util.Double"));
  CHECK(b.text.find("package example.com/m/util\n") == 0);
}

// The verifier finds blocks without terminators, terminators in the middle of a block and
// operands that are not defined in the function.
TEST_CASE("ir: verifyModule reports malformed functions", "[ir][verify]") {
  types::TypeContext ctx;
  types::Type* intT = ctx.basic(types::BasicKind::Int);
  ir::Module m;
  m.path = "main";
  m.functions.push_back(std::make_unique<ir::Function>());
  ir::Function* fn = m.functions.back().get();
  fn->symbol = "main.bad";
  fn->sig = ctx.signature(ctx.tuple({}), ctx.tuple({}), false);
  auto add = [&](ir::Block* b, ir::Value* v) {
    v->block = b;
    b->instrs.push_back(v);
    return v;
  };
  ir::Block* b0 = fn->newBlock("entry");
  ir::Block* b1 = fn->newBlock("no.terminator");
  ir::Value* ret = add(b0, fn->newValue(ir::Op::Return, nullptr));
  (void)ret;
  add(b0, fn->newValue(ir::Op::Unreachable, nullptr));  // after a terminator
  // An operand from another function.
  ir::Function other;
  ir::Value* foreign = other.newValue(ir::Op::Load, intT);
  ir::Value* neg = add(b1, fn->newValue(ir::Op::UnOp, intT));
  neg->tok = syntax::Tok::Sub;
  neg->operands.push_back(foreign);
  std::vector<std::string> problems = ir::verifyModule(m);
  std::string all;
  for (const std::string& p : problems) all += p + "\n";
  INFO(all);
  CHECK(all.find("main.bad: block b1 has no terminator") != std::string::npos);
  CHECK(all.find("main.bad: terminator in the middle of b0") != std::string::npos);
  CHECK(all.find("uses an undefined value") != std::string::npos);
  CHECK(problems.size() == 3);

  // Fixing the function makes the verifier quiet.
  b0->instrs.pop_back();
  neg->operands[0] = fn->newValue(ir::Op::Const, intT);  // constants are leaves
  add(b1, fn->newValue(ir::Op::Unreachable, nullptr));
  CHECK(ir::verifyModule(m).empty());
}

// opName and isTerminator come from ops.def.
TEST_CASE("ir: op names and terminators", "[ir]") {
  CHECK(std::string(ir::opName(ir::Op::MakeSlice)) == "MakeSlice");
  CHECK(std::string(ir::opName(ir::Op::TypeAssert)) == "TypeAssert");
  CHECK(ir::isTerminator(ir::Op::Jump));
  CHECK(ir::isTerminator(ir::Op::If));
  CHECK(ir::isTerminator(ir::Op::Return));
  CHECK(ir::isTerminator(ir::Op::Unreachable));
  CHECK_FALSE(ir::isTerminator(ir::Op::Call));
  CHECK_FALSE(ir::isTerminator(ir::Op::Panic));
}

// Function literals become functions named as gc names them; their captures are free
// variables, shared ones (assigned after capture) by address, others copied; a literal
// without captures and a top-level function used as a value are FuncRefs.
TEST_CASE("ir: closures and their names", "[ir][closure]") {
  Built b(R"go(package main

var g = func() int { return 1 }

func twice(f func(int) int, x int) int { return f(f(x)) }

func init() { _ = func() {} }

func main() {
	n := 0
	k := 5
	inc := func(x int) int {
		n++
		add := func() int { return x + k }
		return add()
	}
	println(twice(inc, 1), n, g(), twice)
}
)go");
  requireVerified(*b.module);
  for (const char* name :
       {"main.main.func1", "main.main.func1.1", "main.glob..func1", "main.init.0.func1"}) {
    INFO(name);
    CHECK(b.module->findFunction(name));
  }
  std::string f1 = b.function("main.main.func1");
  CHECK(f1.find("; %fv0 *int n") != std::string::npos);  // shared: its address
  CHECK(f1.find("; %fv1 int k") != std::string::npos);   // never assigned: a copy
  CHECK(f1.find("MakeClosure @main.main.func1.1 ") != std::string::npos);
  std::string inner = b.function("main.main.func1.1");
  CHECK(inner.find("; %fv0 int x") != std::string::npos);
  CHECK(inner.find("; %fv1 int k") != std::string::npos);
  std::string m = b.function("main.main");
  CHECK(m.find("%2 = Alloc int (heap) ; n") == std::string::npos);  // escape has not run
  CHECK(m.find("MakeClosure @main.main.func1 %") != std::string::npos);
  CHECK(m.find("Call @main.twice %") != std::string::npos);
  CHECK(m.find("@main.twice : func(func(int) int, int) int") == std::string::npos);
  CHECK(b.function("main.twice").find("CallValue %") != std::string::npos);
  CHECK(b.function("main.init").find("Store @main.g, @main.glob..func1") != std::string::npos);
  CHECK(b.function("main.init.0").find("MakeClosure") == std::string::npos);
  CHECK(m.find(", @main.twice\n") != std::string::npos);  // println(..., twice)
}

// A function with defers returns through its result slots: the deferred calls run between
// storing the results and loading them. defer f(args) wraps the call in a closure over the
// arguments evaluated at the defer statement; defer of a func() value defers it as it is.
TEST_CASE("ir: defer, recover and go", "[ir][defer]") {
  Built b(R"go(package main

func show(a, b int) { println(a, b) }

func f(x int) (r int) {
	defer show(x, 2)
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	go show(3, 4)
	if x > 0 {
		return x * 2
	}
	return
}

func g() int {
	defer println("g")
	return 7
}

func main() { println(f(1), g()) }
)go");
  requireVerified(*b.module);
  ir::Function* f = b.module->findFunction("main.f");
  REQUIRE(f);
  CHECK(f->hasDefer);
  REQUIRE(f->resultSlots.size() == 1);
  CHECK(f->resultSlots[0]->name == "r");
  std::string text = b.function("main.f");
  CHECK(text.find("MakeClosure @main.f.deferwrap1 %") != std::string::npos);
  CHECK(text.find("MakeClosure @main.f.func1 %") != std::string::npos);
  CHECK(text.find("MakeClosure @main.f.gowrap1 3, 4") != std::string::npos);
  CHECK(b.count("  Defer %") == 3);  // show, the literal, println in g
  CHECK(b.count("  Go %") == 1);
  // Both returns store, run the defers, then load the slot.
  CHECK(llvm::StringRef(text).count("RunDefers\n") == 2);
  size_t store = text.find("Store %", text.find("BinOp * "));
  size_t run = text.find("RunDefers", store);
  CHECK(store != std::string::npos);
  CHECK(run != std::string::npos);
  std::string wrap = b.function("main.f.deferwrap1");
  CHECK(wrap.find("Call @main.show %fv0, %fv1") != std::string::npos);
  CHECK(b.module->findFunction("main.f.func1")->callsRecover);
  CHECK(b.function("main.f.func1").find("Recover : interface {}") != std::string::npos);
  // An unnamed result gets a slot too.
  ir::Function* g = b.module->findFunction("main.g");
  REQUIRE(g->resultSlots.size() == 1);
  CHECK(g->resultSlots[0]->name == "~r0");
  CHECK_FALSE(b.module->findFunction("main.main")->hasDefer);
}

// Go 1.22: a captured loop variable that the loop assigns gets a copy per iteration; before
// 1.22 (and when nothing captures it) one variable serves the whole loop.
TEST_CASE("ir: per-iteration loop variables", "[ir][closure]") {
  const char* src = R"go(package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for j := 0; j < 3; j++ {
		println(j)
	}
	println(len(fs))
}
)go";
  Built b(src);
  requireVerified(*b.module);
  std::string m = b.function("main.main");
  // The slot holding the current copy's address, and a new copy before the post statement.
  CHECK(m.find("Alloc *int\n") != std::string::npos);
  CHECK(llvm::StringRef(m).count("Alloc int ; i") == 2);
  CHECK(llvm::StringRef(m).count("Alloc int ; j") == 1);
}

// A generic function is built once per distinct type-argument list (explicit or inferred,
// also reached from another instance with its own type parameter), with every type concrete;
// the checker's records of the generic body are left as they were.
TEST_CASE("ir: generic instances", "[ir][generics]") {
  Built b(R"go(package main

type Num interface{ ~int | ~float64 }

func Add[T Num](a, b T) T { return a + b }

func Twice[T Num](x T) T { return Add(x, x) }

type Pair[T any] struct{ a, b T }

func (p *Pair[T]) Swap() { p.a, p.b = p.b, p.a }

func main() {
	println(Add(1, 2), Add[float64](1, 2), Twice(3))
	p := &Pair[string]{"x", "y"}
	p.Swap()
}
)go");
  requireVerified(*b.module);
  CHECK(b.count("func @main.Add[int] func(int, int) int {") == 1);
  CHECK(b.count("func @main.Add[float64] func(float64, float64) float64 {") == 1);
  CHECK(b.count("func @main.Twice[int] func(int) int {") == 1);
  CHECK(b.function("main.Twice[int]").find("Call @main.Add[int]") != std::string::npos);
  CHECK(b.count("func @main.(*Pair[string]).Swap func(*main.Pair[string]) {") == 1);
  // No generic body is built, and no type parameter is left in any instance.
  CHECK(b.count("func @main.Add ") == 0);
  CHECK(b.count("func @main.(*Pair).Swap") == 0);
  CHECK(b.text.find(" T") == std::string::npos);
  CHECK(b.text.find("[T]") == std::string::npos);
  auto* add = llvm::dyn_cast_or_null<types::Func>(b.pkg.scope->lookup("Add"));
  REQUIRE(add);
  REQUIRE(add->params.size() == 2);
  CHECK(llvm::isa<types::TypeParam>(add->params[0]->type));
}
