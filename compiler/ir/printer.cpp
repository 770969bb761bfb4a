// Text form of the IR (`ergo build -d ir`) and its verifier.
#include "fmt/format.h"
#include "ir/builder.h"
#include "llvm/ADT/DenseSet.h"

namespace ergo::ir {

namespace {
constexpr const char* kOpNames[] = {
#define OP(name, terminator) #name,
#include "ir/ops.def"
};
constexpr bool kTerminators[] = {
#define OP(name, terminator) terminator,
#include "ir/ops.def"
};

std::string operandName(const Value* v) {
  if (!v) return "_";
  switch (v->op) {
    case Op::Const:
      return v->constant.known() ? v->constant.toString() : "zero:" + types::typeString(v->type);
    case Op::Param:
      return fmt::format("%p{}", v->index);
    case Op::GlobalRef:
      return "@" + v->name;
    case Op::FuncRef:
      return "@" + v->callee->symbol;
    case Op::FreeVar:
      return fmt::format("%fv{}", v->index);
    default:
      return fmt::format("%{}", v->id);
  }
}
}  // namespace

const char* opName(Op op) {
  return kOpNames[static_cast<int>(op)];
}
bool isTerminator(Op op) {
  return kTerminators[static_cast<int>(op)];
}

std::string printModule(const Module& m) {
  std::string out = fmt::format("package {}\n", m.path);
  for (const Global& g : m.globals)
    out += fmt::format("\nvar @{} {}{}", g.symbol, types::typeString(g.type),
                       g.external ? " (external)" : "");
  if (!m.globals.empty()) out += "\n";
  for (const auto& fn : m.functions) {
    out += fmt::format("\nfunc @{} {}", fn->symbol, types::typeString(fn->sig));
    if (fn->external) {
      out += " (external)\n";
      continue;
    }
    out += " {\n";
    for (const Value* fv : fn->freeVars)
      out += fmt::format("  ; %fv{} {}{}\n", fv->index, types::typeString(fv->type),
                         fv->name.empty() ? "" : " " + fv->name);
    for (const auto& b : fn->blocks) {
      out += fmt::format("b{}: ; {}\n", b->index, b->comment);
      for (const Value* v : b->instrs) {
        out += "  ";
        if (v->type) out += fmt::format("%{} = ", v->id);
        out += opName(v->op);
        if (v->op == Op::BinOp || v->op == Op::UnOp) out += " " + syntax::tokSpelling(v->tok).str();
        if (v->op == Op::FloatMinMax) out += v->tok == syntax::Tok::Lss ? " min" : " max";
        if (v->op == Op::Call || v->op == Op::MakeClosure) out += " @" + v->callee->symbol;
        if (v->op == Op::Alloc)
          out += fmt::format(" {}{}{}", types::typeString(v->auxType), v->heap ? " (heap)" : "",
                             v->name.empty() ? "" : " ; " + v->name);
        if (v->op == Op::TypeAssert)
          out += fmt::format(" {}{}", types::typeString(v->auxType), v->flag ? ", ok" : "");
        if (v->op == Op::MakeSlice && v->flag) out += " (frame)";
        if (v->op == Op::Extract) out += fmt::format(" #{}", v->index);
        if (v->op == Op::MapLookup && v->flag) out += " ok,";
        if (v->op == Op::MapIterLoad) out += v->index ? " elem," : " key,";
        if (v->op == Op::FieldAddr || v->op == Op::Field) out += fmt::format(" .{}", v->index);
        if (v->op == Op::AggregateEq) out += " " + syntax::tokSpelling(v->tok).str();
        for (size_t i = 0; i < v->operands.size(); ++i)
          out += (i ? ", " : " ") + operandName(v->operands[i]);
        if (v->op == Op::Jump) out += fmt::format(" b{}", v->targets[0]->index);
        if (v->op == Op::If)
          out += fmt::format(" b{} b{}", v->targets[0]->index, v->targets[1]->index);
        if (v->type && v->op != Op::Alloc) out += " : " + types::typeString(v->type);
        out += "\n";
      }
    }
    out += "}\n";
  }
  return out;
}

std::vector<std::string> verifyModule(const Module& m) {
  std::vector<std::string> problems;
  for (const auto& fn : m.functions) {
    if (fn->external) continue;
    llvm::DenseSet<const Value*> defined;
    for (const Value* p : fn->params) defined.insert(p);
    for (const auto& b : fn->blocks)
      for (const Value* v : b->instrs) defined.insert(v);
    for (const auto& b : fn->blocks) {
      if (!b->terminated())
        problems.push_back(fmt::format("{}: block b{} has no terminator", fn->symbol, b->index));
      for (size_t i = 0; i < b->instrs.size(); ++i) {
        const Value* v = b->instrs[i];
        if (isTerminator(v->op) && i + 1 != b->instrs.size())
          problems.push_back(
              fmt::format("{}: terminator in the middle of b{}", fn->symbol, b->index));
        if (v->block != b.get())
          problems.push_back(fmt::format("{}: %{} has the wrong block", fn->symbol, v->id));
        for (const Value* o : v->operands) {
          if (!o) continue;
          bool isLeaf = o->op == Op::Const || o->op == Op::GlobalRef || o->op == Op::FuncRef ||
                        o->op == Op::FreeVar;
          if (!isLeaf && !defined.count(o))
            problems.push_back(fmt::format("{}: %{} uses an undefined value", fn->symbol, v->id));
        }
        if ((v->op == Op::Jump || v->op == Op::If) && !v->targets[0])
          problems.push_back(fmt::format("{}: branch without target", fn->symbol));
      }
    }
  }
  return problems;
}

}  // namespace ergo::ir
