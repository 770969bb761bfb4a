// Unit tests of escape analysis: plain locals stay on the stack; an Alloc whose address can
// reach a place that outlives the call moves to the heap; Stats counts both.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "escape/escape.h"
#include "ir/test_package.h"

using namespace ergo;

namespace {

using Built = ir::testing::TestPackage;

unsigned countAllocs(const ir::Module& m) {
  unsigned n = 0;
  for (const auto& fn : m.functions)
    for (const auto& b : fn->blocks)
      for (const ir::Value* v : b->instrs) n += v->op == ir::Op::Alloc;
  return n;
}

// A hand-built function: `b0: <instrs> Return`.
struct HandBuilt {
  types::TypeContext ctx;
  ir::Module m;
  ir::Function* fn;
  ir::Function* callee;
  ir::Block* b0;
  types::Type* intT = ctx.basic(types::BasicKind::Int);

  HandBuilt() {
    m.path = "main";
    m.functions.push_back(std::make_unique<ir::Function>());
    callee = m.functions.back().get();
    callee->symbol = "main.sink";
    callee->external = true;
    callee->sig = ctx.signature(ctx.tuple({ctx.pointer(intT)}), ctx.tuple({}), false);
    m.functions.push_back(std::make_unique<ir::Function>());
    fn = m.functions.back().get();
    fn->symbol = "main.f";
    fn->sig = ctx.signature(ctx.tuple({}), ctx.tuple({}), false);
    b0 = fn->newBlock("entry");
  }
  ir::Value* add(ir::Op op, types::Type* t, std::vector<ir::Value*> operands) {
    ir::Value* v = fn->newValue(op, t);
    v->operands = std::move(operands);
    v->block = b0;
    b0->instrs.push_back(v);
    return v;
  }
  ir::Value* alloc(types::Type* t, const std::string& name) {
    ir::Value* a = add(ir::Op::Alloc, ctx.pointer(t), {});
    a->auxType = t;
    a->name = name;
    return a;
  }
  ir::Value* constInt(int64_t v) {
    ir::Value* c = fn->newValue(ir::Op::Const, intT);
    c->constant = types::Constant::fromInt64(v);
    return c;
  }
};

}  // namespace

// Every local of a program without pointers or closures stays on the stack.
TEST_CASE("escape: plain locals stay on the stack", "[escape]") {
  Built b(R"go(package main

func sum(xs ...int) (total int) {
	for i, x := range xs {
		total += i * x
	}
	return
}

func main() {
	a, s := 1, "text"
	var v any = a
	n, ok := v.(int)
	for i := 0; i < 3; i++ {
		a += i
	}
	if a > 2 && ok {
		println(sum(a, n), s)
	}
}
)go");
  unsigned allocs = countAllocs(*b.module);
  REQUIRE(allocs > 8);
  escape::Stats stats = escape::analyze(*b.module);
  CHECK(stats.heap == 0);
  CHECK(stats.stack == allocs);
  std::string text = ir::printModule(*b.module);
  CHECK(text.find("(heap)") == std::string::npos);
  CHECK(text.find("Alloc int ; a") != std::string::npos);
  for (const auto& fn : b.module->functions)
    for (const auto& blk : fn->blocks)
      for (const ir::Value* v : blk->instrs)
        if (v->op == ir::Op::Alloc) CHECK_FALSE(v->heap);
}

// Loads and stores through an Alloc keep it on the stack; passing its address to another
// package's function, directly or through a variable, moves it to the heap.
TEST_CASE("escape: addresses passed to unknown functions escape", "[escape]") {
  HandBuilt h;
  ir::Value* local = h.alloc(h.intT, "local");
  ir::Value* stored = h.alloc(h.intT, "stored");
  ir::Value* passed = h.alloc(h.intT, "passed");
  ir::Value* holder = h.alloc(h.ctx.pointer(h.intT), "holder");
  h.add(ir::Op::Store, nullptr, {local, h.constInt(1)});
  h.add(ir::Op::Load, h.intT, {local});
  h.add(ir::Op::Store, nullptr, {holder, stored});  // &stored is the stored value
  ir::Value* held = h.add(ir::Op::Load, h.ctx.pointer(h.intT), {holder});
  ir::Value* call = h.add(ir::Op::Call, nullptr, {passed});
  call->callee = h.callee;
  ir::Value* call2 = h.add(ir::Op::Call, nullptr, {held});
  call2->callee = h.callee;
  h.add(ir::Op::Return, nullptr, {});
  REQUIRE(ir::verifyModule(h.m).empty());

  escape::Stats stats = escape::analyze(h.m);
  CHECK_FALSE(local->heap);
  CHECK(stored->heap);
  CHECK(passed->heap);
  CHECK_FALSE(holder->heap);
  CHECK(stats.stack == 2);
  CHECK(stats.heap == 2);
  std::string text = ir::printModule(h.m);
  CHECK(text.find("Alloc int (heap) ; stored") != std::string::npos);
  CHECK(text.find("Alloc int (heap) ; passed") != std::string::npos);
  CHECK(text.find("Alloc int ; local") != std::string::npos);
  CHECK(text.find("Alloc *int ; holder") != std::string::npos);
  // External functions are skipped.
  CHECK(text.find("func @main.sink func(*int) (external)") != std::string::npos);
}

