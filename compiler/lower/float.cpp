// Floating-point and complex arithmetic with gc's results: IEEE operations, complex
// multiplication in float64 and division through the runtime as gc computes them, and
// fused multiply-add exactly where gc's arm64 back end fuses (never on amd64).
#include "llvm/ADT/StringSwitch.h"
#include "llvm/IR/Intrinsics.h"
#include "lower/lowerer.h"

namespace ergo::lower {

using syntax::Tok;

bool isComplexType(ty::Type* t) {
  auto* b = llvm::dyn_cast<ty::Basic>(ty::underlying(t));
  return b && (b->basic == ty::BasicKind::Complex64 || b->basic == ty::BasicKind::Complex128 ||
               b->basic == ty::BasicKind::UntypedComplex);
}

bool Lowerer::targetIsArm64() const {
  return llvm::StringRef(out_->getTargetTriple()).starts_with("aarch64");
}

// gc compiles these math functions to single instructions (exactly rounded, so the results
// equal the Go code's): sqrt, the sign-bit operations, and on arm64 the roundings and fused
// multiply-add. On amd64 the roundings need SSE4.1 and FMA the FMA extension, which the
// baseline target lacks (gc tests for them at run time): the Go code runs there.
llvm::Value* Lowerer::mathIntrinsic(const ir::Value* call) {
  llvm::StringRef sym = call->callee->symbol;
  if (!sym.consume_front("math.")) return nullptr;
  llvm::Intrinsic::ID id = llvm::StringSwitch<llvm::Intrinsic::ID>(sym)
                               .Case("Sqrt", llvm::Intrinsic::sqrt)
                               .Case("Abs", llvm::Intrinsic::fabs)
                               .Case("Copysign", llvm::Intrinsic::copysign)
                               .Case("Floor", llvm::Intrinsic::floor)
                               .Case("Ceil", llvm::Intrinsic::ceil)
                               .Case("Trunc", llvm::Intrinsic::trunc)
                               .Case("FMA", llvm::Intrinsic::fma)
                               .Default(llvm::Intrinsic::not_intrinsic);
  if (id == llvm::Intrinsic::not_intrinsic) return nullptr;
  bool baseline =
      id == llvm::Intrinsic::sqrt || id == llvm::Intrinsic::fabs || id == llvm::Intrinsic::copysign;
  if (!baseline && !targetIsArm64()) return nullptr;
  // Only the package math's float64 functions (a user package cannot be named "math").
  for (const ir::Value* a : call->operands)
    if (!ty::isBasic(ty::underlying(a->type), ty::BasicKind::Float64)) return nullptr;
  if (!call->type || !ty::isBasic(ty::underlying(call->type), ty::BasicKind::Float64))
    return nullptr;
  std::vector<llvm::Value*> args;
  for (const ir::Value* a : call->operands) args.push_back(value(a));
  llvm::Function* f = llvm::Intrinsic::getDeclaration(out_.get(), id, {b_.getDoubleTy()});
  if (f->getFunctionType()->getNumParams() != args.size()) return nullptr;
  return b_.CreateCall(f, args);
}

llvm::StructType* Lowerer::complexType(bool single) {
  llvm::Type* part = single ? llvm::Type::getFloatTy(ctx_) : llvm::Type::getDoubleTy(ctx_);
  return llvm::StructType::get(ctx_, {part, part});
}

llvm::Value* Lowerer::makeComplex(llvm::Value* re, llvm::Value* im) {
  llvm::Value* c =
      llvm::UndefValue::get(llvm::StructType::get(ctx_, {re->getType(), re->getType()}));
  c = b_.CreateInsertValue(c, re, 0);
  return b_.CreateInsertValue(c, im, 1);
}

llvm::Value* Lowerer::floatBits(llvm::Value* x) {
  if (x->getType()->isFloatTy()) x = b_.CreateFPExt(x, b_.getDoubleTy());
  return b_.CreateBitCast(x, i64_);
}

namespace {

// The IR multiplication v if it is one of floats that gc's arm64 back end would fuse into
// an addition or subtraction that uses it: a float `*` used directly (an explicit conversion
// in between rounds, and stops the fusion, as in gc).
const ir::Value* fusableProduct(const ir::Value* v) {
  if (v->op != ir::Op::BinOp || v->tok != Tok::Mul || !ty::isFloat(v->type)) return nullptr;
  return v;
}

}  // namespace

// a + x*y with one rounding where gc's arm64 code has FMADD, FMSUB or FNMSUB. The addend
// passes through llvm.arithmetic.fence: the optimiser still folds a product of constants
// into a separately rounded constant first, as gc's constant folding does, but never folds
// the whole fused operation when all three are constants (it would round once; gc twice).
llvm::Value* Lowerer::fusedMultiplyAdd(llvm::Value* x, llvm::Value* y, llvm::Value* a) {
  llvm::Value* fenced = b_.CreateIntrinsic(llvm::Intrinsic::arithmetic_fence, {a->getType()}, {a});
  return b_.CreateIntrinsic(llvm::Intrinsic::fmuladd, {a->getType()}, {x, y, fenced});
}

llvm::Value* Lowerer::floatBinOp(const ir::Value* v, llvm::Value* x, llvm::Value* y) {
  switch (v->tok) {
    case Tok::Add:
    case Tok::Sub: {
      // gc's arm64 rules: a + x*y and x*y + a become FMADD (the right-hand product first),
      // a - x*y FMSUB and x*y - a FNMSUB.
      bool arm64 = targetIsArm64();
      const ir::Value* rhs = arm64 ? fusableProduct(v->operands[1]) : nullptr;
      const ir::Value* lhs = arm64 ? fusableProduct(v->operands[0]) : nullptr;
      if (!rhs && !lhs) return v->tok == Tok::Add ? b_.CreateFAdd(x, y) : b_.CreateFSub(x, y);
      const ir::Value* product = rhs ? rhs : lhs;
      llvm::Value* p = value(product->operands[0]);
      llvm::Value* q = value(product->operands[1]);
      llvm::Value* addend = rhs ? x : y;
      if (rhs && v->tok == Tok::Sub) p = b_.CreateFNeg(p);
      if (!rhs && v->tok == Tok::Sub) addend = b_.CreateFNeg(addend);
      return fusedMultiplyAdd(p, q, addend);
    }
    case Tok::Mul:
      return b_.CreateFMul(x, y);
    case Tok::Quo:
      return b_.CreateFDiv(x, y);
    default:
      unsupported(v->pos, "this operator on floats");
      return llvm::UndefValue::get(x->getType());
  }
}

llvm::Value* Lowerer::floatCompare(Tok op, llvm::Value* x, llvm::Value* y) {
  // Ordered comparisons are false with a NaN operand; != is the unordered one (true).
  switch (op) {
    case Tok::Eql:
      return b_.CreateFCmpOEQ(x, y);
    case Tok::Neq:
      return b_.CreateFCmpUNE(x, y);
    case Tok::Lss:
      return b_.CreateFCmpOLT(x, y);
    case Tok::Leq:
      return b_.CreateFCmpOLE(x, y);
    case Tok::Gtr:
      return b_.CreateFCmpOGT(x, y);
    default:
      return b_.CreateFCmpOGE(x, y);
  }
}

llvm::Value* Lowerer::complexCompare(Tok op, llvm::Value* x, llvm::Value* y) {
  llvm::Value* re = b_.CreateFCmpOEQ(b_.CreateExtractValue(x, 0), b_.CreateExtractValue(y, 0));
  llvm::Value* im = b_.CreateFCmpOEQ(b_.CreateExtractValue(x, 1), b_.CreateExtractValue(y, 1));
  llvm::Value* eq = b_.CreateAnd(re, im);
  return op == Tok::Eql ? eq : b_.CreateNot(eq);
}

llvm::Value* Lowerer::complexNeg(llvm::Value* x) {
  return makeComplex(b_.CreateFNeg(b_.CreateExtractValue(x, 0)),
                     b_.CreateFNeg(b_.CreateExtractValue(x, 1)));
}

llvm::Value* Lowerer::complexBinOp(const ir::Value* v, llvm::Value* x, llvm::Value* y) {
  llvm::Value* a = b_.CreateExtractValue(x, 0);
  llvm::Value* b = b_.CreateExtractValue(x, 1);
  llvm::Value* c = b_.CreateExtractValue(y, 0);
  llvm::Value* d = b_.CreateExtractValue(y, 1);
  llvm::Type* part = a->getType();
  switch (v->tok) {
    case Tok::Add:
      return makeComplex(b_.CreateFAdd(a, c), b_.CreateFAdd(b, d));
    case Tok::Sub:
      return makeComplex(b_.CreateFSub(a, c), b_.CreateFSub(b, d));
    default:
      break;
  }
  // gc multiplies and divides complex64 values in float64, then rounds the parts back.
  llvm::Type* wide = b_.getDoubleTy();
  if (part != wide) {
    a = b_.CreateFPExt(a, wide);
    b = b_.CreateFPExt(b, wide);
    c = b_.CreateFPExt(c, wide);
    d = b_.CreateFPExt(d, wide);
  }
  llvm::Value *re, *im;
  if (v->tok == Tok::Mul) {
    // (ac - bd) + (ad + bc)i; on arm64 gc fuses the right-hand product of each.
    llvm::Value* ac = b_.CreateFMul(a, c);
    llvm::Value* ad = b_.CreateFMul(a, d);
    if (targetIsArm64()) {
      re = fusedMultiplyAdd(b_.CreateFNeg(b), d, ac);
      im = fusedMultiplyAdd(b, c, ad);
    } else {
      re = b_.CreateFSub(ac, b_.CreateFMul(b, d));
      im = b_.CreateFAdd(ad, b_.CreateFMul(b, c));
    }
  } else if (v->tok == Tok::Quo) {
    llvm::Value* q = callRuntime("runtime.complex128div",
                                 {floatBits(a), floatBits(b), floatBits(c), floatBits(d)});
    re = b_.CreateBitCast(b_.CreateExtractValue(q, 0), wide);
    im = b_.CreateBitCast(b_.CreateExtractValue(q, 1), wide);
  } else {
    unsupported(v->pos, "this operator on complex numbers");
    return llvm::UndefValue::get(x->getType());
  }
  if (part != wide) {
    re = b_.CreateFPTrunc(re, part);
    im = b_.CreateFPTrunc(im, part);
  }
  return makeComplex(re, im);
}

llvm::Value* Lowerer::floatMinMax(const ir::Value* v) {
  // Go 1.21's min and max on floats: a NaN operand wins, and -0 < +0: IEEE 754-2019's
  // minimum and maximum, which llvm.minimum/maximum are.
  llvm::Value* x = value(v->operands[0]);
  llvm::Value* y = value(v->operands[1]);
  auto id = v->tok == Tok::Lss ? llvm::Intrinsic::minimum : llvm::Intrinsic::maximum;
  return b_.CreateBinaryIntrinsic(id, x, y);
}

}  // namespace ergo::lower
