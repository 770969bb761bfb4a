// The lowering's private state, shared by its files, one topic each (named by each group of
// members below): layouts and type descriptors, runtime entry points, and instructions.
#pragma once

#include <string>

#include "abi/abi.h"
#include "fmt/format.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/IRBuilder.h"
#include "lower/lower.h"

namespace ergo::lower {

namespace ty = ergo::types;

struct DebugInfoState;  // debuginfo.cpp

// complex64, complex128 and untyped complex constants (float.cpp).
bool isComplexType(ty::Type* t);

// Whether the runtime entry `symbol` may raise a Go panic (abi.h's EntryEnd).
bool runtimeEntryMayPanic(llvm::StringRef symbol);

class Lowerer {
 public:
  Lowerer(const ir::Module& m, llvm::LLVMContext& c, const llvm::DataLayout& dl,
          llvm::StringRef triple, Diagnostics& diags);
  std::unique_ptr<llvm::Module> run();

  // ---- layouts and descriptors (typedesc.cpp) ----
  llvm::Type* llType(ty::Type* t);
  llvm::StructType* stringType() const { return stringTy_; }
  llvm::StructType* sliceType() const { return sliceTy_; }
  llvm::StructType* ifaceType() const { return ifaceTy_; }
  uint64_t sizeOf(ty::Type* t);
  llvm::Constant* typeDescriptor(ty::Type* t);
  llvm::Constant* stringConstant(llvm::StringRef s);
  // Whether values of t are stored directly in an interface's data word.
  bool isPointerShaped(ty::Type* t);

  // ---- runtime entry points (runtime.cpp) ----
  llvm::FunctionCallee runtime(llvm::StringRef symbol);
  llvm::Value* callRuntime(llvm::StringRef symbol, llvm::ArrayRef<llvm::Value*> args);
  void callNoReturn(llvm::StringRef symbol, llvm::ArrayRef<llvm::Value*> args);
  // Calls `symbol` (a panic entry point) when `failed` is true; continues in a new block.
  void checkOrPanic(llvm::Value* failed, llvm::StringRef symbol, llvm::ArrayRef<llvm::Value*> args);

  // ---- stack checks and function attributes (stackcheck.cpp) ----
  // Attributes every Go function with a body gets (frame pointers, personality, ...).
  void configureGoFunction(llvm::Function* fn, const ir::Function& f);
  // Inserts the prologue stack check and the morestack slow path before `entry_`.
  void emitStackCheck(const ir::Function& f);

  // ---- metadata for the garbage collector (gcmeta.cpp) ----
  // The package's map of pointer-holding globals (docs/abi.md, "GC metadata").
  void emitGlobalRootMap();

  // ---- debug information: pc -> file:line (debuginfo.cpp) ----
  void beginFunctionDebugInfo(const ir::Function& f);
  void setDebugLocation(Pos pos);
  void finishDebugInfo();

  // ---- function values and closures (closure.cpp) ----
  // Closure bodies with captures take the closure object as a leading `nest` parameter.
  bool hasContext(const ir::Function& f) const { return !f.freeVars.empty(); }
  llvm::FunctionType* goFunctionType(ty::Signature* sig, bool context);
  // The constant closure object of a function used as a value ("main.F·f").
  llvm::Constant* funcValue(const ir::Function& f);
  llvm::Function* contextThunk(const ir::Function& f, llvm::Function* code);
  llvm::Constant* constantClosure(llvm::StringRef symbol, llvm::Function* code);
  // Loads the captured values from the context parameter (in the entry block).
  void lowerFreeVars(const ir::Function& f);
  llvm::Value* makeClosure(const ir::Value* v);
  llvm::Value* callValue(const ir::Value* v);
  // Calls the (non-nil) func value `closure` with `args`: the code pointer is its first word,
  // the object itself the `nest` argument.
  llvm::CallInst* callClosure(llvm::Value* closure, llvm::FunctionType* type,
                              llvm::ArrayRef<llvm::Value*> args);

  // ---- defer, recover, go (defer.cpp) ----
  void beginDefers(const ir::Function& f);  // the frame address, in the entry block
  void lowerDefer(const ir::Value* v);
  void lowerGo(const ir::Value* v);
  void runDefers();  // the loop that calls the frame's deferred calls
  llvm::Value* recover();
  llvm::Constant* nilFuncValue();
  bool mayPanic(llvm::CallInst* c);
  // The landing pad; calls that may panic become invokes of it; noinline where frames matter.
  void finishDefers(const ir::Function& f);

