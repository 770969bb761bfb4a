#!/usr/bin/env bash
# Installs every Debian package ergo needs to build, test and compare against gc.
# Idempotent: packages already present are left alone; nothing is fetched outside apt.
set -euo pipefail

packages=(
  # the compiler's own toolchain and libraries
  cmake ninja-build clang-19 llvm-19-dev lld-19 liblld-19-dev libclang-rt-19-dev
  libcli11-dev libfmt-dev libgmp-dev libmpfr-dev catch2 clang-format-19 python3 file bc binutils unicode-data
  # cross-building the runtime and running arm64 binaries
  g++-aarch64-linux-gnu libc6-dev-arm64-cross libstdc++-12-dev-arm64-cross qemu-user-static
  # static libc for the host target
  libc6-dev libstdc++-12-dev libgcc-12-dev
  # the reference toolchains and Go's source tree / test suite
  golang-1.19-go golang-1.19-src gccgo-12
  # the debugger test of the DWARF line tables (tools/gdb_check.sh)
  gdb
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
