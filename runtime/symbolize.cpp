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

// The sections that describe inlined calls (.debug_info's DW_TAG_inlined_subroutine).
struct Section {
  const uint8_t* data = nullptr;
  size_t size = 0;
};
struct InfoSections {
  Section info, abbrev, str_offsets, addr, rnglists, ranges;
};

struct Image {
  bool tried = false;
  bool ok = false;
  uintptr_t bias = 0;  // run-time address - link-time address (0 unless PIE)
  const Elf64_Sym* symbols = nullptr;
  size_t symbol_count = 0;
  const char* strings = nullptr;
  size_t strings_size = 0;
  DwarfLineSections dwarf;
  InfoSections info;
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
    } else if (strcmp(name, ".debug_info") == 0) {
      contents(sh[i], &image.info.info.data, &image.info.info.size);
    } else if (strcmp(name, ".debug_abbrev") == 0) {
      contents(sh[i], &image.info.abbrev.data, &image.info.abbrev.size);
    } else if (strcmp(name, ".debug_str_offsets") == 0) {
      contents(sh[i], &image.info.str_offsets.data, &image.info.str_offsets.size);
    } else if (strcmp(name, ".debug_addr") == 0) {
      contents(sh[i], &image.info.addr.data, &image.info.addr.size);
    } else if (strcmp(name, ".debug_rnglists") == 0) {
      contents(sh[i], &image.info.rnglists.data, &image.info.rnglists.size);
    } else if (strcmp(name, ".debug_ranges") == 0) {
      contents(sh[i], &image.info.ranges.data, &image.info.ranges.size);
    }
  }
  image.ok = true;
}

}  // namespace

