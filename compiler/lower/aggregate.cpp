// Structs, arrays and pointers: nil checks, field addresses, arrays as slices, and == on
// struct and array values.
#include "lower/lowerer.h"

namespace ergo::lower {

// Panics with gc's nil dereference error when p is nil.
void Lowerer::nilCheck(llvm::Value* p) {
  checkOrPanic(b_.CreateICmpEQ(p, llvm::ConstantPointerNull::get(ptr_)), "runtime.panicnilderef",
               {});
}

// The receiver check of a (*T).M wrapper of a value method: gc's panicwrap message.
void Lowerer::panicWrapCheck(llvm::Value* p, llvm::StringRef message) {
  llvm::Constant* s = stringConstant(message);
  checkOrPanic(b_.CreateICmpEQ(p, llvm::ConstantPointerNull::get(ptr_)), "runtime.panicwrap",
               {s->getAggregateElement(0u), s->getAggregateElement(1u)});
}

// &p.f: p is not nil (the builder checked it where it could be).
llvm::Value* Lowerer::fieldAddr(const ir::Value* v) {
  ty::Type* structType = llvm::cast<ty::Pointer>(ty::underlying(v->operands[0]->type))->elem;
  return b_.CreateStructGEP(llType(structType), value(v->operands[0]),
                            static_cast<unsigned>(v->index));
}

// (*[N]E)(p)[:]: the slice {p, N, N}.
llvm::Value* Lowerer::arrayToSlice(const ir::Value* v) {
  ty::Type* arrayType = llvm::cast<ty::Pointer>(ty::underlying(v->operands[0]->type))->elem;
  auto* n = llvm::ConstantInt::get(i64_, llvm::cast<ty::Array>(ty::underlying(arrayType))->len);
  llvm::Value* s = llvm::UndefValue::get(sliceTy_);
  s = b_.CreateInsertValue(s, value(v->operands[0]), 0);
  s = b_.CreateInsertValue(s, n, 1);
  return b_.CreateInsertValue(s, n, 2);
}

// x == y (or !=) of structs or arrays: memequal when the bytes are the value, else the
// runtime's equality through the type descriptor (typedequal), which compares field by field
// and panics on uncomparable dynamic types in interfaces.
llvm::Value* Lowerer::aggregateEq(const ir::Value* v) {
  ty::Type* t = v->operands[0]->type;
  uint64_t size = sizeOf(t);
  llvm::Value* eq;
  if (size == 0) {
    eq = llvm::ConstantInt::getTrue(ctx_);
  } else {
    llvm::Value* px = addressOfValue(v->operands[0]);
    llvm::Value* py = addressOfValue(v->operands[1]);
    llvm::Value* r;
    if (hasRegularMemory(t)) {
      r = callRuntime("runtime.memequal", {px, py, llvm::ConstantInt::get(i64_, size)});
    } else {
      r = callRuntime("runtime.typedequal", {typeDescriptor(t), px, py});
    }
    eq = b_.CreateICmpNE(r, llvm::ConstantInt::get(r->getType(), 0));
  }
  if (v->tok == syntax::Tok::Neq) eq = b_.CreateNot(eq);
  return eq;
}

}  // namespace ergo::lower
