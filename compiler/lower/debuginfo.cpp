// DWARF line information for generated functions, so that tracebacks print file:line
// (docs/abi.md, "Names and positions"): one line-tables-only compile unit per package, one
// DISubprogram per Go function named as gc names it, and a DILocation on every instruction.
#include <map>

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "lower/lowerer.h"

namespace ergo::lower {

struct DebugInfoState {
  std::unique_ptr<llvm::DIBuilder> builder;
  llvm::DICompileUnit* unit = nullptr;
  llvm::StringMap<llvm::DIFile*> files;           // by the name the line table records
  std::map<uint32_t, std::string> absolutePaths;  // by source file id
  llvm::DISubprogram* subprogram = nullptr;       // of the function being lowered
  // The subprogram's scope for each other file a function's positions fall in.
  std::map<std::pair<llvm::DISubprogram*, llvm::DIFile*>, llvm::DILocalScope*> fileScopes;
  Pos lastPos;
  llvm::DILocation* lastLocation = nullptr;
};

namespace {

struct FileLine {
  llvm::StringRef path;  // empty: no position
  unsigned line = 0;
};

// The file and line a traceback shows, as gc records them: line directives apply. A source
// file's own name is made absolute (once per file: it asks the OS for the cwd); a directive's
// name is kept as written, even relative, and an empty one becomes "??". A `//line :N:C` that
// inherits the file's own name counts as the file's name.
FileLine resolve(DebugInfoState& d, const Diagnostics& diags, Pos pos) {
  if (!pos.valid()) return {};
  const SourceFiles& files = diags.files();
  ReportedPos at = files.reported(pos);
  if (at.directive >= 0 && at.filename != files.path(pos.file))
    return {at.filename.empty() ? llvm::StringRef("??") : at.filename, at.line};
  std::string& absolute = d.absolutePaths[pos.file];
  if (absolute.empty()) {
    llvm::SmallString<256> path(files.path(pos.file));
    llvm::sys::fs::make_absolute(path);
    llvm::sys::path::remove_dots(path, true);
    absolute = path.str().str();
  }
  return {absolute, at.line};
}

// The position that names a function: its declaration, else its first positioned instruction.
Pos functionPos(const ir::Function& f) {
  if (f.object && f.object->decl) return f.object->decl->pos;
  if (f.object && f.object->pos.valid()) return f.object->pos;
  for (const auto& blk : f.blocks)
    for (const ir::Value* v : blk->instrs)
      if (v->pos.valid()) return v->pos;
  return Pos{};
}

// The whole name with an empty directory: the line table then holds full paths in DWARF 4 and
// 5 alike, and the runtime's reader needs no DW_AT_comp_dir from .debug_info.
llvm::DIFile* fileFor(DebugInfoState& d, llvm::DIBuilder& builder, llvm::StringRef path) {
  llvm::DIFile*& file = d.files[path];
  if (!file) file = builder.createFile(path, "");
  return file;
}

}  // namespace

void Lowerer::beginFunctionDebugInfo(const ir::Function& f) {
  if (!debug_) debug_ = std::make_shared<DebugInfoState>();
  DebugInfoState& d = *debug_;
  d.subprogram = nullptr;
  d.lastPos = Pos{};
  d.lastLocation = nullptr;
  b_.SetCurrentDebugLocation(llvm::DebugLoc());
  Pos pos = functionPos(f);
  FileLine where = resolve(d, diags_, pos);
  if (where.path.empty()) return;  // no source position: the function gets no line rows
  if (!d.builder) {
    d.builder = std::make_unique<llvm::DIBuilder>(*out_);
    llvm::DIFile* unitFile = fileFor(d, *d.builder, where.path);
    d.unit = d.builder->createCompileUnit(
        llvm::dwarf::DW_LANG_Go, unitFile, "ergo", /*isOptimized=*/false, "", 0, llvm::StringRef(),
        llvm::DICompileUnit::LineTablesOnly, 0, /*SplitDebugInlining=*/false,
        /*DebugInfoForProfiling=*/false, llvm::DICompileUnit::DebugNameTableKind::None);
    out_->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 5);
    out_->addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  }
  llvm::DIFile* file = fileFor(d, *d.builder, where.path);
  auto* type = d.builder->createSubroutineType(d.builder->getOrCreateTypeArray({}));
  // gc's name (`main.(*T).M`) is the symbol itself, so no separate linkage name is stored.
  d.subprogram = d.builder->createFunction(file, f.symbol, llvm::StringRef(), file, where.line,
                                           type, where.line, llvm::DINode::FlagZero,
                                           llvm::DISubprogram::SPFlagDefinition);
  fn_->setSubprogram(d.subprogram);
  // Until the first positioned instruction: the declaration's line (gc's prologue line).
  d.lastLocation = llvm::DILocation::get(ctx_, where.line, 0, d.subprogram);
  b_.SetCurrentDebugLocation(d.lastLocation);
}

void Lowerer::setDebugLocation(Pos pos) {
  if (!debug_ || !debug_->subprogram) return;
  DebugInfoState& d = *debug_;
  // An instruction without a position keeps its predecessor's line, as gc's do.
  if (pos.valid() && !(pos == d.lastPos)) {
    FileLine where = resolve(d, diags_, pos);
    if (!where.path.empty()) {
      llvm::DIFile* file = fileFor(d, *d.builder, where.path);
      llvm::DILocalScope* scope = d.subprogram;
      if (file != d.subprogram->getFile()) {
        llvm::DILocalScope*& other = d.fileScopes[{d.subprogram, file}];
        if (!other) other = d.builder->createLexicalBlockFile(d.subprogram, file);
        scope = other;
      }
      // Lines only: gc's tracebacks print no columns, and columns would add rows.
      d.lastLocation = llvm::DILocation::get(ctx_, where.line, 0, scope);
      d.lastPos = pos;
    }
  }
  b_.SetCurrentDebugLocation(d.lastLocation);
}

void Lowerer::finishDebugInfo() {
  if (!debug_ || !debug_->builder) return;
  // Instructions emitted outside the instruction loop (the morestack trampoline, helpers built
  // while another function was being lowered) may have no location or another function's. A
  // location must belong to its own function's subprogram, and the verifier wants one on every
  // call that could be inlined: such instructions get line 0, DWARF's "compiler-generated".
  // The runtime's traceback hides frames whose return address is on line 0, so a trampoline's
  // re-call never shows up as a second copy of its function.
  for (llvm::Function& fn : *out_) {
    llvm::DISubprogram* sp = fn.getSubprogram();
    for (llvm::BasicBlock& bb : fn) {
      for (llvm::Instruction& inst : bb) {
        const llvm::DebugLoc& loc = inst.getDebugLoc();
        if (!sp) {
          if (loc) inst.setDebugLoc(llvm::DebugLoc());
          continue;
        }
        bool foreign = loc && loc->getScope()->getSubprogram() != sp;
        if (foreign || (!loc && llvm::isa<llvm::CallBase>(inst)))
          inst.setDebugLoc(llvm::DILocation::get(ctx_, 0, 0, sp));
      }
    }
  }
  debug_->builder->finalize();
}

}  // namespace ergo::lower
