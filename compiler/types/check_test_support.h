// Test support for the checker's unit tests (header-only, linked into types_test only): a
// build of packages checked from source text with one universe, as driver/build.cpp sets it up.
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "llvm/Support/raw_ostream.h"
#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/parser.h"
#include "types/checker.h"

namespace ergo::types::testing {

struct Build {
  SourceFiles files;
  Diagnostics diags{files};
  Interner names;
  syntax::Ast ast{names};
  TypeContext ctx;
  Universe universe{ctx, names};
  Info info;
  CheckerConfig config;
  std::vector<std::unique_ptr<Package>> packages;

  Build() {
    config.importer = [this](llvm::StringRef path) -> Package* {
      for (auto& p : packages)
        if (p->path == path) return p.get();
      return nullptr;
    };
  }

  // Parses `sources` ({name, text} pairs) and checks them as package `path`. Returns the
  // package; `ok` is checkPackage's result. Syntax errors fail the test.
  Package* check(const std::string& path, std::vector<std::pair<std::string, std::string>> sources,
                 bool* ok = nullptr, const std::string& languageVersion = "") {
    auto pkg = std::make_unique<Package>();
    pkg->path = path;
    pkg->ast = &ast;
    if (!languageVersion.empty()) pkg->languageVersion = languageVersion;
    unsigned before = diags.count();
    for (auto& [name, text] : sources) {
      uint32_t id = files.add(name, text);
      pkg->files.push_back(syntax::parseFile(id, files.text(id), ast, diags));
    }
    INFO("syntax errors: " << flushed());
    REQUIRE(diags.count() == before);
    bool result = checkPackage(*pkg, universe, names, info, diags, config);
    if (ok) *ok = result;
    packages.push_back(std::move(pkg));
    return packages.back().get();
  }
  Package* check(const std::string& path, const std::string& text, bool* ok = nullptr) {
    return check(path, {{"x.go", text}}, ok);
  }

  std::string flushed() {
    std::string out;
    llvm::raw_string_ostream os(out);
    diags.flush(os);
    os.flush();
    return out;
  }
};

}  // namespace ergo::types::testing