// Running the analysis again gives the same answer (it recomputes, it does not accumulate).
TEST_CASE("escape: analysis is idempotent", "[escape]") {
  HandBuilt h;
  ir::Value* a = h.alloc(h.intT, "a");
  ir::Value* p = h.alloc(h.ctx.pointer(h.intT), "p");
  h.add(ir::Op::Store, nullptr, {p, a});
  ir::Value* held = h.add(ir::Op::Load, h.ctx.pointer(h.intT), {p});
  h.add(ir::Op::Return, nullptr, {held});
  escape::Stats first = escape::analyze(h.m);
  escape::Stats second = escape::analyze(h.m);
  CHECK(first.heap == 1);
  CHECK(first.stack == 1);
  CHECK(second.heap == first.heap);
  CHECK(second.stack == first.stack);
  CHECK(a->heap);
  CHECK_FALSE(p->heap);
}

// A function without allocations contributes nothing.
TEST_CASE("escape: no allocations, no counts", "[escape]") {
  HandBuilt h;
  h.add(ir::Op::Return, nullptr, {});
  escape::Stats stats = escape::analyze(h.m);
  CHECK(stats.stack == 0);
  CHECK(stats.heap == 0);
}

// A variable a closure shares with its function (captured and assigned) lives on the heap;
// one it copies, and the closure's own copy of it, stay on the stack.
TEST_CASE("escape: variables shared with closures move to the heap", "[escape][closure]") {
  Built b(R"go(package main

func main() {
	shared := 0
	copied := 10
	f := func() int {
		shared++
		return shared + copied
	}
	println(f(), shared)
}
)go");
  escape::analyze(*b.module);
  std::string text = ir::printModule(*b.module);
  INFO(text);
  CHECK(text.find("Alloc int (heap) ; shared") != std::string::npos);
  CHECK(text.find("Alloc int ; copied") != std::string::npos);
  CHECK(llvm::StringRef(text).count("(heap)") == 1);
}

// Local arrays and structs whose addresses are only indexed, sliced into copies, or passed to
// this package's functions that do not keep them stay in the frame (strconv's buffers).
TEST_CASE("escape: indexed arrays and non-leaking receivers stay on the stack", "[escape]") {
  Built b(R"go(package main

type dec struct {
	d  [800]byte
	nd int
}

func (a *dec) set(v int) { a.d[0] = byte(v); a.nd = 1 }

func f(v int) int { var d dec; d.set(v); return int(d.d[0]) }

func g(v uint64) string {
	var a [24]byte
	i := len(a)
	for v > 0 {
		i--
		a[i] = byte('0' + v%10)
		v /= 10
	}
	return string(a[i:])
}

func main() { println(f(3), g(5)) }
)go");
  escape::analyze(*b.module);
  std::string text = ir::printModule(*b.module);
  INFO(text);
  CHECK(text.find("Alloc main.dec ; d") != std::string::npos);
  CHECK(text.find("Alloc [24]uint8 ; a") != std::string::npos);
  CHECK(text.find("(heap)") == std::string::npos);
}

// What a callee keeps decides for its callers: a method returning its receiver, a function
// storing its argument in a global; a recursive function that only reads does not leak.
TEST_CASE("escape: parameter summaries over the package", "[escape]") {
  Built b(R"go(package main

type buf struct{ n int }

func (b *buf) self() *buf { b.n++; return b }

var global *int

func keep(p *int) { global = p }

func sum(p *[4]int, n int) int {
	if n == 0 {
		return 0
	}
	return p[n-1] + sum(p, n-1)
}

func main() {
	var kept buf
	kept.self()
	stored := 1
	keep(&stored)
	read := [4]int{1, 2, 3, 4}
	println(sum(&read, 4))
}
)go");
  escape::analyze(*b.module);
  std::string text = ir::printModule(*b.module);
  INFO(text);
  CHECK(text.find("Alloc main.buf (heap) ; kept") != std::string::npos);
  CHECK(text.find("Alloc int (heap) ; stored") != std::string::npos);
  CHECK(text.find("Alloc [4]int ; read") != std::string::npos);
}

// A variable declared in a loop whose address is kept in a variable gets memory of its own
// in each iteration; one whose address is only used within the iteration keeps its slot.
TEST_CASE("escape: loop variables whose addresses are kept move to the heap", "[escape]") {
  Built b(R"go(package main

func main() {
	var p *int
	for i := 0; i < 2; i++ {
		kept := i
		if i == 0 {
			p = &kept
		}
		var local [2]int
		local[i] = 1
		println(*p, local[0])
	}
	once := 3
	q := &once
	println(*q)
}
)go");
  escape::analyze(*b.module);
  std::string text = ir::printModule(*b.module);
  INFO(text);
  CHECK(text.find("Alloc int (heap) ; kept") != std::string::npos);
  CHECK(text.find("Alloc [2]int ; local") != std::string::npos);
  CHECK(text.find("Alloc int ; once") != std::string::npos);
}
