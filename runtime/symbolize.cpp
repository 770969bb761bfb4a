#include "symbolize.h"

#include <elf.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstring>

namespace ergo::rt {

namespace {

// ---- DWARF line programs (DWARF 5 section 6.2; versions 2-4 differ only in the header) ----

// DWARF constants used below.
enum : uint8_t {
  kLnsCopy = 1,
  kLnsAdvancePc,
  kLnsAdvanceLine,
  kLnsSetFile,
  kLnsSetColumn,
  kLnsNegateStmt,
  kLnsSetBasicBlock,
  kLnsConstAddPc,
  kLnsFixedAdvancePc,
};
enum : uint8_t { kLneEndSequence = 1, kLneSetAddress = 2 };
enum : uint64_t { kLnctPath = 1, kLnctDirectoryIndex = 2 };
enum : uint64_t {
  kFormBlock2 = 0x03,
  kFormBlock4 = 0x04,
  kFormData2 = 0x05,
  kFormData4 = 0x06,
  kFormData8 = 0x07,
  kFormString = 0x08,
  kFormBlock = 0x09,
  kFormBlock1 = 0x0a,
  kFormData1 = 0x0b,
  kFormSdata = 0x0d,
  kFormStrp = 0x0e,
  kFormUdata = 0x0f,
  kFormData16 = 0x1e,
  kFormLineStrp = 0x1f,
};

// A bounds-checked cursor: reads past `end` set `bad` and return zeros.
struct Reader {
  const uint8_t* p;
  const uint8_t* end;
  bool bad = false;

