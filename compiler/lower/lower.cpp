// Functions and instructions: IR -> LLVM IR.
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Verifier.h"
#include "lower/lowerer.h"

namespace ergo::lower {

using syntax::Tok;

Lowerer::Lowerer(const ir::Module& m, llvm::LLVMContext& c, const llvm::DataLayout& dl,
                 llvm::StringRef triple, Diagnostics& diags)
    : mod_(m), ctx_(c), dl_(dl), diags_(diags), b_(c) {
  out_ = std::make_unique<llvm::Module>(m.path, c);
  out_->setDataLayout(dl);
  out_->setTargetTriple(triple);
  i1_ = llvm::Type::getInt1Ty(c);
  i8_ = llvm::Type::getInt8Ty(c);
  i64_ = llvm::Type::getInt64Ty(c);
  ptr_ = llvm::PointerType::get(c, 0);
  stringTy_ = llvm::StructType::get(c, {ptr_, i64_});
  sliceTy_ = llvm::StructType::get(c, {ptr_, i64_, i64_});
  ifaceTy_ = llvm::StructType::get(c, {ptr_, ptr_});
  pairTy_ = llvm::StructType::get(c, {i64_, i64_});
  // Field for field abi::TypeDescriptor.
  typeDescTy_ = llvm::StructType::create(c,
                                         {i64_, i64_, llvm::Type::getInt32Ty(c), i8_, i8_,
                                          llvm::Type::getInt16Ty(c), stringTy_, ptr_, i64_},
                                         "ergo.type");
}

void Lowerer::unsupported(Pos pos, llvm::StringRef what) {
  diags_.error(pos, fmt::format("ergo does not support {} yet", what.str()));
}

std::unique_ptr<llvm::Module> Lowerer::run() {
  for (const ir::Global& g : mod_.globals) {
    llvm::Type* t = llType(g.type);
    auto* gv =
        new llvm::GlobalVariable(*out_, t, false, llvm::GlobalValue::ExternalLinkage,
                                 g.external ? nullptr : llvm::Constant::getNullValue(t), g.symbol);
    gv->setAlignment(dl_.getABITypeAlign(t));
  }
  for (const auto& f : mod_.functions) declareFunction(*f);
  for (const auto& f : mod_.functions)
    if (!f->external) lowerFunction(*f);
  emitGlobalRootMap();
  finishDebugInfo();
  return std::move(out_);
}

bool Lowerer::usesRuntimeABI(const ir::Function& f) const {
  // Bodyless Go declarations (//go:linkname to the runtime) are implemented in C++.
  return f.external && f.object && f.object->decl && !f.object->decl->body;
}

llvm::Function* Lowerer::declareFunction(const ir::Function& f) {
  if (llvm::Function* existing = out_->getFunction(f.symbol)) return existing;
  std::vector<llvm::Type*> params;
  llvm::Type* result = llvm::Type::getVoidTy(ctx_);
  if (usesRuntimeABI(f)) {
    // The runtime convention: every parameter flattened into scalar words.
    for (ty::Type* t : f.sig->params->types) {
      llvm::Type* lt = llType(t);
      if (auto* st = llvm::dyn_cast<llvm::StructType>(lt)) {
        for (llvm::Type* e : st->elements()) params.push_back(e->isIntegerTy() ? i64_ : e);
      } else {
        params.push_back(lt == i1_ ? i8_ : (lt->isIntegerTy() ? i64_ : lt));
      }
    }
    if (f.sig->results->size() == 1) {
      llvm::Type* lt = llType(f.sig->results->types[0]);
      result = lt == i1_ ? i8_ : (lt->isIntegerTy() ? i64_ : lt);
    } else if (f.sig->results->size() > 1) {
      result = pairTy_;
    }
  }
  auto* type = usesRuntimeABI(f) ? llvm::FunctionType::get(result, params, false)
                                 : goFunctionType(f.sig, hasContext(f));
  auto* fn = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, f.symbol, *out_);
  if (hasContext(f)) fn->addParamAttr(0, llvm::Attribute::Nest);
  if (!f.external) {
    fn->setUWTableKind(llvm::UWTableKind::Async);
    configureGoFunction(fn, f);
    if (f.noinline) fn->addFnAttr(llvm::Attribute::NoInline);
  }
  return fn;
}

