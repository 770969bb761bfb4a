// The dispatch over IR instructions: each op is lowered by the file of its topic.
#include "lower/lowerer.h"

namespace ergo::lower {

void Lowerer::lowerInstr(const ir::Value* v) {
  llvm::Value* r = nullptr;
  auto op = [&](size_t i) { return value(v->operands[i]); };
  // == and != of structs and arrays, also where the builder made a plain BinOp (switch cases).
  if (v->op == ir::Op::BinOp && v->operands.size() == 2 && isArrayOrStruct(v->operands[0]->type)) {
    values_[v] = aggregateEq(v);
    return;
  }
  switch (v->op) {
    case ir::Op::Alloc:
      r = alloc(v);
      break;
    case ir::Op::Load:
      if (passedInMemory(v->type))
        loadInMemory(v);
      else
        r = b_.CreateLoad(llType(v->type), op(0));
      break;
    case ir::Op::Store:
      storeValue(op(0), v->operands[1], v->operands[0]);
      break;
    case ir::Op::IndexAddr:
      r = indexAddr(v);
      break;
    case ir::Op::FieldAddr:
      r = fieldAddr(v);
      break;
    case ir::Op::Field:
      if (auto m = inMemory_.find(v->operands[0]); m != inMemory_.end())
        r = elementInMemory(v, m->second);
      else
        r = b_.CreateExtractValue(op(0), static_cast<unsigned>(v->index));
      break;
    case ir::Op::NilCheck:
      r = op(0);
      if (v->name.empty())
        nilCheck(r);
      else
        panicWrapCheck(r, v->name);
      break;
    case ir::Op::ArrayToSlice:
      r = arrayToSlice(v);
      break;
    case ir::Op::AggregateEq:
      r = aggregateEq(v);
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
      r = convertToInterface(v);
      break;
    case ir::Op::TypeAssert:
      r = typeAssert(v);
      break;
    case ir::Op::Extract:
      if (auto m = inMemory_.find(v->operands[0]); m != inMemory_.end())
        r = elementInMemory(v, m->second);
      else
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
    case ir::Op::CallIface:
      r = callIface(v);
      break;
    case ir::Op::IfaceNilCheck:
      ifaceNilCheck(v);
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
    case ir::Op::MakeMap:
      r = makeMap(v);
      break;
    case ir::Op::MapLookup:
      r = mapLookup(v);
      break;
    case ir::Op::MapUpdate:
      mapUpdate(v);
      break;
    case ir::Op::UnsafeCall:
      r = unsafeCall(v);
      break;
    case ir::Op::MapAssignAddr:
      r = mapAssignAddr(v);
      break;
    case ir::Op::MapDelete:
      mapDelete(v);
      break;
    case ir::Op::MapClear:
      mapClear(v);
      break;
    case ir::Op::MapLen:
      r = mapLen(v);
      break;
    case ir::Op::MapIterInit:
      r = mapIterInit(v);
      break;
    case ir::Op::MapIterOk:
      r = mapIterOk(v);
      break;
    case ir::Op::MapIterLoad:
      r = mapIterLoad(v);
      break;
    case ir::Op::MapIterNext:
      mapIterNext(v);
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
