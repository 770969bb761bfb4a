// Unit tests of the parser (valid Go of many shapes, syntax errors in gc 1.19's words, the
// nesting limit) and of printer.h's exprString. Every expected diagnostic below was checked
// against go1.19.8 (`go build -gcflags=-e`) on the same source.
#include <catch2/catch.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/parser.h"
#include "syntax/printer.h"

using namespace ergo;
using namespace ergo::syntax;

namespace {

// The store of the most recently parsed source: the accessors below read from it, so that
// the checks read like the tree (each test inspects one tree right after parsing it).
Ast* gAst = nullptr;
template <typename T>
T* G(Ref<T> r) {
  return gAst->get(r);
}
template <typename T>
auto L(List<Ref<T>> l) {
  return gAst->nodes(l);
}
llvm::ArrayRef<Field> F(List<Field> l) {
  return gAst->get(l);
}
llvm::StringRef nameOf(const Ident* id) {
  return gAst->str(id->name);
}
llvm::StringRef nameOf(Ref<Ident> id) {
  return nameOf(G(id));
}
std::string exprString(const Expr* e) {
  return syntax::exprString(*gAst, e);
}
std::string exprString(Ref<Expr> e) {
  return exprString(G(e));
}

struct Parsed {
  SourceFiles files;
  Diagnostics diags{files};
  Interner names;
  Ast ast{names};
  File* file = nullptr;

  explicit Parsed(const std::string& src) {
    uint32_t id = files.add("x.go", src);
    file = parseFile(id, files.text(id), ast, diags);
    gAst = &ast;
  }
  std::string errors() {
    std::string out;
    llvm::raw_string_ostream os(out);
    diags.flush(os);
    os.flush();
    return out;
  }
  template <typename T>
  T* decl(llvm::StringRef name) const {
    for (Decl* d : L(file->decls)) {
      if (auto* f = llvm::dyn_cast<FuncDecl>(d); f && nameOf(f->name) == name)
        return llvm::dyn_cast<T>(d);
      if (auto* g = llvm::dyn_cast<GenDecl>(d))
        for (Decl* s : L(g->specs)) {
          if (auto* ts = llvm::dyn_cast<TypeSpec>(s); ts && nameOf(ts->name) == name)
            return llvm::dyn_cast<T>(s);
          if (auto* vs = llvm::dyn_cast<ValueSpec>(s); vs && nameOf(L(vs->names)[0]) == name)
            return llvm::dyn_cast<T>(s);
        }
    }
    return nullptr;
  }
};

// Parses in a child process so that a hang or a crash of the parser fails the test instead of
// stopping the whole test run. `out` receives the flushed diagnostics.
enum class ChildStatus { Finished, TimedOut, Crashed };
ChildStatus parseInChild(const std::string& src, std::string& out, int timeoutMs = 5000) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    std::string text;
    {
      Parsed p(src);
      text = p.errors();
    }
    size_t done = 0;
    while (done < text.size()) {
      ssize_t n = write(fds[1], text.data() + done, text.size() - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    _exit(0);
  }
  close(fds[1]);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  bool eof = false, timedOut = false;
  while (!eof) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    deadline - std::chrono::steady_clock::now())
                    .count();
    if (left <= 0) {
      timedOut = true;
      break;
    }
    pollfd pfd{fds[0], POLLIN, 0};
    if (poll(&pfd, 1, static_cast<int>(left)) <= 0) continue;
    char buf[4096];
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n <= 0)
      eof = true;
    else
      out.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);
  if (timedOut) kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  if (timedOut) return ChildStatus::TimedOut;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return ChildStatus::Crashed;
  return ChildStatus::Finished;
}

// The diagnostics of parsing `src` (in a child process); fails the test on a hang or crash.
std::string syntaxErrors(const std::string& src) {
  std::string out;
  ChildStatus st = parseInChild(src, out);
  INFO("source:\n" << src);
  CHECK(st != ChildStatus::TimedOut);
  CHECK(st != ChildStatus::Crashed);
  return out;
}

// Parses `package p; var _ = <expr>` and returns the expression.
struct ParsedExpr {
  Parsed p;
  Expr* e = nullptr;
  explicit ParsedExpr(const std::string& expr) : p("package p\n\nvar _ = " + expr + "\n") {
    auto decls = L(p.file->decls);
    auto* g = decls.empty() ? nullptr : llvm::dyn_cast<GenDecl>(decls[decls.size() - 1]);
    if (g && !g->specs.empty())
      if (auto* vs = llvm::dyn_cast<ValueSpec>(L(g->specs)[0]); vs && !vs->values.empty())
        e = L(vs->values)[0];
  }
};

const char* kValidProgram = R"go(package main

import (
	"fmt"
	str "strings"
)

type Number interface {
	~int | ~int64 | float64
}

