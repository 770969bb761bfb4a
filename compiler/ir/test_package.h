// For the unit tests of ir and the rooms after it: one Go source file parsed, type-checked and
// built into IR, with everything it needs kept alive. Include only from Catch2 tests.
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "ir/builder.h"
#include "llvm/Support/raw_ostream.h"
#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/parser.h"
#include "types/checker.h"

namespace ergo::ir::testing {

struct TestPackage {
  SourceFiles files;
  Diagnostics diags{files};
  Interner names;
  syntax::Ast ast{names};
  types::TypeContext ctx;
  types::Universe universe{ctx, names};
  types::Info info;
  types::Package pkg;
  std::unique_ptr<Module> module;

  // Parses and checks `src` as file x.go of package `path`, then builds its IR; each step
  // must succeed (REQUIRE).
  explicit TestPackage(const std::string& src, const std::string& path = "main") {
    uint32_t id = files.add("x.go", src);
    pkg.path = path;
    pkg.ast = &ast;
    pkg.files.push_back(syntax::parseFile(id, files.text(id), ast, diags));
    types::CheckerConfig config;
    bool ok = types::checkPackage(pkg, universe, names, info, diags, config);
    INFO("diagnostics: " << errors());
    REQUIRE(ok);
    module = buildModule(pkg, info, ctx, diags);
    INFO("diagnostics: " << errors());
    REQUIRE_FALSE(diags.hasErrors());
    REQUIRE(module);
  }

  // The pending diagnostics as gc prints them (and forgets them).
  std::string errors() {
    std::string out;
    llvm::raw_string_ostream os(out);
    diags.flush(os);
    os.flush();
    return out;
  }
};

}  // namespace ergo::ir::testing