  bool has(size_t n) {
    if (bad || static_cast<size_t>(end - p) < n) {
      bad = true;
      return false;
    }
    return true;
  }
  uint64_t fixed(size_t n) {  // little-endian, both targets
    if (!has(n)) return 0;
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v |= static_cast<uint64_t>(p[i]) << (8 * i);
    p += n;
    return v;
  }
  uint8_t u8() { return static_cast<uint8_t>(fixed(1)); }
  uint64_t uleb() {
    uint64_t v = 0;
    for (unsigned shift = 0; has(1); shift += 7) {
      uint8_t byte = *p++;
      if (shift < 64) v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
    return 0;
  }
  int64_t sleb() {
    int64_t v = 0;
    unsigned shift = 0;
    while (has(1)) {
      uint8_t byte = *p++;
      if (shift < 64) v |= static_cast<int64_t>(static_cast<uint64_t>(byte & 0x7f) << shift);
      shift += 7;
      if (!(byte & 0x80)) {
        if (shift < 64 && (byte & 0x40)) v |= -(static_cast<int64_t>(1) << shift);
        return v;
      }
    }
    return 0;
  }
  const char* cstr() {  // an inline NUL-terminated string
    const uint8_t* s = p;
    while (has(1) && *p) ++p;
    if (!has(1)) return "";
    ++p;
    return reinterpret_cast<const char*>(s);
  }
  void skip(uint64_t n) {
    if (has(n)) p += n;
  }
};

// A string at `offset` of a string section, if it is NUL-terminated inside it.
const char* section_string(const uint8_t* sec, size_t size, uint64_t offset) {
  if (!sec || offset >= size) return "";
  if (!memchr(sec + offset, 0, size - offset)) return "";
  return reinterpret_cast<const char*>(sec + offset);
}

// The parts of a line program header a lookup needs.
struct LineHeader {
  unsigned version = 0;
  bool dwarf64 = false;
  uint8_t min_inst_length = 1;
  bool default_is_stmt = true;
  int8_t line_base = 0;
  uint8_t line_range = 1;
  uint8_t opcode_base = 1;
  const uint8_t* opcode_lengths = nullptr;  // opcode_base - 1 entries
  const uint8_t* tables = nullptr;          // directory and file tables
  const uint8_t* program = nullptr;
  const uint8_t* end = nullptr;  // end of this unit
};

bool parse_header(Reader& r, LineHeader* h) {
  uint64_t length = r.fixed(4);
  if (length == 0xffffffff) {
    h->dwarf64 = true;
    length = r.fixed(8);
  }
  if (r.bad || length > static_cast<uint64_t>(r.end - r.p)) return false;
  h->end = r.p + length;
  Reader u{r.p, h->end};
  h->version = static_cast<unsigned>(u.fixed(2));
  if (h->version < 2 || h->version > 5) return false;
  if (h->version >= 5) u.skip(2);  // address_size, segment_selector_size
  uint64_t header_length = u.fixed(h->dwarf64 ? 8 : 4);
  if (u.bad || header_length > static_cast<uint64_t>(u.end - u.p)) return false;
  h->program = u.p + header_length;
  h->min_inst_length = u.u8();
  if (h->version >= 4) u.u8();  // maximum_operations_per_instruction: 1 on our targets
  h->default_is_stmt = u.u8() != 0;
  h->line_base = static_cast<int8_t>(u.u8());
  h->line_range = u.u8();
  h->opcode_base = u.u8();
  if (u.bad || h->line_range == 0 || h->opcode_base == 0) return false;
  h->opcode_lengths = u.p;
  u.skip(h->opcode_base - 1u);
  h->tables = u.p;
  return !u.bad && h->tables <= h->program;
}

// Skips or reads one attribute value of a DWARF 5 directory or file entry. Strings and
// indices come back through `str` and `num`.
bool read_form(Reader& r, uint64_t form, const LineHeader& h, const DwarfLineSections& s,
               const char** str, uint64_t* num) {
  size_t offset_size = h.dwarf64 ? 8 : 4;
  switch (form) {
    case kFormString:
      *str = r.cstr();
      return !r.bad;
    case kFormLineStrp:
      *str = section_string(s.line_str, s.line_str_size, r.fixed(offset_size));
      return !r.bad;
    case kFormStrp:
      *str = section_string(s.str, s.str_size, r.fixed(offset_size));
      return !r.bad;
    case kFormUdata:
      *num = r.uleb();
      return !r.bad;
    case kFormSdata:
      *num = static_cast<uint64_t>(r.sleb());
      return !r.bad;
    case kFormData1:
      *num = r.fixed(1);
      return !r.bad;
    case kFormData2:
      *num = r.fixed(2);
      return !r.bad;
    case kFormData4:
      *num = r.fixed(4);
      return !r.bad;
    case kFormData8:
      *num = r.fixed(8);
      return !r.bad;
    case kFormData16:
      r.skip(16);
      return !r.bad;
    case kFormBlock:
      r.skip(r.uleb());
      return !r.bad;
    case kFormBlock1:
      r.skip(r.fixed(1));
      return !r.bad;
    case kFormBlock2:
      r.skip(r.fixed(2));
      return !r.bad;
    case kFormBlock4:
      r.skip(r.fixed(4));
      return !r.bad;
    default:
      return false;  // a form a line table has no business using (strx needs .debug_info)
  }
}

// Walks a DWARF 5 entry table (directories or files): reads the format description, then
// the entry count, and calls `visit(index, path, dir_index)` for each entry until it returns
// true. Leaves `r` after the table.
template <typename Visit>
bool walk_v5_table(Reader& r, const LineHeader& h, const DwarfLineSections& s, Visit visit) {
  uint8_t format_count = r.u8();
  const uint8_t* formats = r.p;
  for (unsigned i = 0; i < format_count; ++i) {
    r.uleb();
    r.uleb();
  }
  uint64_t count = r.uleb();
  if (r.bad) return false;
  for (uint64_t i = 0; i < count; ++i) {
    Reader f{formats, r.end};
    const char* path = "";
    uint64_t dir = 0;
    for (unsigned k = 0; k < format_count; ++k) {
      uint64_t content = f.uleb();
      uint64_t form = f.uleb();
      const char* str = "";
      uint64_t num = 0;
      if (f.bad || !read_form(r, form, h, s, &str, &num)) return false;
      if (content == kLnctPath) path = str;
      if (content == kLnctDirectoryIndex) dir = num;
    }
    if (visit(i, path, dir)) return true;
  }
  return true;
}

// File `index` of a line program's header: its name and directory.
void resolve_file(const LineHeader& h, const DwarfLineSections& s, uint64_t index, LineRow* out) {
  Reader r{h.tables, h.program};
  uint64_t dir_index = 0;
  bool found = false;
  if (h.version >= 5) {
    const uint8_t* dirs = r.p;
    walk_v5_table(r, h, s, [](uint64_t, const char*, uint64_t) { return false; });
    walk_v5_table(r, h, s, [&](uint64_t i, const char* path, uint64_t dir) {
      if (i != index) return false;
      out->file = path;
      dir_index = dir;
      found = true;
      return true;
    });
    if (!found) return;
    Reader d{dirs, h.program};
    walk_v5_table(d, h, s, [&](uint64_t i, const char* path, uint64_t) {
      if (i != dir_index) return false;
      out->dir = path;
      return true;
    });
  } else {
    // Include directories (1-based; 0 is the unit's own directory, not recorded here),
    // then file entries (1-based): name, directory index, time, length.
    const uint8_t* dirs = r.p;
    while (!r.bad && *r.cstr()) {
    }
    for (uint64_t i = 1; !r.bad; ++i) {
      const char* name = r.cstr();
      if (!*name) break;
      uint64_t dir = r.uleb();
      r.uleb();
      r.uleb();
      if (i == index) {
        out->file = name;
        dir_index = dir;
        found = true;
        break;
      }
    }
    if (!found || dir_index == 0) return;
    Reader d{dirs, h.program};
    for (uint64_t i = 1; !d.bad; ++i) {
      const char* name = d.cstr();
      if (!*name) break;
      if (i == dir_index) {
        out->dir = name;
        break;
      }
    }
  }
  if (out->file[0] == '/') out->dir = "";
}

// Runs one line program; true (and *out filled) if a sequence covers addr.
bool run_program(const LineHeader& h, const DwarfLineSections& s, uint64_t addr, LineRow* out) {
  Reader r{h.program, h.end};
  struct State {
    uint64_t address = 0;
    uint64_t file = 1;
    int64_t line = 1;
  };
  State state, prev;
  bool have_prev = false;  // a row of the current sequence precedes
  auto emit = [&](bool end_sequence) -> bool {
    if (have_prev && prev.address <= addr && addr < state.address) {
      out->line = prev.line > 0 ? static_cast<uint32_t>(prev.line) : 0;
      out->dir = "";
      out->file = "";
      resolve_file(h, s, prev.file, out);
      return true;
    }
    prev = state;
    have_prev = !end_sequence;
    return false;
  };
  while (!r.bad && r.p < r.end) {
    uint8_t op = r.u8();
    if (op >= h.opcode_base) {
      unsigned adjusted = op - h.opcode_base;
      state.address += static_cast<uint64_t>(adjusted / h.line_range) * h.min_inst_length;
      state.line += h.line_base + static_cast<int>(adjusted % h.line_range);
      if (emit(false)) return true;
      continue;
    }
    switch (op) {
      case 0: {  // extended opcode
        uint64_t len = r.uleb();
        if (len == 0 || !r.has(len)) return false;
        const uint8_t* next = r.p + len;
        uint8_t sub = r.u8();
        if (sub == kLneEndSequence) {
          if (emit(true)) return true;
          state = State{};
        } else if (sub == kLneSetAddress) {
          state.address = r.fixed(len - 1 > 8 ? 8 : len - 1);
        }
        r.p = next;
        break;
      }
      case kLnsCopy:
        if (emit(false)) return true;
        break;
      case kLnsAdvancePc:
        state.address += r.uleb() * h.min_inst_length;
        break;
      case kLnsAdvanceLine:
        state.line += r.sleb();
        break;
      case kLnsSetFile:
        state.file = r.uleb();
        break;
      case kLnsConstAddPc:
        state.address +=
            static_cast<uint64_t>((255 - h.opcode_base) / h.line_range) * h.min_inst_length;
        break;
      case kLnsFixedAdvancePc:
        state.address += r.fixed(2);
        break;
      default:  // set_column, negate_stmt, ... and unknown ones: skip their operands
        for (unsigned i = 0; i < h.opcode_lengths[op - 1]; ++i) r.uleb();
        break;
    }
  }
  return false;
}

}  // namespace

bool dwarf_find_line(const DwarfLineSections& s, uint64_t addr, LineRow* out) {
  if (!s.line) return false;
  Reader r{s.line, s.line + s.line_size};
  while (!r.bad && r.p < r.end) {
    LineHeader h;
    if (!parse_header(r, &h)) return false;
    if (run_program(h, s, addr, out)) return true;
    r.p = h.end;
  }
  return false;
}

// ---- The executable's ELF image ----

namespace {

struct Image {
  bool tried = false;
  bool ok = false;
  uintptr_t bias = 0;  // run-time address - link-time address (0 unless PIE)
  const Elf64_Sym* symbols = nullptr;
  size_t symbol_count = 0;
  const char* strings = nullptr;
  size_t strings_size = 0;
  DwarfLineSections dwarf;
};
Image image;

}  // namespace

}  // namespace ergo::rt

// The ELF header of the running executable, placed by the linker (lld and GNU ld both define
// it); its address gives the load bias of a position-independent test binary.
extern "C" const Elf64_Ehdr __ehdr_start __attribute__((weak, visibility("hidden")));

namespace ergo::rt {

namespace {

void load_image() {
  image.tried = true;
  int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  struct stat st;
  void* map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size >= static_cast<off_t>(sizeof(Elf64_Ehdr)))
    map = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) return;
  const auto* base = static_cast<const uint8_t*>(map);
  size_t size = static_cast<size_t>(st.st_size);
  const auto* eh = reinterpret_cast<const Elf64_Ehdr*>(base);
  if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64) return;
  if (eh->e_shoff == 0 || eh->e_shentsize != sizeof(Elf64_Shdr) ||
      eh->e_shoff + static_cast<uint64_t>(eh->e_shnum) * sizeof(Elf64_Shdr) > size ||
      eh->e_shstrndx >= eh->e_shnum)
    return;
  // The load bias: where the segment at file offset 0 was linked vs. where __ehdr_start is.
  if (&__ehdr_start && eh->e_phoff + eh->e_phnum * sizeof(Elf64_Phdr) <= size) {
    const auto* ph = reinterpret_cast<const Elf64_Phdr*>(base + eh->e_phoff);
    for (unsigned i = 0; i < eh->e_phnum; ++i)
      if (ph[i].p_type == PT_LOAD && ph[i].p_offset == 0) {
        image.bias = reinterpret_cast<uintptr_t>(&__ehdr_start) - ph[i].p_vaddr;
        break;
      }
  }
  const auto* sh = reinterpret_cast<const Elf64_Shdr*>(base + eh->e_shoff);
  const Elf64_Shdr& names = sh[eh->e_shstrndx];
  if (names.sh_offset + names.sh_size > size) return;
  auto contents = [&](const Elf64_Shdr& s, const uint8_t** data, size_t* len) {
    if (s.sh_type == SHT_NOBITS || (s.sh_flags & SHF_COMPRESSED) || s.sh_offset + s.sh_size > size)
      return;
    *data = base + s.sh_offset;
    *len = s.sh_size;
  };
  for (unsigned i = 0; i < eh->e_shnum; ++i) {
    if (sh[i].sh_name >= names.sh_size) continue;
    const char* name = reinterpret_cast<const char*>(base + names.sh_offset + sh[i].sh_name);
    if (!memchr(name, 0, names.sh_size - sh[i].sh_name)) continue;
    if (sh[i].sh_type == SHT_SYMTAB && sh[i].sh_link < eh->e_shnum) {
      const uint8_t* data = nullptr;
      size_t len = 0;
      contents(sh[i], &data, &len);
      const uint8_t* str = nullptr;
      size_t str_len = 0;
      contents(sh[sh[i].sh_link], &str, &str_len);
      if (data && str) {
        image.symbols = reinterpret_cast<const Elf64_Sym*>(data);
        image.symbol_count = len / sizeof(Elf64_Sym);
        image.strings = reinterpret_cast<const char*>(str);
        image.strings_size = str_len;
      }
    } else if (strcmp(name, ".debug_line") == 0) {
      contents(sh[i], &image.dwarf.line, &image.dwarf.line_size);
    } else if (strcmp(name, ".debug_line_str") == 0) {
      contents(sh[i], &image.dwarf.line_str, &image.dwarf.line_str_size);
    } else if (strcmp(name, ".debug_str") == 0) {
      contents(sh[i], &image.dwarf.str, &image.dwarf.str_size);
    }
  }
  image.ok = true;
}

}  // namespace

