// Tracebacks: the DWARF line-program reader on hand-made tables (versions 5 and 4), the
// symbolizer on this test binary's own symbol table and clang's line table, stack capture
// through the unwinder, and gc's frame format.
#include <catch2/catch.hpp>
#include <cstring>
#include <string>
#include <vector>

#include "capture.h"
#include "traceback.h"

namespace rt = ergo::rt;
using ergo::rt::testing::printed;

namespace {

// Assembles DWARF bytes, little-endian.
struct Bytes {
  std::vector<uint8_t> b;
  Bytes& u8(uint64_t v) {
    b.push_back(static_cast<uint8_t>(v));
    return *this;
  }
  Bytes& fixed(uint64_t v, int n) {
    for (int i = 0; i < n; ++i) u8(v >> (8 * i));
    return *this;
  }
  Bytes& uleb(uint64_t v) {
    do {
      uint8_t byte = v & 0x7f;
      v >>= 7;
      u8(byte | (v ? 0x80 : 0));
    } while (v);
    return *this;
  }
  Bytes& sleb(int64_t v) {
    bool more = true;
    while (more) {
      uint8_t byte = v & 0x7f;
      v >>= 7;
      more = !((v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40)));
      u8(byte | (more ? 0x80 : 0));
    }
    return *this;
  }
  Bytes& str(const char* s) {
    b.insert(b.end(), s, s + strlen(s) + 1);
    return *this;
  }
  Bytes& append(const Bytes& o) {
    b.insert(b.end(), o.b.begin(), o.b.end());
    return *this;
  }
};

constexpr int kLineBase = -5, kLineRange = 14, kOpcodeBase = 13;

Bytes standardOpcodeLengths() {
  Bytes b;
  for (int n : {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1}) b.u8(n);
  return b;
}

// A special opcode advancing the address by addr and the line by line.
uint8_t special(int addr, int line) {
  return static_cast<uint8_t>((line - kLineBase) + kLineRange * addr + kOpcodeBase);
}

// Two sequences: 0x1000.. in file 1 (lines 10, 12, 0, 20) and 0x2000.. in file 2 (line 7).
Bytes program() {
  Bytes p;
  p.u8(0).uleb(9).u8(2).fixed(0x1000, 8);   // set_address 0x1000
  p.u8(3).sleb(9).u8(1);                    // line 10, copy        -> 0x1000 line 10
  p.u8(special(0x10, 2));                   //                      -> 0x1010 line 12
  p.u8(3).sleb(-12).u8(2).uleb(0x8).u8(1);  // line 0 at 0x1018 (compiler-generated)
  p.u8(3).sleb(20).u8(special(0x8, 0));     //                      -> 0x1020 line 20
  p.u8(2).uleb(0x20).u8(0).uleb(1).u8(1);   // end_sequence at 0x1040
  p.u8(0).uleb(9).u8(2).fixed(0x2000, 8);   // set_address 0x2000
  p.u8(4).uleb(2).u8(3).sleb(6).u8(1);      // file 2, line 7, copy
  p.u8(9).fixed(0x30, 2);                   // fixed_advance_pc
  p.u8(0).uleb(1).u8(1);                    // end_sequence at 0x2030
  return p;
}

// A whole unit: length, the version's header, the program.
Bytes unit(unsigned version, const Bytes& tables, const Bytes& prog) {
  Bytes afterLength;
  afterLength.fixed(version, 2);
  if (version >= 5) afterLength.u8(8).u8(0);  // address and segment selector sizes
  Bytes rest;
  rest.u8(1);                    // minimum_instruction_length
  if (version >= 4) rest.u8(1);  // maximum_operations_per_instruction
  rest.u8(1).u8(static_cast<uint8_t>(kLineBase)).u8(kLineRange).u8(kOpcodeBase);
  rest.append(standardOpcodeLengths()).append(tables);
  afterLength.fixed(rest.b.size(), 4).append(rest).append(prog);
  Bytes out;
  out.fixed(afterLength.b.size(), 4).append(afterLength);
  return out;
}

// DWARF 5 tables: directories ("/src", "/lib" from .debug_line_str), files with inline names.
Bytes tablesV5() {
  Bytes t;
  t.u8(1).uleb(1).uleb(0x1f);                     // directory format: path as line_strp
  t.uleb(2).fixed(0, 4).fixed(5, 4);              // "/src", "/lib"
  t.u8(2).uleb(1).uleb(0x08).uleb(2).uleb(0x0b);  // file format: path string, dir data1
  t.uleb(3).str("/abs/main.go").u8(0).str("/abs/main.go").u8(0).str("util.go").u8(1);
  return t;
}
const char kLineStr[] = "/src\0/lib";

Bytes tablesV4() {
  Bytes t;
  t.str("/lib").u8(0);  // include_directories (1-based)
  t.str("/abs/main.go").uleb(0).uleb(0).uleb(0).str("util.go").uleb(1).uleb(0).uleb(0).u8(0);
  return t;
}

