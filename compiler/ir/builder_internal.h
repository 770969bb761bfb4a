// The IR builder's class, shared by its files (builder*.cpp, one topic each); only they include
// this header. The public entry points are in builder.h.
#pragma once

#include <string>
#include <vector>

#include "fmt/format.h"
#include "ir/builder.h"
#include "ir/method_sets.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "types/instantiate.h"

namespace ergo::ir::build {

using namespace ergo::syntax;  // NOLINT: the builder walks the AST throughout
namespace ty = ergo::types;

class Builder {
 public:
  Builder(ty::Package& pkg, const ty::Info& info, ty::TypeContext& ctx, Diagnostics& diags,
          Module& mod)
      : pkg_(pkg),
        srcPkg_(&pkg),
        ast_(*pkg.ast),
        info_(info),
        ctx_(ctx),
        diags_(diags),
        mod_(mod) {}

  void build();

  // ---- functions, globals, per-function state (builder.cpp) ----
  ty::Signature* voidSig() { return ctx_.signature(ctx_.tuple({}), ctx_.tuple({}), false); }
  Function* newFunction(std::string symbol, ty::Signature* sig, ty::Func* obj);
  Function* functionFor(ty::Func* f);
  Value* globalAddr(ty::Var* v);
  void buildFunction(Function* fn, ty::Func* obj, const BlockStmt* body, std::string closurePrefix);
  void buildPackageInit();

