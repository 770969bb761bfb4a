// gc 1.19's handling of //go: directives (its noder's pragma handler and the checks it makes
// when it turns declarations into IR), rebuilt from its observable behaviour: the same
// directives accepted, the same errors in the same words at the same positions.
#include "syntax/directives.h"

#include "fmt/format.h"
#include "llvm/ADT/StringSwitch.h"
#include "syntax/parser.h"

namespace ergo::syntax {

namespace {

// Every directive a function declaration may carry.
constexpr uint32_t kFuncPragmas = (1u << 14) - 1;
static_assert(kPragmaNoInterface == 1u << 13, "kFuncPragmas covers every function directive");
// Directives only the runtime may use.
constexpr uint32_t kRuntimePragmas = kPragmaSystemStack | kPragmaNoWriteBarrier |
                                     kPragmaNoWriteBarrierRec | kPragmaYesWriteBarrierRec;

// The bits a directive sets (with the ones it implies); 0 for directives gc accepts silently.
uint32_t directiveFlags(llvm::StringRef verb) {
  return llvm::StringSwitch<uint32_t>(verb)
      .Case("go:build", kPragmaGoBuild)
      .Case("go:noescape", kPragmaNoEscape)
      .Case("go:norace", kPragmaNoRace)
      .Case("go:nosplit", kPragmaNoSplit | kPragmaNoCheckPtr)
      .Case("go:noinline", kPragmaNoInline)
      .Case("go:nocheckptr", kPragmaNoCheckPtr)
      .Case("go:systemstack", kPragmaSystemStack)
      .Case("go:nowritebarrier", kPragmaNoWriteBarrier)
      .Case("go:nowritebarrierrec", kPragmaNoWriteBarrierRec | kPragmaNoWriteBarrier)
      .Case("go:yeswritebarrierrec", kPragmaYesWriteBarrierRec)
      .Case("go:cgo_unsafe_args", kPragmaCgoUnsafeArgs | kPragmaNoCheckPtr)
      .Case("go:uintptrkeepalive", kPragmaUintptrKeepAlive)
      .Case("go:uintptrescapes", kPragmaUintptrEscapes | kPragmaUintptrKeepAlive)
      .Case("go:registerparams", kPragmaRegisterParams)
      .Case("go:notinheap", kPragmaNotInHeap)
      .Default(0);  // go:nointerface too: it only means something with field tracking
}

// Directives without bits that the standard library may use.
bool allowedInStd(llvm::StringRef verb) {
  return verb == "go:cgo_export_static" || verb == "go:cgo_export_dynamic" ||
         verb == "go:cgo_import_static" || verb == "go:cgo_import_dynamic" ||
         verb == "go:cgo_ldflag" || verb == "go:cgo_dynamic_linker" || verb == "go:embed" ||
         verb == "go:generate";
}

bool isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isQuoted(llvm::StringRef s) {
  return s.size() >= 2 && s.front() == '"' && s.back() == '"';
}

// Splits at white space, except inside double quotes; a quoted part is always a field of its
// own (with its quotes), and an unclosed quote drops the rest.
std::vector<llvm::StringRef> cgoFields(llvm::StringRef s) {
  std::vector<llvm::StringRef> out;
  bool inQuote = false;
  size_t start = llvm::StringRef::npos;  // npos: between fields
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"') {
      if (inQuote) {
        inQuote = false;
        out.push_back(s.slice(start, i + 1));
        start = llvm::StringRef::npos;
      } else {
        inQuote = true;
        if (start != llvm::StringRef::npos) out.push_back(s.slice(start, i));
        start = i;
      }
    } else if (!inQuote && isSpace(c)) {
      if (start != llvm::StringRef::npos) out.push_back(s.slice(start, i));
      start = llvm::StringRef::npos;
    } else if (start == llvm::StringRef::npos) {
      start = i;
    }
  }
  if (!inQuote && start != llvm::StringRef::npos) out.push_back(s.substr(start));
  return out;
}

