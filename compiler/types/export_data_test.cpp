// Export data (docs/export-data.md): a package written and read back gives the same API dump,
// its importers check against it as against the checked package, constants keep their exact
// representation, generic declarations' source parses again at the original positions, and a
// damaged file is refused without crashing.
#include <catch2/catch.hpp>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/parser.h"
#include "types/api_dump.h"
#include "types/checker.h"
#include "types/export_data.h"
#include "types/export_encoding.h"
#include "types/import_data.h"

using namespace ergo;
using namespace ergo::types;

namespace {

const char* kPackageA = R"go(package a

import "b"

type Inner struct{ N int }

func (Inner) Get() int   { return 0 }
func (*Inner) Set(n int) {}

type Outer struct {
	Inner
	*b.Base
	Name string `json:"name"`
	hidden int
}

type Getter interface {
	Get() int
	error
}

type Alias = Outer

const (
	Big    = 1 << 300
	Small  = -42
	Third  = 1.0 / 3
	Huge   = 1e1000
	Cplx   = 2 + 3.5i
	Str    = "a\"b\n"
	Typed  int8 = -7
	Truth  = 1 < 2
)

var V []byte
var local = func() interface{} { type L struct{ x int }; return L{} }

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

func (l *List[T]) Len() int {
	n := 0
	for p := l.head; p != nil; p = p.next {
		n++
	}
	return n
}

type Number interface{ ~int | ~float64 }

func Sum[N Number](xs ...N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

var Ints List[int]

//go:noinline
func F(xs ...string) (n int, err error) { return helper(), nil }

func helper() int { return 1 }

type Chans struct {
	A chan<- int
	B <-chan int
	C chan (<-chan int)
	M map[string][4]float32
}
)go";

const char* kPackageB = R"go(package b

type Base struct{}

func (*Base) Close() error { return nil }
)go";

const char* kPackageC = R"go(package c

import "a"

var L a.List[int]
var N = a.Sum(1, 2, 3)
var F = a.Sum[float64]

func Use(o *a.Outer) (int, error) {
	L.Push(1)
	o.Set(o.Get() + L.Len())
	var g a.Getter
	_ = g
	const c = a.Big >> 299
	var arr [c]int
	_ = arr
	_ = o.Close()
	return a.F()
}
)go";

struct Build {
  SourceFiles files;
  Diagnostics diags{files};
  Interner names;
  syntax::Ast ast{names};
  TypeContext ctx;
  Universe universe{ctx, names};
  Info info;
  std::map<std::string, Package*> byPath;
  std::vector<std::unique_ptr<Package>> checked;
  std::vector<std::unique_ptr<ImportedPackage>> imported;

  std::function<Package*(llvm::StringRef)> importer() {
    return [this](llvm::StringRef path) -> Package* {
      auto it = byPath.find(path.str());
      return it == byPath.end() ? nullptr : it->second;
    };
  }

  Package* check(const std::string& path, const char* source) {
    auto pkg = std::make_unique<Package>();
    pkg->path = path;
    pkg->ast = &ast;
    uint32_t id = files.add(path + ".go", source);
    pkg->files.push_back(syntax::parseFile(id, files.text(id), ast, diags));
    CheckerConfig config;
    config.importer = importer();
    bool ok = checkPackage(*pkg, universe, names, info, diags, config);
    std::string errors;
    llvm::raw_string_ostream es(errors);
    diags.flush(es);
    INFO(errors);
    REQUIRE(ok);
    byPath[path] = pkg.get();
    checked.push_back(std::move(pkg));
    return checked.back().get();
  }

  // Replaces the checked package by the one read back from its export data.
  ImportedPackage* roundTrip(Package* pkg, std::string* data = nullptr) {
    std::string bytes = writeExportData(*pkg, files);
    if (data) *data = bytes;
    std::string error;
    auto back = readExportData(bytes, universe, names, importer(), error);
    INFO(error);
    REQUIRE(back);
    // The dump lists the names its files declare; the objects come from the export data.
    back->package->ast = pkg->ast;
    back->package->files = pkg->files;
    byPath[pkg->path] = back->package.get();
    imported.push_back(std::move(back));
    return imported.back().get();
  }
};

std::string dump(const Package& pkg) {
  std::string out;
  llvm::raw_string_ostream os(out);
  dumpPackageApi(pkg, os);
  return out;
}

}  // namespace

TEST_CASE("export data read back gives the same API", "[export]") {
  Build b;
  b.roundTrip(b.check("b", kPackageB));
  Package* a = b.check("a", kPackageA);
  ImportedPackage* back = b.roundTrip(a);
  Package& pa = *back->package;
  CHECK(dump(pa) == dump(*a));
  CHECK(pa.name == "a");
  CHECK(pa.imports.size() == 1);
  CHECK(pa.imports[0] == b.byPath["b"]);
  CHECK(back->unknownSections.empty());

  // Constants keep their exact representation.
  for (const char* name : {"Big", "Small", "Third", "Huge", "Cplx", "Str", "Typed", "Truth"}) {
    auto* orig = llvm::cast<Const>(a->scope->lookupLocal(name));
    auto* got = llvm::dyn_cast_or_null<Const>(pa.scope->lookupLocal(name));
    REQUIRE(got);
    CHECK(got->value.exactString() == orig->value.exactString());
    CHECK(got->value.kind() == orig->value.kind());
    CHECK(got->type == orig->type);
  }
  // Structural types are shared with the checked package's (one TypeContext); unexported
  // objects are exported too; pragmas travel beside the function.
  CHECK(pa.scope->lookupLocal("V")->type == a->scope->lookupLocal("V")->type);
  REQUIRE(pa.scope->lookupLocal("helper"));
  auto* f = llvm::cast<Func>(pa.scope->lookupLocal("F"));
  REQUIRE(back->funcInfo.count(f));
  CHECK((back->funcInfo[f].pragmas & syntax::kPragmaNoInline) != 0);
  REQUIRE(f->results.size() == 2);
  CHECK(f->results[1]->name == "err");
  // The instance List[int] of the imported List has List's methods.
  auto* ints = llvm::cast<Named>(pa.scope->lookupLocal("Ints")->type);
  CHECK(ints->origin == pa.scope->lookupLocal("List")->type);
  CHECK(ints->methods.size() == 2);
}

