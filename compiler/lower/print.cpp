// The built-ins print and println, in gc's format, through the runtime's print functions.
#include "lower/lowerer.h"

namespace ergo::lower {

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
    } else if (ty::isFloat(t)) {
      callRuntime("runtime.printfloat", {floatBits(x)});
    } else if (isComplexType(t)) {
      callRuntime("runtime.printcomplex",
                  {floatBits(b_.CreateExtractValue(x, 0)), floatBits(b_.CreateExtractValue(x, 1))});
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

}  // namespace ergo::lower