  // ---- the module and its functions (lower.cpp) ----
  llvm::Function* declareFunction(const ir::Function& f);
  bool usesRuntimeABI(const ir::Function& f) const;
  void lowerFunction(const ir::Function& f);
  void unsupported(Pos pos, llvm::StringRef what);

  // ---- the dispatch over instructions (instr.cpp) ----
  void lowerInstr(const ir::Value* v);

  // ---- operands and constants (value.cpp) ----
  llvm::Value* value(const ir::Value* v);
  llvm::Value* constant(const ir::Value* v);
  llvm::Value* toInt64(llvm::Value* v, ty::Type* t);

  // ---- operators (arith.cpp) ----
  llvm::Value* unOp(const ir::Value* v);
  llvm::Value* binOp(const ir::Value* v);
  llvm::Value* shift(const ir::Value* v, llvm::Value* x, llvm::Value* y);
  llvm::Value* divide(const ir::Value* v, llvm::Value* x, llvm::Value* y);
  llvm::Value* compare(const ir::Value* v, llvm::Value* x, llvm::Value* y);

  // ---- conversions T(x) (convert.cpp) ----
  llvm::Value* convert(const ir::Value* v);
  llvm::Value* sliceToArray(llvm::Value* s, ty::Array* arr, bool copy, llvm::Type* target);

  // ---- floats and complex numbers (float.cpp, float_convert.cpp) ----
  // math.Sqrt, Abs, Copysign (and on arm64 Floor, Ceil, Trunc, FMA) as the instructions gc
  // makes of them; null for any other call.
  llvm::Value* mathIntrinsic(const ir::Value* call);
  llvm::Value* stringEqual(llvm::Value* x, llvm::Value* y);
  bool targetIsArm64() const;
  llvm::StructType* complexType(bool single);  // complex64: {float, float}
  llvm::Value* floatBinOp(const ir::Value* v, llvm::Value* x, llvm::Value* y);
  llvm::Value* fusedMultiplyAdd(llvm::Value* x, llvm::Value* y, llvm::Value* a);  // a + x*y
  llvm::Value* floatCompare(syntax::Tok op, llvm::Value* x, llvm::Value* y);
  llvm::Value* complexBinOp(const ir::Value* v, llvm::Value* x, llvm::Value* y);
  llvm::Value* complexCompare(syntax::Tok op, llvm::Value* x, llvm::Value* y);
  llvm::Value* complexNeg(llvm::Value* x);
  llvm::Value* makeComplex(llvm::Value* re, llvm::Value* im);
  llvm::Value* floatMinMax(const ir::Value* v);
  // T(x) where either side is a float or complex type; null if neither is.
  llvm::Value* convertNumeric(llvm::Value* x, ty::Type* from, ty::Type* to);
  llvm::Value* floatToInt(llvm::Value* x, ty::Type* to);
  // float64 bits as an i64, for the runtime's float entries (abi.h).
  llvm::Value* floatBits(llvm::Value* x);

  // ---- interfaces (iface.cpp) ----
  llvm::Value* makeInterface(llvm::Value* x, ty::Type* t);
  llvm::Value* typeAssert(const ir::Value* v);
  llvm::Value* interfaceCompare(const ir::Value* v, llvm::Value* x, llvm::Value* y);
  // MakeInterface: boxing a value, or converting between interface types.
  llvm::Value* convertToInterface(const ir::Value* v);
  // The dynamic type's descriptor of the interface value x of type t (nil for nil).
  llvm::Value* dynamicType(llvm::Value* x, ty::Type* t);
  llvm::Value* callIface(const ir::Value* v);
  void ifaceNilCheck(const ir::Value* v);

  // ---- method tables and itabs (typedesc_methods.cpp) ----
  // TypeDescriptor::uncommon of t (null without methods).
  llvm::Constant* uncommonTable(ty::Type* t, const std::string& symbol);
  // For an interface with methods, TypeDescriptor::fields: its abi::IMethod array.
  llvm::Constant* interfaceMethodTable(ty::Type* t, const std::string& symbol);
  // The constant itab of (concrete type t, interface type iface).
  llvm::Constant* staticItab(ty::Type* t, ty::Type* iface);
  // The code of a method (declared if another package defines it): receiver, then sig's
  // parameters.
  llvm::Function* methodCode(const std::string& symbol, llvm::Type* recv, ty::Signature* sig);

