// Methods: their functions (the receiver is the first parameter), gc's `(*T).M` wrappers of
// value methods, method calls with automatic & and *, interface method calls, method values
// and method expressions.
#include <algorithm>

#include "ir/builder_internal.h"
#include "ir/method_sets.h"

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
  // The wrappers of methods promoted through embedded fields, for the method tables.
  std::vector<ty::Named*> types;
  for (ty::Object* o : pkg_.scope->objects()) {
    auto* tn = llvm::dyn_cast<ty::TypeName>(o);
    auto* n = tn ? llvm::dyn_cast_or_null<ty::Named>(tn->type) : nullptr;
    if (n && n->obj == tn && !n->generic() && !n->origin) types.push_back(n);
  }
  std::sort(types.begin(), types.end(),
            [](ty::Named* a, ty::Named* b) { return a->obj->pos.offset < b->obj->pos.offset; });
  for (ty::Named* n : types) buildPromotedWrappers(n);
}

// Starts building the wrapper w (a function gc generates, hidden in tracebacks) as the
// current function; `linkOnce` when every package that needs it builds it.
void Builder::beginWrapper(Function* w, bool linkOnce) {
  fn_ = w;
  w->external = false;
  w->methodWrapper = true;
  w->linkOnce = linkOnce;
  cur_ = w->newBlock("entry");
}

namespace {

// gc's panicwrap text for the wrapper "pkg.(*T).M": "value method pkg.T.M called using nil *T
// pointer"; type arguments print as "[...]", as in gc's function names.
std::string panicWrapMessage(llvm::StringRef wrapper) {
  size_t open = wrapper.find(".(*");
  size_t close = wrapper.rfind(").");
  if (open == llvm::StringRef::npos || close == llvm::StringRef::npos || close < open)
    return "value method called using nil pointer";
  llvm::StringRef pkg = wrapper.take_front(open);
  std::string type = wrapper.slice(open + 3, close).str();
  if (size_t lb = type.find('['); lb != std::string::npos) type = type.substr(0, lb) + "[...]";
  llvm::StringRef method = wrapper.drop_front(close + 2);
  return fmt::format("value method {}.{}.{} called using nil *{} pointer", pkg.str(), type,
                     method.str(), type);
}

}  // namespace