std::vector<llvm::StringRef> spaceFields(llvm::StringRef s) {
  std::vector<llvm::StringRef> out;
  while (true) {
    s = s.ltrim(" \t\n\r\v\f");
    if (s.empty()) return out;
    size_t end = s.find_first_of(" \t\n\r\v\f");
    out.push_back(s.substr(0, end));
    s = s.substr(std::min(end, s.size()));
  }
}

// Go's %q of a string, for the bytes a library name can hold.
std::string quote(llvm::StringRef s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// A library name that cannot pass for a linker option.
bool safeArg(llvm::StringRef name) {
  if (name.empty()) return false;
  unsigned char c = name[0];
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' ||
         c == '_' || c == '/' || c >= 0x80;
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xc0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3f));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xe0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (r & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (r & 0x3f));
  }
}

// The value of a double-quoted Go string literal; false if it is not a valid one.
bool unquote(llvm::StringRef lit, std::string& out) {
  llvm::StringRef s = lit.drop_front().drop_back();
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"' || c == '\n') return false;
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= s.size()) return false;
    auto hex = [&](size_t n, uint32_t& v) {
      v = 0;
      for (size_t k = 1; k <= n; ++k) {
        if (i + k >= s.size()) return false;
        char h = s[i + k];
        int d = h >= '0' && h <= '9'   ? h - '0'
                : h >= 'a' && h <= 'f' ? h - 'a' + 10
                : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                       : -1;
        if (d < 0) return false;
        v = v * 16 + static_cast<uint32_t>(d);
      }
      i += n;
      return true;
    };
    uint32_t v = 0;
    switch (s[i]) {
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '\\':
        out += '\\';
        break;
      case '"':
        out += '"';
        break;
      case 'x':
        if (!hex(2, v)) return false;
        out += static_cast<char>(v);
        break;
      case 'u':
      case 'U':
        if (!hex(s[i] == 'u' ? 4 : 8, v) || v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
          return false;
        appendUtf8(out, v);
        break;
      default:
        if (s[i] < '0' || s[i] > '7' || i + 2 >= s.size()) return false;
        for (size_t k = 0; k < 3; ++k) {
          char o = s[i + k];
          if (o < '0' || o > '7') return false;
          v = v * 8 + static_cast<uint32_t>(o - '0');
        }
        if (v > 255) return false;
        out += static_cast<char>(v);
        i += 2;
    }
  }
  return true;
}

// The patterns of a //go:embed line: unquoted words, "Go strings" or `raw strings`, separated
// by white space. Sets `error` (gc's text) if the line is malformed.
std::vector<std::string> embedPatternsOf(llvm::StringRef args, std::string& error) {
  std::vector<std::string> list;
  auto bad = [&](llvm::StringRef what) {
    error = "invalid quoted string in //go:embed: " + what.str();
    return std::vector<std::string>{};
  };
  for (args = args.trim(" \t\n\r\v\f"); !args.empty(); args = args.trim(" \t\n\r\v\f")) {
    std::string path;
    if (args[0] == '`') {
      size_t end = args.find('`', 1);
      if (end == llvm::StringRef::npos) return bad(args);
      path = args.slice(1, end).str();
      args = args.substr(end + 1);
    } else if (args[0] == '"') {
      size_t i = 1;
      for (; i < args.size(); ++i) {
        if (args[i] == '\\') {
          ++i;
          continue;
        }
        if (args[i] == '"') break;
      }
      if (i >= args.size()) return bad(args);
      if (!unquote(args.substr(0, i + 1), path)) return bad(args.substr(0, i + 1));
      args = args.substr(i + 1);
    } else {
      size_t end = std::min(args.find_first_of(" \t\n\r\v\f"), args.size());
      path = args.substr(0, end).str();
      args = args.substr(end);
    }
    if (!args.empty() && !isSpace(args[0]) && args[0] != '\v' && args[0] != '\f') return bad(args);
    list.push_back(std::move(path));
  }
  return list;
}

}  // namespace