std::string where(const rt::DwarfLineSections& s, uint64_t addr) {
  rt::LineRow row;
  if (!rt::dwarf_find_line(s, addr, &row)) return "none";
  std::string out = row.dir;
  if (!out.empty()) out += "/";
  return out + row.file + ":" + std::to_string(row.line);
}

}  // namespace

TEST_CASE("DWARF 5 line program", "[traceback]") {
  Bytes sec = unit(5, tablesV5(), program());
  rt::DwarfLineSections s;
  s.line = sec.b.data();
  s.line_size = sec.b.size();
  s.line_str = reinterpret_cast<const uint8_t*>(kLineStr);
  s.line_str_size = sizeof kLineStr;
  CHECK(where(s, 0xfff) == "none");
  CHECK(where(s, 0x1000) == "/abs/main.go:10");
  CHECK(where(s, 0x100f) == "/abs/main.go:10");
  CHECK(where(s, 0x1010) == "/abs/main.go:12");
  CHECK(where(s, 0x1018) == "/abs/main.go:0");
  CHECK(where(s, 0x103f) == "/abs/main.go:20");
  CHECK(where(s, 0x1040) == "none");  // end_sequence is exclusive
  CHECK(where(s, 0x2010) == "/lib/util.go:7");
  CHECK(where(s, 0x2030) == "none");
}

TEST_CASE("DWARF 4 line program, several units", "[traceback]") {
  // An empty-program unit first: the lookup must walk on to the next.
  Bytes sec = unit(4, tablesV4(), Bytes{});
  sec.append(unit(4, tablesV4(), program()));
  rt::DwarfLineSections s;
  s.line = sec.b.data();
  s.line_size = sec.b.size();
  // Version 4 files are 1-based: file 1 is /abs/main.go, file 2 util.go in /lib.
  CHECK(where(s, 0x1011) == "/abs/main.go:12");
  CHECK(where(s, 0x2000) == "/lib/util.go:7");
}

TEST_CASE("truncated line tables are rejected, not overrun", "[traceback]") {
  Bytes sec = unit(5, tablesV5(), program());
  for (size_t len = 0; len < sec.b.size(); ++len) {
    std::vector<uint8_t> cut(sec.b.begin(), sec.b.begin() + static_cast<long>(len));
    rt::DwarfLineSections s;
    s.line = cut.data();
    s.line_size = cut.size();
    rt::LineRow row;
    (void)rt::dwarf_find_line(s, 0x2010, &row);  // must not read past `cut` (ASan/valgrind)
  }
  SUCCEED();
}

namespace {

// Frames for the capture test; noinline and with a call after the call so that none is a
// tail call.
int sink;
int captureLine;
__attribute__((noinline)) int traceback_leaf(uintptr_t* pcs, int max) {
  captureLine = __LINE__ + 1;
  int n = rt::capture_traceback(pcs, max, 0);
  sink += n;
  return n;
}
__attribute__((noinline)) int traceback_middle(uintptr_t* pcs, int max) {
  int n = traceback_leaf(pcs, max);
  sink += 1;
  return n;
}

std::string symbol_name(const rt::SymbolInfo& info) {
  return info.name ? std::string(info.name, info.name_len) : "?";
}

}  // namespace

TEST_CASE("capture walks the caller's frames; symbolize names them", "[traceback]") {
  uintptr_t pcs[64];
  int n = traceback_middle(pcs, 64);
  REQUIRE(n >= 3);
  rt::SymbolInfo info;
  rt::print_lock();
  rt::symbolize(pcs[0] - 1, &info);
  std::string leaf = symbol_name(info);
  bool leafHasLine = info.has_line;
  rt::LineRow leafRow = info.row;
  rt::symbolize(pcs[1] - 1, &info);
  std::string middle = symbol_name(info);
  uintptr_t middleEntry = info.entry;
  rt::print_unlock();
  // Mangled C++ names of the functions above.
  CHECK(leaf.find("traceback_leaf") != std::string::npos);
  CHECK(middle.find("traceback_middle") != std::string::npos);
  CHECK(middleEntry == reinterpret_cast<uintptr_t>(&traceback_middle));
  CHECK(pcs[1] > middleEntry);
  if (leafHasLine) {  // RelWithDebInfo and Debug builds: clang's own DWARF 5 line table
    CHECK(std::string(leafRow.file).find("traceback_test.cpp") != std::string::npos);
    CHECK(leafRow.line == static_cast<uint32_t>(captureLine));
  } else {
    WARN("this test binary has no line table: the clang-produced table went unchecked");
  }
  // Capped at max.
  CHECK(traceback_middle(pcs, 2) == 2);
}

