// Test helpers shared by the driver's test files: temporary directory trees and running
// shell commands. Only tests include this header.
#pragma once

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace ergo::driver::testing {

// A temporary directory tree, removed at the end of the test.
struct TempTree {
  std::string root;
  TempTree() {
    llvm::SmallString<128> p;
    REQUIRE_FALSE(llvm::sys::fs::createUniqueDirectory("ergo-driver-test", p));
    // Resolve symlinks (e.g. /tmp) so that paths compare equal to findModule's.
    llvm::SmallString<128> real;
    REQUIRE_FALSE(llvm::sys::fs::real_path(p, real));
    root = std::string(real);
  }
  ~TempTree() { llvm::sys::fs::remove_directories(root); }
  std::string path(const std::string& rel) const { return root + "/" + rel; }
  std::string write(const std::string& rel, const std::string& text) const {
    std::string full = path(rel);
    REQUIRE_FALSE(llvm::sys::fs::create_directories(llvm::sys::path::parent_path(full)));
    std::error_code ec;
    llvm::raw_fd_ostream os(full, ec);
    REQUIRE_FALSE(ec);
    os << text;
    return full;
  }
};

// Runs a shell command and returns its stdout; `status` gets the exit status.
inline std::string run(const std::string& cmd, int& status) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int st = pclose(p);
  status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return out;
}

}  // namespace ergo::driver::testing
