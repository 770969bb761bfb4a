// Maps: calls of the runtime's hash map (docs/abi.md, "Maps"). Keys go to the runtime by
// address, as a copy in the frame; elements come back as addresses into the map (or a shared
// zero value), read at once or stored into before any other map call.
#include "lower/lowerer.h"

namespace ergo::lower {

namespace {
ty::Map* mapTypeOf(const ir::Value* m) {
  return llvm::cast<ty::Map>(ty::underlying(m->type));
}
}  // namespace

// A stack slot in the entry block holding v: the address the runtime reads a key from.
llvm::Value* Lowerer::spillToFrame(llvm::Value* v, llvm::StringRef name) {
  llvm::IRBuilder<> entry(entry_, entry_->getFirstInsertionPt());
  llvm::Value* slot = entry.CreateAlloca(v->getType(), nullptr, name);
  b_.CreateStore(v, slot);
  return slot;
}

llvm::Value* Lowerer::makeMap(const ir::Value* v) {
  const ir::Value* hint = v->operands[0];
  llvm::Value* n = hint ? toInt64(value(hint), hint->type) : b_.getInt64(0);
  // A uint64 hint above MaxInt64 reads as negative here, which the runtime also takes as 0.
  return callRuntime("runtime.makemap", {typeDescriptor(v->type), n});
}

llvm::Value* Lowerer::mapLookup(const ir::Value* v) {
  const ir::Value* m = v->operands[0];
  ty::Type* elem = mapTypeOf(m)->elem;
  llvm::Value* args[] = {typeDescriptor(m->type), value(m), addressOfValue(v->operands[1])};
  if (!v->flag && passedInMemory(elem)) {  // a big element: copied, never an LLVM value
    llvm::Value* copy = entryAlloca(llType(elem), "elem");
    b_.CreateMemCpy(copy, llvm::Align(8), callRuntime("runtime.mapaccess1", args), llvm::Align(8),
                    sizeOf(elem));
    inMemory_[v] = copy;
    return nullptr;
  }
  if (!v->flag) return b_.CreateLoad(llType(elem), callRuntime("runtime.mapaccess1", args));
  llvm::Value* pair = callRuntime("runtime.mapaccess2", args);
  llvm::Value* p = b_.CreateIntToPtr(b_.CreateExtractValue(pair, 0), ptr_);
  llvm::Value* ok = b_.CreateICmpNE(b_.CreateExtractValue(pair, 1), b_.getInt64(0));
  llvm::Type* tuple = llType(v->type);
  llvm::Value* r = llvm::UndefValue::get(tuple);
  r = b_.CreateInsertValue(r, b_.CreateLoad(llType(elem), p), 0);
  return b_.CreateInsertValue(r, ok, 1);
}

// m[k] = x: x is already evaluated; nothing runs between mapassign and the store.
// No write barrier yet (docs/abi.md: the first collector stops the world).
void Lowerer::mapUpdate(const ir::Value* v) {
  const ir::Value* m = v->operands[0];
  llvm::Value* key = addressOfValue(v->operands[1]);
  llvm::Value* slot = callRuntime("runtime.mapassign", {typeDescriptor(m->type), value(m), key});
  storeValue(slot, v->operands[2],
             nullptr);  // already evaluated: an LLVM value or a copy in memory
}

// &m[k] for m[k] op= y: the entry is inserted (zero) first, then updated in place.
llvm::Value* Lowerer::mapAssignAddr(const ir::Value* v) {
  const ir::Value* m = v->operands[0];
  llvm::Value* key = spillToFrame(value(v->operands[1]), "key");
  return callRuntime("runtime.mapassign", {typeDescriptor(m->type), value(m), key});
}

void Lowerer::mapDelete(const ir::Value* v) {
  const ir::Value* m = v->operands[0];
  llvm::Value* key = addressOfValue(v->operands[1]);
  callRuntime("runtime.mapdelete", {typeDescriptor(m->type), value(m), key});
}

void Lowerer::mapClear(const ir::Value* v) {
  const ir::Value* m = v->operands[0];
  callRuntime("runtime.mapclear", {typeDescriptor(m->type), value(m)});
}

// len(m): the header's first word, 0 for the nil map.
llvm::Value* Lowerer::mapLen(const ir::Value* v) {
  llvm::Value* m = value(v->operands[0]);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  auto* nonNil = llvm::BasicBlock::Create(ctx_, "maplen.load", fn_);
  auto* done = llvm::BasicBlock::Create(ctx_, "maplen.done", fn_);
  b_.CreateCondBr(b_.CreateIsNull(m), done, nonNil);
  b_.SetInsertPoint(nonNil);
  static_assert(abi::kMapCountOffset == 0);
  llvm::Value* count = b_.CreateLoad(i64_, m);
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* n = b_.CreatePHI(i64_, 2);
  n->addIncoming(b_.getInt64(0), from);
  n->addIncoming(count, nonNil);
  return n;
}

// range m: the iterator lives in the entry block's frame (one per range statement).
llvm::Value* Lowerer::mapIterInit(const ir::Value* v) {
  const ir::Value* m = v->operands[0];
  llvm::IRBuilder<> entry(entry_, entry_->getFirstInsertionPt());
  llvm::AllocaInst* it =
      entry.CreateAlloca(llvm::ArrayType::get(i64_, abi::kMapIterSize / 8), nullptr, "mapiter");
  it->setAlignment(llvm::Align(abi::kMapIterAlign));
  callRuntime("runtime.mapiterinit", {typeDescriptor(m->type), value(m), it});
  return it;
}

llvm::Value* Lowerer::mapIterOk(const ir::Value* v) {
  static_assert(abi::kMapIterKeyOffset == 0);
  return b_.CreateIsNotNull(b_.CreateLoad(ptr_, value(v->operands[0])));
}

// The current key (index 0) or element (1), copied out of the map.
llvm::Value* Lowerer::mapIterLoad(const ir::Value* v) {
  uint64_t offset = v->index ? abi::kMapIterElemOffset : abi::kMapIterKeyOffset;
  llvm::Value* at = b_.CreateConstInBoundsGEP1_64(i8_, value(v->operands[0]), offset);
  return b_.CreateLoad(llType(v->type), b_.CreateLoad(ptr_, at));
}

void Lowerer::mapIterNext(const ir::Value* v) {
  callRuntime("runtime.mapiternext", {value(v->operands[0])});
}

}  // namespace ergo::lower
