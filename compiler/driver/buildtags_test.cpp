// Build constraints select files as `go build` does for linux/amd64 and linux/arm64.
#include <catch2/catch.hpp>

#include "driver/buildtags.h"

using ergo::driver::BuildContext;
using ergo::driver::fileMatchesConstraints;

namespace {
const BuildContext kAmd64{"linux", "amd64"};
const BuildContext kArm64{"linux", "arm64"};
}  // namespace

TEST_CASE("a file without constraints is always built", "[buildtags]") {
  CHECK(fileMatchesConstraints("package main\n", kAmd64));
  CHECK(fileMatchesConstraints("// Copyright\n\n// Package doc.\npackage p\n", kArm64));
}

TEST_CASE("//go:build expressions with && || ! and parentheses", "[buildtags]") {
  const char* src = "//go:build linux && (amd64 || arm64) && !windows\n\npackage p\n";
  CHECK(fileMatchesConstraints(src, kAmd64));
  CHECK(fileMatchesConstraints(src, kArm64));
  CHECK(fileMatchesConstraints("//go:build arm64\n\npackage p\n", kArm64));
  CHECK_FALSE(fileMatchesConstraints("//go:build arm64\n\npackage p\n", kAmd64));
  CHECK_FALSE(fileMatchesConstraints("//go:build !linux\npackage p\n", kAmd64));
  // && binds tighter than ||.
  CHECK(fileMatchesConstraints("//go:build windows && 386 || linux\npackage p\n", kAmd64));
}

TEST_CASE("ergo's own tags: unix, ergo and release tags up to go1.22", "[buildtags]") {
  CHECK(fileMatchesConstraints("//go:build unix\npackage p\n", kAmd64));
  CHECK(fileMatchesConstraints("//go:build ergo\npackage p\n", kAmd64));
  CHECK(fileMatchesConstraints("//go:build go1.21\npackage p\n", kAmd64));
  CHECK(fileMatchesConstraints("//go:build go1.22\npackage p\n", kAmd64));
  CHECK_FALSE(fileMatchesConstraints("//go:build go1.23\npackage p\n", kAmd64));
  // ergo is neither gc nor gccgo, and has no cgo.
  CHECK_FALSE(fileMatchesConstraints("//go:build gc\npackage p\n", kAmd64));
  CHECK_FALSE(fileMatchesConstraints("//go:build gccgo\npackage p\n", kAmd64));
  CHECK_FALSE(fileMatchesConstraints("//go:build cgo\npackage p\n", kAmd64));
  CHECK(fileMatchesConstraints("//go:build !cgo\npackage p\n", kAmd64));
}

TEST_CASE("// +build lines: spaces are or, commas are and, lines are and", "[buildtags]") {
  CHECK(fileMatchesConstraints("// +build linux,amd64 darwin\n\npackage p\n", kAmd64));
  CHECK_FALSE(fileMatchesConstraints("// +build linux,arm64 darwin\n\npackage p\n", kAmd64));
  CHECK_FALSE(fileMatchesConstraints("// +build linux\n// +build arm64\n\npackage p\n", kAmd64));
  CHECK(fileMatchesConstraints("// +build !windows\n\npackage p\n", kAmd64));
}

TEST_CASE("//go:build wins over // +build, and only the header counts", "[buildtags]") {
  CHECK(fileMatchesConstraints("//go:build amd64\n// +build arm64\n\npackage p\n", kAmd64));
  // After the package clause a constraint is an ordinary comment.
  CHECK(fileMatchesConstraints("package p\n//go:build arm64\n", kAmd64));
  // A block comment before the constraint is part of the header.
  CHECK_FALSE(fileMatchesConstraints("/* doc\n */\n//go:build arm64\npackage p\n", kAmd64));
  // A malformed expression excludes the file rather than guessing.
  CHECK_FALSE(fileMatchesConstraints("//go:build (linux\npackage p\n", kAmd64));
  // //go:builder is not a constraint.
  CHECK(fileMatchesConstraints("//go:builder arm64\npackage p\n", kAmd64));
}
