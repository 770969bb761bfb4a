// Calls: static and func-value calls, argument spreading and variadic packing.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

// Evaluates arguments, spreading f(g()) over several parameters, in gc's order: calls and
// other call-like operands of all of them first (builder_order.cpp). sig: the callee's.
std::vector<Value*> Builder::argValues(ExprRange args, ty::Signature* sig, bool leftToRight) {
  std::vector<Value*> out;
  if (args.size() == 1) {
    const ty::TypeAndValue* tv = info_.typeOf(args[0]);
    if (tv && llvm::isa_and_nonnull<ty::Tuple>(tv->type) && tv->mode != ty::Mode::CommaOk) {
      Value* t = expr(args[0]);
      for (size_t i = 0; i < llvm::cast<ty::Tuple>(tv->type)->size(); ++i)
        out.push_back(extract(t, i));
      return out;
    }
  }
  if (!leftToRight) return valuesInOrder(args, sig);
  for (const Expr* a : args) out.push_back(expr(a));
  return out;
}

// The identifier naming the function that fun denotes: f, pkg.f, x.m, or F in F[int].
const Ident* Builder::calleeIdent(const Expr* fun) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(fun)) fun = ast_.get(p->x);
  if (auto* ix = llvm::dyn_cast<IndexExpr>(fun)) {
    // F[int] (an instantiation), not f[i] (an element of a slice of funcs).
    const Expr* x = ast_.get(ix->x);
    while (auto* p = llvm::dyn_cast<ParenExpr>(x)) x = ast_.get(p->x);
    const Ident* id = llvm::dyn_cast<Ident>(x);
    if (auto* sel = llvm::dyn_cast<SelectorExpr>(x)) id = ast_.get(sel->sel);
    auto* f = id ? llvm::dyn_cast_or_null<ty::Func>(info_.objectOf(id)) : nullptr;
    return f && isGeneric(f) ? id : nullptr;
  }
  const Ident* id = llvm::dyn_cast<Ident>(fun);
  if (auto* sel = llvm::dyn_cast<SelectorExpr>(fun)) id = ast_.get(sel->sel);
  return id;
}

ty::Func* Builder::staticCallee(const Expr* fun) {
  const Ident* id = calleeIdent(fun);
  if (!id) return nullptr;
  return llvm::dyn_cast_or_null<ty::Func>(info_.objectOf(id));
}

Builder::PreparedCall Builder::prepareCall(const CallExpr* e) {
  PreparedCall pc;
  pc.pos = e->pos;
  // gc reads the receiver and the function with the arguments, after their calls.
  bool leftToRight = std::exchange(argsLeftToRight_, false);
  if (!leftToRight) hoistOperands(e);
  ty::Signature* sig = methodCall(ast_.get(e->fun), pc);
  if (sig) {
    // x.M(...): the receiver is already in pc.args.
  } else if (ty::Func* callee = staticCallee(ast_.get(e->fun)); callee && isGeneric(callee)) {
    pc.callee = genericUse(callee, calleeIdent(ast_.get(e->fun)));
    sig = pc.callee->sig;
  } else if (callee && callee->sig()) {
    pc.callee = functionFor(callee);
    sig = callee->sig();
  } else if (callee) {
    // A method that methodCall could not bind (one promoted through an embedded interface):
    // a diagnostic, and a nil function value so that the IR stays well formed.
    unsupported(e->pos, "calls of methods promoted through embedded interfaces");
    pc.fnValue = zero(typeOf(ast_.get(e->fun)));
    sig = llvm::cast<ty::Signature>(ty::underlying(pc.fnValue->type));
  } else {
    pc.fnValue = expr(ast_.get(e->fun));
    sig = llvm::dyn_cast_or_null<ty::Signature>(ty::underlying(pc.fnValue->type));
  }
  if (!sig) {
    // Never a wrong program: a method call the builder cannot bind yet is reported.
    unsupported(e->pos, "this method call (through an embedded field)");
    pc.callee = nullptr;
    pc.args.clear();
    pc.fnValue = zero(typeOf(ast_.get(e->fun)));
    sig = llvm::cast<ty::Signature>(ty::underlying(pc.fnValue->type));
  }
  std::vector<Value*> args = argValues(ast_.nodes(e->args), sig, leftToRight);
  const auto& params = sig->params->types;
  size_t fixed = sig->variadic && !e->hasDots ? params.size() - 1 : params.size();
  for (size_t i = 0; i < fixed && i < args.size(); ++i)
    pc.args.push_back(convert(args[i], params[i]));
  if (sig->variadic && !e->hasDots) {
    // Pack the extra arguments into a new slice (nil when there are none, as gc).
    ty::Type* st = params.back();
    ty::Type* elem = llvm::cast<ty::Slice>(st)->elem;
    size_t extra = args.size() - fixed;
    if (extra == 0) {
      pc.args.push_back(zero(st));
    } else {
      Value* n = intConst(static_cast<int64_t>(extra));
      Value* s = emit(Op::MakeSlice, st, {n, n}, e->pos);
      for (size_t k = 0; k < extra; ++k)
        store(freshElementAddr(s, static_cast<int64_t>(k), e->pos), convert(args[fixed + k], elem));
      pc.args.push_back(s);
    }
  }
  if (sig->results->size() == 1)
    pc.resultType = sig->results->types[0];
  else if (sig->results->size() > 1)
    pc.resultType = sig->results;
  return pc;
}

// Makes the call: `callee` and `fnValue` replace the prepared ones when given.
Value* Builder::emitCall(const PreparedCall& pc, Value* fnValue, llvm::ArrayRef<Value*> args) {
  if (pc.ifaceMethod >= 0) {
    Value* c = emit(Op::CallIface, pc.resultType, {}, pc.pos);
    c->operands.assign(args.begin(), args.end());
    c->index = pc.ifaceMethod;
    c->auxType = pc.ifaceType;
    return c;
  }
  Value* c = emit(fnValue ? Op::CallValue : Op::Call, pc.resultType, {}, pc.pos);
  if (fnValue) c->operands.push_back(fnValue);
  c->operands.insert(c->operands.end(), args.begin(), args.end());
  c->callee = fnValue ? nullptr : pc.callee;
  return c;
}

Value* Builder::call(const CallExpr* e) {
  const ty::TypeAndValue* fun = info_.typeOf(ast_.get(e->fun));
  if (fun && fun->mode == ty::Mode::TypeExpr) return conversion(e, fun->type);
  if (fun && fun->mode == ty::Mode::Builtin) return builtin(e);
  PreparedCall pc = prepareCall(e);
  return emitCall(pc, pc.fnValue, pc.args);
}

}  // namespace ergo::ir::build
