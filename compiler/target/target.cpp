#include "target/target.h"

#include "lld/Common/Driver.h"
#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "lower/lower.h"
#include "target/libc_paths.h"

LLD_HAS_DRIVER(elf)

namespace ergo::target {

namespace {
void initializeLLVM() {
  static bool done = [] {
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64Target();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64AsmPrinter();
    // The object streamer parses the inline assembly of generated code (the stack check's
    // read of the current G) with the target's assembly parser, which the target itself
    // does not register.
    LLVMInitializeX86AsmParser();
    LLVMInitializeAArch64AsmParser();
    return true;
  }();
  (void)done;
}

// Collects the backend's "stack frame size exceeds limit" diagnostics; every other
// diagnostic goes the default way (printed).
struct FrameSizeCollector : llvm::DiagnosticHandler {
  std::vector<OversizeFrame>* out;
  explicit FrameSizeCollector(std::vector<OversizeFrame>* out) : out(out) {}
  bool handleDiagnostics(const llvm::DiagnosticInfo& info) override {
    auto* size = llvm::dyn_cast<llvm::DiagnosticInfoStackSize>(&info);
    if (!size) return false;
    out->push_back({size->getFunction().getName().str(), size->getStackSize()});
    return true;
  }
};

// Installs a FrameSizeCollector on a context for one emission, then puts the previous
// handler back (the context is shared by every package of a build).
class CollectFrameSizes {
 public:
  CollectFrameSizes(llvm::LLVMContext& context, std::vector<OversizeFrame>* out)
      : context_(context) {
    if (!out) return;
    previous_ = context.getDiagnosticHandler();
    context.setDiagnosticHandler(std::make_unique<FrameSizeCollector>(out));
    installed_ = true;
  }
  ~CollectFrameSizes() {
    if (installed_) context_.setDiagnosticHandler(std::move(previous_));
  }

 private:
  llvm::LLVMContext& context_;
  std::unique_ptr<llvm::DiagnosticHandler> previous_;
  bool installed_ = false;
};
}  // namespace

std::unique_ptr<Target> makeTarget(llvm::StringRef goos, llvm::StringRef goarch, int optLevel,
                                   std::string& error) {
  initializeLLVM();
  auto t = std::make_unique<Target>();
  if (goos != "linux") {
    error = "unsupported GOOS/GOARCH pair " + goos.str() + "/" + goarch.str();
    return nullptr;
  }
  if (goarch == "amd64") {
    t->arch = Arch::Amd64;
    t->triple = "x86_64-unknown-linux-gnu";
  } else if (goarch == "arm64") {
    t->arch = Arch::Arm64;
    t->triple = "aarch64-unknown-linux-gnu";
  } else {
    error = "unsupported GOOS/GOARCH pair " + goos.str() + "/" + goarch.str();
    return nullptr;
  }
  t->goarch = goarch.str();
  std::string lookupError;
  const llvm::Target* llvmTarget = llvm::TargetRegistry::lookupTarget(t->triple, lookupError);
  if (!llvmTarget) {
    error = lookupError;
    return nullptr;
  }
  llvm::TargetOptions options;
  auto level = optLevel == 0   ? llvm::CodeGenOptLevel::None
               : optLevel == 1 ? llvm::CodeGenOptLevel::Less
                               : llvm::CodeGenOptLevel::Default;
  // Static, non-PIC code: ergo's binaries are static executables.
  t->machine.reset(llvmTarget->createTargetMachine(t->triple, "generic", "", options,
                                                   llvm::Reloc::Static, std::nullopt, level));
  return t;
}

void optimize(Target& target, llvm::Module& module, int optLevel) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(target.machine.get());
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  // Inlined functions' stack checks go as soon as inlining has made them (lower.h).
  pb.registerPeepholeEPCallback([](llvm::FunctionPassManager& fpm, llvm::OptimizationLevel) {
    fpm.addPass(lower::DropInlinedStackChecks());
  });
  llvm::ModulePassManager mpm =
      optLevel == 0 ? pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0)
                    : pb.buildPerModuleDefaultPipeline(optLevel == 1 ? llvm::OptimizationLevel::O1
                                                                     : llvm::OptimizationLevel::O2);
  mpm.run(module, mam);
}

bool emitCode(Target& target, llvm::Module& module, llvm::CodeGenFileType type, std::string& out,
              std::string& error, std::vector<OversizeFrame>* oversize) {
  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream os(buffer);
  llvm::legacy::PassManager codegen;
  CollectFrameSizes collect(module.getContext(), oversize);
  if (target.machine->addPassesToEmitFile(codegen, os, nullptr, type)) {
    error = "the target cannot emit this kind of file";
    return false;
  }
  codegen.run(module);
  out.assign(buffer.begin(), buffer.end());
  return true;
}

bool emitObject(Target& target, llvm::Module& module, int optLevel, std::string& object,
                std::string& error, std::vector<OversizeFrame>* oversize) {
  optimize(target, module, optLevel);
  return emitCode(target, module, llvm::CodeGenFileType::ObjectFile, object, error, oversize);
}

bool link(const Target& target, const std::vector<std::string>& objects,
          const std::string& runtimeArchive, const std::string& output, std::string& error) {
  namespace p = paths;
  bool amd64 = target.arch == Arch::Amd64;
  std::vector<std::string> args = {"ld.lld",
                                   "-m",
                                   amd64 ? "elf_x86_64" : "aarch64linux",
                                   "-static",
                                   "--gc-sections",
                                   "--build-id",
                                   "--eh-frame-hdr",
                                   "-o",
                                   output,
                                   amd64 ? p::amd64_crt1 : p::arm64_crt1,
                                   amd64 ? p::amd64_crti : p::arm64_crti,
                                   amd64 ? p::amd64_crtbeginT : p::arm64_crtbeginT};
  args.insert(args.end(), objects.begin(), objects.end());
  args.push_back(runtimeArchive);
  args.push_back("--start-group");
  args.push_back(amd64 ? p::amd64_libm : p::arm64_libm);
  args.push_back(amd64 ? p::amd64_libgcc : p::arm64_libgcc);
  args.push_back(amd64 ? p::amd64_libgcc_eh : p::arm64_libgcc_eh);
  args.push_back(amd64 ? p::amd64_libc : p::arm64_libc);
  args.push_back("--end-group");
  args.push_back(amd64 ? p::amd64_crtend : p::arm64_crtend);
  args.push_back(amd64 ? p::amd64_crtn : p::arm64_crtn);
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::string diagnostics;
  llvm::raw_string_ostream errs(diagnostics);
  lld::Result r = lld::lldMain(argv, llvm::nulls(), errs, {{lld::Gnu, &lld::elf::link}});
  if (r.retCode != 0 || !r.canRunAgain) {
    error = "link failed:\n" + diagnostics;
    return false;
  }
  return true;
}

}  // namespace ergo::target
