// Strings: indexing, rune decoding for range, concatenation.
#include "lower/lowerer.h"

namespace ergo::lower {

// s[i] of a string: one byte, bounds-checked.
llvm::Value* Lowerer::stringIndex(const ir::Value* v) {
  llvm::Value* s = value(v->operands[0]);
  llvm::Value* i = toInt64(value(v->operands[1]), v->operands[1]->type);
  indexCheck(i, b_.CreateExtractValue(s, 1), v->operands[1]->type);
  return b_.CreateLoad(i8_, b_.CreateInBoundsGEP(i8_, b_.CreateExtractValue(s, 0), i));
}

// The rune at byte offset i of s and the offset after it, as a (rune, int) tuple.
llvm::Value* Lowerer::decodeRune(const ir::Value* v) {
  llvm::Value* s = value(v->operands[0]);
  llvm::Value* pair = callRuntime(
      "runtime.decoderune",
      {b_.CreateExtractValue(s, 0), b_.CreateExtractValue(s, 1), value(v->operands[1])});
  llvm::Value* t = llvm::UndefValue::get(llType(v->type));
  t = b_.CreateInsertValue(t, b_.CreateTrunc(b_.CreateExtractValue(pair, 0), b_.getInt32Ty()), 0);
  return b_.CreateInsertValue(t, b_.CreateExtractValue(pair, 1), 1);
}

llvm::Value* Lowerer::concatStrings(llvm::Value* x, llvm::Value* y) {
  llvm::Value* pair = callRuntime("runtime.concatstring2",
                                  {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1),
                                   b_.CreateExtractValue(y, 0), b_.CreateExtractValue(y, 1)});
  llvm::Value* s = llvm::UndefValue::get(stringTy_);
  s = b_.CreateInsertValue(s, b_.CreateIntToPtr(b_.CreateExtractValue(pair, 0), ptr_), 0);
  return b_.CreateInsertValue(s, b_.CreateExtractValue(pair, 1), 1);
}

}  // namespace ergo::lower
