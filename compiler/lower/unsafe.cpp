// unsafe.Add, Slice, String, StringData and SliceData (ir UnsafeCall; builder_unsafe.cpp).
// Slice and String check their arguments in the runtime as gc's unsafeslice/unsafestring do.
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::Value* Lowerer::unsafeCall(const ir::Value* v) {
  auto id = static_cast<ty::BuiltinId>(v->index);
  llvm::Value* x = value(v->operands[0]);
  // A length of unsigned type above MaxInt64 reads as negative: out of range, as in gc.
  auto length = [&] { return toInt64(value(v->operands[1]), v->operands[1]->type); };
  switch (id) {
    case ty::BuiltinId::Add:
      return b_.CreateGEP(i8_, x, length());
    case ty::BuiltinId::Slice: {
      ty::Type* elem = llvm::cast<ty::Pointer>(ty::underlying(v->operands[0]->type))->elem;
      llvm::Value* n = length();
      callRuntime("runtime.unsafeslicecheck", {b_.getInt64(sizeOf(elem)), x, n});
      llvm::Value* s = llvm::UndefValue::get(sliceTy_);
      s = b_.CreateInsertValue(s, x, 0);
      s = b_.CreateInsertValue(s, n, 1);
      return b_.CreateInsertValue(s, n, 2);
    }
    case ty::BuiltinId::String: {
      llvm::Value* n = length();
      callRuntime("runtime.unsafestringcheck", {x, n});
      llvm::Value* s = llvm::UndefValue::get(stringTy_);
      s = b_.CreateInsertValue(s, x, 0);
      return b_.CreateInsertValue(s, n, 1);
    }
    case ty::BuiltinId::StringData:
    case ty::BuiltinId::SliceData:
      return b_.CreateExtractValue(x, 0);
    default:
      unsupported(v->pos, "this function of package unsafe");
      return llvm::UndefValue::get(llType(v->type));
  }
}

}  // namespace ergo::lower