  // Loop or switch that `break` (and, for loops, `continue`) leaves.
  struct Targets {
    Block* breakTo;
    Block* continueTo;  // null for switches
    const Stmt* stmt;   // the loop or switch, for `break L` and `continue L`
  };
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
  FunctionState saveState();
  void restoreState(FunctionState st);
  void resetState();

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
  Value* funcRef(Function* f) {
    Value* r = fn_->newValue(Op::FuncRef, f->sig);
    r->callee = f;
    return r;
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

  // ---- expressions: dispatch, names, operators (builder_expr.cpp) ----
  Value* expr(const Expr* e);  // builder_order.cpp: in gc's order, then exprNode
  Value* exprNode(const Expr* e);
  Value* identValue(const Ident* id);
  Value* varAddr(ty::Var* v);
  Value* unary(const UnaryExpr* e);
  Value* binary(const BinaryExpr* e);
  Value* shiftCount(Value* y);

  // ---- conversions: implicit (assignability) and T(x) (builder_convert.cpp) ----
  Value* convert(Value* v, ty::Type* to);
  Value* conversion(const CallExpr* e, ty::Type* to);

  // ---- interfaces: boxing, type assertions (builder_iface.cpp) ----
  Value* toInterface(Value* v, ty::Type* to);
  Value* typeAssert(const TypeAssertExpr* e);
  Value* commaOk(const Expr* e);

  // ---- indexing and slicing (builder_index.cpp) ----
  Value* indexExpr(const IndexExpr* e);
  Value* sliceExpr(const SliceExpr* e);
  Value* indexAddr(Value* slice, Value* index, Pos pos);
  Value* freshElementAddr(Value* slice, int64_t i, Pos pos);

  // ---- composite literals (builder_composite.cpp) ----
  Value* compositeLit(const CompositeLit* e);

  // ---- composite literals of structs and arrays, &T{...} (builder_composite.cpp) ----
  std::vector<int64_t> elementIndices(ExprRange elts);
  Value* compositeLitAddr(const CompositeLit* e, ty::Type* t);
  void fillComposite(Value* addr, const CompositeLit* e);

  // ---- structs, arrays, pointers (builder_struct.cpp) ----
  ty::Struct* structOf(ty::Type* t);  // the struct type of t or *t, else null
  std::vector<int> fieldPath(ty::Type* t, llvm::StringRef name);
  bool addressable(const Expr* e);
  Value* nilCheck(Value* p, Pos pos);
  Value* fieldAddr(Value* structAddr, int index, Pos pos);
  Value* field(Value* structValue, int index, Pos pos);
  Value* walkFields(Value* base, bool isAddr, llvm::ArrayRef<int> path, bool wantAddr, Pos pos);
  Value* selector(const SelectorExpr* e, bool wantAddr);
  bool isFieldSelector(const SelectorExpr* e);
  Value* spill(Value* v, Pos pos);
  Value* deref(const StarExpr* e);
  Value* addressOf(const UnaryExpr* e);
  Value* arrayAddr(const Expr* x, Pos pos);
  static bool isArrayOperand(ty::Type* t);
  Value* arrayToSlice(Value* arrayPtr, Pos pos);
  Value* rangeOverArray(Value* x, bool readsElements, Pos pos);
  bool rangeReadsElements(const RangeStmt* r);
  Value* aggregateEq(Tok op, Value* x, Value* y, Pos pos);

  // ---- calls (builder_call.cpp) ----
  // A call with its function and arguments evaluated (the arguments converted to the
  // parameter types, variadic ones packed into a slice), not yet made.
  struct PreparedCall {
    Function* callee = nullptr;  // a function called directly, or
    Value* fnValue = nullptr;    // a func value
    std::vector<Value*> args;
    ty::Type* resultType = nullptr;  // null, the one result, or a tuple
    Pos pos;
    int64_t ifaceMethod = -1;  // an interface method call: its slot (args[0]: the interface)
    ty::Type* ifaceType = nullptr;
  };
  std::vector<Value*> argValues(ExprRange args, ty::Signature* sig = nullptr,
                                bool leftToRight = false);
  const Ident* calleeIdent(const Expr* fun);
  ty::Func* staticCallee(const Expr* fun);
  PreparedCall prepareCall(const CallExpr* e);
  Value* emitCall(const PreparedCall& pc, Value* fnValue, llvm::ArrayRef<Value*> args);
  Value* call(const CallExpr* e);

  // ---- methods (builder_method.cpp) ----
  ty::Signature* withReceiver(ty::Type* recv, ty::Signature* sig);
  Function* methodFunction(ty::Func* m);
  void buildMethods();
  void beginWrapper(Function* w, bool linkOnce);
  void buildPointerWrapper(ty::Func* m);
  ty::Signature* methodCall(const Expr* fun, PreparedCall& pc);
  Value* receiver(const Expr* x, ty::Func* m);
  Value* memberReceiver(const Expr* x, const ir::Member& m, Pos pos);
  Value* promotedReceiver(Value* base, bool isAddr, const ir::Member& m, Pos pos);
  void forwardCall(Function* w, Value* recv, const ir::Member* m, ty::Type* ifaceType, int64_t slot,
                   ty::Signature* sig, Pos pos);
  Function* promotedWrapper(ty::Type* base, bool pointer, const ir::Member& m);
  void buildPromotedWrappers(ty::Type* t);
  Function* ifaceMethodExpr(ty::Type* it, size_t slot);
  Value* methodValue(const SelectorExpr* sel);

  // ---- gc's evaluation order: call-like operands first (builder_order.cpp) ----
  bool callLike(const Expr* e);
  Value* build(const Expr* e);
  bool sharedLocal(const Expr* e);
  static bool convertsThroughAddress(ty::Type* t);
  void hoistCalls(const Expr* e);
  void hoistOperands(const Expr* e);
  void hoistArgs(ExprRange args, ty::Signature* sig);
  std::vector<Value*> valuesInOrder(ExprRange list, ty::Signature* sig);

  // ---- built-in functions (builder_builtin.cpp) ----
  Value* builtin(const CallExpr* e);
  ty::Type* complexPart(ty::Type* complexType);               // builder_builtin.cpp
  Value* floatMinMax(const CallExpr* e, bool isMin);          // builder_builtin.cpp
  Value* unsafeBuiltin(const CallExpr* e, ty::BuiltinId id);  // builder_unsafe.cpp

  // ---- statements: dispatch, declarations, return (builder_stmt.cpp) ----
  void stmt(const Stmt* s);
  void stmtList(StmtRange list);
  void declStmt(const DeclStmt* s);
  void incDecStmt(const IncDecStmt* s);
  void returnStmt(const ReturnStmt* s);
  void returnResults(Pos pos, std::vector<Value*> values);

  // ---- assignment and addresses of assignable expressions (builder_assign.cpp) ----
  // The left side of an assignment after phase one of the spec's two phases: the operands of
  // s[i] are evaluated, but indexing (and its bounds check) waits for phase two.
  struct Target {
    Value* addr = nullptr;
    Value* slice = nullptr;
    Value* index = nullptr;
    Pos pos;
    bool mapEntry = false;  // slice[index] is m[k] of a map (builder_map.cpp stores it)
    // *p and p.f with p a pointer: p is evaluated in phase one, its nil check (and the
    // field's address) wait for phase two, as gc stores (Go's fixedbugs/issue23017.go).
    Value* pointer = nullptr;
    std::vector<int> path;  // the fields of p.f; empty for *p
  };
  ty::Var* lhsVar(const Ident* id);
  void declare(ty::Var* v, Value* init, Pos pos);
  Target target(const Expr* e);
  Value* targetAddr(const Target& t);
  Value* addr(const Expr* e);
  void storeTargets(const std::vector<Target>& targets, const std::vector<Value*>& values);
  void assignValues(ExprRange lhs, const std::vector<Value*>& values);
  std::vector<Value*> rhsValues(ExprRange rhs, size_t want, bool leftToRight = false);
  void assignStmt(const AssignStmt* s);
  void updateInPlace(const Expr* lhs, Tok op, const Expr* rhs, Value* y, Pos pos);

  // ---- if, for, labels, goto/break/continue/fallthrough (builder_control.cpp) ----
  void ifStmt(const IfStmt* s);
  void forStmt(const ForStmt* f);
  std::vector<ty::Var*> declaredBy(const Stmt* s);
  Block* labelBlock(llvm::StringRef name);
  void labeledStmt(const LabeledStmt* s);
  void branchStmt(const BranchStmt* s);

  // ---- range loops (builder_range.cpp) ----
  void rangeStmt(const RangeStmt* r);
  void bindRangeVars(const RangeStmt* r, const Expr* const lhs[2], Value* const vals[2],
                     bool perLoop);
  void rangeBody(const RangeStmt* r, Block* done, Block* post);

  // ---- expression and type switches (builder_switch.cpp) ----
  void switchStmt(const SwitchStmt* s);
  void typeSwitchStmt(const TypeSwitchStmt* s);

  // ---- function literals and captured variables (builder_closure.cpp) ----
  Value* funcLit(const FuncLit* lit);
  // A captured variable that is assigned after its declaration is shared between the closure
  // and its function (captured by address, so it lives on the heap); any other is copied.
  // Structs and arrays are shared too: the checker does not see assignments to their fields
  // and elements (x.f = 1, a[i]++) as assignments of the variable.
  static bool sharedCapture(ty::Var* v) { return v->assigned || isArrayOrStruct(v->type); }
  static bool isArrayOrStruct(ty::Type* t) {
    ty::Type* u = ty::underlying(t);
    return llvm::isa<ty::Struct>(u) || llvm::isa<ty::Array>(u);
  }
  Value* capture(ty::Var* v);
  Value* makeClosure(Function* body, const std::vector<Value*>& captures, Pos pos);
  static llvm::StringRef contextFieldName(size_t i);

  // ---- maps (builder_map.cpp) ----
  static bool isMap(ty::Type* t);
  static ty::Map* mapOf(Value* m);
  bool isMapIndex(const Expr* e);
  Value* valueAs(Value* v, ty::Type* t);
  Value* mapKey(const IndexExpr* e, Value* m);
  Value* mapLookup(Value* m, Value* key, bool commaOk, Pos pos);
  void mapUpdate(Value* m, Value* key, Value* v, Pos pos);
  Value* mapIndex(const IndexExpr* e, Value* m);
  Value* mapCommaOk(const IndexExpr* e);
  void storeMapTarget(const Target& t, Value* v);
  void mapUpdateInPlace(const Expr* lhs, Tok op, const Expr* rhs, Value* y, Pos pos);
  Value* makeMap(const CallExpr* e);
  Value* mapLiteral(const CompositeLit* e);
  Value* mapBuiltin(const CallExpr* e, ty::BuiltinId id);
  void clearSlice(Value* s, Pos pos);
  void mapRange(const RangeStmt* r, Value* m);

  // ---- defer and go (builder_defer.cpp) ----
  void deferOrGo(const CallExpr* call, Op op, Pos pos);
  Value* deferredFunc(const CallExpr* call, const char* kind);
  Value* deferredBuiltin(const CallExpr* call, const char* kind);
  template <typename EmitBody>
  Value* wrapper(const char* kind, const std::vector<Value*>& captures, Pos pos, EmitBody emitBody);

  // ---- generic instances (builder_generic.cpp) ----
  // A function instance, or a method of an instance of a generic type, waiting for its body:
  // the generic function (method) whose body it builds with `map` substituted.
  struct PendingInstance {
    Function* fn;
    ty::Func* generic;
    ty::SubstMap map;
  };
  class BodyRewrite;
  static bool isGeneric(const ty::Func* f);
  ty::Type* subst(ty::Type* t);  // t with the instance being built's type arguments
  Function* genericUse(ty::Func* f, const Ident* use);
  Function* funcInstance(ty::Func* f, llvm::ArrayRef<ty::Type*> targs, Pos pos);
  void buildInstances();
  void instanceMethods(ty::Named* n);
  void buildInstance(const PendingInstance& p);
  static constexpr unsigned kMaxInstances = 10000;
  ty::SubstMap subst_;  // while an instance is built: its type parameters' arguments
  std::vector<PendingInstance> pendingInstances_;
  llvm::DenseSet<Function*> queuedInstances_;
  unsigned instancesBuilt_ = 0;

  ty::Package& pkg_;
  // The package whose source is being built: pkg_, or the package declaring the generic
  // function or type of the instance being built (its unexported names, its language version).
  ty::Package* srcPkg_;
  const Ast& ast_;
  const ty::Info& info_;
  ty::TypeContext& ctx_;
  Diagnostics& diags_;
  Module& mod_;
  llvm::DenseMap<ty::Func*, Function*> funcs_;
  std::vector<Function*> initFuncs_;
  llvm::DenseSet<ty::Type*> wrapped_;  // types whose promoted-method wrappers are built
  // Call-like operands evaluated ahead of their expression (builder_order.cpp), and how
  // deep expr() is inside the expression a statement evaluates.
  llvm::DenseMap<const Expr*, Value*> hoisted_;
  unsigned exprDepth_ = 0;
  llvm::DenseSet<const Expr*> logicalRhs_;  // right sides of && and || not built yet
  llvm::DenseMap<const Expr*, const Expr*> mapEntryValue_;  // map literal keys: their values
  // Set for the call of a defer or go statement, whose arguments gc evaluates strictly left
  // to right; prepareCall clears it, so calls inside the arguments take the usual order.
  bool argsLeftToRight_ = false;

  // Per function (FunctionState saves and restores these).
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

}  // namespace ergo::ir::build
