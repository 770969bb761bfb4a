// Escape analysis over the IR of one package: a flow graph per function (which values hold
// or derive pointers from which), parameter leak summaries over the package's call graph.
#include "escape/escape.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

namespace ergo::escape {

namespace {

namespace ty = ergo::types;
using ir::Op;
using ir::Value;

// Whether values of t can hold a pointer (so a pointer can flow through a conversion to t).
bool mayHoldPointer(ty::Type* t) {
  ty::Type* u = ty::underlying(t);
  if (auto* b = llvm::dyn_cast_or_null<ty::Basic>(u))
    return b->basic == ty::BasicKind::String || b->basic == ty::BasicKind::UnsafePointer;
  return u != nullptr;
}

bool isUintptr(ty::Type* t) {
  return ty::isBasic(ty::underlying(t), ty::BasicKind::Uintptr);
}

// Which parameters of the package's functions leak: their pointers may be kept after the call
// returns (stored in memory, returned, captured, passed where that is unknown).
using Summaries = llvm::DenseMap<const ir::Function*, std::vector<bool>>;

// The flow graph of one function.
class FunctionFlow {
 public:
  FunctionFlow(const ir::Function& fn, const Summaries& summaries) : fn_(fn), sums_(summaries) {
    findRegisters();
    for (const auto& b : fn.blocks)
      for (const Value* v : b->instrs) scan(v);
    escaping_ = reachingBack(sinks_);
    stored_ = reachingBack(storedValues_);
  }

  bool escapes(const Value* v) const { return escaping_.count(v) > 0; }
  // Whether v's pointer is kept in a local variable (it may be read in a later iteration).
  bool storedInVariable(const Value* v) const { return stored_.count(v) > 0; }
  // An Alloc whose address is used only to load and store it: a variable like a register.
  bool isRegister(const Value* v) const { return registers_.count(v) > 0; }

 private:
  void findRegisters() {
    llvm::DenseSet<const Value*> other;
    for (const auto& b : fn_.blocks)
      for (const Value* v : b->instrs)
        for (size_t i = 0; i < v->operands.size(); ++i) {
          const Value* o = v->operands[i];
          if (!o || o->op != Op::Alloc) continue;
          if ((v->op == Op::Load || v->op == Op::Store) && i == 0) continue;
          other.insert(o);
        }
    for (const auto& b : fn_.blocks)
      for (const Value* v : b->instrs)
        if (v->op == Op::Alloc && !other.count(v)) registers_.insert(v);
  }

  void edge(const Value* from, const Value* to) {
    if (from) uses_[from].push_back(to);
  }
  void sink(const Value* v) {
    if (v) sinks_.push_back(v);
  }

  bool calleeLeaks(const ir::Function* callee, size_t i) const {
    if (!callee || callee->external) return true;
    auto it = sums_.find(callee);
    if (it == sums_.end()) return true;
    return i >= it->second.size() || it->second[i];
  }

  // The flows of v's operands into v, or into places that outlive the function.
  void scan(const Value* v) {
    const auto& ops = v->operands;
    switch (v->op) {
      case Op::Load:
        if (isRegister(ops[0])) edge(ops[0], v);  // the variable's value
        return;                                   // (other memory holds escaped pointers only)
      case Op::Store:
        if (isRegister(ops[0])) {
          edge(ops[1], ops[0]);
          storedValues_.push_back(ops[1]);
        } else {
          sink(ops[1]);
        }
        return;
      case Op::FieldAddr:
      case Op::IndexAddr:
      case Op::NilCheck:
      case Op::ArrayToSlice:
      case Op::Slice:
      case Op::Field:
      case Op::Extract:
      case Op::AppendSlice:
        edge(ops[0], v);  // a pointer into, or a part of, the operand
        return;
      case Op::Append:
        edge(ops[0], v);
        for (size_t i = 1; i < ops.size(); ++i) sink(ops[i]);  // stored in the array
        return;
      case Op::Convert:
        if (ty::isString(ty::underlying(v->type))) return;  // string(bytes) copies
        if (mayHoldPointer(v->type))
          edge(ops[0], v);
        else if (isUintptr(v->type))
          sink(ops[0]);  // a pointer as an integer may come back as a pointer
        return;
      case Op::Call:
        for (size_t i = 0; i < ops.size(); ++i)
          if (calleeLeaks(v->callee, i)) sink(ops[i]);
        return;
      case Op::CallValue:
      case Op::CallIface:
        for (size_t i = 1; i < ops.size(); ++i) sink(ops[i]);
        return;
      case Op::MapUpdate:
      case Op::MapAssignAddr:
        for (size_t i = 1; i < ops.size(); ++i) sink(ops[i]);
        return;
      // Reads, comparisons, arithmetic and control: nothing is kept.
      case Op::Len:
      case Op::Cap:
      case Op::Copy:
      case Op::StringIndex:
      case Op::DecodeRune:
      case Op::BinOp:
      case Op::UnOp:
      case Op::Print:
      case Op::If:
      case Op::Jump:
      case Op::Unreachable:
      case Op::AggregateEq:
      case Op::IfaceNilCheck:
      case Op::TypeAssert:
      case Op::MakeSlice:
      case Op::MakeMap:
      case Op::MapLookup:
      case Op::MapDelete:
      case Op::MapClear:
      case Op::MapLen:
      case Op::MapIterInit:
      case Op::MapIterOk:
      case Op::MapIterLoad:
      case Op::MapIterNext:
      case Op::MakeComplex:
      case Op::FloatMinMax:
      case Op::Recover:
      case Op::RunDefers:
      case Op::Alloc:
      case Op::Const:
      case Op::Param:
      case Op::FuncRef:
      case Op::GlobalRef:
      case Op::FreeVar:
        return;
      default:
        // Return, MakeInterface, MakeClosure, Defer, Go, Panic, UnsafeCall and anything new:
        // the operands may outlive the function.
        for (const Value* o : ops) sink(o);
        return;
    }
  }

