// Operands: constants, references to globals and functions, values of earlier instructions.
#include "lower/lowerer.h"

namespace ergo::lower {

llvm::Value* Lowerer::value(const ir::Value* v) {
  if (!v) return nullptr;
  switch (v->op) {
    case ir::Op::Const:
      return constant(v);
    case ir::Op::GlobalRef:
      return out_->getNamedGlobal(v->name);
    case ir::Op::FuncRef:
      return funcValue(*v->callee);
    default: {
      auto it = values_.find(v);
      if (it != values_.end()) return it->second;
      // A big value in memory, wanted as an LLVM value (by code without a memory path).
      if (auto m = inMemory_.find(v); m != inMemory_.end())
        return b_.CreateLoad(llType(v->type), m->second);
      return llvm::UndefValue::get(v->type ? llType(v->type) : i64_);
    }
  }
}

llvm::Value* Lowerer::constant(const ir::Value* v) {
  llvm::Type* t = llType(v->type);
  const ty::Constant& c = v->constant;
  // Numeric constants of float and complex types: rounded once, straight from the exact
  // value (float32 never through float64: that would round twice).
  auto floatPart = [&](llvm::Type* pt, const ty::Constant& part) -> llvm::Constant* {
    if (!part.known()) return llvm::ConstantFP::get(pt, 0.0);
    if (pt->isFloatTy()) return llvm::ConstantFP::get(ctx_, llvm::APFloat(part.toFloat32()));
    return llvm::ConstantFP::get(ctx_, llvm::APFloat(part.toDouble()));
  };
  if (t->isFloatingPointTy()) return floatPart(t, c.known() ? c.real() : c);
  if (isComplexType(v->type)) {
    llvm::Type* pt = llvm::cast<llvm::StructType>(t)->getElementType(0);
    ty::Constant re = c.known() ? c.real() : c, im = c.known() ? c.imag() : c;
    return llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(t),
                                     {floatPart(pt, re), floatPart(pt, im)});
  }
  switch (c.kind()) {
    case ty::Constant::Kind::Bool:
      return llvm::ConstantInt::get(t, c.boolValue());
    case ty::Constant::Kind::String:
      return stringConstant(c.stringValue());
    case ty::Constant::Kind::Int: {
      if (!t->isIntegerTy()) return llvm::Constant::getNullValue(t);
      llvm::APInt bits = c.intValue().trunc(t->getIntegerBitWidth());
      return llvm::ConstantInt::get(t, bits);
    }
    default:
      return llvm::Constant::getNullValue(t);
  }
}

llvm::Value* Lowerer::toInt64(llvm::Value* v, ty::Type* t) {
  if (v->getType() == i64_) return v;
  return ty::isUnsigned(t) || ty::isBoolean(t) ? b_.CreateZExt(v, i64_) : b_.CreateSExt(v, i64_);
}

}  // namespace ergo::lower
