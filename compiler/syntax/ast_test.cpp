// The node store: ids, stable pointers, lists and names.
#include <catch2/catch.hpp>

#include "syntax/ast.h"

#include <string>
#include <utility>
#include <vector>

using namespace ergo;
using namespace ergo::syntax;

TEST_CASE("ast store: ids address nodes and survive growth", "[ast]") {
  Interner names;
  Ast ast(names);
  Ident* x = ast.make<Ident>(Pos{1, 4}, ast.name("x"));
  Ref<Ident> rx = ast.ref(x);
  REQUIRE(rx);
  REQUIRE(rx.id() != 0);
  // Many more nodes: earlier pointers and ids stay valid (the store never moves).
  for (int i = 0; i < 200000; ++i) ast.make<BadExpr>(Pos{1, uint32_t(i)});
  REQUIRE(ast.get(rx) == x);
  REQUIRE(ast.str(ast.get(rx)->name) == "x");
  Ref<Expr> asExpr = rx;  // upcast
  REQUIRE(llvm::isa<Ident>(ast.get(asExpr)));
  REQUIRE(ast.get(Ref<Expr>()) == nullptr);
  REQUIRE(ast.idLimit() > rx.id());
}

TEST_CASE("ast store: lists of refs and of fields", "[ast]") {
  Interner names;
  Ast ast(names);
  Ident* a = ast.make<Ident>(Pos{1, 0}, ast.name("a"));
  Ident* b = ast.make<Ident>(Pos{1, 2}, ast.name("b"));
  List<Ref<Ident>> l = ast.list<Ref<Ident>>({ast.ref(a), ast.ref(b)});
  REQUIRE(l.size == 2);
  std::vector<std::string> seen;
  for (const Ident* id : std::as_const(ast).nodes(l)) seen.push_back(ast.str(id->name).str());
  REQUIRE(seen == std::vector<std::string>{"a", "b"});
  Field f;
  f.names = l;
  List<Field> fl = ast.list<Field>({f});
  REQUIRE(ast.get(fl)[0].names.first == l.first);
  REQUIRE(ast.list<Ref<Expr>>({}).empty());
}

TEST_CASE("interner: equal names share an id", "[ast]") {
  Interner names;
  Name a = names.name("abc");
  REQUIRE(names.name(std::string("ab") + "c") == a);
  REQUIRE(names.name("abd") != a);
  REQUIRE(!names.name(""));
  REQUIRE(names.intern("abc").data() == names.str(a).data());
}
