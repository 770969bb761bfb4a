// Methods: their functions (the receiver is the first parameter), gc's `(*T).M` wrappers of
// value methods, method calls with automatic & and *, interface method calls, method values
// and method expressions.
#include <algorithm>

#include "ir/builder_internal.h"

namespace ergo::ir {

types::Named* methodBase(const types::Func* m) {
  types::Type* t = m->recv->type;
  if (auto* p = llvm::dyn_cast<types::Pointer>(t)) t = p->elem;
  return llvm::dyn_cast<types::Named>(t);
}

std::string methodSymbol(const types::Func* m, bool pointer) {
  types::Named* n = methodBase(m);
  std::string path = n && n->obj->pkg ? n->obj->pkg->path : std::string("main");
  std::string type = n ? instanceTypeName(n) : std::string("?");
  if (pointer) type = "(*" + type + ")";
  return path + "." + type + "." + m->name.str();
}

}  // namespace ergo::ir

namespace ergo::ir::build {

namespace {
bool pointerReceiver(const ty::Func* m) {
  return llvm::isa<ty::Pointer>(m->recv->type);
}
}  // namespace

ty::Signature* Builder::withReceiver(ty::Type* recv, ty::Signature* sig) {
  std::vector<ty::Type*> params{recv};
  params.insert(params.end(), sig->params->types.begin(), sig->params->types.end());
  return ctx_.signature(ctx_.tuple(params), sig->results, sig->variadic);
}

Function* Builder::methodFunction(ty::Func* m) {
  auto it = funcs_.find(m);
  if (it != funcs_.end()) return it->second;
  Function* fn =
      newFunction(methodSymbol(m, pointerReceiver(m)), withReceiver(m->recv->type, m->sig()), m);
  funcs_[m] = fn;
  return fn;
}

// The methods declared in this package, and a `(*T).M` wrapper for each value method: the
// code an itab holds when the interface's data word points to a T.
void Builder::buildMethods() {
  std::vector<ty::Func*> methods;
  for (ty::Object* o : pkg_.scope->objects()) {
    auto* tn = llvm::dyn_cast<ty::TypeName>(o);
    auto* n = tn ? llvm::dyn_cast_or_null<ty::Named>(tn->type) : nullptr;
    if (!n || n->obj != tn || n->generic()) continue;  // generic: per instance (builder_generic)
    for (ty::Func* m : n->methods)
      if (m->decl && ast_.get(m->decl->body)) methods.push_back(m);
  }
  std::sort(methods.begin(), methods.end(),
            [](ty::Func* a, ty::Func* b) { return a->pos.offset < b->pos.offset; });
  for (ty::Func* m : methods) {
    Function* fn = methodFunction(m);
    buildFunction(fn, m, ast_.get(m->decl->body), fn->symbol + ".func");
    if (!pointerReceiver(m)) buildPointerWrapper(m);
  }
}

void Builder::buildPointerWrapper(ty::Func* m) {
  ty::Type* recv = m->recv->type;
  Function* target = methodFunction(m);
  Function* w =
      newFunction(methodSymbol(m, true), withReceiver(ctx_.pointer(recv), m->sig()), nullptr);
  resetState();
  fn_ = w;
  w->external = false;
  w->methodWrapper = true;
  cur_ = w->newBlock("entry");
  std::vector<Value*> args;
  for (size_t i = 0; i < w->sig->params->size(); ++i) {
    Value* p = w->newValue(Op::Param, w->sig->params->types[i]);
    p->index = static_cast<int64_t>(i);
    w->params.push_back(p);
    args.push_back(i == 0 ? load(p, m->pos) : p);
  }
  ty::Tuple* results = m->sig()->results;
  ty::Type* rt = results->size() == 0   ? nullptr
                 : results->size() == 1 ? results->types[0]
                                        : results;
  Value* c = emit(Op::Call, rt, {}, m->pos);
  c->operands = args;
  c->callee = target;
  std::vector<Value*> rets;
  for (size_t i = 0; i < results->size(); ++i)
    rets.push_back(results->size() == 1 ? c : extract(c, i));
  emit(Op::Return, nullptr, {}, m->pos)->operands = rets;
  resetState();
}

// x.M(args) for a concrete method M (the receiver, with & or * added as the method needs,
// becomes the first argument) or an interface's M (the interface value is the first
// argument of a CallIface). Returns the signature of M without its receiver, or null when
// `fun` is not a method selector.
ty::Signature* Builder::methodCall(const Expr* fun, PreparedCall& pc) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(fun)) fun = ast_.get(p->x);
  auto* sel = llvm::dyn_cast<SelectorExpr>(fun);
  if (!sel) return nullptr;
  const Expr* x = ast_.get(sel->x);
  const ty::TypeAndValue* xtv = info_.typeOf(x);
  if (!xtv) return nullptr;
  if (xtv->mode == ty::Mode::TypeExpr) {
    // T.M(recv, args): a direct call of the method (or of its (*T).M wrapper).
    Value* f = methodValue(sel);
    if (!f || f->op != Op::FuncRef) return nullptr;
    pc.callee = f->callee;
    return f->callee->sig;
  }
  llvm::StringRef name = ast_.str(ast_.get(sel->sel)->name);
  if (auto* iface = llvm::dyn_cast<ty::Interface>(ty::underlying(concrete(xtv->type)))) {
    for (size_t i = 0; i < iface->methods.size(); ++i) {
      if (iface->methods[i].name != name) continue;
      pc.ifaceMethod = static_cast<int64_t>(i);
      pc.ifaceType = concrete(xtv->type);
      // gc evaluates x.M when the call's operands are (so `defer x.M()` panics at once).
      Value* v = expr(x);
      emit(Op::IfaceNilCheck, nullptr, {v}, sel->pos);
      pc.args.push_back(v);
      return iface->methods[i].sig;
    }
    return nullptr;
  }
  auto* m = llvm::dyn_cast_or_null<ty::Func>(info_.objectOf(ast_.get(sel->sel)));
  if (!m || !m->recv) return nullptr;
  pc.callee = methodFunction(m);
  pc.args.push_back(receiver(x, m));
  return m->sig();
}