  // The values from which one of `targets` can be reached along the flow edges.
  llvm::DenseSet<const Value*> reachingBack(const std::vector<const Value*>& targets) {
    if (reverse_.empty())
      for (auto& [from, tos] : uses_)
        for (const Value* to : tos) reverse_[to].push_back(from);
    llvm::DenseSet<const Value*> seen;
    std::vector<const Value*> work;
    for (const Value* t : targets)
      if (seen.insert(t).second) work.push_back(t);
    while (!work.empty()) {
      const Value* v = work.back();
      work.pop_back();
      auto it = reverse_.find(v);
      if (it == reverse_.end()) continue;
      for (const Value* from : it->second)
        if (seen.insert(from).second) work.push_back(from);
    }
    return seen;
  }

  const ir::Function& fn_;
  const Summaries& sums_;
  llvm::DenseSet<const Value*> registers_;
  llvm::DenseMap<const Value*, llvm::SmallVector<const Value*, 2>> uses_;
  llvm::DenseMap<const Value*, llvm::SmallVector<const Value*, 2>> reverse_;
  std::vector<const Value*> sinks_, storedValues_;
  llvm::DenseSet<const Value*> escaping_, stored_;
};

// Whether block b is part of a loop (it can reach itself), so that an Alloc in it is a new
// variable per iteration that shares one stack slot with the others.
bool inLoop(const ir::Block* b) {
  llvm::DenseSet<const ir::Block*> seen;
  std::vector<const ir::Block*> work;
  auto successors = [&](const ir::Block* x) {
    if (x->instrs.empty()) return;
    const Value* t = x->instrs.back();
    for (ir::Block* s : t->targets)
      if (s && seen.insert(s).second) work.push_back(s);
  };
  successors(b);
  while (!work.empty()) {
    const ir::Block* x = work.back();
    work.pop_back();
    if (x == b) return true;
    successors(x);
  }
  return false;
}

}  // namespace

Stats analyze(ir::Module& m) {
  // Parameter summaries: start from "nothing leaks" and grow to the least fixed point (a
  // parameter passed only to itself in a recursive call does not leak).
  Summaries sums;
  for (auto& fn : m.functions)
    if (!fn->external) sums[fn.get()].assign(fn->params.size(), false);
  for (bool changed = true; changed;) {
    changed = false;
    for (auto& fn : m.functions) {
      if (fn->external) continue;
      FunctionFlow flow(*fn, sums);
      std::vector<bool>& leaks = sums[fn.get()];
      for (size_t i = 0; i < fn->params.size(); ++i)
        if (!leaks[i] && flow.escapes(fn->params[i])) leaks[i] = changed = true;
    }
  }

  Stats stats;
  for (auto& fn : m.functions) {
    if (fn->external) continue;
    FunctionFlow flow(*fn, sums);
    for (auto& b : fn->blocks) {
      bool loopChecked = false, loop = false;
      for (Value* v : b->instrs) {
        if (v->op == Op::MakeSlice) {
          // The array of a slice that does not escape may live in the frame (the lowering
          // puts it there when its capacity is a small constant).
          bool heap = flow.escapes(v);
          if (!heap && flow.storedInVariable(v)) {
            if (!loopChecked) loop = inLoop(b.get()), loopChecked = true;
            heap = loop;
          }
          v->flag = !heap;
          continue;
        }
        if (v->op != Op::Alloc) continue;
        bool heap = false;
        if (!flow.isRegister(v)) {
          heap = flow.escapes(v);
          // A variable of a loop body whose address is kept in a variable: each iteration
          // needs its own (gc's loop depth rule).
          if (!heap && flow.storedInVariable(v)) {
            if (!loopChecked) loop = inLoop(b.get()), loopChecked = true;
            heap = loop;
          }
        }
        v->heap = heap;
        ++(heap ? stats.heap : stats.stack);
      }
    }
  }
  return stats;
}

}  // namespace ergo::escape
