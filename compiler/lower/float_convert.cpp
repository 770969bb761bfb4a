// Conversions between numeric types where a float or complex type is involved, with gc's
// results on each architecture: LLVM's fptosi is poison out of range, gc's is not.
//   amd64: CVTTSD2SQ/CVTTSD2SL, which give the "integer indefinite" 0x8000... when the
//          truncated value does not fit; uint64 as gc's two-range sequence; uint32 through
//          int64; int8/int16/uint8/uint16 through int32.
//   arm64: FCVTZS/FCVTZU, which saturate and turn NaN into 0; uint32 goes through a signed
//          int64, int8/int16/uint8/uint16 through a signed int32, then truncate.
#include "llvm/IR/Intrinsics.h"
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::Value* Lowerer::convertNumeric(llvm::Value* x, ty::Type* from, ty::Type* to) {
  bool fromFloat = ty::isFloat(from), toFloat = ty::isFloat(to);
  bool fromComplex = isComplexType(from), toComplex = isComplexType(to);
  if (!fromFloat && !toFloat && !fromComplex && !toComplex) return nullptr;
  llvm::Type* target = llType(to);
  auto resize = [&](llvm::Value* f, llvm::Type* t) -> llvm::Value* {
    if (f->getType() == t) return f;
    return t->isDoubleTy() ? b_.CreateFPExt(f, t) : b_.CreateFPTrunc(f, t);
  };
  if (fromComplex && toComplex) {
    llvm::Type* part = llvm::cast<llvm::StructType>(target)->getElementType(0);
    return makeComplex(resize(b_.CreateExtractValue(x, 0), part),
                       resize(b_.CreateExtractValue(x, 1), part));
  }
  if (fromFloat && toFloat) return resize(x, target);
  if (toFloat && ty::isInteger(from)) {
    // Exact for narrow integers; correctly rounded for 64-bit ones, as gc's sequences are.
    return ty::isUnsigned(from) ? b_.CreateUIToFP(x, target) : b_.CreateSIToFP(x, target);
  }
  if (fromFloat && ty::isInteger(to)) return floatToInt(x, to);
  return nullptr;
}

llvm::Value* Lowerer::floatToInt(llvm::Value* x, ty::Type* to) {
  // float32 widens exactly, and the instructions give the same results from either width.
  x = x->getType()->isDoubleTy() ? x : b_.CreateFPExt(x, b_.getDoubleTy());
  llvm::Type* target = llType(to);
  unsigned width = target->getIntegerBitWidth();
  bool isUnsigned = ty::isUnsigned(to);
  llvm::Type* i32 = b_.getInt32Ty();
  auto constant = [&](double d) { return llvm::ConstantFP::get(b_.getDoubleTy(), d); };
  if (targetIsArm64()) {
    auto saturate = [&](bool toUnsigned, llvm::Type* t) {
      auto id = toUnsigned ? llvm::Intrinsic::fptoui_sat : llvm::Intrinsic::fptosi_sat;
      return b_.CreateIntrinsic(id, {t, x->getType()}, {x});
    };
    if (width == 64) return saturate(isUnsigned, target);
    if (width == 32 && isUnsigned) return b_.CreateTrunc(saturate(false, i64_), target);
    if (width == 32) return saturate(false, target);
    return b_.CreateTrunc(saturate(false, i32), target);
  }
  // amd64. CVTT*: the truncation toward zero when it fits in `bits` bits, else the
  // integer indefinite (the most negative value). A NaN fails both comparisons.
  auto cvtt = [&](llvm::Value* f, unsigned bits) -> llvm::Value* {
    llvm::Type* t = b_.getIntNTy(bits);
    double lo = bits == 64 ? -9223372036854775808.0 : -2147483649.0;
    double hi = bits == 64 ? 9223372036854775808.0 : 2147483648.0;
    llvm::Value* fits = b_.CreateAnd(
        bits == 64 ? b_.CreateFCmpOGE(f, constant(lo)) : b_.CreateFCmpOGT(f, constant(lo)),
        b_.CreateFCmpOLT(f, constant(hi)));
    // Select, not branch: the fptosi is poison only in the lane the select drops.
    llvm::Value* safe = b_.CreateSelect(fits, f, constant(0));
    return b_.CreateSelect(fits, b_.CreateFPToSI(safe, t),
                           llvm::ConstantInt::get(t, llvm::APInt::getSignedMinValue(bits)));
  };
  if (width < 32) return b_.CreateTrunc(cvtt(x, 32), target);
  if (width == 32) return isUnsigned ? b_.CreateTrunc(cvtt(x, 64), target) : cvtt(x, 32);
  if (!isUnsigned) return cvtt(x, 64);
  // uint64: below 2^63 a signed conversion; from 2^63 on, convert x - 2^63 and set the top
  // bit (a NaN takes this path too and ends up 0x8000000000000000, as in gc).
  llvm::Value* small = b_.CreateFCmpOLT(x, constant(9223372036854775808.0));
  llvm::Value* low = cvtt(x, 64);
  llvm::Value* above = b_.CreateFSub(x, constant(9223372036854775808.0));
  llvm::Value* high = b_.CreateOr(cvtt(above, 64), b_.getInt64(0x8000000000000000ULL));
  return b_.CreateSelect(small, low, high);
}

}  // namespace ergo::lower
