// Calls of built-in functions (len, append, make, panic, recover, min, ...).
#include "ir/builder_internal.h"

namespace ergo::ir::build {

Value* Builder::builtin(const CallExpr* e) {
  ExprRange argExprs = ast_.nodes(e->args);
  const Expr* fun = ast_.get(e->fun);
  while (auto* p = llvm::dyn_cast<ParenExpr>(fun)) fun = ast_.get(p->x);
  auto* id = llvm::dyn_cast<Ident>(fun);
  if (auto* sel = llvm::dyn_cast<SelectorExpr>(fun)) id = ast_.get(sel->sel);  // unsafe.F
  auto* b = id ? llvm::dyn_cast_or_null<ty::Builtin>(info_.objectOf(id)) : nullptr;
  if (!b) {
    unsupported(e->pos, "this builtin call");
    return zero(ctx_.basic(ty::BasicKind::Int));
  }
  ty::Type* intType = ctx_.basic(ty::BasicKind::Int);
  switch (b->id) {
    case ty::BuiltinId::Len:
      if (isMap(typeOf(argExprs[0]))) return mapBuiltin(e, b->id);
      [[fallthrough]];
    case ty::BuiltinId::Cap:
      // Of an array or array pointer: the constant length (the operand has calls or
      // receives, else the checker folded it); a pointer is not dereferenced.
      if (isArrayOperand(typeOf(argExprs[0]))) {
        expr(argExprs[0]);
        ty::Type* t = ty::underlying(typeOf(argExprs[0]));
        if (auto* p = llvm::dyn_cast<ty::Pointer>(t)) t = ty::underlying(p->elem);
        return intConst(llvm::cast<ty::Array>(t)->len);
      }
      if (b->id == ty::BuiltinId::Cap) return emit(Op::Cap, intType, {expr(argExprs[0])}, e->pos);
      return emit(Op::Len, intType, {expr(argExprs[0])}, e->pos);
    case ty::BuiltinId::New: {
      // A new zeroed variable; escape analysis decides where it lives.
      auto* p = llvm::cast<ty::Pointer>(ty::underlying(typeOf(e)));
      return alloc(p->elem, "", e->pos);
    }
    case ty::BuiltinId::Append: {
      if (e->hasDots) {
        Value* s = expr(argExprs[0]);
        return emit(Op::AppendSlice, s->type, {s, expr(argExprs[1])}, e->pos);
      }
      std::vector<Value*> args = argValues(argExprs);  // append(f()): each result
      Value* s = args[0];
      ty::Type* elem = llvm::cast<ty::Slice>(ty::underlying(s->type))->elem;
      std::vector<Value*> operands{s};
      for (size_t i = 1; i < args.size(); ++i) operands.push_back(convert(args[i], elem));
      Value* a = emit(Op::Append, s->type, {}, e->pos);
      a->operands = std::move(operands);
      return a;
    }
    case ty::BuiltinId::Copy: {
      if (argExprs.size() == 1) {  // copy(f()): both slices f returns
        std::vector<Value*> args = argValues(argExprs);
        return emit(Op::Copy, intType, {args[0], args[1]}, e->pos);
      }
      Value* dst = expr(argExprs[0]);
      Value* src = expr(argExprs[1]);
      return emit(Op::Copy, intType, {dst, src}, e->pos);
    }
    case ty::BuiltinId::Make: {
      ty::Type* t = typeOf(e);
      if (isMap(t)) return makeMap(e);
      Value* len = convert(expr(argExprs[1]), nullptr);
      Value* cap = argExprs.size() > 2 ? expr(argExprs[2]) : len;
      return emit(Op::MakeSlice, t, {len, cap}, e->pos);
    }
    case ty::BuiltinId::Delete:
      if (argExprs.size() == 1) {  // delete(f()): the map and the key f returns
        std::vector<Value*> args = argValues(argExprs);
        emit(Op::MapDelete, nullptr, {args[0], valueAs(args[1], mapOf(args[0])->key)}, e->pos);
        return nullptr;
      }
      return mapBuiltin(e, b->id);
    case ty::BuiltinId::Clear:
      return mapBuiltin(e, b->id);
    case ty::BuiltinId::Print:
    case ty::BuiltinId::Println: {
      std::vector<Value*> args = argValues(argExprs);  // print(f()): each result
      Value* p = emit(Op::Print, nullptr, {}, e->pos);
      p->operands = std::move(args);
      p->flag = b->id == ty::BuiltinId::Println;
      return p;
    }
    case ty::BuiltinId::Panic: {
      Value* v = convert(expr(argExprs[0]), ctx_.emptyInterface());
      emit(Op::Panic, nullptr, {v}, e->pos);
      emit(Op::Unreachable, nullptr, {}, e->pos);
      return nullptr;
    }
    case ty::BuiltinId::Recover:
      fn_->callsRecover = true;
      return emit(Op::Recover, ctx_.emptyInterface(), {}, e->pos);
    case ty::BuiltinId::Complex: {
      ty::Type* t = typeOf(e);
      ty::Type* part = complexPart(t);
      std::vector<Value*> parts = argValues(argExprs);  // complex(f()): both results
      Value* re = parts[0];
      Value* im = parts[1];
      if (re->op == Op::Const && re->type != part) re = constant(part, re->constant);
      if (im->op == Op::Const && im->type != part) im = constant(part, im->constant);
      return emit(Op::MakeComplex, t, {re, im}, e->pos);
    }
    case ty::BuiltinId::Real:
    case ty::BuiltinId::Imag: {
      Value* c = expr(argExprs[0]);
      Value* part = emit(Op::Extract, typeOf(e), {c}, e->pos);
      part->index = b->id == ty::BuiltinId::Real ? 0 : 1;
      return part;
    }
    case ty::BuiltinId::Sizeof:
    case ty::BuiltinId::Alignof:
    case ty::BuiltinId::Offsetof:
    case ty::BuiltinId::Add:
    case ty::BuiltinId::Slice:
    case ty::BuiltinId::String:
    case ty::BuiltinId::StringData:
    case ty::BuiltinId::SliceData:
      return unsafeBuiltin(e, b->id);
    case ty::BuiltinId::Min:
    case ty::BuiltinId::Max: {
      // The running minimum (maximum) in a temporary; each argument replaces it if smaller
      // (larger). Constant calls never get here: the checker folded them.
      ty::Type* t = typeOf(e);
      if (ty::isFloat(t)) return floatMinMax(e, b->id == ty::BuiltinId::Min);
      Value* best = alloc(t, "", e->pos);
      for (size_t i = 0; i < argExprs.size(); ++i) {
        Value* v = expr(argExprs[i]);
        if (v->op == Op::Const && v->type != t) v = constant(t, v->constant);
        if (i == 0) {
          store(best, v);
          continue;
        }
        Value* better = emit(Op::BinOp, ctx_.basic(ty::BasicKind::Bool), {v, load(best)}, e->pos);
        better->tok = b->id == ty::BuiltinId::Min ? Tok::Lss : Tok::Gtr;
        Block* replace = fn_->newBlock("minmax.replace");
        Block* next = fn_->newBlock("minmax.next");
        branch(better, replace, next);
        cur_ = replace;
        store(best, v);
        jump(next);
        cur_ = next;
      }
      return load(best, e->pos);
    }
    default:
      unsupported(e->pos, fmt::format("the built-in {}", b->name.str()));
      return zero(typeOf(e) ? typeOf(e) : intType);
  }
}

// complex64 -> float32, complex128 (and untyped complex) -> float64.
ty::Type* Builder::complexPart(ty::Type* complexType) {
  bool single = ty::isBasic(ty::underlying(complexType), ty::BasicKind::Complex64);
  return ctx_.basic(single ? ty::BasicKind::Float32 : ty::BasicKind::Float64);
}

// min/max of floats, folded left to right: one FloatMinMax per argument after the first
// (NaN anywhere makes the result NaN, so the order does not matter otherwise).
Value* Builder::floatMinMax(const CallExpr* e, bool isMin) {
  ty::Type* t = typeOf(e);
  Value* best = nullptr;
  for (const Expr* a : ast_.nodes(e->args)) {
    Value* v = expr(a);
    if (v->op == Op::Const && v->type != t) v = constant(t, v->constant);
    if (!best) {
      best = v;
      continue;
    }
    best = emit(Op::FloatMinMax, t, {best, v}, e->pos);
    best->tok = isMin ? Tok::Lss : Tok::Gtr;
  }
  return best;
}

}  // namespace ergo::ir::build