type List[T any] struct {
	next *List[T]
	val  T
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Point struct{ X, Y int }

type Shape interface {
	Area() int
	fmt.Stringer
}

type (
	Celsius float64
	Alias   = Point
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs ...T) (total T) {
	for i := range xs {
		total += xs[i]
	}
	return
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

func (p Point) String() string { return fmt.Sprint(p.X, p.Y) }

func pair() (int, error) { return 1, nil }

func main() {
	p := Point{1, 2}
	if p == (Point{}) {
		return
	}
	if v, err := pair(); err == nil && v > 0 {
		fmt.Println(v)
	}
	ok := true
	if x := ok; x {
	}
	for p.X < 10 {
		p.X++
	}
	m := map[string][]int{"a": {1, 2}, "b": nil}
	grid := [][2]int{{1, 2}, {3, 4}}
	arr := [...]string{2: "c", 0: "a"}
	ptrs := []*Point{{1, 2}, &Point{X: 3}}
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3:4]
	u := s[:]
	_, _, _, _, _, _, _ = m, grid, arr, ptrs, t, u, str.ToUpper("x")
	var any interface{} = p
	switch v := any.(type) {
	case int, string:
		fmt.Println("basic", v)
	case Point:
		fmt.Println(v.X)
	case nil:
	default:
	}
	switch {
	case p.X > 1:
		fallthrough
	case p.Y > 1:
	}
	ch := make(chan int, 1)
	var recv <-chan int = ch
	var send chan<- int = ch
	var nested chan (<-chan int)
	_ = nested
	select {
	case send <- 1:
	case v, ok := <-recv:
		_, _ = v, ok
	case <-recv:
	default:
	}
outer:
	for i := 0; i < 3; i++ {
		for j := range [3]int{} {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	goto end
end:
	double := func(x int) int { return x * 2 }
	fmt.Println(double(2), func() int { return 3 }())
	l := (&List[int]{}).Push(1)
	fmt.Println(Map[int, string]([]int{1}, func(i int) string { return fmt.Sprint(i) }), Sum(1, 2), l.val)
	defer func() { recover() }()
	go func(c chan int) { c <- 1 }(ch)
	var c Celsius = 1.5e3 + 0x1p-2 + 'a'
	fmt.Println(c, 1i, Alias{})
}
)go";

}  // namespace

// A program using most of the grammar (it builds with go1.19) parses without errors, and
// its declarations have the expected shape.
TEST_CASE("parser: a large valid program parses cleanly", "[parser]") {
  Parsed p(kValidProgram);
  REQUIRE(p.errors() == "");
  REQUIRE(p.file->packageName);
  CHECK(nameOf(p.file->packageName) == "main");
  REQUIRE(p.file->imports.size == 2);
  CHECK(!L(p.file->imports)[0]->name);
  CHECK(gAst->str(G(L(p.file->imports)[0]->path)->text) == "\"fmt\"");
  REQUIRE(L(p.file->imports)[1]->name);
  CHECK(nameOf(L(p.file->imports)[1]->name) == "str");

  // Generic type declarations.
  auto* list = p.decl<TypeSpec>("List");
  REQUIRE(list);
  REQUIRE(list->typeParams.size == 1);
  CHECK(nameOf(L(F(list->typeParams)[0].names)[0]) == "T");
  CHECK(llvm::isa<StructType>(G(list->type)));
  auto* pairT = p.decl<TypeSpec>("Pair");
  REQUIRE(pairT);
  REQUIRE(pairT->typeParams.size == 2);
  CHECK(exprString(F(pairT->typeParams)[0].type) == "comparable");
  auto* number = p.decl<TypeSpec>("Number");
  REQUIRE(number);
  auto* iface = llvm::dyn_cast<InterfaceType>(G(number->type));
  REQUIRE(iface);
  REQUIRE(iface->elems.size == 1);
  CHECK(exprString(F(iface->elems)[0].type) == "~int | ~int64 | float64");
  auto* shape = llvm::dyn_cast<InterfaceType>(G(p.decl<TypeSpec>("Shape")->type));
  REQUIRE(shape);
  REQUIRE(shape->elems.size == 2);
  CHECK(F(shape->elems)[0].names.size == 1);  // method Area
  CHECK(F(shape->elems)[1].names.empty());    // embedded fmt.Stringer
  auto* alias = p.decl<TypeSpec>("Alias");
  REQUIRE(alias);
  CHECK(alias->alias);
  CHECK_FALSE(p.decl<TypeSpec>("Celsius")->alias);
  // `type Point struct{ X, Y int }` is not mistaken for type parameters.
  auto* point = llvm::dyn_cast<StructType>(G(p.decl<TypeSpec>("Point")->type));
  REQUIRE(point);
  REQUIRE(point->fields.size == 1);
  CHECK(F(point->fields)[0].names.size == 2);

  // Generic functions: [T, U any] is one field with two names.
  auto* mapFn = p.decl<FuncDecl>("Map");
  REQUIRE(mapFn);
  REQUIRE(G(mapFn->type)->typeParams.size == 1);
  CHECK(F(G(mapFn->type)->typeParams)[0].names.size == 2);
  CHECK(exprString(mapFn->type) == "func(xs []T, f func(T) U) []U");
  auto* sum = p.decl<FuncDecl>("Sum");
  REQUIRE(sum);
  REQUIRE(G(sum->type)->params.size == 1);
  CHECK(llvm::isa<Ellipsis>(G(F(G(sum->type)->params)[0].type)));
  REQUIRE(G(sum->type)->results.size == 1);
  CHECK(nameOf(L(F(G(sum->type)->results)[0].names)[0]) == "total");

  // Methods: the receiver, including a generic receiver type.
  auto* push = p.decl<FuncDecl>("Push");
  REQUIRE(push);
  REQUIRE(push->recv.size == 1);
  CHECK(exprString(F(push->recv)[0].type) == "*List[T]");
  auto* str = p.decl<FuncDecl>("String");
  REQUIRE(str);
  REQUIRE(str->recv.size == 1);
  CHECK(exprString(F(str->recv)[0].type) == "Point");
  CHECK(p.decl<FuncDecl>("main")->recv.empty());
}

// Statement shapes inside main: if with init (and the composite-literal rule), type switch,
// select, labels, 3-index slices, channel directions.
TEST_CASE("parser: statements of the valid program", "[parser]") {
  Parsed p(kValidProgram);
  REQUIRE(p.errors() == "");
  auto* mainFn = p.decl<FuncDecl>("main");
  REQUIRE(mainFn);
  REQUIRE(mainFn->body);
  auto body = L(G(mainFn->body)->stmts);
  REQUIRE(body.size() == 33);

  // if p == (Point{}) {: the parenthesised composite literal is the comparison's operand.
  auto* if1 = llvm::dyn_cast<IfStmt>(body[1]);
  REQUIRE(if1);
  CHECK(!if1->init);
  CHECK(exprString(if1->cond) == "p == (Point{})");
  // if v, err := pair(); err == nil && v > 0 {
  auto* if2 = llvm::dyn_cast<IfStmt>(body[2]);
  REQUIRE(if2);
  auto* init = llvm::dyn_cast_or_null<AssignStmt>(G(if2->init));
  REQUIRE(init);
  CHECK(init->op == Tok::Define);
  CHECK(init->lhs.size == 2);
  CHECK(exprString(if2->cond) == "err == nil && v > 0");
  // if x := ok; x {: the `{` after the name x starts the block, not a composite literal.
  auto* if3 = llvm::dyn_cast<IfStmt>(body[4]);
  REQUIRE(if3);
  REQUIRE(if3->init);
  REQUIRE(if3->cond);
  CHECK(llvm::isa<Ident>(G(if3->cond)));
  CHECK(G(if3->then)->stmts.empty());
  // for p.X < 10 {
  auto* loop = llvm::dyn_cast<ForStmt>(body[5]);
  REQUIRE(loop);
  CHECK(!loop->init);
  CHECK(exprString(loop->cond) == "p.X < 10");
  CHECK(llvm::isa<IncDecStmt>(L(G(loop->body)->stmts)[0]));
  // Composite literals with elided element types and keys.
  auto* mAssign = llvm::cast<AssignStmt>(body[6]);
  auto* mLit = llvm::dyn_cast<CompositeLit>(L(mAssign->rhs)[0]);
  REQUIRE(mLit);
  REQUIRE(mLit->elts.size == 2);
  auto* kv = llvm::dyn_cast<KeyValueExpr>(L(mLit->elts)[0]);
  REQUIRE(kv);
  auto* inner = llvm::dyn_cast<CompositeLit>(G(kv->value));
  REQUIRE(inner);
  CHECK(!inner->type);
  CHECK(inner->elts.size == 2);
  auto* arrLit = llvm::cast<CompositeLit>(L(llvm::cast<AssignStmt>(body[8])->rhs)[0]);
  auto* arrType = llvm::dyn_cast<ArrayType>(G(arrLit->type));
  REQUIRE(arrType);
  CHECK(llvm::isa_and_nonnull<Ellipsis>(G(arrType->len)));
  // t := s[1:3:4] and u := s[:]
  auto* s3 = llvm::dyn_cast<SliceExpr>(L(llvm::cast<AssignStmt>(body[11])->rhs)[0]);
  REQUIRE(s3);
  CHECK(s3->slice3);
  CHECK(exprString(s3->max) == "4");
  auto* s0 = llvm::dyn_cast<SliceExpr>(L(llvm::cast<AssignStmt>(body[12])->rhs)[0]);
  REQUIRE(s0);
  CHECK_FALSE(s0->slice3);
  CHECK(!s0->lo);
  CHECK(!s0->hi);
  // switch v := any.(type) { case int, string: ... case Point: ... case nil: default: }
  auto* ts = llvm::dyn_cast<TypeSwitchStmt>(body[15]);
  REQUIRE(ts);
  REQUIRE(ts->binding);
  CHECK(nameOf(ts->binding) == "v");
  CHECK(exprString(ts->guard) == "any.(type)");
  REQUIRE(ts->clauses.size == 4);
  CHECK(L(ts->clauses)[0]->list.size == 2);
  CHECK(L(ts->clauses)[3]->isDefault);
  // switch { case ...: fallthrough }
  auto* sw = llvm::dyn_cast<SwitchStmt>(body[16]);
  REQUIRE(sw);
  CHECK(!sw->tag);
  auto* ft = llvm::dyn_cast<BranchStmt>(L(L(sw->clauses)[0]->body)[0]);
  REQUIRE(ft);
  CHECK(ft->op == Tok::Fallthrough);
  // Channel types: <-chan int, chan<- int, chan (<-chan int).
  auto chanOf = [&](size_t i) {
    auto* ds = llvm::cast<DeclStmt>(body[i]);
    return llvm::dyn_cast<ChanType>(G(llvm::cast<ValueSpec>(L(G(ds->decl)->specs)[0])->type));
  };
  REQUIRE(chanOf(18));
  CHECK(chanOf(18)->dir == ChanDir::Recv);
  REQUIRE(chanOf(19));
  CHECK(chanOf(19)->dir == ChanDir::Send);
  REQUIRE(chanOf(20));
  CHECK(chanOf(20)->dir == ChanDir::Both);
  auto* nestedElem = llvm::dyn_cast<ParenExpr>(G(chanOf(20)->elem));
  REQUIRE(nestedElem);
  auto* innerChan = llvm::dyn_cast<ChanType>(G(nestedElem->x));
  REQUIRE(innerChan);
  CHECK(innerChan->dir == ChanDir::Recv);
  // select with a send, a receive with assignment, a bare receive, and default.
  auto* sel = llvm::dyn_cast<SelectStmt>(body[22]);
  REQUIRE(sel);
  REQUIRE(sel->clauses.size == 4);
  CHECK(llvm::isa_and_nonnull<SendStmt>(G(L(sel->clauses)[0]->comm)));
  CHECK(llvm::isa_and_nonnull<AssignStmt>(G(L(sel->clauses)[1]->comm)));
  CHECK(llvm::isa_and_nonnull<ExprStmt>(G(L(sel->clauses)[2]->comm)));
  CHECK(!L(sel->clauses)[3]->comm);
  // Labels, labelled continue/break, goto.
  auto* outer = llvm::dyn_cast<LabeledStmt>(body[23]);
  REQUIRE(outer);
  CHECK(nameOf(outer->label) == "outer");
  CHECK(llvm::isa<ForStmt>(G(outer->stmt)));
  auto* gotoStmt = llvm::dyn_cast<BranchStmt>(body[24]);
  REQUIRE(gotoStmt);
  CHECK(gotoStmt->op == Tok::Goto);
  REQUIRE(gotoStmt->label);
  CHECK(nameOf(gotoStmt->label) == "end");
  auto* endLabel = llvm::dyn_cast<LabeledStmt>(body[25]);
  REQUIRE(endLabel);
  CHECK(nameOf(endLabel->label) == "end");
  // double := func(x int) int { return x * 2 }
  auto* dbl = llvm::dyn_cast<AssignStmt>(G(endLabel->stmt));
  REQUIRE(dbl);
  auto* lit = llvm::dyn_cast<FuncLit>(L(dbl->rhs)[0]);
  REQUIRE(lit);
  CHECK(exprString(lit) == "func(x int) int {…}");
  CHECK(llvm::isa<DeferStmt>(body[29]));
  CHECK(llvm::isa<GoStmt>(body[30]));
}

// A range clause with and without variables.
TEST_CASE("parser: range clauses", "[parser]") {
  Parsed p(
      "package p\n\nfunc f(xs []int) {\n\tfor range xs {\n\t}\n\tfor i := range 10 {\n\t\t_ = "
      "i\n\t}\n"
      "\tfor k, v := range xs {\n\t\t_, _ = k, v\n\t}\n}\n");
  REQUIRE(p.errors() == "");
  auto stmts = L(G(p.decl<FuncDecl>("f")->body)->stmts);
  REQUIRE(stmts.size() == 3);
  auto* r0 = llvm::dyn_cast<RangeStmt>(stmts[0]);
  REQUIRE(r0);
  CHECK(!r0->key);
  CHECK(exprString(r0->x) == "xs");
  auto* r1 = llvm::dyn_cast<RangeStmt>(stmts[1]);
  REQUIRE(r1);
  CHECK(r1->op == Tok::Define);
  CHECK(exprString(r1->x) == "10");
  auto* r2 = llvm::dyn_cast<RangeStmt>(stmts[2]);
  REQUIRE(r2);
  REQUIRE(r2->value);
  CHECK(exprString(r2->value) == "v");
}

// Binary operators group by Go's five precedence levels, left to right within a level.
TEST_CASE("parser: operator precedence", "[parser]") {
  ParsedExpr e("a || b && c == d + e * f");
  REQUIRE(e.e);
  auto* orExpr = llvm::dyn_cast<BinaryExpr>(e.e);
  REQUIRE(orExpr);
  CHECK(orExpr->op == Tok::LogOr);
  auto* andExpr = llvm::dyn_cast<BinaryExpr>(G(orExpr->y));
  REQUIRE(andExpr);
  CHECK(andExpr->op == Tok::LogAnd);
  auto* eq = llvm::dyn_cast<BinaryExpr>(G(andExpr->y));
  REQUIRE(eq);
  CHECK(eq->op == Tok::Eql);
  auto* add = llvm::dyn_cast<BinaryExpr>(G(eq->y));
  REQUIRE(add);
  CHECK(add->op == Tok::Add);
  auto* mul = llvm::dyn_cast<BinaryExpr>(G(add->y));
  REQUIRE(mul);
  CHECK(mul->op == Tok::Mul);
  ParsedExpr left("a - b - c");
  auto* outer = llvm::dyn_cast<BinaryExpr>(left.e);
  REQUIRE(outer);
  CHECK(exprString(outer->x) == "a - b");
  CHECK(exprString(outer->y) == "c");
  ParsedExpr shifts("1 << 2 + 3");  // << binds tighter than +
  auto* plus = llvm::dyn_cast<BinaryExpr>(shifts.e);
  REQUIRE(plus);
  CHECK(plus->op == Tok::Add);
  CHECK(exprString(plus->x) == "1 << 2");
}

// exprString prints expressions back in gc's form; for these inputs that is the input itself.
TEST_CASE("printer: exprString round trips", "[printer]") {
  for (const char* src : {"a + b * c",
                          "(a + b) * c",
                          "f(x, y...)",
                          "s[1:2:3]",
                          "s[:]",
                          "s[i:]",
                          "m[k]",
                          "x.(T)",
                          "*p",
                          "&x",
                          "<-ch",
                          "-x",
                          "!ok",
                          "^mask",
                          "pkg.Name",
                          "a.b.c(1, \"two\", 'c')",
                          "Map[int, string]",
                          "[]int",
                          "[3]int",
                          "[...]int",
                          "map[string][]int",
                          "chan int",
                          "chan<- int",
                          "<-chan int",
                          "func(int, ...string) (int, error)",
                          "func(x int) string",
                          "struct{a int; b string}",
                          "interface{}",
                          "x &^ y",
                          "a && !b || c",
                          "1.5e3",
                          "0x1F",
                          "`raw`"}) {
    ParsedExpr e(src);
    INFO(src << " errors: " << e.p.errors());
    REQUIRE(e.e);
    CHECK(exprString(e.e) == src);
  }
}

// Composite and function literals are abbreviated with an ellipsis, as gc's ShortString does.
TEST_CASE("printer: literals are abbreviated", "[printer]") {
  CHECK(exprString(ParsedExpr("[]int{1, 2}").e) == "[]int{…}");
  CHECK(exprString(ParsedExpr("T{}").e) == "T{}");
  CHECK(exprString(ParsedExpr("func() { println() }").e) == "func() {…}");
  CHECK(exprString(ParsedExpr("interface{ M() }").e) == "interface{…}");
}

// `if x == T{} {` is ambiguous; Go parses `T` as the operand and `{}` as the block, so the
// second `{` is unexpected (gc 1.19: "unexpected { at end of statement").
TEST_CASE("parser: composite literal of a bare type in an if header", "[parser][errors]") {
  std::string out = syntaxErrors(
      "package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tvar x T\n\tif x == T{} "
      "{\n\t}\n}\n");
  CHECK(llvm::StringRef(out).starts_with(
      "x.go:7:14: syntax error: unexpected { at end of statement\n"));
}

// A statement at the top level.
TEST_CASE("parser: non-declaration statement outside function body", "[parser][errors]") {
  CHECK(syntaxErrors("package main\n\nx := 1\n\nfunc main() {\n}\n") ==
        "x.go:3:1: syntax error: non-declaration statement outside function body\n");
}

// Only the first syntax error of a line is reported.
TEST_CASE("parser: one syntax error per line", "[parser][errors]") {
  CHECK(syntaxErrors("package main\n\nfunc main() {\n\tx := ) ) )\n}\n") ==
        "x.go:4:7: syntax error: unexpected ), expecting expression\n");
  CHECK(syntaxErrors("package main\n\nvar a = []int{1, 2 3}\n") ==
        "x.go:3:20: syntax error: unexpected literal 3 in composite literal; possibly missing "
        "comma or }\n");
  CHECK(syntaxErrors("package main\n\nfunc f() {\n\treturn 1 2\n}\n") ==
        "x.go:4:11: syntax error: unexpected literal 2 at end of statement\n");
}

// The file must start with a package clause.
TEST_CASE("parser: package statement must be first", "[parser][errors]") {
  CHECK(syntaxErrors("import \"fmt\"\n") ==
        "x.go:1:1: syntax error: package statement must be first\n");
}

// A newline before the `{` of an if/for clause.
TEST_CASE("parser: newline before the block of an if or for", "[parser][errors]") {
  std::string ifOut =
      syntaxErrors("package main\n\nfunc main() {\n\ta := 1\n\tif a > 0\n\t{\n\t}\n}\n");
  CHECK(llvm::StringRef(ifOut).starts_with(
      "x.go:5:10: syntax error: unexpected newline, expecting { after if clause\n"));
  std::string forOut =
      syntaxErrors("package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++\n\t{\n\t}\n}\n");
  CHECK(llvm::StringRef(forOut).starts_with(
      "x.go:4:24: syntax error: unexpected newline, expecting { after for clause\n"));
}

// gc 1.19 reports only the missing `{` for `if a > 0` + newline + `{`.
TEST_CASE("parser: no follow-on error after a misplaced if brace", "[parser][errors]") {
  CHECK(syntaxErrors("package main\n\nfunc main() {\n\ta := 1\n\tif a > 0\n\t{\n\t}\n}\n") ==
        "x.go:5:10: syntax error: unexpected newline, expecting { after if clause\n");
}

// A missing comma before a newline in a composite literal (gc 1.19's message). The recovery
// must not hang on the `}` that follows.
TEST_CASE("parser: missing comma before newline in composite literal", "[parser][errors]") {
  CHECK(syntaxErrors(
            "package main\n\nfunc main() {\n\ts := []int{\n\t\t1,\n\t\t2\n\t}\n\t_ = s\n}\n") ==
        "x.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma "
        "or }\n");
}

// A stray `}` at the top level is a non-declaration statement (gc 1.19).
TEST_CASE("parser: stray closing brace at top level terminates", "[parser][errors]") {
  CHECK(syntaxErrors("package main\n\n}\n\nfunc main() {\n}\n") ==
        "x.go:3:1: syntax error: non-declaration statement outside function body\n");
}

// gc 1.19 names tokens in "unexpected X" without a category: `unexpected b`, `unexpected else`
// (Go 1.20 changed these to "name b" and "keyword else").
TEST_CASE("parser: unexpected-token wording of gc 1.19", "[parser][errors]") {
  CHECK(
      syntaxErrors(
          "package main\n\nfunc f(a, b int) {}\n\nfunc main() {\n\ta, b := 1, 2\n\tf(a b)\n}\n") ==
      "x.go:7:6: syntax error: unexpected b in argument list; possibly missing comma or )\n");
  CHECK(syntaxErrors("package main\n\nfunc main() {\n\tvar x int\n\tx = 1 x = 2\n\t_ = x\n}\n") ==
        "x.go:5:8: syntax error: unexpected x at end of statement\n");
  CHECK(syntaxErrors("package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n") ==
        "x.go:6:2: syntax error: unexpected else, expecting }\n");
}

// gc 1.19: `func main()` + newline + `{` is "unexpected semicolon or newline before {".
TEST_CASE("parser: newline before a function body", "[parser][errors]") {
  CHECK(syntaxErrors("package main\n\nfunc main()\n{\n}\n") ==
        "x.go:4:1: syntax error: unexpected semicolon or newline before {\n");
}

// gc reports these with p.error, without the "syntax error: " prefix, at the `]` / second
// `:` / the expression.
TEST_CASE("parser: 3-index slice and go/defer errors as gc words them", "[parser][errors]") {
  CHECK(syntaxErrors("package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[1:2:]\n\t_ = "
                     "s[1::3]\n\tgo 1\n}\n") ==
        "x.go:5:12: final index required in 3-index slice\n"
        "x.go:6:10: middle index required in 3-index slice\n"
        "x.go:7:5: expression in go must be function call\n");
}

// Deeply nested input gives an error instead of overflowing the stack.
TEST_CASE("parser: 10000 nested parentheses give an error, not a crash", "[parser][nesting]") {
  std::string src = "package main\n\nfunc main() {\n\tx := " + std::string(10000, '(') + "1" +
                    std::string(10000, ')') + "\n\t_ = x\n}\n";
  std::string out = syntaxErrors(src);
  CHECK(out.find("syntax error") != std::string::npos);
  CHECK(out.find("nested too deeply") != std::string::npos);
}

// The same for nested blocks, types and unary operators.
TEST_CASE("parser: deep nesting of blocks, types and unary operators", "[parser][nesting]") {
  std::string blocks = "package main\n\nfunc main() {\n\t" + std::string(10000, '{') +
                       std::string(10000, '}') + "\n}\n";
  CHECK(syntaxErrors(blocks).find("nested too deeply") != std::string::npos);
  std::string types = "package main\n\nvar x ";
  for (int i = 0; i < 10000; ++i) types += "[]";
  types += "int\n";
  CHECK(syntaxErrors(types).find("nested too deeply") != std::string::npos);
  std::string unary = "package main\n\nvar x = ";
  for (int i = 0; i < 10000; ++i) unary += "^";
  unary += "1\n";
  CHECK(syntaxErrors(unary).find("nested too deeply") != std::string::npos);
  // Moderate nesting is fine.
  std::string ok =
      "package main\n\nvar x = " + std::string(500, '(') + "1" + std::string(500, ')') + "\n";
  CHECK(syntaxErrors(ok) == "");
}

// 100,000 levels (50 times the limit, far more than any stack could take) of every kind of
// nesting: each gives the nesting diagnostic, quickly, in one error. The abandoned rest of the
// file must not add errors.
TEST_CASE("parser: 100000-deep nesting gives one quick diagnostic", "[parser][nesting]") {
  const size_t n = 100000;
  auto repeat = [](llvm::StringRef s, size_t times) {
    std::string out;
    for (size_t i = 0; i < times; ++i) out += s;
    return out;
  };
  const std::string fn = "package main\n\nfunc main() {\n\t";
  struct Case {
    const char* what;
    std::string src;
  } cases[] = {
      {"parentheses", fn + "x := " + repeat("(", n) + "1" + repeat(")", n) + "\n}\n"},
      {"blocks", fn + repeat("{", n) + repeat("}", n) + "\n}\n"},
      {"composite literals", fn + "x := T{" + repeat("{", n) + repeat("}", n) + "}\n}\n"},
      {"function literals", fn + repeat("func() {", n) + repeat("}()", n) + "\n}\n"},
      {"slice types", "package main\n\nvar x " + repeat("[]", n) + "int\n"},
      {"pointer types", "package main\n\nvar x " + repeat("*", n) + "int\n"},
      {"struct types",
       "package main\n\nvar x " + repeat("struct{ f ", n) + "int" + repeat("}", n) + "\n"},
      {"unary operators", "package main\n\nvar x = " + repeat("- ", n) + "1\n"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    std::string out;
    auto start = std::chrono::steady_clock::now();
    ChildStatus st = parseInChild(c.src, out, 1000);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - start)
                  .count();
    INFO("took " << ms << " ms; diagnostics:\n" << out);
    CHECK(st == ChildStatus::Finished);
    // One line: the nesting error, on the line where the nesting is.
    CHECK(std::count(out.begin(), out.end(), '\n') == 1);
    CHECK(out.find("syntax error: expression or statement nested too deeply\n") !=
          std::string::npos);
    CHECK(out.rfind(c.src.find("func main") != std::string::npos ? "x.go:4:" : "x.go:3:", 0) == 0);
  }
}

// Named parameters and results of array type, `p [2]int`, are valid Go (about 30 files of
// go1.19's standard library have them, e.g. regalloc.go's `regs [4]register`).
TEST_CASE("parser: parameters and results of array type", "[parser]") {
  CHECK(syntaxErrors("package p\n\nfunc f(p [2]int) {}\n") == "");
  CHECK(syntaxErrors("package p\n\nconst N = 4\n\nfunc f(a int, q [N]byte) {}\n") == "");
  CHECK(syntaxErrors("package p\n\nfunc g() (r [2]int) { return }\n") == "");
}

// A struct field whose array length is a constant name, `name [N]byte`, is a field, not an
// embedded generic type (syscall.ivalue, crypto/sha256.digest...).
TEST_CASE("parser: struct field of array type with a named length", "[parser]") {
  CHECK(syntaxErrors("package p\n\nconst N = 4\n\ntype T struct {\n\tname [N]byte\n}\n") == "");
  CHECK(syntaxErrors("package p\n\ntype T struct {\n\tentries [N]*int\n}\n") == "");
}

// An embedded instantiated generic type whose argument is not a plain name (crypto/elliptic
// embeds nistCurve[*nistec.P256Point]).
TEST_CASE("parser: embedded generic type with a pointer type argument", "[parser]") {
  CHECK(syntaxErrors("package p\n\ntype T struct {\n\tG[*P]\n\tH[[]int, map[string]int]\n}\n") ==
        "");
}

// Struct fields that already parse: array of literal length, nested arrays, embedded G[T].
TEST_CASE("parser: struct fields and embedded types", "[parser]") {
  Parsed p(
      "package p\n\ntype T struct {\n\tptrs [2]*int\n\tgrid [2][3]int\n\tG[P]\n\t*E\n\tpkg.F\n"
      "\ta, b string `tag`\n}\n");
  REQUIRE(p.errors() == "");
  auto* st = llvm::dyn_cast<StructType>(G(p.decl<TypeSpec>("T")->type));
  REQUIRE(st);
  REQUIRE(st->fields.size == 6);
  CHECK(exprString(F(st->fields)[0].type) == "[2]*int");
  CHECK(exprString(F(st->fields)[1].type) == "[2][3]int");
  CHECK(F(st->fields)[2].names.empty());
  CHECK(exprString(F(st->fields)[2].type) == "G[P]");
  CHECK(F(st->fields)[3].names.empty());
  CHECK(exprString(F(st->fields)[3].type) == "*E");
  CHECK(exprString(F(st->fields)[4].type) == "pkg.F");
  CHECK(F(st->fields)[5].names.size == 2);
  REQUIRE(F(st->fields)[5].tag);
  CHECK(gAst->str(G(F(st->fields)[5].tag)->text) == "`tag`");
}

// Errors gc 1.19's parser reports, with and without the "syntax error: " prefix (each checked
// with `go tool compile -e`; gc's type errors on the same inputs are left out).
TEST_CASE("parser: more errors in gc 1.19's words and positions", "[parser][errors]") {
  CHECK(syntaxErrors("package p\n\nfunc f() {\n\tif x := 1 {\n\t}\n\tfor x = 1 {\n\t}\n\tswitch "
                     "x++; y <- 2 {\n\t}\n}\n") ==
        "x.go:4:7: syntax error: cannot use x := 1 as value\n"
        "x.go:6:8: syntax error: cannot use assignment (x) = (1) as value\n"
        "x.go:8:16: syntax error: cannot use y <- 2 as value\n");
  CHECK(syntaxErrors("package p\n\nfunc (a, b T) f() {}\nfunc () g() {}\nfunc h[]() {}\n") ==
        "x.go:3:15: method has multiple receivers\n"
        "x.go:4:9: method has no receiver\n"
        "x.go:5:8: syntax error: empty type parameter list\n");
  CHECK(syntaxErrors("package p\n\nimport x\n") == "x.go:3:9: syntax error: missing import path\n");
  // At the end of the file after an error, nothing more is reported.
  CHECK(syntaxErrors("package p\n\nvar x = 1 +\n") ==
        "x.go:4:1: syntax error: unexpected EOF, expecting expression\n");
  CHECK(syntaxErrors("package p\n\nvar _ = x.\n") ==
        "x.go:4:1: syntax error: unexpected EOF, expecting name or (\n");
  // go/defer errors are at gc's position of the expression: the `.` of a selector, the `[`.
  CHECK(syntaxErrors("package p\n\nfunc f() {\n\tgo fmt.Println\n\tdefer (f())\n\tgo a[1]\n}\n") ==
        "x.go:4:8: expression in go must be function call\n"
        "x.go:5:8: expression in defer must not be parenthesized\n"
        "x.go:6:6: expression in go must be function call\n");
  CHECK(syntaxErrors("package p\n\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n") ==
        "x.go:4:23: syntax error: cannot declare in post statement of for loop\n");
  // f parsed cleanly, so gc checks its labels; g had a syntax error, so gc does not.
  CHECK(syntaxErrors("package p\n\nfunc f() {\n\tL:\n}\nfunc g() {\n\tL:\n\t)\n}\n") ==
        "x.go:4:2: label L defined and not used\n"
        "x.go:7:3: syntax error: missing statement after label\n"
        "x.go:8:2: syntax error: unexpected ), expecting }\n"
        "x.go:9:1: syntax error: non-declaration statement outside function body\n");
  CHECK(syntaxErrors("package p\n\ntype T struct {\n\t*(U)\n\t(V)\n}\n") ==
        "x.go:4:3: syntax error: cannot parenthesize embedded type\n"
        "x.go:5:2: syntax error: cannot parenthesize embedded type\n");
  CHECK(syntaxErrors("package p\n\ntype I interface {\n\tm[T any]()\n\tn[]()\n}\n") ==
        "x.go:4:3: interface method must have no type parameters\n"
        "x.go:5:4: empty type parameter list\n");
  // Lexical errors interleave with syntax errors.
  CHECK(syntaxErrors("package p\n\nvar x = 1 $ 2\n") ==
        "x.go:3:11: invalid character U+0024 '$'\n"
        "x.go:3:13: syntax error: unexpected literal 2 after top level declaration\n");
}

// Selectors, index and slice expressions, calls and type assertions are positioned at the
// start of their operand (as in go/ast and types2); the operator positions are kept beside.
TEST_CASE("parser: positions of primary expressions", "[parser]") {
  ParsedExpr e("a.b(c)[d][1:2].(T)");
  const std::string src = "package p\n\nvar _ = a.b(c)[d][1:2].(T)\n";
  REQUIRE(e.e);
  const uint32_t a = static_cast<uint32_t>(src.find("a.b"));
  auto* ta = llvm::dyn_cast<TypeAssertExpr>(e.e);
  REQUIRE(ta);
  CHECK(ta->pos.offset == a);
  CHECK(ta->dot.offset == src.find(".("));
  auto* sl = llvm::dyn_cast<SliceExpr>(G(ta->x));
  REQUIRE(sl);
  CHECK(sl->pos.offset == a);
  CHECK(sl->lbrack.offset == src.find("[1"));
  auto* ix = llvm::dyn_cast<IndexExpr>(G(sl->x));
  REQUIRE(ix);
  CHECK(ix->pos.offset == a);
  CHECK(ix->lbrack.offset == src.find("[d"));
  auto* call = llvm::dyn_cast<CallExpr>(G(ix->x));
  REQUIRE(call);
  CHECK(call->pos.offset == a);
  CHECK(call->lparen.offset == src.find("(c"));
  CHECK(call->rparen.offset == src.find(")["));
  auto* sel = llvm::dyn_cast<SelectorExpr>(G(call->fun));
  REQUIRE(sel);
  CHECK(sel->pos.offset == a);
  CHECK(sel->dot.offset == a + 1);
  CHECK(G(sel->sel)->pos.offset == a + 2);
  // A binary expression starts at its left operand; its operator position is opPos.
  ParsedExpr b("x.y + z");
  auto* bin = llvm::dyn_cast<BinaryExpr>(b.e);
  REQUIRE(bin);
  CHECK(bin->pos.offset == 19);
  CHECK(bin->opPos.offset == 23);
}

// The shapes behind the array-or-type-arguments decisions (gc's arrayOrTArgs, typeDecl).
TEST_CASE("parser: array types versus type arguments and type parameters", "[parser]") {
  Parsed p(
      "package p\n\nconst N, M = 2, 3\n\ntype T int\n\nfunc f(p [2]int, a, b [N]byte, g "
      "G[*T]) (r [2]int) { return }\n\ntype S struct {\n\tname [N]byte\n\tG[*T]\n}\n\ntype A "
      "[N]int\ntype B[P any] []P\ntype C [N * M]int\ntype D[P *T] struct{}\ntype E[P *T,] "
      "struct{}\ntype F[P interface{ ~int }, Q []P] struct{}\n");
  REQUIRE(p.errors() == "");
  auto* f = p.decl<FuncDecl>("f");
  REQUIRE(f);
  REQUIRE(G(f->type)->params.size == 3);
  CHECK(F(G(f->type)->params)[0].names.size == 1);
  CHECK(exprString(F(G(f->type)->params)[0].type) == "[2]int");
  CHECK(F(G(f->type)->params)[1].names.size == 2);
  CHECK(exprString(F(G(f->type)->params)[1].type) == "[N]byte");
  CHECK(exprString(F(G(f->type)->params)[2].type) == "G[*T]");
  REQUIRE(G(f->type)->results.size == 1);
  CHECK(nameOf(L(F(G(f->type)->results)[0].names)[0]) == "r");
  auto* s = llvm::dyn_cast<StructType>(G(p.decl<TypeSpec>("S")->type));
  REQUIRE(s);
  REQUIRE(s->fields.size == 2);
  CHECK(F(s->fields)[0].names.size == 1);
  CHECK(exprString(F(s->fields)[0].type) == "[N]byte");
  CHECK(F(s->fields)[1].names.empty());
  auto* g = llvm::dyn_cast<IndexExpr>(G(F(s->fields)[1].type));
  REQUIRE(g);
  CHECK(exprString(g->x) == "G");
  CHECK(g->pos == G(g->x)->pos);
  auto isArray = [&](const char* name) {
    auto* ts = p.decl<TypeSpec>(name);
    return ts && ts->typeParams.empty() && llvm::isa<ArrayType>(G(ts->type));
  };
  auto typeParams = [&](const char* name) {
    auto* ts = p.decl<TypeSpec>(name);
    return ts ? ts->typeParams.size : 0;
  };
  CHECK(isArray("A"));
  CHECK(typeParams("B") == 1);
  CHECK(isArray("C"));
  CHECK(isArray("D"));  // [P *T] is the array length P * T (gc decides the same)
  CHECK(typeParams("E") == 1);
  CHECK(typeParams("F") == 2);
}
