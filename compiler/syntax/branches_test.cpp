// Unit tests of branches.h: gc's label and branch checks, run by the parser on each function
// body. Every expected diagnostic below was checked against go1.19 (`go tool compile -e`)
// on the same source.
#include <catch2/catch.hpp>

#include <string>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "syntax/parser.h"

using namespace ergo;
using namespace ergo::syntax;

namespace {

// The errors of parsing `src` as x.go, all of them, one a line.
std::string errorsOf(const std::string& src) {
  SourceFiles files;
  Diagnostics diags{files};
  diags.setReportAll(true);
  Interner names;
  Ast ast(names);
  uint32_t id = files.add("x.go", src);
  parseFile(id, files.text(id), ast, diags);
  std::string out;
  llvm::raw_string_ostream os(out);
  diags.flush(os);
  os.flush();
  return out;
}

}  // namespace

TEST_CASE("branches: valid labels and branches give no error", "[branches]") {
  CHECK(errorsOf(R"(package p

func f(c chan int) {
L:
	for i := range []int{} {
		switch {
		case i > 0:
			fallthrough
		case i < 0:
			continue L
		default:
			break L
		}
	}
S:
	select {
	case <-c:
		break S
	}
	goto E
E:
	_ = func() {
	L:
		for {
			break L
		}
	}
}
)") == "");
}

TEST_CASE("branches: unused, duplicate and missing labels", "[branches]") {
  CHECK(errorsOf(R"(package p

func f() {
L:
	for {
	}
L:
	goto M
	goto _
}
)") == "x.go:4:1: label L defined and not used\n"
       "x.go:7:1: label L already defined at x.go:4:1\n"
       "x.go:8:7: label M not defined\n"
       "x.go:9:7: label _ not defined\n");
}

TEST_CASE("branches: misplaced and badly labeled break and continue", "[branches]") {
  CHECK(errorsOf(R"(package p

func f() {
	break
	continue
	break Q
	continue Q
X:
	{
		break X
	}
S:
	select {
	default:
		continue S
	}
_:
	for {
		break _
	}
O:
	for {
	}
	for {
		break O
	}
}
)") == "x.go:4:2: break is not in a loop, switch, or select\n"
       "x.go:5:2: continue is not in a loop\n"
       "x.go:6:8: break label not defined: Q\n"
       "x.go:7:11: continue label not defined: Q\n"
       "x.go:10:9: invalid break label X\n"
       "x.go:15:12: invalid continue label S\n"
       "x.go:19:9: break label not defined: _\n"
       "x.go:25:9: invalid break label O\n");
}

TEST_CASE("branches: fallthrough out of place", "[branches]") {
  CHECK(errorsOf(R"(package p

func f(x interface{}) {
	switch {
	case true:
		fallthrough
		_ = 0
	case false:
		if true {
			fallthrough
		}
	default:
		fallthrough
	}
	switch x.(type) {
	case int:
		fallthrough
	default:
	}
	for {
		switch {
		case true:
			for {
				fallthrough
			}
		default:
		}
	}
	fallthrough
}
)") == "x.go:6:3: fallthrough statement out of place\n"
       "x.go:10:4: fallthrough statement out of place\n"
       "x.go:13:3: cannot fallthrough final case in switch\n"
       "x.go:17:3: cannot fallthrough in type switch\n"
       "x.go:24:5: fallthrough statement out of place\n"
       "x.go:29:2: fallthrough statement out of place\n");
}

TEST_CASE("branches: gotos into blocks and over declarations", "[branches]") {
  CHECK(errorsOf(R"(package p

func f() {
	goto A
	var (
		p, q int
	)
	_, _ = p, q
A:
	goto B
	c,
		d := 1, 2
	_, _ = c, d
B:
	if true {
	} else if false {
	D:
	}
	goto D
	switch {
	case true:
	E: ;
	default:
	}
	goto E
	for i := range []int{} {
		_ = i
	G:
	}
	goto G
	goto I
	x := 1
	{
		goto I
	}
	_ = x
I:
}
)") == "x.go:4:7: goto A jumps over declaration of p at x.go:6:3\n"
       "x.go:10:7: goto B jumps over declaration of c, d at x.go:12:5\n"
       "x.go:19:7: goto D jumps into block starting at x.go:16:18\n"
       "x.go:25:7: goto E jumps into block starting at x.go:21:2\n"
       "x.go:30:7: goto G jumps into block starting at x.go:26:25\n"
       "x.go:31:7: goto I jumps over declaration of x at x.go:32:4\n");
}

TEST_CASE("branches: function literals are checked on their own", "[branches]") {
  CHECK(errorsOf(R"(package p

func f() {
F:
	_ = func() {
		goto F
		for {
			continue F
		}
	G:
		_ = 0
	}
	for {
		continue F
	}
}
)") == "x.go:6:8: label F not defined\n"
       "x.go:8:13: continue label not defined: F\n"
       "x.go:10:2: label G defined and not used\n"
       "x.go:14:12: invalid continue label F\n");
}

TEST_CASE("branches: a body with a syntax error is not checked", "[branches]") {
  // The function literal's syntax error spares both bodies; g is still checked.
  CHECK(errorsOf(R"(package p

func f() {
L:
	_ = func() {
		x := := 1
	}
}

func g() {
	break
}
)") == "x.go:6:8: syntax error: unexpected :=, expecting expression\n"
       "x.go:11:2: break is not in a loop, switch, or select\n");
}

// Empty statements after a fallthrough do not make it "out of place" (gc trims them).
TEST_CASE("branches: fallthrough before trailing empty statements", "[branches]") {
  CHECK(errorsOf("package p\n\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough;;\n"
                 "\tcase 2:\n\t\tfallthrough\n\t\t;\n\t\tprintln()\n\t}\n}\n") ==
        "x.go:8:3: fallthrough statement out of place\n");
}
