// pc -> function name, file and line, read at run time from the program's own ELF file: names
// from the symbol table, lines from the DWARF line programs (.debug_line, versions 2 to 5) that
// ergo emits for Go code (docs/abi.md, "Names and positions"). Nothing here allocates or uses
// stdio: the executable is mapped once with plain syscalls and the answers point into it.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ergo::rt {

// The sections a line lookup reads; .debug_line_str and .debug_str hold DWARF 5's out-of-line
// file and directory names (either may be missing).
struct DwarfLineSections {
  const uint8_t* line = nullptr;
  size_t line_size = 0;
  const uint8_t* line_str = nullptr;
  size_t line_str_size = 0;
  const uint8_t* str = nullptr;
  size_t str_size = 0;
};

// One row of a line table. `dir` is "" when the file name is absolute (ergo's case) or the
// directory is not recorded; both point into the sections (NUL-terminated there).
struct LineRow {
  const char* dir = "";
  const char* file = "";
  uint32_t line = 0;  // 0: compiler-generated code, DWARF's "no source line"
};

// Finds the row whose address range holds `addr` (a link-time address) in any line program of
// `s`. False when no sequence covers `addr` or a table is malformed.
bool dwarf_find_line(const DwarfLineSections& s, uint64_t addr, LineRow* out);

// What the running executable says about one code address.
struct SymbolInfo {
  bool image_has_symbols = false;  // the executable has a symbol table (not stripped)
  bool image_has_lines = false;    // ... and DWARF line programs
  const char* name = nullptr;      // the function symbol holding the address, or null
  size_t name_len = 0;
  uintptr_t entry = 0;  // its start, as a run-time address
  bool has_line = false;
  LineRow row;
};

// Describes the run-time address `addr` (an address inside an instruction: for a return
// address, pass pc - 1 so that the call's line is found). The first call maps
// /proc/self/exe; the caller holds the print lock (the mapping is set up once under it).
void symbolize(uintptr_t addr, SymbolInfo* out);

// One call that the compiler inlined, as .debug_info describes it.
struct InlinedCall {
  const char* name = "";  // the inlined function (the callee)
  size_t name_len = 0;
  LineRow call;         // where its caller calls it (file and line of the call)
  uint64_t callee = 0;  // internal: the callee's entry in its unit
  uint64_t call_file_index = 0;
  uint32_t call_line = 0;
};

// The inlined calls whose code holds the run-time address `addr`, outermost first: out[0]
// was inlined into the function the symbol table names, out[i+1] into out[i]. Returns how
// many (0 without .debug_info or when nothing is inlined there). Same locking as symbolize.
int inline_chain(uintptr_t addr, InlinedCall* out, int max);

}  // namespace ergo::rt
