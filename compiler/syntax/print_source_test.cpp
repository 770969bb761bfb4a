// Unit tests of the source printer (print_source.cpp, with expr_printer.cpp's source style
// for expressions and types): each source is parsed, printed and parsed again, and the two
// trees must dump the same (positions left out). The parentheses the printer adds on its
// own are checked against hand-written Go text.
#include <catch2/catch.hpp>

#include <string>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/dump.h"
#include "syntax/parser.h"
#include "syntax/printer.h"

using namespace ergo;
using namespace ergo::syntax;

namespace {

std::string dumpOf(const Ast& ast, const File& f, const SourceFiles& files) {
  std::string out;
  llvm::raw_string_ostream os(out);
  dumpFile(ast, f, files, os, /*positions=*/false);
  return out;
}

// Parses `src`, prints it, parses the print; both must parse cleanly and dump the same.
void roundtrip(const std::string& src) {
  SourceFiles files;
  Diagnostics diags(files);
  Interner names;
  Ast ast(names);
  uint32_t id = files.add("x.go", src);
  File* f = parseFile(id, files.text(id), ast, diags);
  REQUIRE_FALSE(diags.hasErrors());
  std::string printed = fileSource(ast, *f);
  INFO("printed:\n" << printed);
  uint32_t id2 = files.add("printed.go", printed);
  File* g = parseFile(id2, files.text(id2), ast, diags);
  REQUIRE_FALSE(diags.hasErrors());
  CHECK(dumpOf(ast, *g, files) == dumpOf(ast, *f, files));
}

}  // namespace

TEST_CASE("print_source: declarations", "[print]") {
  roundtrip(
      "package p\n"
      "import \"fmt\"\n"
      "import (\n\tf \"fmt\"\n\t. \"os\"\n\t_ \"unsafe\"\n)\n"
      "const A = 1\n"
      "const (\n\tB, C int = iota, 2 * iota\n\tD, E\n)\n"
      "var x, y = 1, \"s\"\n"
      "var z []map[string]*chan<- int\n"
      "type T struct {\n\ta, b int `tag`\n\t*fmt.Stringer\n\tc func(int, ...string) (r int, "
      "err error)\n}\n"
      "type Alias = T\n"
      "type I interface {\n\tM(x int) int\n\tfmt.Stringer\n\t~int | ~string\n}\n"
      "type G[K comparable, V any] map[K]V\n"
      "type P[T *int] struct{}\n"
      "type A [4]int\n"
      "func (t *T) M() {}\n"
      "func (G[K, V]) N() {}\n"
      "func F[T interface{ ~int }](xs ...T) (T, error)\n"
      "func H() func() <-chan int { return nil }\n");
}

TEST_CASE("print_source: simple statements", "[print]") {
  roundtrip(
      "package p\n"
      "func f(ch chan int, m map[int]int) {\n"
      "\tx := 1\n"
      "\tx, y := 2, 3\n"
      "\tx += y\n"
      "\tx <<= 1\n"
      "\tx++\n"
      "\ty--\n"
      "\tch <- x\n"
      "\t<-ch\n"
      "\tvar z int\n"
      "\ttype L struct{}\n"
      "\tgo f(ch, m)\n"
      "\tdefer func() { recover() }()\n"
      "\t;\n"
      "\t{\n\t\tz = -x\n\t}\n"
      "\t_ = z\n"
      "\treturn\n"
      "}\n");
}

