// Arithmetic and comparison: unary and binary operators with Go's definitions of what LLVM
// leaves undefined (division by zero and MinInt / -1, shift counts).
#include "lower/lowerer.h"

namespace ergo::lower {

using syntax::Tok;

llvm::Value* Lowerer::unOp(const ir::Value* v) {
  llvm::Value* x = value(v->operands[0]);
  if (v->tok == Tok::Sub && isComplexType(v->type)) return complexNeg(x);
  if (v->tok == Tok::Sub && x->getType()->isFloatingPointTy()) return b_.CreateFNeg(x);
  if (v->tok == Tok::Sub) return b_.CreateNeg(x);
  if (v->tok == Tok::Not) return b_.CreateNot(x);
  if (v->tok == Tok::Xor) return b_.CreateNot(x);
  return x;
}

llvm::Value* Lowerer::binOp(const ir::Value* v) {
  const ir::Value* xv = v->operands[0];
  llvm::Value* x = value(xv);
  llvm::Value* y = value(v->operands[1]);
  if (syntax::isComparison(v->tok)) return compare(v, x, y);
  if (isComplexType(xv->type)) return complexBinOp(v, x, y);
  if (ty::isFloat(xv->type)) return floatBinOp(v, x, y);
  switch (v->tok) {
    case Tok::Shl:
    case Tok::Shr:
      return shift(v, x, y);
    case Tok::Quo:
    case Tok::Rem:
      return divide(v, x, y);
    default:
      break;
  }
  if (ty::isString(xv->type)) return concatStrings(x, y);
  switch (v->tok) {
    case Tok::Add:
      return b_.CreateAdd(x, y);
    case Tok::Sub:
      return b_.CreateSub(x, y);
    case Tok::Mul:
      return b_.CreateMul(x, y);
    case Tok::And:
      return b_.CreateAnd(x, y);
    case Tok::Or:
      return b_.CreateOr(x, y);
    case Tok::Xor:
      return b_.CreateXor(x, y);
    case Tok::AndNot:
      return b_.CreateAnd(x, b_.CreateNot(y));
    case Tok::LogAnd:
      return b_.CreateAnd(x, y);
    case Tok::LogOr:
      return b_.CreateOr(x, y);
    default:
      unsupported(v->pos, "this operator");
      return llvm::UndefValue::get(x->getType());
  }
}

llvm::Value* Lowerer::divide(const ir::Value* v, llvm::Value* x, llvm::Value* y) {
  // Go defines what LLVM leaves undefined: division by zero panics, and MinInt / -1 wraps.
  llvm::Value* zero = llvm::Constant::getNullValue(y->getType());
  checkOrPanic(b_.CreateICmpEQ(y, zero), "runtime.panicdivide", {});
  bool isSigned = !ty::isUnsigned(v->operands[0]->type);
  if (!isSigned) return v->tok == Tok::Quo ? b_.CreateUDiv(x, y) : b_.CreateURem(x, y);
  llvm::Value* minusOne = llvm::Constant::getAllOnesValue(y->getType());
  llvm::Value* isMinusOne = b_.CreateICmpEQ(y, minusOne);
  llvm::Value* safeY = b_.CreateSelect(isMinusOne, llvm::ConstantInt::get(y->getType(), 1), y);
  if (v->tok == Tok::Quo)
    return b_.CreateSelect(isMinusOne, b_.CreateNeg(x), b_.CreateSDiv(x, safeY));
  return b_.CreateSelect(isMinusOne, zero, b_.CreateSRem(x, safeY));
}

llvm::Value* Lowerer::shift(const ir::Value* v, llvm::Value* x, llvm::Value* y) {
  ty::Type* countType = v->operands[1]->type;
  llvm::Value* count = toInt64(y, countType);
  if (!ty::isUnsigned(countType))
    checkOrPanic(b_.CreateICmpSLT(count, b_.getInt64(0)), "runtime.panicshift", {});
  unsigned width = x->getType()->getIntegerBitWidth();
  llvm::Value* tooBig = b_.CreateICmpUGE(count, b_.getInt64(width));
  llvm::Value* amount =
      b_.CreateZExtOrTrunc(b_.CreateSelect(tooBig, b_.getInt64(0), count), x->getType());
  bool isSigned = !ty::isUnsigned(v->operands[0]->type);
  if (v->tok == Tok::Shl)
    return b_.CreateSelect(tooBig, llvm::Constant::getNullValue(x->getType()),
                           b_.CreateShl(x, amount));
  if (isSigned) {
    llvm::Value* fill = b_.CreateAShr(x, llvm::ConstantInt::get(x->getType(), width - 1));
    return b_.CreateSelect(tooBig, fill, b_.CreateAShr(x, amount));
  }
  return b_.CreateSelect(tooBig, llvm::Constant::getNullValue(x->getType()),
                         b_.CreateLShr(x, amount));
}

// x == y for strings as gc tests it: the lengths first, then (unless empty or the same
// bytes) the contents. A comparison with "" becomes a length test once LLVM folds it.
llvm::Value* Lowerer::stringEqual(llvm::Value* x, llvm::Value* y) {
  llvm::Value* xl = b_.CreateExtractValue(x, 1);
  llvm::Value* yl = b_.CreateExtractValue(y, 1);
  llvm::BasicBlock* start = b_.GetInsertBlock();
  auto* sameLen = llvm::BasicBlock::Create(ctx_, "streq.len", fn_);
  auto* bytes = llvm::BasicBlock::Create(ctx_, "streq.bytes", fn_);
  auto* done = llvm::BasicBlock::Create(ctx_, "streq.done", fn_);
  b_.CreateCondBr(b_.CreateICmpEQ(xl, yl), sameLen, done);
  b_.SetInsertPoint(sameLen);
  llvm::Value* xp = b_.CreateExtractValue(x, 0);
  llvm::Value* yp = b_.CreateExtractValue(y, 0);
  b_.CreateCondBr(b_.CreateOr(b_.CreateICmpEQ(xl, b_.getInt64(0)), b_.CreateICmpEQ(xp, yp)), done,
                  bytes);
  b_.SetInsertPoint(bytes);
  llvm::Value* c = callRuntime("runtime.cmpstring", {xp, xl, yp, yl});
  llvm::Value* same = b_.CreateICmpEQ(c, b_.getInt64(0));
  llvm::BasicBlock* bytesEnd = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(i1_, 3);
  phi->addIncoming(b_.getFalse(), start);
  phi->addIncoming(b_.getTrue(), sameLen);
  phi->addIncoming(same, bytesEnd);
  return phi;
}

llvm::Value* Lowerer::compare(const ir::Value* v, llvm::Value* x, llvm::Value* y) {
  ty::Type* t = v->operands[0]->type;
  Tok op = v->tok;
  if (ty::isString(t) && (op == Tok::Eql || op == Tok::Neq)) {
    llvm::Value* eq = stringEqual(x, y);
    return op == Tok::Eql ? eq : b_.CreateNot(eq);
  }
  if (ty::isString(t)) {
    llvm::Value* c = callRuntime("runtime.cmpstring",
                                 {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1),
                                  b_.CreateExtractValue(y, 0), b_.CreateExtractValue(y, 1)});
    x = c;
    y = b_.getInt64(0);
    t = nullptr;  // compare the result as a signed integer
  } else if (isComplexType(t)) {
    return complexCompare(op, x, y);
  } else if (ty::isFloat(t)) {
    return floatCompare(op, x, y);
  } else if (ty::isInterface(t)) {
    return interfaceCompare(v, x, y);
  } else if (llvm::isa<ty::Slice>(ty::underlying(t))) {
    // Only comparisons with nil are legal: compare the data pointer.
    llvm::Value* other = v->operands[0]->op == ir::Op::Const ? y : x;
    llvm::Value* isNil =
        b_.CreateICmpEQ(b_.CreateExtractValue(other, 0), llvm::ConstantPointerNull::get(ptr_));
    return op == Tok::Eql ? isNil : b_.CreateNot(isNil);
  }
  bool isSigned = !t || !ty::isUnsigned(t);
  switch (op) {
    case Tok::Eql:
      return b_.CreateICmpEQ(x, y);
    case Tok::Neq:
      return b_.CreateICmpNE(x, y);
    case Tok::Lss:
      return isSigned ? b_.CreateICmpSLT(x, y) : b_.CreateICmpULT(x, y);
    case Tok::Leq:
      return isSigned ? b_.CreateICmpSLE(x, y) : b_.CreateICmpULE(x, y);
    case Tok::Gtr:
      return isSigned ? b_.CreateICmpSGT(x, y) : b_.CreateICmpUGT(x, y);
    default:
      return isSigned ? b_.CreateICmpSGE(x, y) : b_.CreateICmpUGE(x, y);
  }
}

}  // namespace ergo::lower
