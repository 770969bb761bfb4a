// A Go tree's packages as `CGO_ENABLED=0 go list` sees them for linux/amd64 (the expected
// file lists are go 1.19's `go list -f '{{.GoFiles}}'`). Skipped without Go 1.19's sources;
// the whole `std` list is compared with go list's by the ctest tool_check_std_list.
#include <catch2/catch.hpp>

#include <algorithm>

#include "driver/stdpkgs.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace ergo::driver;

namespace {

const char* kSrc = "/usr/share/go-1.19/src";

std::vector<std::string> fileNames(const std::string& importPath) {
  std::vector<std::string> names;
  BuildContext ctx{"linux", "amd64", {"gc"}};
  for (const std::string& f : packageGoFiles(std::string(kSrc) + "/" + importPath, ctx))
    names.push_back(llvm::sys::path::filename(f).str());
  return names;
}

}  // namespace

TEST_CASE("file names select GOOS and GOARCH, tests included", "[stdpkgs]") {
  BuildContext amd64{"linux", "amd64"};
  CHECK(fileNameMatchesTarget("x.go", amd64));
  CHECK(fileNameMatchesTarget("linux.go", amd64));  // the name itself is no suffix
  CHECK(fileNameMatchesTarget("x_linux_amd64.go", amd64));
  CHECK(fileNameMatchesTarget("x_amd64_test.go", amd64));
  CHECK_FALSE(fileNameMatchesTarget("x_windows.go", amd64));
  CHECK_FALSE(fileNameMatchesTarget("x_linux_arm64.go", amd64));
  CHECK_FALSE(fileNameMatchesTarget("x_ppc64le_test.go", amd64));
}

TEST_CASE("std packages get go list's files: cgo off, gc on", "[stdpkgs]") {
  if (!llvm::sys::fs::is_directory(kSrc)) return;  // no Go 1.19 tree: nothing to compare
  CHECK(fileNames("os/user") == std::vector<std::string>{"listgroups_unix.go", "lookup.go",
                                                         "lookup_stubs.go", "lookup_unix.go",
                                                         "user.go"});
  CHECK(fileNames("internal/goroot") == std::vector<std::string>{"gc.go"});
  CHECK(fileNames("crypto/internal/edwards25519/field") ==
        std::vector<std::string>{"fe.go", "fe_amd64.go", "fe_arm64_noasm.go", "fe_generic.go"});
  CHECK(fileNames("vendor/golang.org/x/sys/cpu") ==
        std::vector<std::string>{"byteorder.go", "cpu.go", "cpu_gc_x86.go", "cpu_linux_noinit.go",
                                 "cpu_x86.go", "hwcap_linux.go"});
}

TEST_CASE("std lists 238 packages; imports find src/vendor", "[stdpkgs]") {
  if (!llvm::sys::fs::is_directory(kSrc)) return;  // no Go 1.19 tree: nothing to compare
  std::vector<std::string> std = listStd(kSrc, BuildContext{"linux", "amd64", {"gc"}});
  CHECK(std.size() == 238);
  CHECK(std::count(std.begin(), std.end(), "runtime/cgo") == 0);
  CHECK(std::count(std.begin(), std.end(), "builtin") == 0);
  CHECK(std::count(std.begin(), std.end(), "vendor/golang.org/x/net/dns/dnsmessage") == 1);
  std::string pkgPath, dir;
  REQUIRE(resolveStdImport(kSrc, "golang.org/x/net/dns/dnsmessage", pkgPath, dir));
  CHECK(pkgPath == "vendor/golang.org/x/net/dns/dnsmessage");
  REQUIRE(resolveStdImport(kSrc, "net/http", pkgPath, dir));
  CHECK(pkgPath == "net/http");
  CHECK_FALSE(resolveStdImport(kSrc, "no/such/package", pkgPath, dir));
}