TEST_CASE("packages check against imported export data", "[export]") {
  Build b;
  b.roundTrip(b.check("b", kPackageB));
  b.roundTrip(b.check("a", kPackageA));
  Package* c = b.check("c", kPackageC);
  // c's export data names a's and b's types: b only indirectly (through a.Outer's methods).
  ImportedPackage* back = b.roundTrip(c);
  CHECK(dump(*back->package) == dump(*c));
  CHECK(back->package->imports.size() == 1);
  Type* l = back->package->scope->lookupLocal("L")->type;
  CHECK(l == c->scope->lookupLocal("L")->type);  // a.List[int]: the same instance
}

TEST_CASE("generic declarations' source parses again at the original positions", "[export]") {
  Build b;
  b.roundTrip(b.check("b", kPackageB));
  ImportedPackage* back = b.roundTrip(b.check("a", kPackageA));
  REQUIRE(back->generics.size() == 1);
  const std::string& text = back->generics[0].text;
  CHECK(text.find("func Sum[N Number]") != std::string::npos);
  CHECK(text.find("func (l *List[T]) Len() int") != std::string::npos);
  CHECK(text.find("import \"b\"") != std::string::npos);
  CHECK(text.find("func helper") == std::string::npos);  // not generic: not copied
  SourceFiles sources;
  Diagnostics diags(sources);
  syntax::Ast ast(b.names);
  std::vector<const syntax::File*> files = parseGenericSources(*back, sources, ast, diags);
  CHECK_FALSE(diags.hasErrors());
  REQUIRE(files.size() == 1);
  bool found = false;
  for (const syntax::Decl* d : ast.nodes(files[0]->decls))
    if (auto* fd = llvm::dyn_cast<syntax::FuncDecl>(d);
        fd && ast.str(ast.get(fd->name)->name) == "Sum") {
      ReportedPos at = sources.reported(fd->pos);
      CHECK(at.filename == "a.go");
      CHECK(at.line == 59);
      CHECK(at.col == 1);
      found = true;
    }
  CHECK(found);
}

TEST_CASE("damaged or foreign export data is refused, unknown sections are skipped", "[export]") {
  Build b;
  b.roundTrip(b.check("b", kPackageB));
  std::string data;
  b.roundTrip(b.check("a", kPackageA), &data);
  std::string error;
  // Every truncation fails cleanly.
  for (size_t n = 0; n < data.size(); n += 1 + n / 64) {
    auto got = readExportData(llvm::StringRef(data).take_front(n), b.universe, b.names,
                              b.importer(), error);
    CHECK_FALSE(got);
    CHECK_FALSE(error.empty());
  }
  // Every byte flipped in turn: refused or read, never a crash (run under ASan by the fuzz
  // preset's build of this test).
  for (size_t i = 8; i < data.size(); i += 1 + i / 256) {
    std::string flipped = data;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
    (void)readExportData(flipped, b.universe, b.names, b.importer(), error);
  }
  std::string wrongVersion = data;
  wrongVersion[4] = 99;
  CHECK_FALSE(readExportData(wrongVersion, b.universe, b.names, b.importer(), error));
  CHECK(error.find("version 99") != std::string::npos);
  // A missing dependency is named.
  auto none = [](llvm::StringRef) -> Package* { return nullptr; };
  CHECK_FALSE(readExportData(data, b.universe, b.names, none, error));
  CHECK(error == "could not import b (needed by a)");

  // A newer writer's extra section: rebuild the file with one more section at the front.
  exportdata::ByteReader r(llvm::StringRef(data).drop_front(8));
  uint64_t count = r.uvarint();
  std::vector<std::pair<std::string, uint64_t>> dir;
  for (uint64_t i = 0; i < count; ++i) {
    std::string name = r.bytes().str();
    dir.emplace_back(name, r.uvarint());
  }
  uint64_t payload = 0;
  for (auto& [name, size] : dir) payload += size;
  std::string body = data.substr(data.size() - payload);
  exportdata::ByteWriter w;
  w.raw(llvm::StringRef(data).take_front(8));
  w.uvarint(count + 1);
  w.bytes("escape-summaries");
  w.uvarint(3);
  for (auto& [name, size] : dir) {
    w.bytes(name);
    w.uvarint(size);
  }
  w.raw("xyz");
  w.raw(body);
  auto got = readExportData(w.str(), b.universe, b.names, b.importer(), error);
  INFO(error);
  REQUIRE(got);
  CHECK(got->unknownSections == std::vector<std::string>{"escape-summaries"});
}