Directives::Directives(llvm::StringRef src, const ParseOptions& options, Report report)
    : src_(src), options_(options), report_(std::move(report)) {}

// gc wants a directive alone on its line: only blanks before it.
bool Directives::onBlankLine(Pos pos) const {
  for (size_t i = pos.offset; i > 0; --i) {
    char c = src_[i - 1];
    if (c == '\n') return true;
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

void Directives::add(Pos comment, llvm::StringRef text) {
  Pos pos{comment.file, comment.offset + 2};  // gc points after the slashes
  if (!onBlankLine(comment)) {
    report_(pos, "misplaced compiler directive");
    return;
  }
  if (text.starts_with("go:linkname ")) {
    std::vector<llvm::StringRef> f = spaceFields(text);
    if (f.size() < 2 || f.size() > 3) {
      report_(pos, "usage: //go:linkname localname [linkname]");
      return;
    }
    // With no remote name the symbol keeps its own name (gc: the package path's prefix).
    if (f.size() == 3) linknames_.push_back({f[1].str(), f[2].str()});
    return;
  }
  if (text == "go:embed" || text.starts_with("go:embed ")) {
    std::string error;
    std::vector<std::string> patterns = embedPatternsOf(text.substr(8), error);
    if (!error.empty()) report_(pos, error);
    if (patterns.empty()) {
      report_(pos, "usage: //go:embed pattern...");
      return;
    }
    pending_.embeds.push_back({pos, std::move(patterns)});
    return;
  }
  if (text.starts_with("go:cgo_")) {
    // Only //go:cgo_import_dynamic with a library is for general use (Solaris code needs it).
    std::vector<llvm::StringRef> f = cgoFields(text);
    if (text.starts_with("go:cgo_import_dynamic ") && f.size() >= 4) {
      llvm::StringRef lib = f[3].trim('"');
      if (!lib.empty() && !safeArg(lib))
        report_(pos,
                fmt::format("invalid library name {} in cgo_import_dynamic directive", quote(lib)));
      cgoDirective(pos, text);
      return;
    }
    // The other cgo directives are for cgo's generated files (and the standard library).
    if (!options_.std) report_(pos, fmt::format("//{} only allowed in cgo-generated code", text));
    cgoDirective(pos, text);
  }
  llvm::StringRef verb = text.substr(0, text.find(' '));
  uint32_t flags = directiveFlags(verb);
  if (!options_.runtime && (flags & kRuntimePragmas))
    report_(pos, fmt::format("//{} only allowed in runtime", verb));
  if (flags == kPragmaUintptrKeepAlive && !options_.std)
    report_(pos, fmt::format("//{} is only allowed in the standard library", verb));
  if (flags == 0 && options_.std && !allowedInStd(verb))
    report_(pos, fmt::format("//{} is not allowed in the standard library", verb));
  pending_.flags |= flags;
  pending_.uses.push_back({flags, pos});
  // Honoured on methods as under gc's fieldtrack experiment (which Go's test of it runs
  // with), otherwise accepted silently as gc does: never reported as misplaced.
  if (verb == "go:nointerface") pending_.flags |= kPragmaNoInterface;
}

// The argument checks of the cgo directives.
void Directives::cgoDirective(Pos pos, llvm::StringRef text) {
  std::vector<llvm::StringRef> f = cgoFields(text);
  llvm::StringRef verb = f[0].drop_front(3);  // without "go:"
  auto unquotedArgs = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i)
      if (isQuoted(f[i])) return false;
    return true;
  };
  if (verb == "cgo_export_static" || verb == "cgo_export_dynamic") {
    if ((f.size() == 2 || f.size() == 3) && unquotedArgs(1, f.size())) return;
    report_(pos, fmt::format("usage: //go:{} local [remote]", verb));
  } else if (verb == "cgo_import_dynamic") {
    if ((f.size() == 2 || f.size() == 3) && unquotedArgs(1, f.size())) return;
    if (f.size() == 4 && unquotedArgs(1, 3) && isQuoted(f[3])) return;
    report_(pos, "usage: //go:cgo_import_dynamic local [remote [\"library\"]]");
  } else if (verb == "cgo_import_static") {
    if (f.size() == 2 && !isQuoted(f[1])) return;
    report_(pos, "usage: //go:cgo_import_static local");
  } else if (verb == "cgo_dynamic_linker") {
    if (f.size() == 2 && isQuoted(f[1])) return;
    report_(pos, "usage: //go:cgo_dynamic_linker \"path\"");
  } else if (verb == "cgo_ldflag") {
    if (f.size() == 2 && isQuoted(f[1])) return;
    report_(pos, "usage: //go:cgo_ldflag \"arg\"");
  }
}

