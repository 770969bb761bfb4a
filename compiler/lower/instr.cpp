// The dispatch over IR instructions: each op is lowered by the file of its topic.
#include "lower/lowerer.h"

namespace ergo::lower {

void Lowerer::lowerInstr(const ir::Value* v) {
  llvm::Value* r = nullptr;
  auto op = [&](size_t i) { return value(v->operands[i]); };
  switch (v->op) {
    case ir::Op::Alloc:
      r = alloc(v);
      break;
    case ir::Op::Load:
      r = b_.CreateLoad(llType(v->type), op(0));
      break;
    case ir::Op::Store:
      b_.CreateStore(op(1), op(0));
      break;
    case ir::Op::IndexAddr:
      r = indexAddr(v);
      break;
    case ir::Op::StringIndex:
      r = stringIndex(v);
      break;
    case ir::Op::BinOp:
      r = binOp(v);
      break;
    case ir::Op::UnOp:
      r = unOp(v);
      break;
    case ir::Op::Convert:
      r = convert(v);
      break;
    case ir::Op::MakeInterface:
      r = makeInterface(op(0), v->operands[0]->type);
      break;
    case ir::Op::TypeAssert:
      r = typeAssert(v);
      break;
    case ir::Op::Extract:
      r = b_.CreateExtractValue(op(0), static_cast<unsigned>(v->index));
      break;
    case ir::Op::MakeComplex:
      r = makeComplex(op(0), op(1));
      break;
    case ir::Op::FloatMinMax:
      r = floatMinMax(v);
      break;
    case ir::Op::Slice:
      r = slice(v);
      break;
    case ir::Op::MakeSlice:
      r = makeSlice(v);
      break;
    case ir::Op::Len:
      r = b_.CreateExtractValue(op(0), 1);
      break;
    case ir::Op::Cap:
      r = b_.CreateExtractValue(op(0), 2);
      break;
    case ir::Op::Append:
    case ir::Op::AppendSlice:
      r = append(v);
      break;
    case ir::Op::Copy:
      r = copySlice(v);
      break;
    case ir::Op::DecodeRune:
      r = decodeRune(v);
      break;
    case ir::Op::Call:
      r = call(v);
      break;
    case ir::Op::CallValue:
      r = callValue(v);
      break;
    case ir::Op::MakeClosure:
      r = makeClosure(v);
      break;
    case ir::Op::Recover:
      r = recover();
      break;
    case ir::Op::Defer:
      lowerDefer(v);
      break;
    case ir::Op::RunDefers:
      runDefers();
      break;
    case ir::Op::Go:
      lowerGo(v);
      break;
    case ir::Op::Print:
      print(v);
      break;
    case ir::Op::Panic:
      lowerPanic(v);
      break;
    case ir::Op::Jump:
    case ir::Op::If:
    case ir::Op::Return:
    case ir::Op::Unreachable:
      terminator(v);
      break;
    default:
      unsupported(v->pos, fmt::format("the IR operation {}", ir::opName(v->op)));
      break;
  }
  if (r) values_[v] = r;
}

}  // namespace ergo::lower