namespace {

// ---- Inlined calls (.debug_info, DWARF 4 and 5) ----
//
// LLVM describes each call it inlined as a DW_TAG_inlined_subroutine entry, nested in the
// DW_TAG_subprogram of the function that received it: the callee (DW_AT_abstract_origin, an
// entry with its name), the code ranges, and the call's position in the caller
// (DW_AT_call_file, DW_AT_call_line). A lookup walks the unit holding the address and keeps
// the entries whose ranges hold it: they nest, outermost first.

enum : uint64_t {
  kTagCompileUnit = 0x11,
  kTagInlinedSubroutine = 0x1d,
  kAtName = 0x03,
  kAtStmtList = 0x10,
  kAtLowPc = 0x11,
  kAtHighPc = 0x12,
  kAtAbstractOrigin = 0x31,
  kAtSpecification = 0x47,
  kAtRanges = 0x55,
  kAtCallFile = 0x58,
  kAtCallLine = 0x59,
  kAtLinkageName = 0x6e,
  kAtStrOffsetsBase = 0x72,
  kAtAddrBase = 0x73,
  kAtRnglistsBase = 0x74,
};

// One compile unit's header and the bases its indexed forms need.
struct Unit {
  const uint8_t* start = nullptr;  // the unit header (DIE references are relative to it)
  const uint8_t* dies = nullptr;   // the first DIE
  const uint8_t* end = nullptr;
  unsigned version = 0;
  bool dwarf64 = false;
  uint8_t addr_size = 8;
  const uint8_t* abbrevs = nullptr;
  uint64_t str_offsets_base = 8;
  uint64_t addr_base = 8;
  uint64_t rnglists_base = 0;
  uint64_t stmt_list = 0;
  uint64_t base_address = 0;
};

// One attribute's value, as a number (constants, offsets, indices resolved to addresses or
// strings where the form says so).
struct AttrValue {
  uint64_t form = 0;
  uint64_t num = 0;
  const char* str = nullptr;
};

uint64_t indexed(const Section& sec, uint64_t offset, unsigned size) {
  if (!sec.data || offset > sec.size || sec.size - offset < size) return 0;
  Reader r{sec.data + offset, sec.data + sec.size};
  return r.fixed(size);
}

const char* indexed_string(const Unit& u, uint64_t index) {
  unsigned size = u.dwarf64 ? 8 : 4;
  uint64_t off = indexed(image.info.str_offsets, u.str_offsets_base + index * size, size);
  return section_string(image.dwarf.str, image.dwarf.str_size, off);
}

uint64_t indexed_address(const Unit& u, uint64_t index) {
  return indexed(image.info.addr, u.addr_base + index * u.addr_size, u.addr_size);
}

// Reads (or skips) one attribute value of form `form`. False for forms this reader does not
// know, which end the lookup (the unit cannot be walked further).
bool read_attr(Reader& r, const Unit& u, uint64_t form, int64_t implicit, AttrValue* v) {
  size_t offset_size = u.dwarf64 ? 8 : 4;
  v->form = form;
  v->str = nullptr;
  switch (form) {
    case 0x01:
      v->num = r.fixed(u.addr_size);
      return true;  // addr
    case 0x03:
      r.skip(r.fixed(2));
      return true;  // block2
    case 0x04:
      r.skip(r.fixed(4));
      return true;  // block4
    case 0x05:
      v->num = r.fixed(2);
      return true;  // data2
    case 0x06:
      v->num = r.fixed(4);
      return true;  // data4
    case 0x07:
      v->num = r.fixed(8);
      return true;  // data8
    case 0x08:
      v->str = r.cstr();
      return true;  // string
    case 0x09:
    case 0x18:
      r.skip(r.uleb());
      return true;  // block, exprloc
    case 0x0a:
      r.skip(r.u8());
      return true;  // block1
    case 0x0b:
      v->num = r.u8();
      return true;  // data1
    case 0x0c:
      v->num = r.u8();
      return true;  // flag
    case 0x0d:
      v->num = static_cast<uint64_t>(r.sleb());
      return true;  // sdata
    case 0x0e:      // strp
      v->str = section_string(image.dwarf.str, image.dwarf.str_size, r.fixed(offset_size));
      return true;
    case 0x0f:
      v->num = r.uleb();
      return true;  // udata
    case 0x10:
      v->num = r.fixed(u.version <= 2 ? u.addr_size : offset_size);
      return true;  // ref_addr
    case 0x11:
      v->num = r.u8();
      return true;  // ref1
    case 0x12:
      v->num = r.fixed(2);
      return true;  // ref2
    case 0x13:
      v->num = r.fixed(4);
      return true;  // ref4
    case 0x14:
      v->num = r.fixed(8);
      return true;  // ref8
    case 0x15:
      v->num = r.uleb();
      return true;  // ref_udata
    case 0x17:
      v->num = r.fixed(offset_size);
      return true;  // sec_offset
    case 0x19:
      v->num = 1;
      return true;  // flag_present
    case 0x1a:
      v->str = indexed_string(u, r.uleb());
      return true;  // strx
    case 0x1b:
      v->num = indexed_address(u, r.uleb());
      return true;  // addrx
    case 0x1c:
      v->num = r.fixed(4);
      return true;  // ref_sup4
    case 0x1d:
      r.skip(offset_size);
      return true;  // strp_sup
    case 0x1e:
      r.skip(16);
      return true;  // data16
    case 0x1f:      // line_strp
      v->str =
          section_string(image.dwarf.line_str, image.dwarf.line_str_size, r.fixed(offset_size));
      return true;
    case 0x20:
      v->num = r.fixed(8);
      return true;  // ref_sig8
    case 0x21:
      v->num = static_cast<uint64_t>(implicit);
      return true;  // implicit_const
    case 0x22:
    case 0x23:
      v->num = r.uleb();
      return true;  // loclistx, rnglistx
    case 0x24:
      v->num = r.fixed(8);
      return true;  // ref_sup8
    case 0x25:
      v->str = indexed_string(u, r.fixed(1));
      return true;  // strx1
    case 0x26:
      v->str = indexed_string(u, r.fixed(2));
      return true;  // strx2
    case 0x27:
      v->str = indexed_string(u, r.fixed(3));
      return true;  // strx3
    case 0x28:
      v->str = indexed_string(u, r.fixed(4));
      return true;  // strx4
    case 0x29:
      v->num = indexed_address(u, r.fixed(1));
      return true;  // addrx1
    case 0x2a:
      v->num = indexed_address(u, r.fixed(2));
      return true;  // addrx2
    case 0x2b:
      v->num = indexed_address(u, r.fixed(3));
      return true;  // addrx3
    case 0x2c:
      v->num = indexed_address(u, r.fixed(4));
      return true;  // addrx4
    default:
      return false;
  }
}

// The abbreviation `code` of the unit's table: its tag, children flag and attribute specs.
const uint8_t* find_abbrev(const Unit& u, uint64_t code, uint64_t* tag, bool* children) {
  Reader r{u.abbrevs, image.info.abbrev.data + image.info.abbrev.size};
  while (!r.bad) {
    uint64_t c = r.uleb();
    if (c == 0) return nullptr;
    uint64_t t = r.uleb();
    bool ch = r.u8() != 0;
    if (c == code) {
      *tag = t;
      *children = ch;
      return r.p;
    }
    for (;;) {
      uint64_t name = r.uleb(), form = r.uleb();
      if (form == 0x21) r.sleb();
      if (r.bad || (name == 0 && form == 0)) break;
    }
  }
  return nullptr;
}

// What one DIE says that a lookup needs.
struct Die {
  uint64_t tag = 0;
  bool children = false;
  const char* name = nullptr;
  uint64_t origin = 0;  // DW_AT_abstract_origin or DW_AT_specification (unit-relative)
  bool has_origin = false;
  uint64_t low = 0, high = 0;
  bool has_low = false, has_high = false, high_is_offset = false;
  AttrValue ranges;
  bool has_ranges = false;
  uint64_t call_file = 0, call_line = 0;
};

// Reads the DIE at r (after its abbreviation code); false when the unit cannot be read.
bool read_die(Reader& r, Unit& u, uint64_t code, Die* d) {
  *d = Die{};
  const uint8_t* spec = find_abbrev(u, code, &d->tag, &d->children);
  if (!spec) return false;
  Reader a{spec, image.info.abbrev.data + image.info.abbrev.size};
  for (;;) {
    uint64_t name = a.uleb(), form = a.uleb();
    int64_t implicit = form == 0x21 ? a.sleb() : 0;
    if (a.bad) return false;
    if (name == 0 && form == 0) return !r.bad;
    if (form == 0x16) form = r.uleb();  // indirect
    AttrValue v;
    if (!read_attr(r, u, form, implicit, &v)) return false;
    switch (name) {
      case kAtName:
        if (v.str) d->name = v.str;
        break;
      case kAtLinkageName:
        if (v.str && !d->name) d->name = v.str;
        break;
      case kAtAbstractOrigin:
      case kAtSpecification:
        d->origin = v.num;
        d->has_origin = form != 0x10 && form != 0x20;  // unit-relative references only
        break;
      case kAtLowPc:
        d->low = v.num;
        d->has_low = true;
        break;
      case kAtHighPc:
        d->high = v.num;
        d->has_high = true;
        d->high_is_offset = form != 0x01 && !(form >= 0x29 && form <= 0x2c) && form != 0x1b;
        break;
      case kAtRanges:
        d->ranges = v;
        d->has_ranges = true;
        break;
      case kAtCallFile:
        d->call_file = v.num;
        break;
      case kAtCallLine:
        d->call_line = v.num;
        break;
      case kAtStrOffsetsBase:
        u.str_offsets_base = v.num;
        break;
      case kAtAddrBase:
        u.addr_base = v.num;
        break;
      case kAtRnglistsBase:
        u.rnglists_base = v.num;
        break;
      case kAtStmtList:
        u.stmt_list = v.num;
        break;
      default:
        break;
    }
  }
}

// Whether the DIE's code ranges hold addr (a link-time address).
bool die_covers(const Unit& u, const Die& d, uint64_t addr) {
  if (d.has_low && d.has_high) {
    uint64_t high = d.high_is_offset ? d.low + d.high : d.high;
    return addr >= d.low && addr < high;
  }
  if (!d.has_ranges) return false;
  if (u.version >= 5) {
    uint64_t offset = d.ranges.num;
    if (d.ranges.form == 0x23) {  // rnglistx: an index into the unit's offset table
      unsigned size = u.dwarf64 ? 8 : 4;
      offset =
          u.rnglists_base + indexed(image.info.rnglists, u.rnglists_base + offset * size, size);
    }
    const Section& sec = image.info.rnglists;
    if (!sec.data || offset >= sec.size) return false;
    Reader r{sec.data + offset, sec.data + sec.size};
    uint64_t base = u.base_address;
    while (!r.bad) {
      uint64_t lo = 0, hi = 0;
      switch (r.u8()) {
        case 0:
          return false;  // end_of_list
        case 1:
          base = indexed_address(u, r.uleb());
          continue;  // base_addressx
        case 2:
          lo = indexed_address(u, r.uleb());
          hi = indexed_address(u, r.uleb());
          break;
        case 3:
          lo = indexed_address(u, r.uleb());
          hi = lo + r.uleb();
          break;
        case 4:
          lo = base + r.uleb();
          hi = base + r.uleb();
          break;  // offset_pair
        case 5:
          base = r.fixed(u.addr_size);
          continue;  // base_address
        case 6:
          lo = r.fixed(u.addr_size);
          hi = r.fixed(u.addr_size);
          break;
        case 7:
          lo = r.fixed(u.addr_size);
          hi = lo + r.uleb();
          break;
        default:
          return false;
      }
      if (addr >= lo && addr < hi) return true;
    }
    return false;
  }
  const Section& sec = image.info.ranges;
  if (!sec.data || d.ranges.num >= sec.size) return false;
  Reader r{sec.data + d.ranges.num, sec.data + sec.size};
  uint64_t base = u.base_address;
  while (!r.bad) {
    uint64_t lo = r.fixed(u.addr_size), hi = r.fixed(u.addr_size);
    if (lo == 0 && hi == 0) return false;
    if (lo == ~uint64_t(0)) {
      base = hi;
      continue;
    }
    if (addr >= base + lo && addr < base + hi) return true;
  }
  return false;
}

// The name of the DIE at unit offset `ref`, following abstract origins (at most a few).
const char* die_name(Unit& u, uint64_t ref) {
  for (int hops = 0; hops < 4; ++hops) {
    if (ref >= static_cast<uint64_t>(u.end - u.start)) return nullptr;
    Reader r{u.start + ref, u.end};
    uint64_t code = r.uleb();
    Die d;
    if (code == 0 || !read_die(r, u, code, &d)) return nullptr;
    if (d.name) return d.name;
    if (!d.has_origin) return nullptr;
    ref = d.origin;
  }
  return nullptr;
}

// Reads a unit header at r; false at the end or when malformed.
bool read_unit(Reader& r, Unit* u) {
  *u = Unit{};
  u->start = r.p;
  uint64_t length = r.fixed(4);
  if (length == 0xffffffff) {
    u->dwarf64 = true;
    length = r.fixed(8);
  }
  if (r.bad || length > static_cast<uint64_t>(r.end - r.p)) return false;
  u->end = r.p + length;
  Reader h{r.p, u->end};
  u->version = static_cast<unsigned>(h.fixed(2));
  uint64_t abbrev_offset = 0;
  if (u->version >= 5) {
    uint8_t unit_type = h.u8();
    u->addr_size = h.u8();
    abbrev_offset = h.fixed(u->dwarf64 ? 8 : 4);
    if (unit_type != 1) u->version = 0;  // only full compile units (DW_UT_compile)
  } else {
    abbrev_offset = h.fixed(u->dwarf64 ? 8 : 4);
    u->addr_size = h.u8();
  }
  r.p = u->end;
  if (h.bad || abbrev_offset >= image.info.abbrev.size) return false;
  u->abbrevs = image.info.abbrev.data + abbrev_offset;
  u->dies = h.p;
  return true;
}

}  // namespace