TEST_CASE("print_source: control flow", "[print]") {
  roundtrip(
      "package p\n"
      "func f(xs []int, ch chan int, v any) int {\n"
      "\tif x := len(xs); x > 0 {\n\t} else if x < 0 {\n\t} else {\n\t}\n"
      "\tfor {\n\t\tbreak\n\t}\n"
      "\tfor i := 0; i < 10; i++ {\n\t\tcontinue\n\t}\n"
      "\tfor ; ; {\n\t}\n"
      "\tfor i := 0; ; {\n\t}\n"
      "\tfor len(xs) > 0 {\n\t}\n"
      "\tfor i, x := range xs {\n\t\t_, _ = i, x\n\t}\n"
      "\tfor i := range xs {\n\t\t_ = i\n\t}\n"
      "\tfor range ch {\n\t}\n"
      "\tswitch x := 1; x {\n\tcase 1, 2:\n\t\tfallthrough\n\tdefault:\n\t}\n"
      "\tswitch {\n\tcase len(xs) == 0:\n\t}\n"
      "\tswitch t := v.(type) {\n\tcase int, string:\n\t\t_ = t\n\tcase nil:\n\t}\n"
      "\tswitch v.(type) {\n\t}\n"
      "\tselect {\n\tcase x := <-ch:\n\t\t_ = x\n\tcase x, ok := <-ch:\n\t\t_, _ = x, ok\n"
      "\tcase ch <- 1:\n\tcase <-ch:\n\tdefault:\n\t}\n"
      "outer:\n"
      "\tfor {\n\t\tgoto done\n\t\tcontinue outer\n\t}\n"
      "done:\n"
      "\tgoto end\n"
      "\treturn 0\n"
      "end:\n"
      "}\n");
}

TEST_CASE("print_source: expressions and types", "[print]") {
  roundtrip(
      "package p\n"
      "type T struct{ a int }\n"
      "var (\n"
      "\ta = (1 + 2) * 3 - -4 + ^5 &^ 6 << 1\n"
      "\tb = !(a > 1) || a < 2 && a != 3\n"
      "\tc = []int{1, 2, 3}[1:2:3][:]\n"
      "\td = map[string]T{\"x\": {1}, \"y\": {a: 2}}\n"
      "\te = [...]string{0: \"a\", 5: `raw`}\n"
      "\tf = (*T)(nil)\n"
      "\tg = func(x int) int { return x * x }(3)\n"
      "\th = any(a).(int)\n"
      "\ti = &T{a: 1}\n"
      "\tj = - -a\n"
      "\tk = (<-chan int)(nil)\n"
      "\tl chan (<-chan int)\n"
      "\tm = Map[string, int]\n"
      "\tn = 0x1p-2 + 1i + 'x' + 0b1_0\n"
      "\to = struct{}{}\n"
      "\tq = append([]byte(nil), \"s\"...)\n"
      "\tr = chan int(nil)\n"
      "\ts = func(int) int(nil)\n"
      "\tt = (func())(nil)\n"
      "\tu = make([]byte, 10 ...)\n"
      ")\n"
      "func g() {\n"
      "\tif a == (T{}).a {\n\t}\n"
      "\tfor _, x := range []T{{1}} {\n\t\t_ = x\n\t}\n"
      "}\n");
}

TEST_CASE("print_source: parentheses the tree needs", "[print]") {
  Interner names;
  Ast ast(names);
  Pos p{1, 0};
  auto ident = [&](const char* n) { return ast.ref(ast.make<Ident>(p, ast.name(n))); };
  Ref<Expr> a = ident("a"), b = ident("b"), c = ident("c");
  // a - (b - c) and (a + b) * c, built without ParenExpr nodes.
  auto binary = [&](Tok op, Ref<Expr> x, Ref<Expr> y) {
    return ast.ref(ast.make<BinaryExpr>(p, op, x, y, p));
  };
  Ref<Expr> right = binary(Tok::Sub, a, binary(Tok::Sub, b, c));
  Ref<Expr> prod = binary(Tok::Mul, binary(Tok::Add, a, b), c);
  Ref<Expr> neg =
      ast.ref(ast.make<UnaryExpr>(p, Tok::Sub, ast.ref(ast.make<UnaryExpr>(p, Tok::Sub, a))));
  auto* spec = ast.make<ValueSpec>(p);
  Ref<Ident> nm[] = {ident("x")};
  Ref<Expr> vals[] = {right, prod, neg};
  spec->names = ast.list<Ref<Ident>>(nm);
  spec->values = ast.list<Ref<Expr>>(vals);
  auto* var = ast.make<GenDecl>(p, Tok::Var);
  Ref<Decl> specs[] = {ast.ref(spec)};
  var->specs = ast.list<Ref<Decl>>(specs);
  File f;
  f.packageName = ident("p");
  Ref<Decl> decls[] = {ast.ref(var)};
  f.decls = ast.list<Ref<Decl>>(decls);
  CHECK(fileSource(ast, f) == "package p\n\nvar (\n\tx = a - (b - c), (a + b) * c, - -a\n)\n");
}
