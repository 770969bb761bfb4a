// The API of a checked package in the canonical form of docs/api-dump.md, the same text that
// tools/goapidump prints from go/types: `ergo tool check -api` and tools/api_diff.py compare
// the two, package by package.
#pragma once

#include <string>

#include "llvm/Support/raw_ostream.h"
#include "types/object.h"
#include "types/type.h"

namespace ergo::types {

// Prints one line per exported package-level object, sorted by name, each type's method sets
// after it. What the checker could not work out is printed as `invalid type` or `unknown`.
// The `package PATH` header is the caller's.
void dumpPackageApi(const Package& pkg, llvm::raw_ostream& out);

// Package unsafe's API (`builtin NAME` lines and `type Pointer unsafe.Pointer`) as a package of
// language version go1.`goMinor` sees it: the functions newer than that are left out.
void dumpUnsafeApi(const Package& unsafe, int goMinor, llvm::raw_ostream& out);

// A type in the dump's canonical spelling (import-path-qualified names, uint8 for byte,
// int32 for rune, no parameter names).
std::string apiTypeString(const Type* t);

}  // namespace ergo::types
