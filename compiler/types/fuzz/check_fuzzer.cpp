// libFuzzer target for the type checker: each input is one Go file, parsed and, when it has
// no syntax error (the driver checks nothing after one, as gc), type-checked as the only file
// of its package. The checker must return (never crash, hang or leak) whatever the program.
// Built only with -DERGO_FUZZ=ON, beside parse_fuzzer (see docs/architecture.md):
//   cmake --preset fuzz && cmake --build build-fuzz --target check_fuzzer
//   mkdir -p /tmp/cf && build-fuzz/bin/check_fuzzer -max_total_time=600 -timeout=5 \
//     -dict=compiler/syntax/fuzz/go.dict /tmp/cf compiler/types/fuzz/corpus
// Imports: `"fake"` is a small package checked from kFakeSource below (fresh for each input,
// so runs do not share state); every other path is not found. A first line `//lang:go1.N`
// (N up to 99) sets the language version. A package that checks clean is checked a second
// time as `ergo build` checks it (CheckerConfig::onlyLowerable). Each checked package's API is
// printed too (`ergo tool check -api`), and every diagnostic is formatted.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "llvm/Support/raw_ostream.h"
#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/parser.h"
#include "types/api_dump.h"
#include "types/checker.h"

using namespace ergo;

namespace {

const char kFakeSource[] = R"(package fake

const (
	Big  = 1 << 100
	Pi   = 3.14159
	Name = "fake"
)

type Int int

func (i Int) Double() Int { return i * 2 }
func (i *Int) Inc()       { *i++ }

type Stringer interface{ String() string }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Unpack() (K, V) { return p.Key, p.Val }

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type T struct {
	Int
	hidden int
	Ch     chan<- Stringer
}

var V = T{Int: 1}
)";

// Checks `text` (file `id` of `files`) as package `path`; the result is kept in `out`.
bool check(const std::string& path, uint32_t id, SourceFiles& files, syntax::Ast& ast,
           Interner& names, types::Universe& universe, types::Info& info, Diagnostics& diags,
           const types::CheckerConfig& config, const std::string& lang,
           std::unique_ptr<types::Package>& out) {
  const syntax::File* f = syntax::parseFile(id, files.text(id), ast, diags);
  if (diags.pendingSyntaxErrors() > 0) return false;
  out = std::make_unique<types::Package>();
  out->path = path;
  out->ast = &ast;
  out->files = {f};
  if (!lang.empty()) out->languageVersion = lang;
  return types::checkPackage(*out, universe, names, info, diags, config);
}

// The language version of a first line `//lang:go1.N`, or "" (the checker's default).
std::string languageOf(llvm::StringRef text) {
  if (!text.consume_front("//lang:go1.")) return "";
  unsigned minor = 0;
  llvm::StringRef digits = text.take_while([](char c) { return c >= '0' && c <= '9'; });
  if (digits.empty() || digits.size() > 2 || digits.getAsInteger(10, minor)) return "";
  return "go1." + std::to_string(minor);
}

// One checker run over the input, with everything fresh. Returns whether it checked clean.
bool run(const std::string& text, bool onlyLowerable, std::string& sink) {
  SourceFiles files;
  Diagnostics diags(files);
  diags.setReportAll(true);  // so that every error message is built and sorted
  Interner names;
  syntax::Ast ast(names);
  types::TypeContext typeContext;
  types::Universe universe(typeContext, names);
  types::Info info;

  std::unique_ptr<types::Package> fake;
  types::CheckerConfig fakeConfig;
  fakeConfig.importer = [](llvm::StringRef) -> types::Package* { return nullptr; };
  uint32_t fakeId = files.add("fake/fake.go", kFakeSource);
  check("fake", fakeId, files, ast, names, universe, info, diags, fakeConfig, "", fake);
  if (diags.flush(llvm::nulls()) != 0) __builtin_trap();  // kFakeSource must check clean

  types::CheckerConfig config;
  config.importer = [&](llvm::StringRef path) -> types::Package* {
    return path == "fake" ? fake.get() : nullptr;
  };
  config.onlyLowerable = onlyLowerable;
  uint32_t id = files.add("fuzz.go", text);
  std::unique_ptr<types::Package> pkg;
  bool ok =
      check("main", id, files, ast, names, universe, info, diags, config, languageOf(text), pkg);

  // Every reported position lies in the input (its end included).
  for (const auto& [pos, msg] : diags.pending())
    if (pos.valid() && (pos.file != id || pos.offset > text.size())) __builtin_trap();

  llvm::raw_string_ostream os(sink);
  if (pkg) types::dumpPackageApi(*pkg, os);
  diags.flush(os);
  return ok && pkg;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string sink;
  if (run(text, /*onlyLowerable=*/false, sink)) run(text, /*onlyLowerable=*/true, sink);
  return 0;
}
