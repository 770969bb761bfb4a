#include "ir/builder.h"

#include <mutex>
#include <string_view>

#include "fmt/format.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

namespace ergo::ir {

using namespace ergo::syntax;  // NOLINT: the builder walks the AST throughout
namespace ty = ergo::types;

namespace {

class Builder {
 public:
  Builder(ty::Package& pkg, const ty::Info& info, ty::TypeContext& ctx, Diagnostics& diags,
          Module& mod)
      : pkg_(pkg), ast_(*pkg.ast), info_(info), ctx_(ctx), diags_(diags), mod_(mod) {}

  void build() {
    for (ty::Func* f : pkg_.funcs) {
      if (!ast_.get(f->decl->body)) continue;
      Function* fn = functionFor(f);
      buildFunction(fn, f, ast_.get(f->decl->body), fn->symbol + ".func");
    }
    for (size_t i = 0; i < pkg_.initFuncs.size(); ++i) {
      ty::Func* f = pkg_.initFuncs[i];
      Function* fn = newFunction(fmt::format("{}.init.{}", pkg_.path, i), voidSig(), f);
      initFuncs_.push_back(fn);
      buildFunction(fn, f, ast_.get(f->decl->body), fn->symbol + ".func");
    }
    buildPackageInit();
  }

 private:
  // ---- functions and globals ----
  ty::Signature* voidSig() { return ctx_.signature(ctx_.tuple({}), ctx_.tuple({}), false); }

  Function* newFunction(std::string symbol, ty::Signature* sig, ty::Func* obj) {
    if (Function* existing = mod_.findFunction(symbol)) return existing;
    mod_.functions.push_back(std::make_unique<Function>());
    Function* fn = mod_.functions.back().get();
    fn->symbol = std::move(symbol);
    fn->sig = sig;
    fn->object = obj;
    fn->external = true;  // until a body is built
    return fn;
  }

  Function* functionFor(ty::Func* f) {
    auto it = funcs_.find(f);
    if (it != funcs_.end()) return it->second;
    Function* fn = newFunction(f->symbol(), f->sig(), f);
    funcs_[f] = fn;
    return fn;
  }

