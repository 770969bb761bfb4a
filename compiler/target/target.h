// Targets: triples and data layouts, the LLVM optimisation pipeline, object emission, and
// linking with LLD in-process against the runtime archive and the target's static libc.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

namespace ergo::target {

enum class Arch { Amd64, Arm64 };

struct Target {
  std::string goos = "linux";
  std::string goarch;  // "amd64" or "arm64"
  Arch arch;
  std::string triple;  // x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu
  std::unique_ptr<llvm::TargetMachine> machine;
  llvm::DataLayout dataLayout() const { return machine->createDataLayout(); }
};

// Makes the target for GOOS/GOARCH; returns null and sets `error` for unsupported pairs.
std::unique_ptr<Target> makeTarget(llvm::StringRef goos, llvm::StringRef goarch, int optLevel,
                                   std::string& error);

// A machine function whose frame exceeded its "warn-stack-size" attribute.
struct OversizeFrame {
  std::string function;  // the LLVM function's name
  uint64_t bytes = 0;    // the backend's stack size: the frame below the return address
};

// Runs the optimisation pipeline (O0, O1 or O2) on `module`: the first half of emitObject.
void optimize(Target& target, llvm::Module& module, int optLevel);

// Emits machine code for an optimised module into `out`: an ELF object, or assembly text
// (for tests). Frames over their "warn-stack-size" go to `oversize` as in emitObject.
bool emitCode(Target& target, llvm::Module& module, llvm::CodeGenFileType type, std::string& out,
              std::string& error, std::vector<OversizeFrame>* oversize = nullptr);

// Runs the optimisation pipeline (O0, O1 or O2) and emits an ELF object into `object`.
// Functions whose frames exceed their "warn-stack-size" attribute are appended to `oversize`
// instead of being reported as warnings (docs/abi.md, "Stacks": the lowering splits them).
bool emitObject(Target& target, llvm::Module& module, int optLevel, std::string& object,
                std::string& error, std::vector<OversizeFrame>* oversize = nullptr);

// Links object files (paths) with the runtime archive into a static executable.
bool link(const Target& target, const std::vector<std::string>& objects,
          const std::string& runtimeArchive, const std::string& output, std::string& error);

}  // namespace ergo::target
