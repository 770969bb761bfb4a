// Unit tests of the support room: SourceFiles positions and the Diagnostics engine.
#include <catch2/catch.hpp>

#include <string>

#include "support/diagnostics.h"
#include "support/intern.h"
#include "support/source.h"

using ergo::Diagnostics;
using ergo::LineCol;
using ergo::Pos;
using ergo::SourceFiles;

namespace {

Pos at(uint32_t file, uint32_t offset) {
  return Pos{file, offset};
}

std::string flushToString(Diagnostics& d, unsigned* printed = nullptr) {
  std::string out;
  llvm::raw_string_ostream os(out);
  unsigned n = d.flush(os);
  os.flush();
  if (printed) *printed = n;
  return out;
}

}  // namespace

// File ids start at 1 and each added file keeps its own path and text.
TEST_CASE("SourceFiles::add numbers files from 1 and keeps path and text", "[source]") {
  SourceFiles files;
  uint32_t a = files.add("a.go", "package a\n");
  uint32_t b = files.add("dir/b.go", "package b");
  CHECK(a == 1);
  CHECK(b == 2);
  CHECK(files.path(a) == "a.go");
  CHECK(files.path(b) == "dir/b.go");
  CHECK(files.text(b) == "package b");
}

// Lines and columns are 1-based; columns count bytes, not characters.
TEST_CASE("SourceFiles::lineCol is 1-based with byte columns", "[source]") {
  SourceFiles files;
  // "é" is two bytes in UTF-8, so the 'x' after it is at byte column 4 on line 2.
  uint32_t f = files.add("f.go", "ab\n\xC3\xA9x\n\nlast");
  auto lc = [&](uint32_t off) { return files.lineCol(at(f, off)); };
  CHECK(lc(0).line == 1);
  CHECK(lc(0).col == 1);
  CHECK(lc(1).col == 2);
  // The newline itself belongs to the line it ends.
  CHECK(lc(2).line == 1);
  CHECK(lc(2).col == 3);
  CHECK(lc(3).line == 2);
  CHECK(lc(3).col == 1);
  CHECK(lc(5).line == 2);
  CHECK(lc(5).col == 3);   // 'x' after a 2-byte character
  CHECK(lc(7).line == 3);  // the empty line
  CHECK(lc(7).col == 1);
  // The last line has no newline after it.
  CHECK(lc(8).line == 4);
  CHECK(lc(8).col == 1);
  CHECK(lc(11).line == 4);
  CHECK(lc(11).col == 4);
  // One past the end (where EOF is reported) is still on the last line.
  CHECK(lc(12).line == 4);
  CHECK(lc(12).col == 5);
}

// Positions of different files are computed against their own text.
TEST_CASE("SourceFiles::lineCol keeps files apart; invalid positions give 0:0", "[source]") {
  SourceFiles files;
  uint32_t a = files.add("a.go", "x\ny\nz\n");
  uint32_t b = files.add("b.go", "0123456789");
  CHECK(files.lineCol(at(a, 4)).line == 3);
  CHECK(files.lineCol(at(b, 4)).line == 1);
  CHECK(files.lineCol(at(b, 4)).col == 5);
  LineCol none = files.lineCol(Pos{});
  CHECK(none.line == 0);
  CHECK(none.col == 0);
  CHECK_FALSE(Pos{}.valid());
  CHECK(at(a, 0).valid());
}

// Pos ordering is by file, then by offset.
TEST_CASE("Pos orders by file then offset", "[source]") {
  CHECK(at(1, 50) < at(2, 0));
  CHECK(at(2, 3) < at(2, 4));
  CHECK_FALSE(at(2, 4) < at(2, 4));
  CHECK(at(2, 4) == at(2, 4));
}

// load() reads a file from disk; a missing file returns 0 and an error message.
TEST_CASE("SourceFiles::load reports missing files", "[source]") {
  SourceFiles files;
  std::string error;
  CHECK(files.load("/nonexistent/dir/x.go", error) == 0);
  CHECK_FALSE(error.empty());
}

