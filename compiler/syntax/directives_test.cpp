// Unit tests of //go: directives (directives.cpp). Every expected diagnostic was printed by
// gc 1.19 (`go tool compile -e -p main`) for the same source.
#include <catch2/catch.hpp>

#include <string>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/parser.h"

using namespace ergo;
using namespace ergo::syntax;

namespace {

struct Parsed {
  SourceFiles files;
  Diagnostics diags{files};
  Interner names;
  Ast ast{names};
  File* file = nullptr;

  explicit Parsed(const std::string& src, ParseOptions options = {}) {
    uint32_t id = files.add("x.go", src);
    diags.setReportAll(true);
    file = parseFile(id, files.text(id), ast, diags, options);
  }
  std::string errors() {
    std::string out;
    llvm::raw_string_ostream os(out);
    diags.flush(os);
    return out;
  }
  const FuncDecl* func(llvm::StringRef name) const {
    for (const Decl* d : ast.nodes(file->decls))
      if (auto* f = llvm::dyn_cast<FuncDecl>(d); f && ast.str(ast.get(f->name)->name) == name)
        return f;
    return nullptr;
  }
  const ValueSpec* var(size_t decl) const {
    return llvm::cast<ValueSpec>(
        ast.nodes(llvm::cast<GenDecl>(ast.nodes(file->decls)[decl])->specs)[0]);
  }
};

}  // namespace

TEST_CASE("directives: function directives set their bits and the ones they imply",
          "[directives]") {
  Parsed p(
      "package p\n\n//go:noinline\n//go:norace\nfunc a() {}\n\n//go:nosplit\nfunc b() {}\n\n"
      "//go:uintptrescapes\nfunc c(uintptr)\n\n//go:noescape\nfunc d(*int)\n\n"
      "func e() {}\n");
  REQUIRE(p.errors() == "");
  CHECK(p.func("a")->pragmas == (kPragmaNoInline | kPragmaNoRace));
  CHECK(p.func("b")->pragmas == (kPragmaNoSplit | kPragmaNoCheckPtr));
  CHECK(p.func("c")->pragmas == (kPragmaUintptrEscapes | kPragmaUintptrKeepAlive));
  CHECK(p.func("d")->pragmas == kPragmaNoEscape);
  CHECK(p.func("e")->pragmas == 0);
}

TEST_CASE("directives: //go:linkname anywhere in the file names a function's symbol",
          "[directives]") {
  Parsed p(
      "package p\n\nimport _ \"unsafe\"\n\n//go:linkname f runtime.f\nfunc f()\n\nfunc g()\n\n"
      "//go:linkname g runtime.g2\n");
  REQUIRE(p.errors() == "");
  CHECK(p.ast.str(p.func("f")->linkname) == "runtime.f");
  CHECK(p.ast.str(p.func("g")->linkname) == "runtime.g2");
}

TEST_CASE("directives: //go:embed patterns go to the var spec after them", "[directives]") {
  Parsed p(
      "package p\n\nimport _ \"embed\"\n\n//go:embed a.txt \"b c.txt\"\n//go:embed `d`\n"
      "var s string\n");
  REQUIRE(p.errors() == "");
  llvm::ArrayRef<Name> embed = p.ast.get(p.var(1)->embed);
  REQUIRE(embed.size() == 3);
  CHECK(p.ast.str(embed[0]) == "a.txt");
  CHECK(p.ast.str(embed[1]) == "b c.txt");
  CHECK(p.ast.str(embed[2]) == "d");
}

TEST_CASE("directives: gc's errors while parsing", "[directives][errors]") {
  Parsed p(
      "package p\n\n//go:embed\nvar w string\n\n//go:embed \"a\\x.txt\"\nvar x string\n\n"
      "//go:linkname a b c d\nfunc l()\n\n//go:cgo_ldflag x\n//go:uintptrkeepalive\n"
      "//go:nowritebarrierrec\nfunc c1()\n\nfunc f() {} //go:noinline\n\nfunc g() {\n"
      "\t//go:noinline\n\tx := 1\n\t_ = x\n}\n");
  CHECK(p.errors() ==
        "x.go:3:3: usage: //go:embed pattern...\n"
        "x.go:6:3: invalid quoted string in //go:embed: \"a\\x.txt\"\n"
        "x.go:6:3: usage: //go:embed pattern...\n"
        "x.go:9:3: usage: //go:linkname localname [linkname]\n"
        "x.go:12:3: //go:cgo_ldflag x only allowed in cgo-generated code\n"
        "x.go:12:3: usage: //go:cgo_ldflag \"arg\"\n"
        "x.go:13:3: //go:uintptrkeepalive is only allowed in the standard library\n"
        "x.go:14:3: //go:nowritebarrierrec only allowed in runtime\n"
        "x.go:17:15: misplaced compiler directive\n"
        "x.go:20:4: misplaced compiler directive\n");
  // The runtime and the standard library may use their directives.
  Parsed rt(
      "package runtime\n\n//go:nowritebarrierrec\n//go:uintptrkeepalive\n//go:nosplit\n"
      "func f(uintptr) {}\n",
      ParseOptions{.runtime = true, .std = true});
  CHECK(rt.errors() == "");
}

TEST_CASE("directives: gc's errors after type checking, only for an otherwise clean file",
          "[directives][errors]") {
  const std::string src =
      "package main\n\nimport _ \"embed\"\n\n//go:embed a.txt b.txt\nvar t, u string\n\n"
      "//go:embed a.txt\nvar v string = \"x\"\n\n//go:embed a.txt\nfunc f() {}\n\n"
      "//go:noescape\nfunc g() {}\n\n//go:notinheap\ntype A = int\n\n//go:build x\n"
      "func c() {}\n\nfunc main() {\n\t//go:embed a.txt\n\tvar local string\n\t_ = local\n"
      "\t//go:noinline\n\tconst k = 1\n}\n";
  Parsed p(src);
  CHECK(p.errors() ==
        "x.go:5:3: go:embed cannot apply to multiple vars\n"
        "x.go:8:3: go:embed cannot apply to var with initializer\n"
        "x.go:11:3: misplaced go:embed directive\n"
        "x.go:15:6: can only use //go:noescape with external func implementations\n"
        "x.go:17:3: misplaced compiler directive\n"
        "x.go:20:3: misplaced compiler directive\n"
        "x.go:24:4: go:embed cannot apply to var inside func\n"
        "x.go:27:4: misplaced compiler directive\n");
  // With a syntax error gc stops before these checks.
  Parsed bad(src + "}\n");
  CHECK(bad.errors() ==
        "x.go:30:1: syntax error: non-declaration statement outside function body\n");
}

TEST_CASE("directives: syntax-only parsing reports none", "[directives]") {
  Parsed p("package p\n\n//go:nowritebarrier\nfunc f() {} //go:noinline\n",
           ParseOptions{.checkDirectives = false});
  CHECK(p.errors() == "");
  CHECK(p.func("f")->pragmas == kPragmaNoWriteBarrier);
}
