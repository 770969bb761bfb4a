// defer and go: the func() closure that runs later, arguments evaluated now.
#include <string_view>

#include "ir/builder_internal.h"

namespace ergo::ir::build {

// A synthesized func() closure over `captures` whose body `emitBody` builds from the free
// variables (named as gc 1.21 names them: "main.main.deferwrap1", "main.f.gowrap2").
template <typename EmitBody>
Value* Builder::wrapper(const char* kind, const std::vector<Value*>& captures, Pos pos,
                        EmitBody emitBody) {
  unsigned n = std::string_view(kind) == "deferwrap" ? ++deferWraps_ : ++goWraps_;
  std::string base = fn_->symbol;
  Function* w = newFunction(fmt::format("{}.{}{}", base, kind, n), voidSig(), nullptr);
  FunctionState outer = saveState();
  fn_ = w;
  w->external = false;
  w->deferWrapper = std::string_view(kind) == "deferwrap";
  w->goWrapper = !w->deferWrapper;
  cur_ = w->newBlock("entry");
  std::vector<Value*> fvs;
  for (size_t i = 0; i < captures.size(); ++i) {
    Value* fv = w->newValue(Op::FreeVar, captures[i]->type);
    fv->index = static_cast<int64_t>(i);
    w->freeVars.push_back(fv);
    fvs.push_back(fv);
  }
  emitBody(llvm::ArrayRef<Value*>(fvs));
  if (!cur_->terminated()) emit(Op::Return, nullptr, {}, pos);
  restoreState(std::move(outer));
  return makeClosure(w, captures, pos);
}

// defer f(args) / go f(args): the func() value to run later, its arguments evaluated now.
void Builder::deferOrGo(const CallExpr* call, Op op, Pos pos) {
  if (Value* f = deferredFunc(call, op == Op::Defer ? "deferwrap" : "gowrap"))
    emit(op, nullptr, {f}, pos);
}

Value* Builder::deferredFunc(const CallExpr* call, const char* kind) {
  const ty::TypeAndValue* fun = info_.typeOf(ast_.get(call->fun));
  if (fun && fun->mode == ty::Mode::Builtin) return deferredBuiltin(call, kind);
  argsLeftToRight_ = true;  // gc evaluates deferred arguments strictly in order
  PreparedCall pc = prepareCall(call);
  // A func() called without arguments is deferred as it is.
  if (pc.args.empty() && !pc.resultType) return pc.fnValue ? pc.fnValue : funcRef(pc.callee);
  std::vector<Value*> captures;
  if (pc.fnValue) captures.push_back(pc.fnValue);
  captures.insert(captures.end(), pc.args.begin(), pc.args.end());
  return wrapper(kind, captures, pc.pos, [&](llvm::ArrayRef<Value*> fv) {
    if (pc.fnValue)
      emitCall(pc, fv[0], fv.drop_front());
    else
      emitCall(pc, nullptr, fv);
  });
}

Value* Builder::deferredBuiltin(const CallExpr* call, const char* kind) {
  const Expr* fun = ast_.get(call->fun);
  while (auto* p = llvm::dyn_cast<ParenExpr>(fun)) fun = ast_.get(p->x);
  auto* b = llvm::dyn_cast_or_null<ty::Builtin>(info_.objectOf(llvm::dyn_cast<Ident>(fun)));
  if (!b) return nullptr;
  std::vector<Value*> args;
  switch (b->id) {
    case ty::BuiltinId::Print:
    case ty::BuiltinId::Println: {
      for (const Expr* a : ast_.nodes(call->args)) args.push_back(expr(a));
      bool newline = b->id == ty::BuiltinId::Println;
      return wrapper(kind, args, call->pos, [&](llvm::ArrayRef<Value*> fv) {
        Value* p = emit(Op::Print, nullptr, {}, call->pos);
        p->operands.assign(fv.begin(), fv.end());
        p->flag = newline;
      });
    }
    case ty::BuiltinId::Panic:
      args.push_back(convert(expr(ast_.nodes(call->args)[0]), ctx_.emptyInterface()));
      return wrapper(kind, args, call->pos, [&](llvm::ArrayRef<Value*> fv) {
        emit(Op::Panic, nullptr, {fv[0]}, call->pos);
        emit(Op::Unreachable, nullptr, {}, call->pos);
      });
    case ty::BuiltinId::Copy:
      args.push_back(expr(ast_.nodes(call->args)[0]));
      args.push_back(expr(ast_.nodes(call->args)[1]));
      return wrapper(kind, args, call->pos, [&](llvm::ArrayRef<Value*> fv) {
        emit(Op::Copy, ctx_.basic(ty::BasicKind::Int), {fv[0], fv[1]}, call->pos);
      });
    case ty::BuiltinId::Delete:
    case ty::BuiltinId::Clear: {  // delete(m, k), clear(m), clear(s): see builder_map.cpp
      bool del = b->id == ty::BuiltinId::Delete;
      args.push_back(expr(ast_.nodes(call->args)[0]));
      if (del) args.push_back(valueAs(expr(ast_.nodes(call->args)[1]), mapOf(args[0])->key));
      return wrapper(kind, args, call->pos, [&](llvm::ArrayRef<Value*> fv) {
        if (del)
          emit(Op::MapDelete, nullptr, {fv[0], fv[1]}, call->pos);
        else if (isMap(fv[0]->type))
          emit(Op::MapClear, nullptr, {fv[0]}, call->pos);
        else
          clearSlice(fv[0], call->pos);
      });
    }
    case ty::BuiltinId::Recover:
      // recover() run by defer or go is not called by a deferred function: it returns nil
      // and stops nothing, so there is nothing to do.
      return wrapper(kind, args, call->pos, [](llvm::ArrayRef<Value*>) {});
    default:
      unsupported(call->pos, fmt::format("{} of the built-in {}", kind, b->name.str()));
      return nullptr;
  }
}

}  // namespace ergo::ir::build