// The receiver value for calling m on the operand x: &x for a pointer method on an
// addressable T, *x for a value method on a *T.
Value* Builder::receiver(const Expr* x, ty::Func* m) {
  ty::Type* xt = typeOf(x);
  bool wantPtr = pointerReceiver(m);
  bool havePtr = llvm::isa<ty::Pointer>(ty::underlying(xt)) && !llvm::isa<ty::Named>(xt);
  if (wantPtr && !havePtr) return addr(x);
  Value* v = expr(x);
  if (!wantPtr && havePtr) return load(v, x->pos);
  return v;
}

// x.M used as a value: a closure that binds the receiver (gc's `main.T.M-fm`).
Value* Builder::methodValue(const SelectorExpr* sel) {
  const Expr* x = ast_.get(sel->x);
  const ty::TypeAndValue* xtv = info_.typeOf(x);
  if (!xtv) return nullptr;
  llvm::StringRef name = ast_.str(ast_.get(sel->sel)->name);
  auto* m = llvm::dyn_cast_or_null<ty::Func>(info_.objectOf(ast_.get(sel->sel)));
  if (xtv->mode == ty::Mode::TypeExpr) {
    // A method expression T.M or (*T).M: the method's function, or its pointer wrapper.
    if (!m || !m->recv) {
      unsupported(sel->pos, "method expressions of interface types");
      return zero(typeOf(sel));
    }
    bool viaPointer = llvm::isa<ty::Pointer>(xtv->type) && !pointerReceiver(m);
    if (!viaPointer) return funcRef(methodFunction(m));
    if (methodBase(m)->obj->pkg != &pkg_) {
      unsupported(sel->pos, "method expressions (*T).M of other packages' value methods");
      return zero(typeOf(sel));
    }
    return funcRef(newFunction(methodSymbol(m, true), withReceiver(xtv->type, m->sig()), nullptr));
  }
  ty::Type* xt = concrete(xtv->type);
  auto* iface = llvm::dyn_cast<ty::Interface>(ty::underlying(xt));
  if (!iface && (!m || !m->recv)) return nullptr;
  // The receiver is evaluated (and a nil interface detected, by gc at this point) now.
  Value* recv;
  ty::Signature* sig;
  int64_t slot = -1;
  std::string symbol;
  if (iface) {
    recv = expr(x);
    emit(Op::IfaceNilCheck, nullptr, {recv}, sel->pos);
    for (size_t i = 0; i < iface->methods.size(); ++i)
      if (iface->methods[i].name == name) slot = static_cast<int64_t>(i);
    sig = iface->methods[static_cast<size_t>(slot)].sig;
    symbol = ty::typeString(xt) + "." + name.str() + "-fm";
  } else {
    recv = receiver(x, m);
    sig = m->sig();
    symbol = methodSymbol(m, pointerReceiver(m)) + "-fm";
  }
  Function* w = mod_.findFunction(symbol);
  if (!w) {
    w = newFunction(symbol, sig, nullptr);
    FunctionState outer = saveState();
    fn_ = w;
    w->external = false;
    w->methodWrapper = true;
    cur_ = w->newBlock("entry");
    Value* fv = w->newValue(Op::FreeVar, recv->type);
    fv->index = 0;
    w->freeVars.push_back(fv);
    std::vector<Value*> args{fv};
    for (size_t i = 0; i < sig->params->size(); ++i) {
      Value* p = w->newValue(Op::Param, sig->params->types[i]);
      p->index = static_cast<int64_t>(i);
      w->params.push_back(p);
      args.push_back(p);
    }
    ty::Tuple* results = sig->results;
    ty::Type* rt = results->size() == 0   ? nullptr
                   : results->size() == 1 ? results->types[0]
                                          : results;
    Value* c = emit(iface ? Op::CallIface : Op::Call, rt, {}, sel->pos);
    c->operands = args;
    if (iface) {
      c->index = slot;
      c->auxType = xt;
    } else {
      c->callee = methodFunction(m);
    }
    std::vector<Value*> rets;
    for (size_t i = 0; i < results->size(); ++i)
      rets.push_back(results->size() == 1 ? c : extract(c, i));
    emit(Op::Return, nullptr, {}, sel->pos)->operands = rets;
    restoreState(std::move(outer));
  }
  return makeClosure(w, {recv}, sel->pos);
}

}  // namespace ergo::ir::build