  // ---- variables and element addresses (memory.cpp) ----
  llvm::Value* alloc(const ir::Value* v);
  void indexCheck(llvm::Value* i, llvm::Value* len, ty::Type* indexType);
  llvm::Value* indexAddr(const ir::Value* v);

  // ---- structs, arrays, pointers (aggregate.cpp) ----
  void nilCheck(llvm::Value* p);
  void panicWrapCheck(llvm::Value* p, llvm::StringRef message);
  llvm::Value* fieldAddr(const ir::Value* v);
  llvm::Value* arrayToSlice(const ir::Value* v);
  llvm::Value* aggregateEq(const ir::Value* v);
  // The runtime's equality function of t (typedesc.cpp); null when t is not comparable.
  llvm::Constant* equalFunction(ty::Type* t);
  bool hasRegularMemory(ty::Type* t);
  // Whether values of t hold pointers (their descriptor's ptrdata is not 0).
  bool hasPointers(ty::Type* t);
  static bool isArrayOrStruct(ty::Type* t) {
    ty::Type* u = ty::underlying(t);
    return llvm::isa<ty::Struct>(u) || llvm::isa<ty::Array>(u);
  }

  // ---- slices (slice.cpp) ----
  llvm::Value* makeSlice(const ir::Value* v);
  llvm::Value* slice(const ir::Value* v);
  llvm::Value* grow(llvm::Value* s, llvm::Value* newLen, ty::Type* elem);
  llvm::Value* append(const ir::Value* v);
  llvm::Value* copySlice(const ir::Value* v);

  // ---- maps (map.cpp) and their descriptors (typedesc_map.cpp) ----
  // The abi::MapType of map type t, replacing `base`, the plain descriptor typeDescriptor made
  // for it (its initializer `fields`), under the same symbol.
  llvm::Constant* mapTypeDescriptor(ty::Type* t, llvm::GlobalVariable* base,
                                    llvm::Constant* fields);
  llvm::Value* spillToFrame(llvm::Value* v, llvm::StringRef name);
  llvm::Value* makeMap(const ir::Value* v);
  llvm::Value* mapLookup(const ir::Value* v);
  void mapUpdate(const ir::Value* v);
  llvm::Value* mapAssignAddr(const ir::Value* v);

  // ---- package unsafe (unsafe.cpp) ----
  llvm::Value* unsafeCall(const ir::Value* v);
  void mapDelete(const ir::Value* v);
  void mapClear(const ir::Value* v);
  llvm::Value* mapLen(const ir::Value* v);
  llvm::Value* mapIterInit(const ir::Value* v);
  llvm::Value* mapIterOk(const ir::Value* v);
  llvm::Value* mapIterLoad(const ir::Value* v);
  void mapIterNext(const ir::Value* v);

  // ---- strings (string.cpp) ----
  llvm::Value* stringIndex(const ir::Value* v);
  llvm::Value* decodeRune(const ir::Value* v);
  llvm::Value* concatStrings(llvm::Value* x, llvm::Value* y);

