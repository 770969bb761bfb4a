// Unit tests of the canonical dump (docs/syntax-dump.md). The expected text was printed by
// tools/goparsedump (go/parser, go 1.19) from the same source, not by ergo.
#include <catch2/catch.hpp>

#include <string>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/dump.h"
#include "syntax/parser.h"

using namespace ergo;
using namespace ergo::syntax;

namespace {

std::string dump(const std::string& src) {
  SourceFiles files;
  Diagnostics diags(files);
  Interner names;
  Ast ast(names);
  uint32_t id = files.add("x.go", src);
  File* f = parseFile(id, files.text(id), ast, diags);
  REQUIRE_FALSE(diags.hasErrors());
  std::string out;
  llvm::raw_string_ostream os(out);
  dumpFile(ast, *f, files, os);
  return out;
}

}  // namespace

TEST_CASE("dump: go/ast kinds, positions and attributes", "[dump]") {
  const char* src =
      "package p\n"
      "\n"
      "type I interface{ M(x int) (y int) }\n"
      "\n"
      "func F[T ~int | string](s []T, c <-chan T) {\n"
      "\tswitch v := any(s).(type) {\n"
      "\tdefault:\n"
      "\t\t_ = v\n"
      "\t}\n"
      "\tfor i := range s[1:] {\n"
      "\t\ts[i]++\n"
      "\t}\n"
      "\t_ = \"a\\tb\" + `c`\n"
      "}\n";
  const char* want =
      "File -\n"
      "  Ident 1:9 p\n"
      "  GenDecl 3:1 type\n"
      "    TypeSpec 3:6\n"
      "      Ident 3:6 I\n"
      "      InterfaceType 3:8\n"
      "        FieldList - methods\n"
      "          Field 3:19\n"
      "            Ident 3:19 M\n"
      "            FuncType -\n"
      "              FieldList - params\n"
      "                Field 3:21\n"
      "                  Ident 3:21 x\n"
      "                  Ident 3:23 int\n"
      "              FieldList - results\n"
      "                Field 3:29\n"
      "                  Ident 3:29 y\n"
      "                  Ident 3:31 int\n"
      "  FuncDecl 5:1\n"
      "    Ident 5:6 F\n"
      "    FuncType 5:1\n"
      "      FieldList - typeparams\n"
      "        Field 5:8\n"
      "          Ident 5:8 T\n"
      "          BinaryExpr 5:10 |\n"
      "            UnaryExpr 5:10 ~\n"
      "              Ident 5:11 int\n"
      "            Ident 5:17 string\n"
      "      FieldList - params\n"
      "        Field 5:25\n"
      "          Ident 5:25 s\n"
      "          ArrayType 5:27\n"
      "            Ident 5:29 T\n"
      "        Field 5:32\n"
      "          Ident 5:32 c\n"
      "          ChanType 5:34 <-chan\n"
      "            Ident 5:41 T\n"
      "    BlockStmt 5:44\n"
      "      TypeSwitchStmt 6:2\n"
      "        AssignStmt 6:9 :=\n"
      "          Ident 6:9 v\n"
      "          TypeAssertExpr 6:14\n"
      "            CallExpr 6:14\n"
      "              Ident 6:14 any\n"
      "              Ident 6:18 s\n"
      "        CaseClause 7:2 default\n"
      "          AssignStmt 8:3 =\n"
      "            Ident 8:3 _\n"
      "            Ident 8:7 v\n"
      "      RangeStmt 10:2 :=\n"
      "        Ident 10:6 i\n"
      "        SliceExpr 10:17 lo\n"
      "          Ident 10:17 s\n"
      "          BasicLit 10:19 INT 1\n"
      "        BlockStmt 10:23\n"
      "          IncDecStmt 11:3 ++\n"
      "            IndexExpr 11:3\n"
      "              Ident 11:3 s\n"
      "              Ident 11:5 i\n"
      "      AssignStmt 13:2 =\n"
      "        Ident 13:2 _\n"
      "        BinaryExpr 13:6 +\n"
      "          BasicLit 13:6 STRING \"a\\\\tb\"\n"
      "          BasicLit 13:15 STRING `c`\n";
  CHECK(dump(src) == want);
}

TEST_CASE("dump: literal values are escaped to one line", "[dump]") {
  CHECK(dumpEscape("a\\b\n\r\t\x01\x7f\xc3\xa9") == "a\\\\b\\n\\r\\t\\x01\\x7f\xc3\xa9");
  CHECK(dump("package p\nvar s = `a\r\nb`\n").find("BasicLit 2:9 STRING `a\\nb`\n") !=
        std::string::npos);
}
