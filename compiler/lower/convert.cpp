// Conversions T(x): integer widths, strings to and from integers, byte and rune slices, and
// slices to arrays and array pointers.
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::Value* Lowerer::convert(const ir::Value* v) {
  ty::Type* from = v->operands[0]->type;
  ty::Type* to = v->type;
  llvm::Value* x = value(v->operands[0]);
  llvm::Type* target = llType(to);
  if (x->getType() == target && ty::underlying(from) == ty::underlying(to)) return x;
  if (llvm::Value* r = convertNumeric(x, from, to)) return r;
  if (ty::isInteger(from) && ty::isInteger(to)) {
    unsigned fw = x->getType()->getIntegerBitWidth(), tw = target->getIntegerBitWidth();
    if (fw == tw) return x;
    if (fw > tw) return b_.CreateTrunc(x, target);
    return ty::isUnsigned(from) ? b_.CreateZExt(x, target) : b_.CreateSExt(x, target);
  }
  auto makeString = [&](llvm::Value* pair) {
    llvm::Value* s = llvm::UndefValue::get(stringTy_);
    s = b_.CreateInsertValue(s, b_.CreateIntToPtr(b_.CreateExtractValue(pair, 0), ptr_), 0);
    return b_.CreateInsertValue(s, b_.CreateExtractValue(pair, 1), 1);
  };
  if (ty::isInteger(from) && ty::isString(to))
    return makeString(callRuntime("runtime.intstring", {toInt64(x, from)}));
  auto* fromSlice = llvm::dyn_cast<ty::Slice>(ty::underlying(from));
  auto* toSlice = llvm::dyn_cast<ty::Slice>(ty::underlying(to));
  if (fromSlice && ty::isString(to) && ty::isBasic(fromSlice->elem, ty::BasicKind::Uint8))
    return makeString(callRuntime("runtime.slicebytetostring",
                                  {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1)}));
  if (ty::isString(from) && toSlice && ty::isBasic(toSlice->elem, ty::BasicKind::Uint8)) {
    llvm::Value* len = b_.CreateExtractValue(x, 1);
    llvm::Value* pair =
        callRuntime("runtime.stringtoslicebyte", {b_.CreateExtractValue(x, 0), len});
    llvm::Value* s = llvm::UndefValue::get(sliceTy_);
    s = b_.CreateInsertValue(s, b_.CreateIntToPtr(b_.CreateExtractValue(pair, 0), ptr_), 0);
    s = b_.CreateInsertValue(s, len, 1);
    return b_.CreateInsertValue(s, b_.CreateExtractValue(pair, 1), 2);
  }
  if (fromSlice && ty::isString(to) && ty::isBasic(fromSlice->elem, ty::BasicKind::Int32))
    return makeString(callRuntime("runtime.slicerunetostring",
                                  {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1)}));
  if (ty::isString(from) && toSlice && ty::isBasic(toSlice->elem, ty::BasicKind::Int32)) {
    llvm::Value* data = b_.CreateExtractValue(x, 0);
    llvm::Value* len = b_.CreateExtractValue(x, 1);
    llvm::Value* n = callRuntime("runtime.countrunes", {data, len});
    llvm::Value* pair = callRuntime("runtime.stringtorunes", {data, len, n});
    llvm::Value* s = llvm::UndefValue::get(sliceTy_);
    s = b_.CreateInsertValue(s, b_.CreateIntToPtr(b_.CreateExtractValue(pair, 0), ptr_), 0);
    s = b_.CreateInsertValue(s, n, 1);
    return b_.CreateInsertValue(s, b_.CreateExtractValue(pair, 1), 2);
  }
  if (fromSlice) {
    // (*[N]T)(s) and (Go 1.20) [N]T(s): s's data once len(s) >= N.
    auto* toPtr = llvm::dyn_cast<ty::Pointer>(ty::underlying(to));
    auto* arr = llvm::dyn_cast<ty::Array>(ty::underlying(toPtr ? toPtr->elem : to));
    if (arr) return sliceToArray(x, arr, toPtr == nullptr, target);
  }
  if (x->getType() == target) return x;
  // uintptr(unsafe.Pointer(p)) and back.
  if (x->getType()->isPointerTy() && target->isIntegerTy()) return b_.CreatePtrToInt(x, target);
  if (x->getType()->isIntegerTy() && target->isPointerTy()) return b_.CreateIntToPtr(x, target);
  unsupported(v->pos, fmt::format("the conversion from {} to {}", ty::typeString(from),
                                  ty::typeString(to)));
  return llvm::UndefValue::get(target);
}

// The array behind slice s for (*[N]T)(s), or a copy of it for [N]T(s); a panic when
// len(s) < N. (*[0]T)(nil) is nil, as gc.
llvm::Value* Lowerer::sliceToArray(llvm::Value* s, ty::Array* arr, bool copy, llvm::Type* target) {
  llvm::Value* n = llvm::ConstantInt::get(i64_, static_cast<uint64_t>(arr->len));
  llvm::Value* len = b_.CreateExtractValue(s, 1);
  checkOrPanic(b_.CreateICmpSLT(len, n),
               copy ? "runtime.panicSliceToArray" : "runtime.panicSliceConvert", {n, len});
  llvm::Value* data = b_.CreateExtractValue(s, 0);
  if (!copy) return data;
  return b_.CreateLoad(target, data);
}

}  // namespace ergo::lower
