#!/bin/sh
# Runs the hand-written IR programs here through real LLVM landing pads and ergo's runtime:
# each .ll is compiled at -O0 and -O2 with clang-19, linked statically with libergort.a and
# run; stdout+stderr and the exit status must equal NAME.out (status on the last line).
# Usage: run.sh LIBDIR ARCH    (LIBDIR = build/lib/ergo, ARCH = amd64 | arm64)
set -eu
libdir=$1
arch=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case $arch in
  amd64) target=x86_64-linux-gnu; runner= ;;
  arm64) target=aarch64-linux-gnu; runner=qemu-aarch64-static ;;
  *) echo "unknown arch $arch" >&2; exit 2 ;;
esac
fail=0
for ll in "$here"/*.ll; do
  name=$(basename "$ll" .ll)
  for opt in O0 O2; do
    clang-19 --target=$target -Wno-override-module -$opt -c "$ll" -o "$tmp/$name.o"
    clang-19 --target=$target -static -fuse-ld=lld "$tmp/$name.o" \
      "$libdir/linux_$arch/libergort.a" -o "$tmp/$name"
    status=0
    $runner "$tmp/$name" >"$tmp/out" 2>&1 || status=$?
    # The trace lines hold addresses: compare up to the goroutine header.
    sed '/^goroutine /,$d' "$tmp/out" >"$tmp/got"
    echo "exit $status" >>"$tmp/got"
    if cmp -s "$tmp/got" "$here/$name.out"; then
      echo "ok   $name/$arch/$opt"
    else
      echo "FAIL $name/$arch/$opt"
      diff "$here/$name.out" "$tmp/got" || true
      fail=1
    fi
  done
done
exit $fail