void Builder::buildPointerWrapper(ty::Func* m) {
  ty::Type* recv = m->recv->type;
  Function* target = methodFunction(m);
  Function* w =
      newFunction(methodSymbol(m, true), withReceiver(ctx_.pointer(recv), m->sig()), nullptr);
  resetState();
  beginWrapper(w, false);
  std::vector<Value*> args;
  for (size_t i = 0; i < w->sig->params->size(); ++i) {
    Value* p = w->newValue(Op::Param, w->sig->params->types[i]);
    p->index = static_cast<int64_t>(i);
    w->params.push_back(p);
    // A nil *T panics here even when M never reads its receiver, with gc's panicwrap text.
    if (i == 0) {
      Value* checked = nilCheck(p, m->pos);
      checked->name = panicWrapMessage(w->symbol);
      p = load(checked, m->pos);
    }
    args.push_back(p);
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
// argument of a CallIface), M declared or promoted through embedded fields. Returns the
// signature of M without its receiver, or null when `fun` is not a method selector.
ty::Signature* Builder::methodCall(const Expr* fun, PreparedCall& pc) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(fun)) fun = ast_.get(p->x);
  auto* sel = llvm::dyn_cast<SelectorExpr>(fun);
  if (!sel) return nullptr;
  const Expr* x = ast_.get(sel->x);
  const ty::TypeAndValue* xtv = info_.typeOf(x);
  if (!xtv) return nullptr;
  if (xtv->mode == ty::Mode::TypeExpr) {
    // T.M(recv, args): a direct call of the method (or of its wrapper).
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
  std::vector<ir::Member> ms = ir::members(concrete(xtv->type));
  const ir::Member* mem = ir::findMember(ms, name, srcPkg_);
  if (mem && mem->promoted() && mem->kind != ir::Member::Kind::Field) {
    Value* recv = memberReceiver(x, *mem, sel->pos);
    if (mem->kind == ir::Member::Kind::IfaceMethod) {
      pc.ifaceMethod = mem->slot;
      pc.ifaceType = mem->holder;
      emit(Op::IfaceNilCheck, nullptr, {recv}, sel->pos);
      pc.args.push_back(recv);
      return mem->sig;
    }
    pc.callee = methodFunction(mem->func);
    pc.args.push_back(recv);
    return mem->func->sig();
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
  if (!wantPtr && havePtr) return load(nilCheck(v, x->pos), x->pos);
  return v;
}

// The receiver of the promoted method m of x: the embedded field that declares it (its
// address for a pointer method), or the embedded interface value.
Value* Builder::memberReceiver(const Expr* x, const ir::Member& m, Pos pos) {
  ty::Type* xt = typeOf(x);
  if (llvm::isa<ty::Pointer>(ty::underlying(xt))) return promotedReceiver(expr(x), false, m, pos);
  if (addressable(x)) return promotedReceiver(addr(x), true, m, pos);
  return promotedReceiver(expr(x), false, m, pos);
}

// Follows m's path from base (a struct's address when isAddr, else a struct or pointer
// value) to the receiver m needs.
Value* Builder::promotedReceiver(Value* base, bool isAddr, const ir::Member& m, Pos pos) {
  ty::Type* t = isAddr ? llvm::cast<ty::Pointer>(base->type)->elem : base->type;
  for (int i : m.path) t = structOf(t)->fields[static_cast<size_t>(i)].type;
  bool embeddedPtr = llvm::isa<ty::Pointer>(t);
  bool wantAddr = m.kind == ir::Member::Kind::Method && m.pointerRecv() && !embeddedPtr;
  Value* v = walkFields(base, isAddr, m.path, wantAddr, pos);
  if (m.kind == ir::Member::Kind::Method && !m.pointerRecv() && embeddedPtr)
    return load(nilCheck(v, pos), pos);
  return v;
}

// Calls the method m (or interface method) with `args`, its receiver first, and returns
// what it returns.
void Builder::forwardCall(Function* w, Value* recv, const ir::Member* m, ty::Type* ifaceType,
                          int64_t slot, ty::Signature* sig, Pos pos) {
  std::vector<Value*> args{recv};
  for (size_t i = 0; i < sig->params->size(); ++i) {
    Value* p = w->newValue(Op::Param, sig->params->types[i]);
    p->index = static_cast<int64_t>(w->params.size());
    w->params.push_back(p);
    args.push_back(p);
  }
  ty::Tuple* results = sig->results;
  ty::Type* rt = results->size() == 0   ? nullptr
                 : results->size() == 1 ? results->types[0]
                                        : results;
  Value* c;
  if (ifaceType) {
    emit(Op::IfaceNilCheck, nullptr, {recv}, pos);
    c = emit(Op::CallIface, rt, {}, pos);
    c->index = slot;
    c->auxType = ifaceType;
  } else {
    c = emit(Op::Call, rt, {}, pos);
    c->callee = methodFunction(m->func);
  }
  c->operands = args;
  std::vector<Value*> rets;
  for (size_t i = 0; i < results->size(); ++i)
    rets.push_back(results->size() == 1 ? c : extract(c, i));
  emit(Op::Return, nullptr, {}, pos)->operands = rets;
}

// gc's wrapper of the promoted method m for the receiver type base (or *base): it finds the
// embedded receiver and calls the method. Built once per module.
Function* Builder::promotedWrapper(ty::Type* base, bool pointer, const ir::Member& m) {
  std::string symbol = ir::methodSetSymbol(base, pointer, m);
  if (Function* f = mod_.findFunction(symbol)) return f;
  ty::Type* recvType = pointer ? ctx_.pointer(base) : base;
  Function* w = newFunction(symbol, withReceiver(recvType, m.sig), nullptr);
  // Another package's defined type: its package builds the wrapper.
  if (ir::wrappersBuiltByDeclaringPackage(base) && llvm::cast<ty::Named>(base)->obj->pkg != &pkg_)
    return w;
  FunctionState outer = saveState();
  beginWrapper(w, !ir::wrappersBuiltByDeclaringPackage(base));
  Pos pos = m.func ? m.func->pos : Pos{};
  Value* p = w->newValue(Op::Param, recvType);
  p->index = 0;
  w->params.push_back(p);
  Value* recv = promotedReceiver(p, false, m, pos);
  bool iface = m.kind == ir::Member::Kind::IfaceMethod;
  forwardCall(w, recv, &m, iface ? m.holder : nullptr, m.slot, m.sig, pos);
  restoreState(std::move(outer));
  return w;
}

// The wrappers of t's promoted methods (for t and *t), which the type descriptors' method
// tables and itabs name.
void Builder::buildPromotedWrappers(ty::Type* t) {
  if (llvm::isa<ty::Pointer>(t)) {
    ty::Type* base = llvm::cast<ty::Pointer>(t)->elem;
    for (const ir::Member& m : ir::methodSet(t))
      if (m.promoted()) promotedWrapper(base, true, m);
    return;
  }
  if (ty::isInterface(t)) return;
  for (const ir::Member& m : ir::methodSet(ctx_.pointer(t)))
    if (m.promoted()) promotedWrapper(t, true, m);
  for (const ir::Member& m : ir::methodSet(t))
    if (m.promoted()) promotedWrapper(t, false, m);
}

// I.M for an interface type I: a function taking an I first that calls its method M.
Function* Builder::ifaceMethodExpr(ty::Type* it, size_t slot) {
  auto* iface = llvm::cast<ty::Interface>(ty::underlying(it));
  const ty::Method& im = iface->methods[slot];
  std::string symbol = ty::typeString(it) + "." + im.name.str();
  if (Function* f = mod_.findFunction(symbol)) return f;
  Function* w = newFunction(symbol, withReceiver(it, im.sig), nullptr);
  FunctionState outer = saveState();
  beginWrapper(w, true);
  Value* p = w->newValue(Op::Param, it);
  p->index = 0;
  w->params.push_back(p);
  forwardCall(w, p, nullptr, it, static_cast<int64_t>(slot), im.sig, Pos{});
  restoreState(std::move(outer));
  return w;
}

// x.M used as a value: a closure that binds the receiver (gc's `main.T.M-fm`); T.M and
// (*T).M used as values: the method's function, or a wrapper.
Value* Builder::methodValue(const SelectorExpr* sel) {
  const Expr* x = ast_.get(sel->x);
  const ty::TypeAndValue* xtv = info_.typeOf(x);
  if (!xtv) return nullptr;
  llvm::StringRef name = ast_.str(ast_.get(sel->sel)->name);
  auto* m = llvm::dyn_cast_or_null<ty::Func>(info_.objectOf(ast_.get(sel->sel)));
  if (xtv->mode == ty::Mode::TypeExpr) {
    ty::Type* t = xtv->type;
    if (auto* iface = llvm::dyn_cast<ty::Interface>(ty::underlying(t))) {
      for (size_t i = 0; i < iface->methods.size(); ++i)
        if (iface->methods[i].name == name) return funcRef(ifaceMethodExpr(t, i));
      return nullptr;
    }
    std::vector<ir::Member> ms = ir::members(t);
    const ir::Member* mem = ir::findMember(ms, name, srcPkg_);
    if (mem && mem->promoted() && mem->kind != ir::Member::Kind::Field) {
      auto* p = llvm::dyn_cast<ty::Pointer>(t);
      return funcRef(promotedWrapper(p ? p->elem : t, p != nullptr, *mem));
    }
    // A method expression T.M or (*T).M: the method's function, or its pointer wrapper.
    if (!m || !m->recv) return nullptr;
    bool viaPointer = llvm::isa<ty::Pointer>(t) && !pointerReceiver(m);
    if (!viaPointer) return funcRef(methodFunction(m));
    // The declaring package builds the (*T).M wrapper of every value method.
    return funcRef(newFunction(methodSymbol(m, true), withReceiver(t, m->sig()), nullptr));
  }
  ty::Type* xt = concrete(xtv->type);
  auto* iface = llvm::dyn_cast<ty::Interface>(ty::underlying(xt));
  // The receiver is evaluated (and a nil interface detected, by gc at this point) now.
  Value* recv;
  ty::Signature* sig;
  int64_t slot = -1;
  std::string symbol;
  ty::Type* ifaceType = nullptr;
  const ir::Member* target = nullptr;
  ir::Member declared;
  std::vector<ir::Member> ms;
  if (iface) {
    recv = expr(x);
    emit(Op::IfaceNilCheck, nullptr, {recv}, sel->pos);
    for (size_t i = 0; i < iface->methods.size(); ++i)
      if (iface->methods[i].name == name) slot = static_cast<int64_t>(i);
    if (slot < 0) return nullptr;
    sig = iface->methods[static_cast<size_t>(slot)].sig;
    ifaceType = xt;
  } else {
    ms = ir::members(xt);
    const ir::Member* mem = ir::findMember(ms, name, srcPkg_);
    if (mem && mem->promoted() && mem->kind != ir::Member::Kind::Field) {
      recv = memberReceiver(x, *mem, sel->pos);
      if (mem->kind == ir::Member::Kind::IfaceMethod) {
        emit(Op::IfaceNilCheck, nullptr, {recv}, sel->pos);
        ifaceType = mem->holder;
        slot = mem->slot;
      } else {
        target = mem;
      }
      sig = mem->sig;
    } else {
      if (!m || !m->recv) return nullptr;
      recv = receiver(x, m);
      declared.kind = ir::Member::Kind::Method;
      declared.func = m;
      declared.sig = m->sig();
      target = &declared;
      sig = m->sig();
    }
  }
  if (ifaceType) {
    ty::Type* it = ifaceType;
    auto* in = llvm::cast<ty::Interface>(ty::underlying(it));
    symbol = ty::typeString(it) + "." + in->methods[static_cast<size_t>(slot)].name.str() + "-fm";
  } else {
    symbol = methodSymbol(target->func, pointerReceiver(target->func)) + "-fm";
  }
  Function* w = mod_.findFunction(symbol);
  if (!w) {
    w = newFunction(symbol, sig, nullptr);
    FunctionState outer = saveState();
    beginWrapper(w, true);
    Value* fv = w->newValue(Op::FreeVar, recv->type);
    fv->index = 0;
    w->freeVars.push_back(fv);
    forwardCall(w, fv, target, ifaceType, slot, sig, sel->pos);
    restoreState(std::move(outer));
  }
  return makeClosure(w, {recv}, sel->pos);
}

}  // namespace ergo::ir::build
