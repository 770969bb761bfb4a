// Entry points of the IR builder, functions and globals, package initialisation, and the
// per-function state saved while a function literal is built.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

void Builder::build() {
  for (ty::Func* f : pkg_.funcs) {
    if (!ast_.get(f->decl->body) || isGeneric(f)) continue;  // generic: per instance
    Function* fn = functionFor(f);
    buildFunction(fn, f, ast_.get(f->decl->body), fn->symbol + ".func");
  }
  buildMethods();
  for (size_t i = 0; i < pkg_.initFuncs.size(); ++i) {
    ty::Func* f = pkg_.initFuncs[i];
    Function* fn = newFunction(fmt::format("{}.init.{}", pkg_.path, i), voidSig(), f);
    initFuncs_.push_back(fn);
    buildFunction(fn, f, ast_.get(f->decl->body), fn->symbol + ".func");
  }
  buildPackageInit();
  buildInstances();
}

Function* Builder::newFunction(std::string symbol, ty::Signature* sig, ty::Func* obj) {
  if (Function* existing = mod_.findFunction(symbol)) return existing;
  mod_.functions.push_back(std::make_unique<Function>());
  Function* fn = mod_.functions.back().get();
  fn->symbol = std::move(symbol);
  fn->sig = sig;
  fn->object = obj;
  fn->external = true;  // until a body is built
  return fn;
}

Function* Builder::functionFor(ty::Func* f) {
  auto it = funcs_.find(f);
  if (it != funcs_.end()) return it->second;
  if (isGeneric(f)) unsupported(f->pos, "this use of a generic function");
  Function* fn = newFunction(f->symbol(), f->sig(), f);
  funcs_[f] = fn;
  return fn;
}

Value* Builder::globalAddr(ty::Var* v) {
  std::string symbol = v->pkg->path + "." + v->name.str();
  bool known = false;
  for (const Global& g : mod_.globals) known |= g.symbol == symbol;
  if (!known) mod_.globals.push_back(Global{symbol, v->type, v->pkg != &pkg_});
  Value* g = fn_->newValue(Op::GlobalRef, ctx_.pointer(v->type));
  g->name = symbol;
  return g;
}

// Builds the body of fn. Function literals inside it are named closurePrefix + N, as gc names
// them: "main.main.func1" in main.main, "main.main.func1.1" in that one.
void Builder::buildFunction(Function* fn, ty::Func* obj, const BlockStmt* body,
                            std::string closurePrefix) {
  resetState();
  fn_ = fn;
  closurePrefix_ = std::move(closurePrefix);
  fn->external = false;
  fn->hasDefer = obj && obj->hasDefer;
  fn->noinline = obj && obj->decl && (obj->decl->pragmas & kPragmaNoInline);
  cur_ = fn->newBlock("entry");
  const auto& paramTypes = fn->sig->params->types;
  // A method's receiver is its first parameter.
  std::vector<ty::Var*> paramVars;
  if (obj && obj->recv) paramVars.push_back(obj->recv);
  if (obj) paramVars.insert(paramVars.end(), obj->params.begin(), obj->params.end());
  for (size_t i = 0; i < paramTypes.size(); ++i) {
    Value* p = fn->newValue(Op::Param, paramTypes[i]);
    p->index = static_cast<int64_t>(i);
    fn->params.push_back(p);
    if (i < paramVars.size() && !paramVars[i]->name.empty() && paramVars[i]->name != "_") {
      Value* a = alloc(paramVars[i]->type, paramVars[i]->name.str(), paramVars[i]->pos);
      vars_[paramVars[i]] = a;
      store(a, p);
    }
  }
  if (obj) {
    // Named results are variables; with defers, unnamed ones get a slot too.
    for (size_t i = 0; i < obj->results.size(); ++i) {
      ty::Var* r = obj->results[i];
      if (r->name.empty() && !fn->hasDefer) continue;
      std::string name = r->name.empty() ? fmt::format("~r{}", i) : r->name.str();
      Value* a = alloc(r->type, name, r->pos);
      if (!r->name.empty() && r->name != "_") vars_[r] = a;
      results_.push_back(a);
    }
    if (fn->hasDefer) fn->resultSlots = results_;
  }
  stmtList(ast_.nodes(body->stmts));
  if (!cur_->terminated()) {
    if (fn->sig->results->size() == 0 || !results_.empty()) {
      returnResults(body->rbrace, {});
    } else {
      emit(Op::Unreachable, nullptr, {}, body->rbrace);
    }
  }
}