  Value* globalAddr(ty::Var* v) {
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
  void buildFunction(Function* fn, ty::Func* obj, const BlockStmt* body,
                     std::string closurePrefix) {
    resetState();
    fn_ = fn;
    closurePrefix_ = std::move(closurePrefix);
    fn->external = false;
    fn->hasDefer = obj && obj->hasDefer;
    fn->noinline = obj && obj->decl && (obj->decl->pragmas & kPragmaNoInline);
    cur_ = fn->newBlock("entry");
    const auto& paramTypes = fn->sig->params->types;
    for (size_t i = 0; i < paramTypes.size(); ++i) {
      Value* p = fn->newValue(Op::Param, paramTypes[i]);
      p->index = static_cast<int64_t>(i);
      fn->params.push_back(p);
      if (obj && i < obj->params.size() && !obj->params[i]->name.empty() &&
          obj->params[i]->name != "_") {
        Value* a = alloc(obj->params[i]->type, obj->params[i]->name.str(), obj->params[i]->pos);
        vars_[obj->params[i]] = a;
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

  void buildPackageInit() {
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

  // ---- emitting ----
  Value* emit(Op op, ty::Type* type, std::initializer_list<Value*> operands, Pos pos) {
    if (cur_->terminated()) cur_ = fn_->newBlock("unreachable");
    Value* v = fn_->newValue(op, type);
    v->operands.assign(operands.begin(), operands.end());
    v->pos = pos;
    v->block = cur_;
    cur_->instrs.push_back(v);
    return v;
  }
  Value* alloc(ty::Type* t, std::string name, Pos pos) {
    Value* a = emit(Op::Alloc, ctx_.pointer(t), {}, pos);
    a->auxType = t;
    a->name = std::move(name);
    return a;
  }
  Value* load(Value* addr, Pos pos = {}) {
    return emit(Op::Load, llvm::cast<ty::Pointer>(addr->type)->elem, {addr}, pos);
  }
  void store(Value* addr, Value* v, Pos pos = {}) { emit(Op::Store, nullptr, {addr, v}, pos); }
  void jump(Block* target) {
    Value* j = emit(Op::Jump, nullptr, {}, {});
    j->targets[0] = target;
  }
  void branch(Value* cond, Block* then, Block* els) {
    Value* b = emit(Op::If, nullptr, {cond}, {});
    b->targets[0] = then;
    b->targets[1] = els;
  }
  Value* constant(ty::Type* t, const ty::Constant& c) {
    Value* v = fn_->newValue(Op::Const, concrete(t));
    v->constant = c;
    return v;
  }
  Value* zero(ty::Type* t) { return constant(t, ty::Constant()); }
  Value* intConst(int64_t n) {
    return constant(ctx_.basic(ty::BasicKind::Int), ty::Constant::fromInt64(n));
  }
  Value* extract(Value* tuple, size_t i) {
    auto* t = llvm::cast<ty::Tuple>(tuple->type);
    Value* x = emit(Op::Extract, t->types[i], {tuple}, tuple->pos);
    x->index = static_cast<int64_t>(i);
    return x;
  }
  void unsupported(Pos pos, llvm::StringRef what) {
    if (!pos.valid()) pos = stmtPos_;  // values such as constants carry no position
    diags_.error(pos, fmt::format("ergo does not support {} yet", what.str()));
  }

  // Untyped types of non-constant values (comparison results) become their defaults.
  ty::Type* concrete(ty::Type* t) {
    if (t && ty::isUntyped(t) && !ty::isBasic(t, ty::BasicKind::UntypedNil))
      return ty::defaultType(ctx_, t);
    return t;
  }
  ty::Type* typeOf(const Expr* e) {
    const ty::TypeAndValue* tv = info_.typeOf(e);
    return tv ? concrete(tv->type) : nullptr;
  }

  // Converts v for assignment to a variable of type `to` (interfaces, untyped nil).
  Value* convert(Value* v, ty::Type* to) {
    if (!to || v->type == to) return v;
    if (v->op == Op::Const && ty::isBasic(v->type, ty::BasicKind::UntypedNil)) return zero(to);
    if (ty::isInterface(to)) {
      if (ty::isInterface(v->type)) {
        if (ty::isEmptyInterface(to)) {
          if (ty::isEmptyInterface(v->type)) return v;
          unsupported(v->pos, "converting interfaces with methods");
          return zero(to);
        }
        unsupported(v->pos, "converting between interfaces with methods");
        return zero(to);
      }
      if (!ty::isEmptyInterface(to)) {
        unsupported(v->pos, "interfaces with methods");
        return zero(to);
      }
      return emit(Op::MakeInterface, to, {v}, v->pos);
    }
    return v;
  }

  // ---- expressions ----
  Value* expr(const Expr* e) {
    const ty::TypeAndValue* tv = info_.typeOf(e);
    if (tv && tv->mode == ty::Mode::Constant) return constant(tv->type, tv->value);
    switch (e->kind) {
      case NodeKind::ParenExpr:
        return expr(ast_.get(llvm::cast<ParenExpr>(e)->x));
      case NodeKind::Ident:
        return identValue(llvm::cast<Ident>(e));
      case NodeKind::SelectorExpr:
        return identValue(ast_.get(llvm::cast<SelectorExpr>(e)->sel));
      case NodeKind::CallExpr:
        return call(llvm::cast<CallExpr>(e));
      case NodeKind::FuncLit:
        return funcLit(llvm::cast<FuncLit>(e));
      case NodeKind::IndexExpr: {
        auto* ix = llvm::cast<IndexExpr>(e);
        Value* x = expr(ast_.get(ix->x));
        Value* i = expr(ast_.nodes(ix->indices)[0]);
        if (ty::isString(x->type))
          return emit(Op::StringIndex, ctx_.basic(ty::BasicKind::Uint8), {x, i}, e->pos);
        return load(indexAddr(x, i, e->pos), e->pos);
      }
      case NodeKind::SliceExpr: {
        auto* s = llvm::cast<SliceExpr>(e);
        Value* x = expr(ast_.get(s->x));
        Value* lo = s->lo ? expr(ast_.get(s->lo)) : nullptr;
        Value* hi = s->hi ? expr(ast_.get(s->hi)) : nullptr;
        Value* max = s->max ? expr(ast_.get(s->max)) : nullptr;
        return emit(Op::Slice, typeOf(e), {x, lo, hi, max}, e->pos);
      }
      case NodeKind::TypeAssertExpr: {
        auto* ta = llvm::cast<TypeAssertExpr>(e);
        Value* x = expr(ast_.get(ta->x));
        Value* a = emit(Op::TypeAssert, typeOf(e), {x}, e->pos);
        a->auxType = typeOf(e);
        return a;
      }
      case NodeKind::UnaryExpr: {
        auto* u = llvm::cast<UnaryExpr>(e);
        Value* x = expr(ast_.get(u->x));
        Value* r = emit(Op::UnOp, typeOf(e), {x}, e->pos);
        r->tok = u->op;
        return r;
      }
      case NodeKind::BinaryExpr:
        return binary(llvm::cast<BinaryExpr>(e));
      case NodeKind::CompositeLit: {
        auto* c = llvm::cast<CompositeLit>(e);
        ty::Type* t = typeOf(e);
        auto* st = llvm::cast<ty::Slice>(ty::underlying(t));
        ExprRange elts = ast_.nodes(c->elts);
        Value* n = intConst(static_cast<int64_t>(elts.size()));
        Value* s = emit(Op::MakeSlice, t, {n, n}, e->pos);
        for (size_t i = 0; i < elts.size(); ++i) {
          Value* v = convert(expr(elts[i]), st->elem);
          store(freshElementAddr(s, static_cast<int64_t>(i), elts[i]->pos), v);
        }
        return s;
      }
      default:
        unsupported(e->pos, fmt::format("this expression ({})", nodeKindName(e->kind)));
        return zero(typeOf(e) ? typeOf(e) : ctx_.basic(ty::BasicKind::Int));
    }
  }

  Value* indexAddr(Value* slice, Value* index, Pos pos) {
    auto* st = llvm::cast<ty::Slice>(ty::underlying(slice->type));
    return emit(Op::IndexAddr, ctx_.pointer(st->elem), {slice, index}, pos);
  }
  // The address of element i of a slice this builder just made with at least i+1 elements:
  // no bounds check is needed (composite literals, variadic argument slices).
  Value* freshElementAddr(Value* slice, int64_t i, Pos pos) {
    Value* a = indexAddr(slice, intConst(i), pos);
    a->flag = true;
    return a;
  }

  Value* identValue(const Ident* id) {
    ty::Object* obj = info_.objectOf(id);
    if (!obj) return zero(typeOf(id));
    switch (obj->kind) {
      case ty::ObjectKind::Var:
        return load(varAddr(static_cast<ty::Var*>(obj)), id->pos);
      case ty::ObjectKind::Nil:
        return zero(ctx_.basic(ty::BasicKind::UntypedNil));
      case ty::ObjectKind::Func:
        return funcRef(functionFor(static_cast<ty::Func*>(obj)));
      default:
        unsupported(id->pos, "this kind of name");
        return zero(ctx_.basic(ty::BasicKind::Int));
    }
  }

  Value* varAddr(ty::Var* v) {
    auto it = vars_.find(v);
    if (it != vars_.end()) return it->second;
    if (v->isGlobal) return globalAddr(v);
    return capture(v);  // a variable of an enclosing function
  }

  Value* binary(const BinaryExpr* e) {
    if (e->op == Tok::LogAnd || e->op == Tok::LogOr) {
      // x && y: a temporary written on each path (LLVM's mem2reg makes it a phi).
      ty::Type* t = typeOf(e);
      Value* result = alloc(t, "", e->pos);
      Value* x = expr(ast_.get(e->x));
      store(result, x);
      Block* rhs = fn_->newBlock(e->op == Tok::LogAnd ? "and.rhs" : "or.rhs");
      Block* done = fn_->newBlock(e->op == Tok::LogAnd ? "and.done" : "or.done");
      if (e->op == Tok::LogAnd)
        branch(x, rhs, done);
      else
        branch(x, done, rhs);
      cur_ = rhs;
      store(result, expr(ast_.get(e->y)));
      jump(done);
      cur_ = done;
      return load(result, e->pos);
    }
    Value* x = expr(ast_.get(e->x));
    Value* y = expr(ast_.get(e->y));
    // Mixed interface / concrete comparisons compare as interfaces.
    if (ty::isInterface(x->type) && !ty::isInterface(y->type))
      y = convert(y, x->type);
    else if (ty::isInterface(y->type) && !ty::isInterface(x->type))
      x = convert(x, y->type);
    if (x->op == Op::Const && ty::isBasic(x->type, ty::BasicKind::UntypedNil)) x = zero(y->type);
    if (y->op == Op::Const && ty::isBasic(y->type, ty::BasicKind::UntypedNil)) y = zero(x->type);
    Value* r = emit(Op::BinOp, typeOf(e), {x, y}, e->opPos);
    r->tok = e->op;
    return r;
  }

  // Evaluates arguments, spreading f(g()) over several parameters.
  std::vector<Value*> argValues(ExprRange args) {
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
    for (const Expr* a : args) out.push_back(expr(a));
    return out;
  }

  ty::Func* staticCallee(const Expr* fun) {
    while (auto* p = llvm::dyn_cast<ParenExpr>(fun)) fun = ast_.get(p->x);
    const Ident* id = llvm::dyn_cast<Ident>(fun);
    if (auto* sel = llvm::dyn_cast<SelectorExpr>(fun)) id = ast_.get(sel->sel);
    if (!id) return nullptr;
    return llvm::dyn_cast_or_null<ty::Func>(info_.objectOf(id));
  }

  // A call with its function and arguments evaluated (the arguments converted to the
  // parameter types, variadic ones packed into a slice), not yet made.
  struct PreparedCall {
    Function* callee = nullptr;  // a function called directly, or
    Value* fnValue = nullptr;    // a func value
    std::vector<Value*> args;
    ty::Type* resultType = nullptr;  // null, the one result, or a tuple
    Pos pos;
  };

  PreparedCall prepareCall(const CallExpr* e) {
    PreparedCall pc;
    pc.pos = e->pos;
    ty::Signature* sig;
    if (ty::Func* callee = staticCallee(ast_.get(e->fun))) {
      pc.callee = functionFor(callee);
      sig = callee->sig();
    } else {
      pc.fnValue = expr(ast_.get(e->fun));
      sig = llvm::cast<ty::Signature>(ty::underlying(pc.fnValue->type));
    }
    std::vector<Value*> args = argValues(ast_.nodes(e->args));
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
          store(freshElementAddr(s, static_cast<int64_t>(k), e->pos),
                convert(args[fixed + k], elem));
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
  Value* emitCall(const PreparedCall& pc, Value* fnValue, llvm::ArrayRef<Value*> args) {
    Value* c = emit(fnValue ? Op::CallValue : Op::Call, pc.resultType, {}, pc.pos);
    if (fnValue) c->operands.push_back(fnValue);
    c->operands.insert(c->operands.end(), args.begin(), args.end());
    c->callee = fnValue ? nullptr : pc.callee;
    return c;
  }

  Value* call(const CallExpr* e) {
    const ty::TypeAndValue* fun = info_.typeOf(ast_.get(e->fun));
    if (fun && fun->mode == ty::Mode::TypeExpr) return conversion(e, fun->type);
    if (fun && fun->mode == ty::Mode::Builtin) return builtin(e);
    PreparedCall pc = prepareCall(e);
    return emitCall(pc, pc.fnValue, pc.args);
  }

  Value* conversion(const CallExpr* e, ty::Type* to) {
    Value* x = expr(ast_.nodes(e->args)[0]);
    if (ty::isInterface(to)) return convert(x, to);
    if (x->op == Op::Const && ty::isBasic(x->type, ty::BasicKind::UntypedNil)) return zero(to);
    // Lowering decides what it costs: nothing for the same representation, else a real change.
    return emit(Op::Convert, to, {x}, e->pos);
  }

  Value* builtin(const CallExpr* e) {
    ExprRange argExprs = ast_.nodes(e->args);
    const Expr* fun = ast_.get(e->fun);
    while (auto* p = llvm::dyn_cast<ParenExpr>(fun)) fun = ast_.get(p->x);
    auto* id = llvm::dyn_cast<Ident>(fun);
    auto* b = id ? llvm::dyn_cast_or_null<ty::Builtin>(info_.objectOf(id)) : nullptr;
    if (!b) {
      unsupported(e->pos, "this builtin call");
      return zero(ctx_.basic(ty::BasicKind::Int));
    }
    ty::Type* intType = ctx_.basic(ty::BasicKind::Int);
    switch (b->id) {
      case ty::BuiltinId::Len:
        return emit(Op::Len, intType, {expr(argExprs[0])}, e->pos);
      case ty::BuiltinId::Cap:
        return emit(Op::Cap, intType, {expr(argExprs[0])}, e->pos);
      case ty::BuiltinId::Append: {
        Value* s = expr(argExprs[0]);
        if (e->hasDots) return emit(Op::AppendSlice, s->type, {s, expr(argExprs[1])}, e->pos);
        ty::Type* elem = llvm::cast<ty::Slice>(ty::underlying(s->type))->elem;
        std::vector<Value*> operands{s};
        for (size_t i = 1; i < argExprs.size(); ++i)
          operands.push_back(convert(expr(argExprs[i]), elem));
        Value* a = emit(Op::Append, s->type, {}, e->pos);
        a->operands = std::move(operands);
        return a;
      }
      case ty::BuiltinId::Copy: {
        Value* dst = expr(argExprs[0]);
        Value* src = expr(argExprs[1]);
        return emit(Op::Copy, intType, {dst, src}, e->pos);
      }
      case ty::BuiltinId::Make: {
        ty::Type* t = typeOf(e);
        Value* len = convert(expr(argExprs[1]), nullptr);
        Value* cap = argExprs.size() > 2 ? expr(argExprs[2]) : len;
        return emit(Op::MakeSlice, t, {len, cap}, e->pos);
      }
      case ty::BuiltinId::Print:
      case ty::BuiltinId::Println: {
        std::vector<Value*> args;
        for (const Expr* a : argExprs) args.push_back(expr(a));
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
      case ty::BuiltinId::Min:
      case ty::BuiltinId::Max: {
        // The running minimum (maximum) in a temporary; each argument replaces it if smaller
        // (larger). Constant calls never get here: the checker folded them.
        ty::Type* t = typeOf(e);
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

  // x.(T) in a comma-ok context: a (T, bool) tuple.
  Value* commaOk(const Expr* e) {
    while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
    auto* ta = llvm::dyn_cast<TypeAssertExpr>(e);
    if (!ta) {
      unsupported(e->pos, "this comma-ok expression");
      return zero(ctx_.tuple({ctx_.basic(ty::BasicKind::Int), ctx_.basic(ty::BasicKind::Bool)}));
    }
    ty::Type* t = typeOf(ta);
    Value* x = expr(ast_.get(ta->x));
    Value* a = emit(Op::TypeAssert, ctx_.tuple({t, ctx_.basic(ty::BasicKind::Bool)}), {x}, e->pos);
    a->auxType = t;
    a->flag = true;
    return a;
  }

  // ---- statements ----
  struct Targets {
    Block* breakTo;
    Block* continueTo;  // null for switches
    const Stmt* stmt;   // the loop or switch, for `break L` and `continue L`
  };

  // The block a label starts, made by the first goto or labeled statement that names it.
  Block* labelBlock(llvm::StringRef name) {
    Block*& b = labels_[name];
    if (!b) b = fn_->newBlock("label." + name.str());
    return b;
  }

  void stmtList(StmtRange list) {
    for (const Stmt* s : list) stmt(s);
  }

  // The variable an identifier on the left of := or = denotes (null for _).
  ty::Var* lhsVar(const Ident* id) {
    if (ast_.str(id->name) == "_") return nullptr;
    return llvm::dyn_cast_or_null<ty::Var>(info_.objectOf(id));
  }

  void declare(ty::Var* v, Value* init, Pos pos) {
    Value* a = alloc(v->type, v->name.str(), pos);
    vars_[v] = a;
    if (init) store(a, convert(init, v->type));
  }

  // Address of an assignable expression; null for the blank identifier.
  // The left side of an assignment after phase one of the spec's two phases: the operands of
  // s[i] are evaluated, but indexing (and its bounds check) waits for phase two.
  struct Target {
    Value* addr = nullptr;
    Value* slice = nullptr;
    Value* index = nullptr;
    Pos pos;
  };
  Target target(const Expr* e) {
    while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
    if (auto* ix = llvm::dyn_cast<IndexExpr>(e)) {
      Target t;
      t.slice = expr(ast_.get(ix->x));
      t.index = expr(ast_.nodes(ix->indices)[0]);
      t.pos = e->pos;
      return t;
    }
    return Target{addr(e), nullptr, nullptr, e->pos};
  }
  Value* targetAddr(const Target& t) {
    return t.slice ? indexAddr(t.slice, t.index, t.pos) : t.addr;
  }

  Value* addr(const Expr* e) {
    while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
    if (auto* id = llvm::dyn_cast<Ident>(e)) {
      ty::Var* v = lhsVar(id);
      return v ? varAddr(v) : nullptr;
    }
    if (auto* sel = llvm::dyn_cast<SelectorExpr>(e)) {
      ty::Var* v = llvm::dyn_cast_or_null<ty::Var>(info_.objectOf(ast_.get(sel->sel)));
      if (v) return varAddr(v);
    }
    if (auto* ix = llvm::dyn_cast<IndexExpr>(e)) {
      Value* x = expr(ast_.get(ix->x));
      Value* i = expr(ast_.nodes(ix->indices)[0]);
      return indexAddr(x, i, e->pos);
    }
    unsupported(e->pos, "assigning to this expression");
    return nullptr;
  }

  // Phase two of an assignment: index the targets and store, left to right.
  void storeTargets(const std::vector<Target>& targets, const std::vector<Value*>& values) {
    for (size_t i = 0; i < targets.size() && i < values.size(); ++i) {
      Value* a = targetAddr(targets[i]);
      if (!a) continue;
      ty::Type* t = llvm::cast<ty::Pointer>(a->type)->elem;
      store(a, convert(values[i], t));
    }
  }
  void assignValues(ExprRange lhs, const std::vector<Value*>& values) {
    std::vector<Target> targets;
    for (const Expr* l : lhs) targets.push_back(target(l));
    storeTargets(targets, values);
  }

  std::vector<Value*> rhsValues(ExprRange rhs, size_t want) {
    if (rhs.size() == 1 && want == 2) {
      const ty::TypeAndValue* tv = info_.typeOf(rhs[0]);
      if (tv && tv->mode == ty::Mode::CommaOk) {
        Value* t = commaOk(rhs[0]);
        return {extract(t, 0), extract(t, 1)};
      }
    }
    return argValues(rhs);
  }

  void assignStmt(const AssignStmt* s) {
    ExprRange lhs = ast_.nodes(s->lhs), rhs = ast_.nodes(s->rhs);
    if (s->op == Tok::Define) {
      std::vector<Value*> values = rhsValues(rhs, lhs.size());
      for (size_t i = 0; i < lhs.size() && i < values.size(); ++i) {
        auto* id = llvm::cast<Ident>(lhs[i]);
        ty::Var* v = lhsVar(id);
        if (!v) continue;
        if (info_.defs.count(id))
          declare(v, values[i], id->pos);
        else
          store(varAddr(v), convert(values[i], v->type));
      }
      return;
    }
    if (s->op == Tok::Assign) {
      // Phase one: the left side's operands, then the right side, in the usual order.
      std::vector<Target> targets;
      for (const Expr* l : lhs) targets.push_back(target(l));
      storeTargets(targets, rhsValues(rhs, lhs.size()));
      return;
    }
    // x op= y
    static const std::pair<Tok, Tok> kOps[] = {
        {Tok::AddAssign, Tok::Add}, {Tok::SubAssign, Tok::Sub},      {Tok::MulAssign, Tok::Mul},
        {Tok::QuoAssign, Tok::Quo}, {Tok::RemAssign, Tok::Rem},      {Tok::AndAssign, Tok::And},
        {Tok::OrAssign, Tok::Or},   {Tok::XorAssign, Tok::Xor},      {Tok::ShlAssign, Tok::Shl},
        {Tok::ShrAssign, Tok::Shr}, {Tok::AndNotAssign, Tok::AndNot}};
    Tok op = Tok::Add;
    for (auto [a, b] : kOps)
      if (a == s->op) op = b;
    updateInPlace(lhs[0], op, rhs[0], nullptr, s->pos);
  }

  // x op= y (or x++ with y given as a value): x's address, then x, then y, as gc orders them.
  void updateInPlace(const Expr* lhs, Tok op, const Expr* rhs, Value* y, Pos pos) {
    Value* a = addr(lhs);
    if (!a) return;
    Value* x = load(a, pos);
    if (rhs) y = expr(rhs);
    if (y->op == Op::Const && y->type != x->type && op != Tok::Shl && op != Tok::Shr)
      y = constant(x->type, y->constant);
    Value* r = emit(Op::BinOp, x->type, {x, y}, pos);
    r->tok = op;
    store(a, r, pos);
  }

  void stmt(const Stmt* s) {
    stmtPos_ = s->pos;
    switch (s->kind) {
      case NodeKind::EmptyStmt:
      case NodeKind::BadStmt:
        return;
      case NodeKind::ExprStmt:
        expr(ast_.get(llvm::cast<ExprStmt>(s)->x));
        return;
      case NodeKind::DeclStmt: {
        auto* gd = ast_.get(llvm::cast<DeclStmt>(s)->decl);
        if (gd->tok != Tok::Var) return;  // constants are folded; types are static
        for (const Decl* d : ast_.nodes(gd->specs)) {
          auto* vs = llvm::cast<ValueSpec>(d);
          auto names = ast_.nodes(vs->names);
          std::vector<Value*> values;
          if (!vs->values.empty()) values = rhsValues(ast_.nodes(vs->values), names.size());
          for (size_t i = 0; i < names.size(); ++i) {
            auto* v = llvm::dyn_cast_or_null<ty::Var>(info_.objectOf(names[i]));
            if (!v || ast_.str(names[i]->name) == "_") continue;
            declare(v, i < values.size() ? values[i] : nullptr, names[i]->pos);
          }
        }
        return;
      }
      case NodeKind::IncDecStmt: {
        auto* inc = llvm::cast<IncDecStmt>(s);
        ty::Type* t = typeOf(ast_.get(inc->x));
        updateInPlace(ast_.get(inc->x), inc->op == Tok::Inc ? Tok::Add : Tok::Sub, nullptr,
                      constant(t, ty::Constant::fromInt64(1)), s->pos);
        return;
      }
      case NodeKind::AssignStmt:
        assignStmt(llvm::cast<AssignStmt>(s));
        return;
      case NodeKind::ReturnStmt: {
        auto* r = llvm::cast<ReturnStmt>(s);
        std::vector<Value*> values;
        if (!r->results.empty()) values = argValues(ast_.nodes(r->results));
        const auto& types = fn_->sig->results->types;
        for (size_t i = 0; i < values.size() && i < types.size(); ++i)
          values[i] = convert(values[i], types[i]);
        returnResults(s->pos, std::move(values));
        return;
      }
      case NodeKind::DeferStmt:
        deferOrGo(ast_.get(llvm::cast<DeferStmt>(s)->call), Op::Defer, s->pos);
        return;
      case NodeKind::GoStmt:
        deferOrGo(ast_.get(llvm::cast<GoStmt>(s)->call), Op::Go, s->pos);
        return;
      case NodeKind::BlockStmt:
        stmtList(ast_.nodes(llvm::cast<BlockStmt>(s)->stmts));
        return;
      case NodeKind::IfStmt: {
        auto* i = llvm::cast<IfStmt>(s);
        if (i->init) stmt(ast_.get(i->init));
        Value* cond = expr(ast_.get(i->cond));
        Block* then = fn_->newBlock("if.then");
        Block* done = fn_->newBlock("if.done");
        Block* els = i->els ? fn_->newBlock("if.else") : done;
        branch(cond, then, els);
        cur_ = then;
        stmt(ast_.get(i->then));
        if (!cur_->terminated()) jump(done);
        if (i->els) {
          cur_ = els;
          stmt(ast_.get(i->els));
          if (!cur_->terminated()) jump(done);
        }
        cur_ = done;
        return;
      }
      case NodeKind::ForStmt:
        forStmt(llvm::cast<ForStmt>(s));
        return;
      case NodeKind::RangeStmt:
        rangeStmt(llvm::cast<RangeStmt>(s));
        return;
      case NodeKind::SwitchStmt:
        switchStmt(llvm::cast<SwitchStmt>(s));
        return;
      case NodeKind::TypeSwitchStmt:
        typeSwitchStmt(llvm::cast<TypeSwitchStmt>(s));
        return;
      case NodeKind::LabeledStmt: {
        // A label starts a block of its own: gotos may jump to it from anywhere in the
        // function (the parser has checked that they jump neither into a block nor over a
        // variable declaration).
        auto* l = llvm::cast<LabeledStmt>(s);
        llvm::StringRef name = ast_.str(ast_.get(l->label)->name);
        Block* b = labelBlock(name);
        if (!cur_->terminated()) jump(b);
        cur_ = b;
        const Stmt* inner = ast_.get(l->stmt);
        labeled_[name] = inner;
        stmt(inner);
        return;
      }
      case NodeKind::BranchStmt: {
        auto* b = llvm::cast<BranchStmt>(s);
        if (b->op == Tok::Fallthrough) {
          if (fallthrough_) jump(fallthrough_);
          return;
        }
        llvm::StringRef label = b->label ? ast_.str(ast_.get(b->label)->name) : "";
        if (b->op == Tok::Goto) {
          jump(labelBlock(label));
          return;
        }
        // `break L` and `continue L` leave the statement labeled L; the parser has checked
        // that it encloses them and is of the right kind.
        const Stmt* named = b->label ? labeled_.lookup(label) : nullptr;
        for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
          if (named && it->stmt != named) continue;
          if (b->op == Tok::Break) {
            jump(it->breakTo);
            return;
          }
          if (it->continueTo) {
            jump(it->continueTo);
            return;
          }
        }
        return;
      }
      default:
        unsupported(s->pos, fmt::format("this statement ({})", nodeKindName(s->kind)));
        return;
    }
  }

  // return values... (or a bare return of the named results, when values is empty). With
  // defers the values go to the result slots first, the deferred calls run, and the function
  // returns what the slots then hold.
  void returnResults(Pos pos, std::vector<Value*> values) {
    if (!values.empty() && fn_->hasDefer) {
      for (size_t i = 0; i < values.size() && i < results_.size(); ++i)
        store(results_[i], values[i], pos);
      values.clear();
    }
    if (fn_->hasDefer) emit(Op::RunDefers, nullptr, {}, pos);
    if (values.empty())
      for (Value* a : results_) values.push_back(load(a, pos));
    Value* ret = emit(Op::Return, nullptr, {}, pos);
    ret->operands = std::move(values);
  }

  void forStmt(const ForStmt* f) {
    if (f->init) stmt(ast_.get(f->init));
    // Go 1.22: each iteration has its own copy of the variables the init statement declares.
    // Only a closure that shares one (captures it, and it is assigned) can tell, so only those
    // are copied: the current copy's address lives in a slot, and before the post statement a
    // new copy takes the previous one's value.
    std::vector<std::pair<ty::Var*, Value*>> perIteration;  // variable, slot holding *T
    if (pkg_.goMinor() >= 22)
      for (ty::Var* v : declaredBy(ast_.get(f->init)))
        if (v->captured && v->assigned) {
          Value* slot = alloc(ctx_.pointer(v->type), "", f->pos);
          store(slot, vars_[v]);
          perIteration.emplace_back(v, slot);
        }
    Block* cond = fn_->newBlock("for.cond");
    Block* body = fn_->newBlock("for.body");
    Block* post = fn_->newBlock("for.post");
    Block* done = fn_->newBlock("for.done");
    jump(cond);
    cur_ = cond;
    for (auto [v, slot] : perIteration) vars_[v] = load(slot);
    if (f->cond)
      branch(expr(ast_.get(f->cond)), body, done);
    else
      jump(body);
    cur_ = body;
    targets_.push_back({done, post, f});
    stmt(ast_.get(f->body));
    targets_.pop_back();
    if (!cur_->terminated()) jump(post);
    cur_ = post;
    for (auto [v, slot] : perIteration) {
      Value* next = alloc(v->type, v->name.str(), f->pos);
      store(next, load(vars_[v]));
      store(slot, next);
      vars_[v] = next;
    }
    if (f->post) stmt(ast_.get(f->post));
    jump(cond);
    cur_ = done;
  }

  // The variables a simple statement declares (x, y := ...).
  std::vector<ty::Var*> declaredBy(const Stmt* s) {
    std::vector<ty::Var*> out;
    auto* a = llvm::dyn_cast_or_null<AssignStmt>(s);
    if (!a || a->op != Tok::Define) return out;
    for (const Expr* l : ast_.nodes(a->lhs))
      if (auto* id = llvm::dyn_cast<Ident>(l); id && info_.defs.count(id))
        if (auto* v = llvm::dyn_cast_or_null<ty::Var>(info_.defs.lookup(id))) out.push_back(v);
    return out;
  }

  void rangeStmt(const RangeStmt* r) {
    ty::Type* intType = ctx_.basic(ty::BasicKind::Int);
    Value* x = expr(ast_.get(r->x));
    bool isString = ty::isString(x->type);
    bool isInt = ty::isInteger(x->type);
    ty::Type* counterType = isInt ? x->type : intType;
    Value* n = isInt ? x : emit(Op::Len, intType, {x}, r->pos);
    Value* counter = alloc(counterType, "", r->pos);
    Value* nextOffset = isString ? alloc(intType, "", r->pos) : nullptr;
    const Expr* lhs[2] = {ast_.get(r->key), ast_.get(r->value)};
    // Before Go 1.22 the variables declared by := are the same in every iteration.
    bool perLoop = r->op == Tok::Define && pkg_.goMinor() < 22;
    if (perLoop)
      for (const Expr* l : lhs)
        if (ty::Var* v = l ? lhsVar(llvm::cast<Ident>(l)) : nullptr) declare(v, nullptr, l->pos);
    Block* cond = fn_->newBlock("range.cond");
    Block* body = fn_->newBlock("range.body");
    Block* post = fn_->newBlock("range.post");
    Block* done = fn_->newBlock("range.done");
    jump(cond);
    cur_ = cond;
    Value* i = load(counter);
    Value* more = emit(Op::BinOp, ctx_.basic(ty::BasicKind::Bool), {i, n}, r->pos);
    more->tok = Tok::Lss;
    branch(more, body, done);

    cur_ = body;
    Value* key = load(counter);
    Value* value = nullptr;
    if (isString) {
      Value* decoded = emit(Op::DecodeRune, ctx_.tuple({ctx_.basic(ty::BasicKind::Int32), intType}),
                            {x, key}, r->pos);
      value = extract(decoded, 0);
      store(nextOffset, extract(decoded, 1));
    } else if (r->value) {
      value = load(indexAddr(x, key, r->pos), r->pos);
    }
    // Go 1.22: variables declared by := are new in each iteration.
    Value* vals[2] = {key, value};
    for (int k = 0; k < 2; ++k) {
      if (!lhs[k] || !vals[k]) continue;
      if (r->op == Tok::Define) {
        ty::Var* v = lhsVar(llvm::cast<Ident>(lhs[k]));
        if (v && perLoop)
          store(vars_[v], convert(vals[k], v->type));
        else if (v)
          declare(v, vals[k], lhs[k]->pos);
      } else {
        Ref<Expr> target = ast_.ref(lhs[k]);
        assignValues(ExprRange(&ast_, target), {vals[k]});
      }
    }
    targets_.push_back({done, post, r});
    stmt(ast_.get(r->body));
    targets_.pop_back();
    if (!cur_->terminated()) jump(post);

    cur_ = post;
    Value* next;
    if (isString) {
      next = load(nextOffset);
    } else {
      next = emit(Op::BinOp, counterType,
                  {load(counter), constant(counterType, ty::Constant::fromInt64(1))}, r->pos);
      next->tok = Tok::Add;
    }
    store(counter, next);
    jump(cond);
    cur_ = done;
  }

  void switchStmt(const SwitchStmt* s) {
    auto clauses = ast_.nodes(s->clauses);
    if (s->init) stmt(ast_.get(s->init));
    Value* tag = s->tag ? expr(ast_.get(s->tag))
                        : constant(ctx_.basic(ty::BasicKind::Bool), ty::Constant::fromBool(true));
    Block* done = fn_->newBlock("switch.done");
    std::vector<Block*> bodies;
    for (size_t i = 0; i < clauses.size(); ++i) bodies.push_back(fn_->newBlock("switch.case"));
    Block* defaultBody = done;
    for (size_t i = 0; i < clauses.size(); ++i) {
      const CaseClause* c = clauses[i];
      if (c->isDefault) {
        defaultBody = bodies[i];
        continue;
      }
      for (const Expr* e : ast_.nodes(c->list)) {
        Value* v = expr(e);
        Value* t = tag;
        if (ty::isInterface(t->type) && !ty::isInterface(v->type)) v = convert(v, t->type);
        if (v->op == Op::Const && v->type != t->type && !ty::isInterface(t->type))
          v = constant(t->type, v->constant);
        Value* eq = emit(Op::BinOp, ctx_.basic(ty::BasicKind::Bool), {t, v}, e->pos);
        eq->tok = Tok::Eql;
        Block* next = fn_->newBlock("switch.next");
        branch(eq, bodies[i], next);
        cur_ = next;
      }
    }
    jump(defaultBody);
    for (size_t i = 0; i < clauses.size(); ++i) {
      cur_ = bodies[i];
      Block* savedFallthrough = fallthrough_;
      fallthrough_ = i + 1 < bodies.size() ? bodies[i + 1] : nullptr;
      targets_.push_back({done, nullptr, s});
      stmtList(ast_.nodes(clauses[i]->body));
      targets_.pop_back();
      fallthrough_ = savedFallthrough;
      if (!cur_->terminated()) jump(done);
    }
    cur_ = done;
  }

  void typeSwitchStmt(const TypeSwitchStmt* s) {
    auto clauses = ast_.nodes(s->clauses);
    if (s->init) stmt(ast_.get(s->init));
    Value* x = expr(ast_.get(ast_.get(s->guard)->x));
    Block* done = fn_->newBlock("typeswitch.done");
    std::vector<Block*> bodies;
    std::vector<Value*> bindings;
    for (const CaseClause* c : clauses) {
      bodies.push_back(fn_->newBlock("typeswitch.case"));
      Value* binding = nullptr;
      auto it = info_.implicits.find(c);
      if (s->binding && it != info_.implicits.end()) {
        auto* v = static_cast<ty::Var*>(it->second);
        binding = alloc(v->type, v->name.str(), ast_.get(s->binding)->pos);
        vars_[v] = binding;
      }
      bindings.push_back(binding);
    }
    Block* defaultBody = done;
    Value* defaultBinding = nullptr;
    for (size_t i = 0; i < clauses.size(); ++i) {
      const CaseClause* c = clauses[i];
      if (c->isDefault) {
        defaultBody = bodies[i];
        defaultBinding = bindings[i];
        continue;
      }
      bool single = c->list.size == 1;
      for (const Expr* e : ast_.nodes(c->list)) {
        const ty::TypeAndValue* tv = info_.typeOf(e);
        Block* matched = fn_->newBlock("typeswitch.match");
        Block* next = fn_->newBlock("typeswitch.next");
        Value* value = x;
        if (tv && tv->mode == ty::Mode::TypeExpr) {
          Value* a = emit(Op::TypeAssert, ctx_.tuple({tv->type, ctx_.basic(ty::BasicKind::Bool)}),
                          {x}, e->pos);
          a->auxType = tv->type;
          a->flag = true;
          branch(extract(a, 1), matched, next);
          if (single) {
            cur_ = matched;
            value = extract(a, 0);
          }
        } else {  // case nil
          Value* eq = emit(Op::BinOp, ctx_.basic(ty::BasicKind::Bool), {x, zero(x->type)}, e->pos);
          eq->tok = Tok::Eql;
          branch(eq, matched, next);
        }
        cur_ = matched;
        if (bindings[i])
          store(bindings[i], convert(value, llvm::cast<ty::Pointer>(bindings[i]->type)->elem));
        jump(bodies[i]);
        cur_ = next;
      }
    }
    if (defaultBinding) store(defaultBinding, x);
    jump(defaultBody);
    for (size_t i = 0; i < clauses.size(); ++i) {
      cur_ = bodies[i];
      targets_.push_back({done, nullptr, s});
      stmtList(ast_.nodes(clauses[i]->body));
      targets_.pop_back();
      if (!cur_->terminated()) jump(done);
    }
    cur_ = done;
  }

  // ---- closures, defer and go ----
  // What the builder keeps per function; saved while a function literal inside it is built.
  struct FunctionState {
    Function* fn = nullptr;
    Block* cur = nullptr;
    llvm::DenseMap<ty::Var*, Value*> vars;
    std::vector<Value*> results;
    std::vector<Targets> targets;
    llvm::StringMap<Block*> labels;
    llvm::StringMap<const Stmt*> labeled;
    Block* fallthrough = nullptr;
    Pos stmtPos;
    std::vector<ty::Var*> captured;
    std::string closurePrefix;
    unsigned closures = 0, deferWraps = 0, goWraps = 0;
  };
  FunctionState saveState() {
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
  void restoreState(FunctionState st) {
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
  void resetState() {
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

  // A function literal: its body is built as a function of its own (named as gc does), then a
  // closure object binds the variables it captured.
  Value* funcLit(const FuncLit* lit) {
    ty::Func* obj = info_.funcs.lookup(lit);
    std::string symbol = closurePrefix_ + std::to_string(++closures_);
    Function* body = newFunction(symbol, obj->sig(), obj);
    FunctionState outer = saveState();
    buildFunction(body, obj, ast_.get(lit->body), symbol + ".");
    std::vector<ty::Var*> captured = std::move(captured_);
    restoreState(std::move(outer));
    std::vector<Value*> bindings;
    for (ty::Var* v : captured)
      bindings.push_back(sharedCapture(v) ? varAddr(v) : load(varAddr(v), lit->pos));
    return makeClosure(body, bindings, lit->pos);
  }

  // A captured variable that is assigned after its declaration is shared between the closure
  // and its function (captured by address, so it lives on the heap); any other is copied.
  static bool sharedCapture(ty::Var* v) { return v->assigned; }

  // The variable v of an enclosing function, inside the closure being built: a free variable.
  Value* capture(ty::Var* v) {
    bool shared = sharedCapture(v);
    Value* fv = fn_->newValue(Op::FreeVar, shared ? ctx_.pointer(v->type) : v->type);
    fv->index = static_cast<int64_t>(fn_->freeVars.size());
    fv->name = v->name.str();
    fn_->freeVars.push_back(fv);
    captured_.push_back(v);
    if (shared) {
      vars_[v] = fv;
      return fv;
    }
    // A copy in a local variable, made on entry so that it dominates every use.
    Block* entry = fn_->blocks.front().get();
    Value* a = fn_->newValue(Op::Alloc, ctx_.pointer(v->type));
    a->auxType = v->type;
    a->name = v->name.str();
    Value* st = fn_->newValue(Op::Store, nullptr);
    st->operands = {a, fv};
    a->block = st->block = entry;
    entry->instrs.insert(entry->instrs.begin(), {a, st});
    vars_[v] = a;
    return a;
  }

  // The closure object of `body` with the given captures: a constant one without captures.
  Value* makeClosure(Function* body, const std::vector<Value*>& captures, Pos pos) {
    std::vector<ty::Field> fields{
        {contextFieldName(0), ctx_.basic(ty::BasicKind::Uintptr), false, {}}};
    for (size_t i = 0; i < captures.size(); ++i)
      fields.push_back({contextFieldName(i + 1), captures[i]->type, false, {}});
    body->contextType = ctx_.structType(fields);
    if (captures.empty()) return funcRef(body);
    Value* c = emit(Op::MakeClosure, body->sig, {}, pos);
    c->operands = captures;
    c->callee = body;
    c->auxType = body->contextType;
    return c;
  }

  // "F", "X0", "X1", ...: gc's field names in closure objects (stable for type interning).
  static llvm::StringRef contextFieldName(size_t i) {
    static std::mutex mu;
    static llvm::StringSet<> names;
    std::lock_guard<std::mutex> lock(mu);
    return names.insert(i == 0 ? std::string("F") : fmt::format("X{}", i - 1)).first->getKey();
  }

  Value* funcRef(Function* f) {
    Value* r = fn_->newValue(Op::FuncRef, f->sig);
    r->callee = f;
    return r;
  }

  // defer f(args) / go f(args): the func() value to run later, its arguments evaluated now.
  void deferOrGo(const CallExpr* call, Op op, Pos pos) {
    if (Value* f = deferredFunc(call, op == Op::Defer ? "deferwrap" : "gowrap"))
      emit(op, nullptr, {f}, pos);
  }

  Value* deferredFunc(const CallExpr* call, const char* kind) {
    const ty::TypeAndValue* fun = info_.typeOf(ast_.get(call->fun));
    if (fun && fun->mode == ty::Mode::Builtin) return deferredBuiltin(call, kind);
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

  Value* deferredBuiltin(const CallExpr* call, const char* kind) {
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
      case ty::BuiltinId::Recover:
        // recover() run by defer or go is not called by a deferred function: it returns nil
        // and stops nothing, so there is nothing to do.
        return wrapper(kind, args, call->pos, [](llvm::ArrayRef<Value*>) {});
      default:
        unsupported(call->pos, fmt::format("{} of the built-in {}", kind, b->name.str()));
        return nullptr;
    }
  }

  // A synthesized func() closure over `captures` whose body `emitBody` builds from the free
  // variables (named as gc 1.21 names them: "main.main.deferwrap1", "main.f.gowrap2").
  template <typename EmitBody>
  Value* wrapper(const char* kind, const std::vector<Value*>& captures, Pos pos,
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

  ty::Package& pkg_;
  const Ast& ast_;
  const ty::Info& info_;
  ty::TypeContext& ctx_;
  Diagnostics& diags_;
  Module& mod_;
  llvm::DenseMap<ty::Func*, Function*> funcs_;
  std::vector<Function*> initFuncs_;
  Function* fn_ = nullptr;
  Block* cur_ = nullptr;
  llvm::DenseMap<ty::Var*, Value*> vars_;
  std::vector<Value*> results_;
  std::vector<Targets> targets_;
  llvm::StringMap<Block*> labels_;        // fn_'s labels: function literals have their own
  llvm::StringMap<const Stmt*> labeled_;  // what each label of fn_ labels
  Block* fallthrough_ = nullptr;
  Pos stmtPos_;  // the statement being built, for diagnostics about position-less values
  std::vector<ty::Var*> captured_;  // the free variables of fn_, in fn_->freeVars order
  std::string closurePrefix_;       // fn_'s function literals are named this + N
  unsigned closures_ = 0, deferWraps_ = 0, goWraps_ = 0;
};

}  // namespace

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
  Builder(pkg, info, ctx, diags, *mod).build();
  return mod;
}

}  // namespace ergo::ir
