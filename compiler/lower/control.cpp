// Control flow: branches, returns, unreachable ends, panic.
#include "lower/lowerer.h"

namespace ergo::lower {

// panic(e): the runtime unwinds; nothing after it runs.
void Lowerer::lowerPanic(const ir::Value* v) {
  llvm::Value* e = value(v->operands[0]);
  callNoReturn("runtime.gopanic", {b_.CreateExtractValue(e, 0), b_.CreateExtractValue(e, 1)});
  // Whatever the IR puts after the panic is unreachable; give it a block to live in.
  b_.SetInsertPoint(llvm::BasicBlock::Create(ctx_, "after.panic", fn_));
}

// Jump, If, Return, Unreachable.
void Lowerer::terminator(const ir::Value* v) {
  switch (v->op) {
    case ir::Op::Jump:
      b_.CreateBr(blocks_[v->targets[0]]);
      return;
    case ir::Op::If:
      b_.CreateCondBr(value(v->operands[0]), blocks_[v->targets[0]], blocks_[v->targets[1]]);
      return;
    case ir::Op::Return:
      if (resultPtr_) {
        // A big result: stored where the caller asked (docs/abi.md, "Big values").
        if (v->operands.size() == 1) {
          copyValue(resultPtr_, v->operands[0], false);  // the caller's frame
        } else {
          llvm::Type* tuple = llType(resultType(fnSig_));
          for (size_t i = 0; i < v->operands.size(); ++i)
            copyValue(b_.CreateStructGEP(tuple, resultPtr_, static_cast<unsigned>(i)),
                      v->operands[i], false);
        }
        b_.CreateRetVoid();
      } else if (v->operands.empty()) {
        b_.CreateRetVoid();
      } else if (v->operands.size() == 1) {
        b_.CreateRet(value(v->operands[0]));
      } else {
        llvm::Value* t = llvm::UndefValue::get(fn_->getReturnType());
        for (size_t i = 0; i < v->operands.size(); ++i)
          t = b_.CreateInsertValue(t, value(v->operands[i]), static_cast<unsigned>(i));
        b_.CreateRet(t);
      }
      return;
    default:
      b_.CreateUnreachable();
      return;
  }
}

}  // namespace ergo::lower