void Builder::buildPackageInit() {
  Function* fn = newFunction(pkg_.path + ".init", voidSig(), nullptr);
  mod_.init = fn;
  resetState();
  fn_ = fn;
  closurePrefix_ = pkg_.path + ".glob..func";  // gc's name for initialisers' literals
  fn->external = false;
  cur_ = fn->newBlock("entry");
  for (const ty::Initializer& init : pkg_.initOrder) {
    const ty::TypeAndValue* tv = info_.typeOf(init.rhs);
    if (init.lhs.size() == 1) {
      Value* v = expr(init.rhs);
      if (init.lhs[0]->name == "_") continue;
      store(globalAddr(init.lhs[0]), convert(v, init.lhs[0]->type));
      continue;
    }
    Value* t = (tv && tv->mode == ty::Mode::CommaOk) ? commaOk(init.rhs) : expr(init.rhs);
    for (size_t i = 0; i < init.lhs.size(); ++i) {
      if (init.lhs[i]->name == "_") continue;
      Value* x = extract(t, i);
      store(globalAddr(init.lhs[i]), convert(x, init.lhs[i]->type));
    }
  }
  for (Function* f : initFuncs_) {
    Value* c = emit(Op::Call, nullptr, {}, {});
    c->callee = f;
  }
  emit(Op::Return, nullptr, {}, {});
}

Builder::FunctionState Builder::saveState() {
  FunctionState st{fn_,
                   cur_,
                   std::move(vars_),
                   std::move(results_),
                   std::move(targets_),
                   std::move(labels_),
                   std::move(labeled_),
                   fallthrough_,
                   stmtPos_,
                   std::move(captured_),
                   std::move(closurePrefix_),
                   closures_,
                   deferWraps_,
                   goWraps_};
  resetState();
  return st;
}

void Builder::restoreState(FunctionState st) {
  fn_ = st.fn;
  cur_ = st.cur;
  vars_ = std::move(st.vars);
  results_ = std::move(st.results);
  targets_ = std::move(st.targets);
  labels_ = std::move(st.labels);
  labeled_ = std::move(st.labeled);
  fallthrough_ = st.fallthrough;
  stmtPos_ = st.stmtPos;
  captured_ = std::move(st.captured);
  closurePrefix_ = std::move(st.closurePrefix);
  closures_ = st.closures;
  deferWraps_ = st.deferWraps;
  goWraps_ = st.goWraps;
}

void Builder::resetState() {
  vars_.clear();
  results_.clear();
  targets_.clear();
  labels_.clear();
  labeled_.clear();
  fallthrough_ = nullptr;
  captured_.clear();
  closurePrefix_.clear();
  closures_ = deferWraps_ = goWraps_ = 0;
}

}  // namespace ergo::ir::build

namespace ergo::ir {

namespace ty = ergo::types;

void addProgramEntry(Module& main, ty::TypeContext& ctx,
                     const std::vector<std::string>& packageInits) {
  ty::Signature* sig = ctx.signature(ctx.tuple({}), ctx.tuple({}), false);
  auto declare = [&](const std::string& symbol) {
    main.functions.push_back(std::make_unique<Function>());
    Function* f = main.functions.back().get();
    f->symbol = symbol;
    f->sig = sig;
    f->external = true;
    return f;
  };
  Function* entry = declare("ergo.inittasks");
  entry->external = false;
  Block* b = entry->newBlock("entry");
  for (const std::string& init : packageInits) {
    Function* callee = main.findFunction(init);
    if (!callee) callee = declare(init);
    Value* c = entry->newValue(Op::Call, nullptr);
    c->callee = callee;
    c->block = b;
    b->instrs.push_back(c);
  }
  Value* ret = entry->newValue(Op::Return, nullptr);
  ret->block = b;
  b->instrs.push_back(ret);
}

std::unique_ptr<Module> buildModule(ty::Package& pkg, const ty::Info& info, ty::TypeContext& ctx,
                                    Diagnostics& diags) {
  auto mod = std::make_unique<Module>();
  mod->path = pkg.path;
  build::Builder(pkg, info, ctx, diags, *mod).build();
  return mod;
}

}  // namespace ergo::ir