// Diagnostics print as file:line:col: message.
TEST_CASE("Diagnostics::format and flush print gc's file:line:col form", "[diagnostics]") {
  SourceFiles files;
  uint32_t f = files.add("main.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
  Diagnostics d(files);
  CHECK(d.format(at(f, 29)) == "main.go:4:2");
  CHECK(d.format(Pos{}) == "<unknown>");
  CHECK_FALSE(d.hasErrors());
  d.error(at(f, 29), "x declared but not used");
  CHECK(d.hasErrors());
  CHECK(d.count() == 1);
  CHECK(d.pending().size() == 1);
  unsigned printed = 0;
  CHECK(flushToString(d, &printed) == "main.go:4:2: x declared but not used\n");
  CHECK(printed == 1);
  // flush forgets the printed errors but the count stays (the package had errors).
  CHECK(d.pending().empty());
  CHECK(flushToString(d) == "");
  CHECK(d.count() == 1);
}

// Errors come out grouped by file in the order each file first got an error (gc sorts by
// position base, numbered as first used: with go1.19, an error reported in b.go before one in
// a.go is printed first), then by position; errors at one position keep their order.
TEST_CASE("Diagnostics::flush sorts by position, stable at equal positions", "[diagnostics]") {
  SourceFiles files;
  uint32_t a = files.add("a.go", "line1\nline2\nline3\n");
  uint32_t b = files.add("b.go", "one\ntwo\n");
  Diagnostics d(files);
  d.error(at(a, 12), "a third line");
  d.error(at(b, 4), "b second line");
  d.error(at(a, 0), "a first line, first reported");
  d.error(at(a, 6), "a second line");
  d.error(at(b, 0), "b first line");
  d.error(at(a, 0), "a first line, second reported");
  CHECK(flushToString(d) ==
        "a.go:1:1: a first line, first reported\n"
        "a.go:1:1: a first line, second reported\n"
        "a.go:2:1: a second line\n"
        "a.go:3:1: a third line\n"
        "b.go:1:1: b first line\n"
        "b.go:2:1: b second line\n");
  d.error(at(b, 4), "b second line");
  d.error(at(a, 0), "a first line");
  CHECK(flushToString(d) ==
        "b.go:2:1: b second line\n"
        "a.go:1:1: a first line\n");
}

// A package's parse errors are handed over while other packages are parsed and taken back
// for its type check: they then sort together with the errors reported after them.
TEST_CASE("Diagnostics::take and restore hand errors over and back", "[diagnostics]") {
  SourceFiles files;
  uint32_t a = files.add("a.go", "line1\nline2\nline3\n");
  uint32_t b = files.add("b.go", "one\ntwo\n");
  Diagnostics d(files);
  d.error(at(a, 12), "label L defined and not used");
  d.error(at(a, 0), "syntax error: unexpected x");
  CHECK(d.pendingSyntaxErrors() == 1);
  std::vector<Diagnostics::Error> parsed = d.take();
  CHECK(parsed.size() == 2);
  CHECK_FALSE(d.hasErrors());
  CHECK(d.pendingSyntaxErrors() == 0);
  d.error(at(b, 4), "b's own error");
  CHECK(flushToString(d) == "b.go:2:1: b's own error\n");
  d.restore(std::move(parsed));
  d.error(at(a, 6), "a type error");
  CHECK(d.count() == 4);  // b's printed error still counts
  CHECK(flushToString(d) ==
        "a.go:1:1: syntax error: unexpected x\n"
        "a.go:2:1: a type error\n"
        "a.go:3:1: label L defined and not used\n");
}

// Line directives start new bases: a directive's errors group together, before those of the
// file's own base when one of theirs was reported first (as go1.19 prints them).
TEST_CASE("Diagnostics::flush groups errors by line directive as gc",
          "[diagnostics][linedirective]") {
  SourceFiles files;
  uint32_t a = files.add("a.go", "line1\nline2\nline3\nline4\n");
  files.setLineDirectives(a, {{12, "z.go", 10, 0}});
  Diagnostics d(files);
  d.error(at(a, 18), "z second");
  d.error(at(a, 6), "a second");
  d.error(at(a, 12), "z first");
  CHECK(flushToString(d) ==
        "z.go:10: z first\n"
        "z.go:11: z second\n"
        "a.go:2:1: a second\n");
}

// An error identical to the one before it once sorted (same position and text) is printed
// once, as gc's FlushErrors does; the same text at another position, or another text at the
// same position, is kept.
TEST_CASE("Diagnostics::flush drops exact duplicates", "[diagnostics]") {
  SourceFiles files;
  uint32_t f = files.add("f.go", "abcdef\nghi\n");
  Diagnostics d(files);
  d.error(at(f, 2), "undefined: x");
  d.error(at(f, 2), "undefined: x");
  d.error(at(f, 3), "undefined: x");
  d.error(at(f, 2), "undefined: y");
  d.error(at(f, 3), "undefined: x");
  unsigned printed = 0;
  std::string out = flushToString(d, &printed);
  CHECK(out ==
        "f.go:1:3: undefined: x\n"
        "f.go:1:3: undefined: y\n"
        "f.go:1:4: undefined: x\n");
  CHECK(printed == 3);
}

// More than 10 errors: exactly 10 are printed, then one `file:line:col: too many errors` line.
TEST_CASE("Diagnostics::flush stops after 10 errors with too many errors", "[diagnostics]") {
  SourceFiles files;
  std::string text;
  for (int i = 0; i < 20; ++i) text += "x\n";
  uint32_t f = files.add("m.go", text);
  Diagnostics d(files);
  // Reported out of order: the output is still the first 10 by position.
  for (int i = 19; i >= 0; --i)
    d.error(at(f, static_cast<uint32_t>(2 * i)), "error " + std::to_string(i + 1));
  unsigned printed = 0;
  std::string out = flushToString(d, &printed);
  std::string want;
  for (int i = 1; i <= 10; ++i)
    want += "m.go:" + std::to_string(i) + ":1: error " + std::to_string(i) + "\n";
  REQUIRE(out.size() > want.size());
  CHECK(out.substr(0, want.size()) == want);
  llvm::StringRef rest = llvm::StringRef(out).substr(want.size());
  CHECK(rest.starts_with("m.go:"));
  CHECK(rest.ends_with(": too many errors\n"));
  CHECK(rest.count('\n') == 1);
  CHECK(printed == 10);
}

// gc 1.19 (base.ErrorfAt) stops at the 10th error and prints `too many errors` at the 10th
// error's position: 12 errors on lines 1..12 give "m.go:10:1: too many errors".
TEST_CASE("Diagnostics: too many errors carries the 10th error's position, as gc",
          "[diagnostics]") {
  SourceFiles files;
  std::string text;
  for (int i = 0; i < 12; ++i) text += "x\n";
  uint32_t f = files.add("n.go", text);
  Diagnostics d(files);
  for (uint32_t i = 0; i < 12; ++i) d.error(at(f, 2 * i), "e");
  std::string out = flushToString(d);
  CHECK(llvm::StringRef(out).ends_with("n.go:10:1: e\nn.go:10:1: too many errors\n"));
}

// gc 1.19 prints `too many errors` as soon as the 10th error is reported, so a package with
// exactly 10 errors also ends with that line (verified with go1.19.8).
TEST_CASE("Diagnostics: exactly 10 errors end with too many errors, as gc", "[diagnostics]") {
  SourceFiles files;
  std::string text;
  for (int i = 0; i < 10; ++i) text += "x\n";
  uint32_t f = files.add("m.go", text);
  Diagnostics d(files);
  for (uint32_t i = 0; i < 10; ++i) d.error(at(f, 2 * i), "e");
  std::string out = flushToString(d);
  CHECK(llvm::StringRef(out).ends_with("m.go:10:1: e\nm.go:10:1: too many errors\n"));
}

// Duplicates are not counted against the limit of 10.
TEST_CASE("Diagnostics: duplicates do not count towards the error limit", "[diagnostics]") {
  SourceFiles files;
  uint32_t f = files.add("m.go", std::string(40, 'x'));
  Diagnostics d(files);
  for (uint32_t i = 0; i < 9; ++i) {
    d.error(at(f, i), "e");
    d.error(at(f, i), "e");
  }
  unsigned printed = 0;
  std::string out = flushToString(d, &printed);
  CHECK(printed == 9);
  CHECK(out.find("too many errors") == std::string::npos);
}

// With setReportAll (the -e flag) every error is printed.
TEST_CASE("Diagnostics::setReportAll prints every error", "[diagnostics]") {
  SourceFiles files;
  uint32_t f = files.add("m.go", std::string(100, 'x'));
  Diagnostics d(files);
  d.setReportAll(true);
  for (uint32_t i = 0; i < 25; ++i) d.error(at(f, i), "e" + std::to_string(i));
  unsigned printed = 0;
  std::string out = flushToString(d, &printed);
  CHECK(printed == 25);
  CHECK(out.find("too many errors") == std::string::npos);
  CHECK(out.find("m.go:1:25: e24\n") != std::string::npos);
}

// sameLine compares lines of valid positions in the same file.
TEST_CASE("Diagnostics::sameLine", "[diagnostics]") {
  SourceFiles files;
  uint32_t a = files.add("a.go", "abc\ndef\n");
  uint32_t b = files.add("b.go", "abc\ndef\n");
  Diagnostics d(files);
  CHECK(d.sameLine(at(a, 0), at(a, 2)));
  CHECK_FALSE(d.sameLine(at(a, 2), at(a, 4)));
  CHECK_FALSE(d.sameLine(at(a, 0), at(b, 0)));
  CHECK_FALSE(d.sameLine(Pos{}, Pos{}));
}

// Interned strings with equal text share one copy.
// The table of line directives: lines count on from a directive, columns shift only on the
// line where it takes effect and are unknown (0) after one without a column; `:N:C` keeps
// the file name in force, `:N` names the file "" (as gc 1.19 prints them).
TEST_CASE("SourceFiles::reported maps positions through line directives",
          "[source][linedirective]") {
  SourceFiles files;
  //               0         1          2          3
  //               0123456789 0123456789 0123456789 01234
  std::string text = "package p\nvar a int\nvar b int\nvar c int\nvar d int\n";
  uint32_t f = files.add("x.go", text);
  auto line = [&](uint32_t n) { return static_cast<uint32_t>(10 * (n - 1)); };  // offset of line n
  files.setLineDirectives(f, {
                                 {line(2), "a.go", 100, 0},  // //line a.go:100 on line 1
                                 {line(3) + 4, "", 200, 7},  // /*line :200:7*/ before "b"
                                 {line(4), "", 300, 0},      // //line :300
                             });
  auto r = [&](uint32_t offset) { return files.reported(Pos{f, offset}); };
  CHECK(r(0).filename == "x.go");
  CHECK(r(0).line == 1);
  CHECK(r(0).col == 1);
  CHECK(r(0).directive == -1);
  CHECK(r(line(2) + 4).filename == "a.go");
  CHECK(r(line(2) + 4).line == 100);
  CHECK(r(line(2) + 4).col == 0);
  CHECK(r(line(2) + 4).directive == 0);
  // On the directive's own line columns shift by its column; past it they are raw.
  CHECK(r(line(3) + 4).filename == "a.go");
  CHECK(r(line(3) + 4).line == 200);
  CHECK(r(line(3) + 4).col == 7);
  CHECK(r(line(3) + 6).col == 9);
  CHECK(r(line(3) + 3).line == 101);  // before the comment's end: the earlier directive
  CHECK(r(line(4)).filename == "");
  CHECK(r(line(4)).line == 300);
  CHECK(r(line(5) + 2).line == 301);
  CHECK(r(line(5) + 2).col == 0);
  CHECK(r(line(5) + 2).directive == 2);
  CHECK(files.lineCol(Pos{f, line(5) + 2}).line == 5);  // lineCol stays raw
  CHECK(files.lineDirectives(f).size() == 3);
}

TEST_CASE("Diagnostics::format prints directive positions, without a column when none is known",
          "[diagnostics][linedirective]") {
  SourceFiles files;
  uint32_t f = files.add("x.go", "package p\nvar a int\nvar b int\n");
  files.setLineDirectives(f, {{10, "a.go", 100, 0}, {20, "", 50, 3}});
  Diagnostics d(files);
  CHECK(d.format(Pos{f, 4}) == "x.go:1:5");
  CHECK(d.format(Pos{f, 14}) == "a.go:100");
  CHECK(d.format(Pos{f, 24}) == "a.go:50:7");
}

TEST_CASE("Interner returns one copy per distinct string", "[intern]") {
  ergo::Interner names;
  std::string s1 = "hello", s2 = "hello";
  llvm::StringRef a = names.intern(s1);
  llvm::StringRef b = names.intern(s2);
  llvm::StringRef c = names.intern("world");
  CHECK(a.data() == b.data());
  CHECK(a.data() != c.data());
  CHECK(a == "hello");
}
