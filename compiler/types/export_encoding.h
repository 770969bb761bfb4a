// The byte-level pieces of export data (docs/export-data.md): the header, section names, tags,
// and the unsigned/zigzag LEB128 varints every number is written as. Shared by the writer
// (export_data.cpp) and the reader (import_data.cpp).
#pragma once

#include <cstdint>
#include <string>

#include "llvm/ADT/StringRef.h"

namespace ergo::types::exportdata {

inline constexpr char kMagic[4] = {'E', 'R', 'G', 'X'};
// Bumped when a section's existing content changes meaning; new sections need no bump (a
// reader skips the sections it does not know).
inline constexpr uint32_t kVersion = 1;

// Section names (a reader finds sections by name, in any order).
inline constexpr llvm::StringLiteral kStrings = "strings";
inline constexpr llvm::StringLiteral kPackage = "package";
inline constexpr llvm::StringLiteral kImports = "imports";
inline constexpr llvm::StringLiteral kTypes = "types";
inline constexpr llvm::StringLiteral kObjects = "objects";
inline constexpr llvm::StringLiteral kGenerics = "generics";

// Package references inside types and names: 0 the universe (no package), 1 the package
// itself, 2+i the i-th entry of the imports section.
inline constexpr uint64_t kPkgUniverse = 0;
inline constexpr uint64_t kPkgSelf = 1;

// Type table entries.
enum class TypeTag : uint8_t {
  Basic = 1,   // BasicKind
  Pointer,     // elem
  Slice,       // elem
  Array,       // len (zigzag), elem
  Map,         // key, elem
  Chan,        // dir, elem
  Struct,      // n, then n × (name, type, embedded, tag, pkg)
  Tuple,       // n, then n × type
  Signature,   // params, results, variadic, n type parameters (TypeParam entries)
  Interface,   // n methods × (name, pkg, sig), allTypes, comparable, implicit, n terms × (tilde,
               // type)
  Named,       // pkg, name: a package-level defined type, looked up in its package
  LocalNamed,  // pkg, name, underlying: a type declared in a function (identity per file)
  Instance,    // origin, n args
  TypeParam,   // name, index, constraint
};

// Object entries.
enum class ObjTag : uint8_t { Const = 1, Var, Func, DefinedType, Alias };

// Constant values: the representation of types/constant.h, kept as is.
enum class ConstTag : uint8_t {
  Unknown = 0,
  False,
  True,
  String,    // bytes
  Small,     // zigzag int64
  BigInt,    // big integer (sign, magnitude bytes)
  Rat,       // big numerator, big denominator
  BigFloat,  // big mantissa, zigzag exponent: mantissa × 2^exponent at 512 bits
  Complex,   // two constants
};

class ByteWriter {
 public:
  void byte(uint8_t b) { out_.push_back(static_cast<char>(b)); }
  void uvarint(uint64_t v) {
    while (v >= 0x80) {
      byte(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    byte(static_cast<uint8_t>(v));
  }
  void svarint(int64_t v) {
    uvarint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void bytes(llvm::StringRef s) {
    uvarint(s.size());
    out_.append(s.data(), s.size());
  }
  void raw(llvm::StringRef s) { out_.append(s.data(), s.size()); }
  std::string& str() { return out_; }
  size_t size() const { return out_.size(); }

 private:
  std::string out_;
};

// Reads what ByteWriter wrote. Reading past the end sets failed() and returns zeros, so a
// truncated or corrupt file is detected once, by the caller, instead of at every read.
class ByteReader {
 public:
  explicit ByteReader(llvm::StringRef data) : data_(data) {}
  uint8_t byte() {
    if (pos_ >= data_.size()) {
      failed_ = true;
      return 0;
    }
    return static_cast<uint8_t>(data_[pos_++]);
  }
  uint64_t uvarint() {
    uint64_t v = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      uint8_t b = byte();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    failed_ = true;
    return 0;
  }
  int64_t svarint() {
    uint64_t u = uvarint();
    return static_cast<int64_t>((u >> 1) ^ (~(u & 1) + 1));
  }
  llvm::StringRef bytes() { return raw(uvarint()); }
  llvm::StringRef raw(uint64_t n) {
    if (n > data_.size() - pos_) {
      failed_ = true;
      pos_ = data_.size();
      return {};
    }
    llvm::StringRef s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  bool atEnd() const { return pos_ >= data_.size(); }
  bool failed() const { return failed_; }
  void fail() { failed_ = true; }

 private:
  llvm::StringRef data_;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace ergo::types::exportdata