  // ---- direct calls and the Go convention for big values (call.cpp) ----
  llvm::Value* call(const ir::Value* v);
  // Arrays and structs over kMaxRegisterAggregate bytes travel by reference between Go
  // functions (docs/abi.md, "Big values"): a parameter as a pointer to an immutable copy, the
  // result (or the tuple of results) through a trailing pointer the caller provides.
  static constexpr uint64_t kMaxRegisterAggregate = 64;
  bool passedInMemory(ty::Type* t);
  // The one result of sig, the tuple of several, or null.
  ty::Type* resultType(ty::Signature* sig);
  // Calls a Go function of signature sig: `args` holds what comes before the Go arguments
  // (context, receiver), `goArgs` the IR arguments. Returns the result, or null when it is
  // void or in memory (then recorded in inMemory_ for v).
  llvm::Value* goCall(const ir::Value* v, llvm::FunctionType* type, llvm::Value* callee,
                      std::vector<llvm::Value*> args, llvm::ArrayRef<ir::Value*> goArgs,
                      ty::Signature* sig, bool nest = false);
  // A func value's code pointer hidden from the optimiser: a top-level function called
  // through a value gets the extra `nest` argument it does not declare, which LLVM must never
  // see as a direct call (a signature mismatch is undefined behaviour there, and -O2 inlined
  // such calls with the arguments shifted). An empty asm: no instruction.
  llvm::Value* opaqueCode(llvm::Value* code);
  // Binds f's parameters (big ones are in memory) and counts uses of f's values.
  void bindParams(const ir::Function& f);
  // The address of memory holding v's value: its immutable copy when it is in memory,
  // otherwise a frame slot it is stored into here.
  llvm::Value* addressOfValue(const ir::Value* v);
  // *dst = v, by memcpy (memmove when `overlap`) when v is in memory and memset when it is a
  // big zero value; no write barrier (frame slots, fresh memory).
  void copyValue(llvm::Value* dst, const ir::Value* v, bool overlap);

  // ---- the write-barrier hook (writebarrier.cpp) ----
  // *dst = v where dst is the IR address `addr` (null: unknown, maybe on the heap): values
  // holding pointers go through the write-barrier test unless addr is a frame slot.
  void storeValue(llvm::Value* dst, const ir::Value* v, const ir::Value* addr);
  bool mayBeOnHeap(const ir::Value* addr);
  llvm::Value* writeBarrierFlag();  // the runtime's i8 `runtime.writeBarrier`
  // A Load of a big value: copied to a frame slot, or straight into the next Store's address.
  void loadInMemory(const ir::Value* v);
  llvm::Value* entryAlloca(llvm::Type* t, const llvm::Twine& name = "");
  // The `interface{}` value boxing v, a value in memory: a heap copy made with memcpy.
  llvm::Value* boxInMemory(const ir::Value* v);
  // Field (of a struct) or Extract (of a tuple) of a value in memory.
  llvm::Value* elementInMemory(const ir::Value* v, llvm::Value* base);

  // ---- print and println (print.cpp) ----
  void print(const ir::Value* v);

  // ---- terminators and panic (control.cpp) ----
  void terminator(const ir::Value* v);
  void lowerPanic(const ir::Value* v);

  Options options_;
  std::shared_ptr<DebugInfoState> debug_;  // shared_ptr: complete only in debuginfo.cpp
  const ir::Module& mod_;
  llvm::LLVMContext& ctx_;
  const llvm::DataLayout& dl_;
  Diagnostics& diags_;
  std::unique_ptr<llvm::Module> out_;
  llvm::IRBuilder<> b_;
  llvm::Type* i1_;
  llvm::Type* i8_;
  llvm::Type* i64_;
  llvm::PointerType* ptr_;
  llvm::StructType* stringTy_;
  llvm::StructType* sliceTy_;
  llvm::StructType* ifaceTy_;
  llvm::StructType* pairTy_;
  llvm::StructType* typeDescTy_;
  llvm::DenseMap<ty::Type*, llvm::Constant*> descriptors_;
  llvm::DenseMap<ty::Type*, bool> hasPointers_;
  llvm::StringMap<llvm::Constant*> strings_;
  std::vector<std::unique_ptr<ty::Struct>> mapSlotTypes_;  // struct { key K; elem V } per map type

  // Per function.
  llvm::Function* fn_ = nullptr;
  llvm::DenseMap<const ir::Value*, llvm::Value*> values_;
  llvm::DenseMap<const ir::Block*, llvm::BasicBlock*> blocks_;
  llvm::BasicBlock* entry_ = nullptr;
  llvm::Value* frame_ = nullptr;  // llvm.frameaddress(0) in a function with defers
  // Values of big types held in memory (passedInMemory): their address, never written
  // after the value is made. value() loads them where an LLVM value is needed.
  llvm::DenseMap<const ir::Value*, llvm::Value*> inMemory_;
  llvm::DenseMap<const ir::Value*, unsigned> uses_;
  const ir::Value* fusedLoad_ = nullptr;  // a big Load whose only use is the next Store
  llvm::Value* resultPtr_ = nullptr;      // where a big result goes (the trailing parameter)
  ty::Signature* fnSig_ = nullptr;
};

}  // namespace ergo::lower