void Lowerer::lowerFunction(const ir::Function& f) {
  fn_ = out_->getFunction(f.symbol);
  values_.clear();
  blocks_.clear();
  for (const auto& blk : f.blocks)
    blocks_[blk.get()] = llvm::BasicBlock::Create(ctx_, blk->comment, fn_);
  entry_ = blocks_[f.blocks.front().get()];
  unsigned first = hasContext(f) ? 1 : 0;
  for (size_t i = 0; i < f.params.size(); ++i) values_[f.params[i]] = fn_->getArg(i + first);
  beginFunctionDebugInfo(f);
  b_.SetInsertPoint(entry_);
  lowerFreeVars(f);
  beginDefers(f);
  for (const auto& blk : f.blocks) {
    b_.SetInsertPoint(blocks_[blk.get()]);
    for (const ir::Value* v : blk->instrs) {
      setDebugLocation(v->pos);
      lowerInstr(v);
    }
  }
  finishDefers(f);
  emitStackCheck(f);
}

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
      return llvm::UndefValue::get(v->type ? llType(v->type) : i64_);
    }
  }
}

llvm::Value* Lowerer::constant(const ir::Value* v) {
  llvm::Type* t = llType(v->type);
  const ty::Constant& c = v->constant;
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

void Lowerer::lowerInstr(const ir::Value* v) {
  llvm::Value* r = nullptr;
  auto op = [&](size_t i) { return value(v->operands[i]); };
  switch (v->op) {
    case ir::Op::Alloc: {
      llvm::Type* t = llType(v->auxType);
      if (v->heap) {
        r = callRuntime("runtime.newobject", {typeDescriptor(v->auxType)});
      } else {
        // Stack slots live in the entry block; the variable is zeroed where it is declared.
        llvm::IRBuilder<> entry(entry_, entry_->getFirstInsertionPt());
        r = entry.CreateAlloca(t, nullptr, v->name);
        b_.CreateStore(llvm::Constant::getNullValue(t), r);
      }
      break;
    }
    case ir::Op::Load:
      r = b_.CreateLoad(llType(v->type), op(0));
      break;
    case ir::Op::Store:
      b_.CreateStore(op(1), op(0));
      break;
    case ir::Op::IndexAddr: {
      llvm::Value* s = op(0);
      llvm::Value* i = toInt64(op(1), v->operands[1]->type);
      llvm::Value* len = b_.CreateExtractValue(s, 1);
      if (!v->flag)
        checkOrPanic(
            b_.CreateICmpUGE(i, len),
            ty::isUnsigned(v->operands[1]->type) ? "runtime.panicIndexU" : "runtime.panicIndex",
            {i, len});
      ty::Type* elem = llvm::cast<ty::Pointer>(v->type)->elem;
      r = b_.CreateInBoundsGEP(llType(elem), b_.CreateExtractValue(s, 0), i);
      break;
    }
    case ir::Op::StringIndex: {
      llvm::Value* s = op(0);
      llvm::Value* i = toInt64(op(1), v->operands[1]->type);
      llvm::Value* len = b_.CreateExtractValue(s, 1);
      checkOrPanic(
          b_.CreateICmpUGE(i, len),
          ty::isUnsigned(v->operands[1]->type) ? "runtime.panicIndexU" : "runtime.panicIndex",
          {i, len});
      r = b_.CreateLoad(i8_, b_.CreateInBoundsGEP(i8_, b_.CreateExtractValue(s, 0), i));
      break;
    }
    case ir::Op::BinOp:
      r = binOp(v);
      break;
    case ir::Op::UnOp: {
      llvm::Value* x = op(0);
      if (v->tok == Tok::Sub)
        r = b_.CreateNeg(x);
      else if (v->tok == Tok::Not)
        r = b_.CreateNot(x);
      else if (v->tok == Tok::Xor)
        r = b_.CreateNot(x);
      else
        r = x;
      break;
    }
    case ir::Op::Convert:
      r = convert(v);
      break;
    case ir::Op::MakeInterface:
      r = makeInterface(op(0), v->operands[0]->type);
      break;
    case ir::Op::TypeAssert:
      r = typeAssert(v);
      break;
    case ir::Op::Extract:
      r = b_.CreateExtractValue(op(0), static_cast<unsigned>(v->index));
      break;
    case ir::Op::Slice:
      r = slice(v);
      break;
    case ir::Op::MakeSlice: {
      ty::Type* elem = llvm::cast<ty::Slice>(ty::underlying(v->type))->elem;
      llvm::Value* len = toInt64(op(0), v->operands[0]->type);
      llvm::Value* cap = toInt64(op(1), v->operands[1]->type);
      llvm::Value* p = callRuntime("runtime.makeslice", {typeDescriptor(elem), len, cap});
      r = llvm::UndefValue::get(sliceTy_);
      r = b_.CreateInsertValue(r, p, 0);
      r = b_.CreateInsertValue(r, len, 1);
      r = b_.CreateInsertValue(r, cap, 2);
      break;
    }
    case ir::Op::Len:
      r = b_.CreateExtractValue(op(0), 1);
      break;
    case ir::Op::Cap:
      r = b_.CreateExtractValue(op(0), 2);
      break;
    case ir::Op::Append:
    case ir::Op::AppendSlice:
      r = append(v);
      break;
    case ir::Op::Copy: {
      llvm::Value* dst = op(0);
      llvm::Value* src = op(1);
      ty::Type* elem = llvm::cast<ty::Slice>(ty::underlying(v->operands[0]->type))->elem;
      llvm::Value* n =
          b_.CreateIntrinsic(llvm::Intrinsic::smin, {i64_},
                             {b_.CreateExtractValue(dst, 1), b_.CreateExtractValue(src, 1)});
      b_.CreateMemMove(b_.CreateExtractValue(dst, 0), llvm::MaybeAlign(),
                       b_.CreateExtractValue(src, 0), llvm::MaybeAlign(),
                       b_.CreateMul(n, b_.getInt64(sizeOf(elem))));
      r = n;
      break;
    }
    case ir::Op::DecodeRune: {
      llvm::Value* s = op(0);
      llvm::Value* pair = callRuntime(
          "runtime.decoderune", {b_.CreateExtractValue(s, 0), b_.CreateExtractValue(s, 1), op(1)});
      llvm::Value* t = llvm::UndefValue::get(llType(v->type));
      t = b_.CreateInsertValue(t, b_.CreateTrunc(b_.CreateExtractValue(pair, 0), b_.getInt32Ty()),
                               0);
      r = b_.CreateInsertValue(t, b_.CreateExtractValue(pair, 1), 1);
      break;
    }
    case ir::Op::Call:
      r = call(v);
      break;
    case ir::Op::CallValue:
      r = callValue(v);
      break;
    case ir::Op::MakeClosure:
      r = makeClosure(v);
      break;
    case ir::Op::Recover:
      r = recover();
      break;
    case ir::Op::Defer:
      lowerDefer(v);
      break;
    case ir::Op::RunDefers:
      runDefers();
      break;
    case ir::Op::Go:
      lowerGo(v);
      break;
    case ir::Op::Print:
      print(v);
      break;
    case ir::Op::Panic: {
      llvm::Value* e = op(0);
      callNoReturn("runtime.gopanic", {b_.CreateExtractValue(e, 0), b_.CreateExtractValue(e, 1)});
      // Whatever the IR puts after the panic is unreachable; give it a block to live in.
      b_.SetInsertPoint(llvm::BasicBlock::Create(ctx_, "after.panic", fn_));
      break;
    }
    case ir::Op::Jump:
      b_.CreateBr(blocks_[v->targets[0]]);
      break;
    case ir::Op::If:
      b_.CreateCondBr(op(0), blocks_[v->targets[0]], blocks_[v->targets[1]]);
      break;
    case ir::Op::Return: {
      if (v->operands.empty()) {
        b_.CreateRetVoid();
      } else if (v->operands.size() == 1) {
        b_.CreateRet(op(0));
      } else {
        llvm::Value* t = llvm::UndefValue::get(fn_->getReturnType());
        for (size_t i = 0; i < v->operands.size(); ++i)
          t = b_.CreateInsertValue(t, op(i), static_cast<unsigned>(i));
        b_.CreateRet(t);
      }
      break;
    }
    case ir::Op::Unreachable:
      b_.CreateUnreachable();
      break;
    default:
      unsupported(v->pos, fmt::format("the IR operation {}", ir::opName(v->op)));
      break;
  }
  if (r) values_[v] = r;
}

llvm::Value* Lowerer::binOp(const ir::Value* v) {
  const ir::Value* xv = v->operands[0];
  llvm::Value* x = value(xv);
  llvm::Value* y = value(v->operands[1]);
  if (syntax::isComparison(v->tok)) return compare(v, x, y);
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
  if (ty::isString(xv->type)) {
    llvm::Value* pair = callRuntime("runtime.concatstring2",
                                    {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1),
                                     b_.CreateExtractValue(y, 0), b_.CreateExtractValue(y, 1)});
    llvm::Value* s = llvm::UndefValue::get(stringTy_);
    s = b_.CreateInsertValue(s, b_.CreateIntToPtr(b_.CreateExtractValue(pair, 0), ptr_), 0);
    return b_.CreateInsertValue(s, b_.CreateExtractValue(pair, 1), 1);
  }
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

llvm::Value* Lowerer::compare(const ir::Value* v, llvm::Value* x, llvm::Value* y) {
  ty::Type* t = v->operands[0]->type;
  Tok op = v->tok;
  if (ty::isString(t)) {
    llvm::Value* c = callRuntime("runtime.cmpstring",
                                 {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1),
                                  b_.CreateExtractValue(y, 0), b_.CreateExtractValue(y, 1)});
    x = c;
    y = b_.getInt64(0);
    t = nullptr;  // compare the result as a signed integer
  } else if (ty::isInterface(t)) {
    auto isNil = [](const ir::Value* o) { return o->op == ir::Op::Const && !o->constant.known(); };
    llvm::Value* eq;
    if (isNil(v->operands[0]) || isNil(v->operands[1])) {
      llvm::Value* other = isNil(v->operands[0]) ? y : x;
      eq = b_.CreateICmpEQ(b_.CreateExtractValue(other, 0), llvm::ConstantPointerNull::get(ptr_));
    } else {
      llvm::Value* r = callRuntime("runtime.efaceeq",
                                   {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1),
                                    b_.CreateExtractValue(y, 0), b_.CreateExtractValue(y, 1)});
      eq = b_.CreateICmpNE(r, b_.getInt8(0));
    }
    return op == Tok::Eql ? eq : b_.CreateNot(eq);
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

llvm::Value* Lowerer::convert(const ir::Value* v) {
  ty::Type* from = v->operands[0]->type;
  ty::Type* to = v->type;
  llvm::Value* x = value(v->operands[0]);
  llvm::Type* target = llType(to);
  if (x->getType() == target && ty::underlying(from) == ty::underlying(to)) return x;
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
  if (x->getType() == target) return x;
  unsupported(v->pos, fmt::format("the conversion from {} to {}", ty::typeString(from),
                                  ty::typeString(to)));
  return llvm::UndefValue::get(target);
}

llvm::Value* Lowerer::makeInterface(llvm::Value* x, ty::Type* t) {
  llvm::Value* data;
  if (isPointerShaped(t)) {
    data = x;
  } else {
    // Boxed: the interface points to a heap copy of the value.
    data = callRuntime("runtime.newobject", {typeDescriptor(t)});
    b_.CreateStore(x, data);
  }
  llvm::Value* r = llvm::UndefValue::get(ifaceTy_);
  r = b_.CreateInsertValue(r, typeDescriptor(t), 0);
  return b_.CreateInsertValue(r, data, 1);
}

llvm::Value* Lowerer::typeAssert(const ir::Value* v) {
  llvm::Value* x = value(v->operands[0]);
  ty::Type* target = v->auxType;
  llvm::Value* dynType = b_.CreateExtractValue(x, 0);
  llvm::Value* data = b_.CreateExtractValue(x, 1);
  llvm::Value* ok;
  llvm::Value* result;
  if (ty::isInterface(target)) {
    if (!ty::isEmptyInterface(target)) {
      unsupported(v->pos, "type assertions to interfaces with methods");
      return llvm::UndefValue::get(llType(v->type));
    }
    ok = b_.CreateICmpNE(dynType, llvm::ConstantPointerNull::get(ptr_));
    result = b_.CreateSelect(ok, x, llvm::Constant::getNullValue(ifaceTy_));
  } else {
    ok = b_.CreateICmpEQ(dynType, typeDescriptor(target));
    llvm::Type* lt = llType(target);
    if (isPointerShaped(target)) {
      result = b_.CreateSelect(ok, data, llvm::Constant::getNullValue(lt));
    } else {
      // Load the boxed value only when the types match.
      llvm::BasicBlock* from = b_.GetInsertBlock();
      auto* loadBlock = llvm::BasicBlock::Create(ctx_, "assert.load", fn_);
      auto* done = llvm::BasicBlock::Create(ctx_, "assert.done", fn_);
      b_.CreateCondBr(ok, loadBlock, done);
      b_.SetInsertPoint(loadBlock);
      llvm::Value* loaded = b_.CreateLoad(lt, data);
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
      llvm::PHINode* phi = b_.CreatePHI(lt, 2);
      phi->addIncoming(llvm::Constant::getNullValue(lt), from);
      phi->addIncoming(loaded, loadBlock);
      result = phi;
    }
  }
  if (v->flag) {
    llvm::Value* t = llvm::UndefValue::get(llType(v->type));
    t = b_.CreateInsertValue(t, result, 0);
    return b_.CreateInsertValue(t, ok, 1);
  }
  ty::Type* ifaceType = v->operands[0]->type;
  checkOrPanic(b_.CreateNot(ok), "runtime.panicdottype",
               {dynType, typeDescriptor(target), typeDescriptor(ifaceType)});
  return result;
}

llvm::Value* Lowerer::slice(const ir::Value* v) {
  llvm::Value* x = value(v->operands[0]);
  ty::Type* xt = v->operands[0]->type;
  bool isString = ty::isString(xt);
  auto index = [&](size_t i, llvm::Value* dflt) {
    const ir::Value* o = v->operands[i];
    return o ? toInt64(value(o), o->type) : dflt;
  };
  llvm::Value* base = b_.CreateExtractValue(x, 0);
  llvm::Value* len = b_.CreateExtractValue(x, 1);
  llvm::Value* cap = isString ? len : b_.CreateExtractValue(x, 2);
  llvm::Value* lo = index(1, b_.getInt64(0));
  llvm::Value* hi = index(2, len);
  llvm::Value* max = isString ? len : index(3, cap);
  // The checks and messages of gc: s[a:b:c] checks c <= cap, b <= c, a <= b; s[a:b] checks
  // b <= cap (len for strings), a <= b. Unsigned comparisons also catch negative indices.
  if (v->operands[3]) {
    checkOrPanic(b_.CreateICmpUGT(max, cap), "runtime.panicSlice3Acap", {max, cap});
    checkOrPanic(b_.CreateICmpUGT(hi, max), "runtime.panicSlice3B", {hi, max});
    checkOrPanic(b_.CreateICmpUGT(lo, hi), "runtime.panicSlice3C", {lo, hi});
  } else {
    if (v->operands[2])
      checkOrPanic(b_.CreateICmpUGT(hi, max),
                   isString ? "runtime.panicSliceAlen" : "runtime.panicSliceAcap", {hi, max});
    checkOrPanic(b_.CreateICmpUGT(lo, hi), "runtime.panicSliceB", {lo, hi});
  }
  uint64_t elemSize = isString ? 1 : sizeOf(llvm::cast<ty::Slice>(ty::underlying(xt))->elem);
  llvm::Value* newCap = b_.CreateSub(max, lo);
  // Never form a pointer past the end: an empty result keeps the base pointer (as gc).
  llvm::Value* offset = b_.CreateSelect(b_.CreateICmpEQ(newCap, b_.getInt64(0)), b_.getInt64(0),
                                        b_.CreateMul(lo, b_.getInt64(elemSize)));
  llvm::Value* p = b_.CreateGEP(i8_, base, offset);
  llvm::Value* r = llvm::UndefValue::get(isString ? stringTy_ : sliceTy_);
  r = b_.CreateInsertValue(r, p, 0);
  r = b_.CreateInsertValue(r, b_.CreateSub(hi, lo), 1);
  if (!isString) r = b_.CreateInsertValue(r, newCap, 2);
  return r;
}

llvm::Value* Lowerer::grow(llvm::Value* s, llvm::Value* newLen, ty::Type* elem) {
  // If the new length exceeds the capacity, the runtime makes a bigger array (gc's growth).
  llvm::Value* cap = b_.CreateExtractValue(s, 2);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  auto* growBlock = llvm::BasicBlock::Create(ctx_, "append.grow", fn_);
  auto* done = llvm::BasicBlock::Create(ctx_, "append.done", fn_);
  b_.CreateCondBr(b_.CreateICmpUGT(newLen, cap), growBlock, done);
  b_.SetInsertPoint(growBlock);
  llvm::Value* pair =
      callRuntime("runtime.growslice", {typeDescriptor(elem), b_.CreateExtractValue(s, 0),
                                        b_.CreateExtractValue(s, 1), cap, newLen});
  llvm::Value* grown = llvm::UndefValue::get(sliceTy_);
  grown = b_.CreateInsertValue(grown, b_.CreateIntToPtr(b_.CreateExtractValue(pair, 0), ptr_), 0);
  grown = b_.CreateInsertValue(grown, b_.CreateExtractValue(pair, 1), 2);
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(sliceTy_, 2);
  phi->addIncoming(s, from);
  phi->addIncoming(grown, growBlock);
  return b_.CreateInsertValue(phi, newLen, 1);
}

llvm::Value* Lowerer::append(const ir::Value* v) {
  llvm::Value* s = value(v->operands[0]);
  ty::Type* elem = llvm::cast<ty::Slice>(ty::underlying(v->type))->elem;
  llvm::Type* lt = llType(elem);
  llvm::Value* oldLen = b_.CreateExtractValue(s, 1);
  if (v->op == ir::Op::AppendSlice) {
    llvm::Value* t = value(v->operands[1]);
    llvm::Value* n = b_.CreateExtractValue(t, 1);
    llvm::Value* r = grow(s, b_.CreateAdd(oldLen, n), elem);
    llvm::Value* dst = b_.CreateInBoundsGEP(lt, b_.CreateExtractValue(r, 0), oldLen);
    b_.CreateMemMove(dst, llvm::MaybeAlign(), b_.CreateExtractValue(t, 0), llvm::MaybeAlign(),
                     b_.CreateMul(n, b_.getInt64(sizeOf(elem))));
    return r;
  }
  size_t n = v->operands.size() - 1;
  if (n == 0) return s;
  llvm::Value* r = grow(s, b_.CreateAdd(oldLen, b_.getInt64(n)), elem);
  llvm::Value* data = b_.CreateExtractValue(r, 0);
  for (size_t i = 0; i < n; ++i) {
    llvm::Value* slot = b_.CreateInBoundsGEP(lt, data, b_.CreateAdd(oldLen, b_.getInt64(i)));
    b_.CreateStore(value(v->operands[i + 1]), slot);
  }
  return r;
}

llvm::Value* Lowerer::call(const ir::Value* v) {
  const ir::Function& callee = *v->callee;
  llvm::Function* fn = declareFunction(callee);
  std::vector<llvm::Value*> args;
  if (usesRuntimeABI(callee)) {
    for (const ir::Value* a : v->operands) {
      llvm::Value* x = value(a);
      if (auto* st = llvm::dyn_cast<llvm::StructType>(x->getType())) {
        for (unsigned i = 0; i < st->getNumElements(); ++i)
          args.push_back(b_.CreateExtractValue(x, i));
      } else if (x->getType() == i1_) {
        args.push_back(b_.CreateZExt(x, i8_));
      } else if (x->getType()->isIntegerTy()) {
        args.push_back(toInt64(x, a->type));
      } else {
        args.push_back(x);
      }
    }
    llvm::Value* r = b_.CreateCall(fn, args);
    if (!v->type) return nullptr;
    llvm::Type* want = llType(v->type);
    if (want == i1_) return b_.CreateICmpNE(r, b_.getInt8(0));
    if (want->isIntegerTy() && want != r->getType()) return b_.CreateTrunc(r, want);
    if (want != r->getType()) {
      unsupported(v->pos, "this runtime result type");
      return llvm::UndefValue::get(want);
    }
    return r;
  }
  for (const ir::Value* a : v->operands) args.push_back(value(a));
  llvm::CallInst* c = b_.CreateCall(fn, args);
  return v->type ? c : nullptr;
}

void Lowerer::print(const ir::Value* v) {
  callRuntime("runtime.printlock", {});
  for (size_t i = 0; i < v->operands.size(); ++i) {
    if (i > 0 && v->flag) callRuntime("runtime.printsp", {});
    const ir::Value* a = v->operands[i];
    llvm::Value* x = value(a);
    ty::Type* t = a->type;
    ty::Type* u = ty::underlying(t);
    if (ty::isBoolean(t)) {
      callRuntime("runtime.printbool", {b_.CreateZExt(x, i8_)});
    } else if (ty::isInteger(t)) {
      callRuntime(ty::isUnsigned(t) ? "runtime.printuint" : "runtime.printint", {toInt64(x, t)});
    } else if (ty::isString(t)) {
      callRuntime("runtime.printstring",
                  {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1)});
    } else if (llvm::isa<ty::Slice>(u)) {
      callRuntime("runtime.printslice", {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1),
                                         b_.CreateExtractValue(x, 2)});
    } else if (llvm::isa<ty::Interface>(u)) {
      callRuntime("runtime.printeface", {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1)});
    } else if (x->getType() == ptr_) {
      callRuntime("runtime.printpointer", {x});
    } else {
      unsupported(a->pos, fmt::format("printing values of type {}", ty::typeString(t)));
    }
  }
  if (v->flag) callRuntime("runtime.printnl", {});
  callRuntime("runtime.printunlock", {});
}

std::unique_ptr<llvm::Module> lowerModule(const ir::Module& m, llvm::LLVMContext& context,
                                          const llvm::DataLayout& dataLayout,
                                          llvm::StringRef triple, Diagnostics& diags,
                                          const Options& options) {
  Lowerer lowerer(m, context, dataLayout, triple, diags);
  lowerer.options_ = options;
  std::unique_ptr<llvm::Module> out = lowerer.run();
  std::string problems;
  llvm::raw_string_ostream os(problems);
  if (llvm::verifyModule(*out, &os))
    diags.error(
        {}, "internal compiler error: invalid LLVM IR for package " + m.path + ":\n" + problems);
  return out;
}

}  // namespace ergo::lower