TEST_CASE("C++ frames are not Go-visible; Go frames are", "[traceback]") {
  rt::SymbolInfo info;
  info.image_has_symbols = info.image_has_lines = true;
  info.name = "main.main";
  info.name_len = 9;
  info.has_line = true;
  info.row.file = "/tmp/x.go";
  info.row.line = 7;
  CHECK(rt::is_go_visible(info));
  info.row.line = 0;  // compiler-generated (a morestack trampoline's re-call)
  CHECK_FALSE(rt::is_go_visible(info));
  info.row.line = 7;
  info.row.file = "/src/runtime/panic.cpp";
  CHECK_FALSE(rt::is_go_visible(info));
  info.has_line = false;  // no row: judged by name
  CHECK(rt::is_go_visible(info));
  for (const char* name : {"runtime.gopanic", "ergo.inittasks", "_ZN4ergo2rt7gopanicEv",
                           "__libc_start_main", "main", "memcpy.part.0", "abort.cold"}) {
    info.name = name;
    info.name_len = strlen(name);
    INFO(name);
    CHECK_FALSE(rt::is_go_visible(info));
  }
  for (const char* name : {"main.(*T).M", "main.main.func1", "example.com/m/pkg.F"}) {
    info.name = name;
    info.name_len = strlen(name);
    INFO(name);
    CHECK(rt::is_go_visible(info));
  }
  rt::SymbolInfo stripped;  // no symbols, no lines: every frame is shown raw
  CHECK(rt::is_go_visible(stripped));
}

TEST_CASE("compiler wrappers and morestack trampolines are classified by name", "[traceback]") {
  rt::SymbolInfo info;
  info.image_has_symbols = true;
  auto kind = [&](const char* name) {
    info.name = name;
    info.name_len = strlen(name);
    return rt::classify_frame(info);
  };
  CHECK(kind("main.main") == rt::FrameKind::Go);
  CHECK(kind("main.g.deferwrap1") == rt::FrameKind::Wrapper);
  CHECK(kind("main.(*T).M.gowrap12") == rt::FrameKind::Wrapper);
  CHECK(kind("main.deferwrap") == rt::FrameKind::Go);  // a user's function: no number
  CHECK(kind("main.gowrap1x") == rt::FrameKind::Go);
  CHECK(kind("main.rec\xc2\xb7morestack") == rt::FrameKind::Trampoline);
  CHECK(kind("runtime.morestack") == rt::FrameKind::Hidden);
  CHECK(kind("_ZN4ergo2rt7gopanicEv") == rt::FrameKind::Hidden);
}

TEST_CASE("frames print in gc's shape", "[traceback]") {
  rt::TraceFrame f;
  f.name = "main.(*T).M";
  f.name_len = strlen(f.name);
  f.file = "/tmp/E-go/x.go";
  f.line = 6;
  f.entry = 0x401000;
  f.pc = 0x40102e;
  CHECK(printed([&] { rt::print_frame(f); }) == "main.(*T).M(...)\n\t/tmp/E-go/x.go:6 +0x2e\n");
  f.dir = "/lib";
  f.file = "util.go";
  CHECK(printed([&] { rt::print_frame(f); }) == "main.(*T).M(...)\n\t/lib/util.go:6 +0x2e\n");
  f.file = nullptr;  // symbols but no lines (strip --strip-debug)
  CHECK(printed([&] { rt::print_frame(f); }) == "main.(*T).M(...)\n\t?:0 +0x2e\n");
  // Functions without parameters print as gc prints them.
  for (const char* name : {"main.main", "main.init", "main.init.0", "example.com/p.init.12"}) {
    f.name = name;
    f.name_len = strlen(name);
    CHECK(printed([&] { rt::print_frame(f); }) == std::string(name) + "()\n\t?:0 +0x2e\n");
  }
  for (const char* name : {"main.main.func1", "main.initialize", "main.init.x", "init"}) {
    f.name = name;
    f.name_len = strlen(name);
    CHECK(printed([&] { rt::print_frame(f); }) == std::string(name) + "(...)\n\t?:0 +0x2e\n");
  }
  // Instances of generic functions and methods show their type arguments as gc 1.19 does.
  const std::pair<const char*, const char*> generic[] = {
      {"main.Sum[int]", "main.Sum[...](...)"},
      {"main.(*List[map[string][]int]).Push", "main.(*List[...]).Push(...)"},
      {"main.Pair[int,main.T].Swap", "main.Pair[...].Swap(...)"},
      {"main.F[[]int].func1", "main.F[...].func1(...)"},
  };
  for (const auto& [name, want] : generic) {
    f.name = name;
    f.name_len = strlen(name);
    CHECK(printed([&] { rt::print_frame(f); }) == std::string(want) + "\n\t?:0 +0x2e\n");
  }
  rt::TraceFrame raw;  // fully stripped
  raw.pc = 0x40102e;
  CHECK(printed([&] { rt::print_frame(raw); }) == "?(...)\n\t?:0 pc=0x40102e\n");
}

TEST_CASE("a traceback of C++ frames only shows the goroutine header", "[traceback]") {
  uintptr_t pcs[64];
  int n = traceback_middle(pcs, 64);
  std::string out = printed([&] { rt::print_traceback(pcs, n, 7); });
  CHECK(out == "goroutine 7 [running]:\n");
}