DirectiveSet Directives::take() {
  DirectiveSet set = std::move(pending_);
  pending_ = DirectiveSet();
  return set;
}

void Directives::clear() {
  if (pending_.empty()) return;
  misplaced(pending_, /*now=*/true);
  pending_ = DirectiveSet();
}

void Directives::misplaced(const DirectiveSet& set, bool now) {
  auto error = [&](Pos pos, const char* msg) {
    if (now)
      report_(pos, msg);
    else
      later(pos, msg);
  };
  for (const DirectiveSet::Use& use : set.uses)
    if (use.flags & set.flags) error(use.pos, "misplaced compiler directive");
  for (const DirectiveSet::Embed& e : set.embeds) error(e.pos, "misplaced go:embed directive");
}

uint32_t Directives::allow(DirectiveSet& set, uint32_t allowed) {
  uint32_t present = set.flags & allowed;
  set.flags &= ~allowed;
  misplaced(set, /*now=*/false);
  return present;
}

std::vector<std::string> Directives::embedPatterns(DirectiveSet& set, bool importsEmbed,
                                                   size_t names, bool hasValues, bool hasType,
                                                   bool inFunc) {
  std::vector<DirectiveSet::Embed> embeds = std::move(set.embeds);
  set.embeds.clear();
  std::vector<std::string> patterns;
  if (!embeds.empty()) {
    const char* error = !importsEmbed ? "go:embed only allowed in Go files that import \"embed\""
                        : names > 1   ? "go:embed cannot apply to multiple vars"
                        : hasValues   ? "go:embed cannot apply to var with initializer"
                        : !hasType    ? "go:embed cannot apply to var without type"
                        : inFunc      ? "go:embed cannot apply to var inside func"
                                      : nullptr;
    if (error) {
      later(embeds[0].pos, error);
    } else {
      for (DirectiveSet::Embed& e : embeds)
        for (std::string& p : e.patterns) patterns.push_back(std::move(p));
    }
  }
  allow(set, 0);  // a variable carries no other directive
  return patterns;
}

uint32_t Directives::funcPragmas(DirectiveSet& set, Pos funcPos, bool hasBody) {
  uint32_t flags = allow(set, kFuncPragmas);
  if ((flags & kPragmaSystemStack) && (flags & kPragmaNoSplit))
    later(funcPos, "go:nosplit and go:systemstack cannot be combined");
  if (hasBody) {
    if (flags & kPragmaNoEscape)
      later(funcPos, "can only use //go:noescape with external func implementations");
    // uintptrescapes implies uintptrkeepalive but is fine: its arguments escape to the heap.
    if ((flags & kPragmaUintptrKeepAlive) && !(flags & kPragmaUintptrEscapes) &&
        !(flags & kPragmaNoSplit))
      later(funcPos, "go:uintptrkeepalive requires go:nosplit");
  }
  return flags;
}

void Directives::reportHeldBack() {
  for (auto& [pos, msg] : held_) report_(pos, std::move(msg));
  held_.clear();
}

}  // namespace ergo::syntax