void symbolize(uintptr_t addr, SymbolInfo* out) {
  *out = SymbolInfo{};
  if (!image.tried) load_image();
  if (!image.ok) return;
  out->image_has_symbols = image.symbols != nullptr;
  out->image_has_lines = image.dwarf.line != nullptr;
  uint64_t link_addr = addr - image.bias;
  // The function symbol holding the address; of several (aliases), the global one.
  const Elf64_Sym* best = nullptr;
  for (size_t i = 0; i < image.symbol_count; ++i) {
    const Elf64_Sym& sym = image.symbols[i];
    if (ELF64_ST_TYPE(sym.st_info) != STT_FUNC || sym.st_shndx == SHN_UNDEF) continue;
    if (link_addr < sym.st_value || link_addr - sym.st_value >= sym.st_size) continue;
    if (!best ||
        (ELF64_ST_BIND(best->st_info) == STB_LOCAL && ELF64_ST_BIND(sym.st_info) != STB_LOCAL))
      best = &sym;
  }
  if (best && best->st_name < image.strings_size) {
    const char* name = image.strings + best->st_name;
    const void* nul = memchr(name, 0, image.strings_size - best->st_name);
    if (nul) {
      out->name = name;
      out->name_len = static_cast<size_t>(static_cast<const char*>(nul) - name);
      out->entry = static_cast<uintptr_t>(best->st_value) + image.bias;
    }
  }
  out->has_line = dwarf_find_line(image.dwarf, link_addr, &out->row);
}

}  // namespace ergo::rt