int inline_chain(uintptr_t addr, InlinedCall* out, int max) {
  if (!image.tried) load_image();
  if (!image.ok || !image.info.info.data || !image.info.abbrev.data || max <= 0) return 0;
  uint64_t link_addr = addr - image.bias;
  Reader units{image.info.info.data, image.info.info.data + image.info.info.size};
  Unit u;
  while (!units.bad && units.p < units.end && read_unit(units, &u)) {
    if (u.version < 4 || u.version > 5) continue;
    Reader r{u.dies, u.end};
    uint64_t code = r.uleb();
    Die cu;
    if (code == 0 || !read_die(r, u, code, &cu) || cu.tag != kTagCompileUnit) continue;
    u.base_address = cu.has_low ? cu.low : 0;
    if (!die_covers(u, cu, link_addr)) continue;
    // Walk the unit's entries; depth counts open parents.
    int n = 0;
    int depth = cu.children ? 1 : 0;
    while (depth > 0 && !r.bad && r.p < u.end) {
      code = r.uleb();
      if (code == 0) {
        --depth;
        continue;
      }
      Die d;
      if (!read_die(r, u, code, &d)) return 0;
      if (d.tag == kTagInlinedSubroutine && d.has_origin && die_covers(u, d, link_addr)) {
        if (n < max) {
          out[n] = InlinedCall{};
          out[n].callee = d.origin;
          out[n].call_line = static_cast<uint32_t>(d.call_line);
          out[n].call_file_index = d.call_file;
          ++n;
        }
      }
      if (d.children) ++depth;
    }
    // Names and call files, now that the unit's bases are known.
    LineHeader h;
    bool have_lines = false;
    if (image.dwarf.line && u.stmt_list < image.dwarf.line_size) {
      Reader lr{image.dwarf.line + u.stmt_list, image.dwarf.line + image.dwarf.line_size};
      have_lines = parse_header(lr, &h);
    }
    for (int i = 0; i < n; ++i) {
      const char* name = die_name(u, out[i].callee);
      out[i].name = name ? name : "";
      out[i].name_len = strlen(out[i].name);
      if (have_lines) {
        // DWARF 5 numbers files from 0, earlier versions from 1, as the line program does.
        resolve_file(h, image.dwarf, out[i].call_file_index, &out[i].call);
      }
      out[i].call.line = out[i].call_line;
    }
    return n;
  }
  return 0;
}

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
