// Function literals: their bodies, captured variables, closure objects.
#include <mutex>

#include "ir/builder_internal.h"
#include "llvm/ADT/StringSet.h"

namespace ergo::ir::build {

// A function literal: its body is built as a function of its own (named as gc does), then a
// closure object binds the variables it captured.
Value* Builder::funcLit(const FuncLit* lit) {
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

// The variable v of an enclosing function, inside the closure being built: a free variable.
Value* Builder::capture(ty::Var* v) {
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
Value* Builder::makeClosure(Function* body, const std::vector<Value*>& captures, Pos pos) {
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
llvm::StringRef Builder::contextFieldName(size_t i) {
  static std::mutex mu;
  static llvm::StringSet<> names;
  std::lock_guard<std::mutex> lock(mu);
  return names.insert(i == 0 ? std::string("F") : fmt::format("X{}", i - 1)).first->getKey();
}

}  // namespace ergo::ir::build
