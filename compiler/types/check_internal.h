// The checker's private state, shared by the check_*.cpp files (one per family of
// constructs: declarations, expressions, calls and builtins, statements, init order).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "fmt/format.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringMap.h"
#include "types/checker.h"
#include "types/instantiate.h"
#include "types/sizes.h"

namespace ergo::types {

using namespace ergo::syntax;  // NOLINT: the checker reads the AST everywhere

// Whether the arithmetic or logical binary operator `op` applies to operands of type t
// (comparisons and shifts have rules of their own).
bool binaryOperatorDefined(Tok op, Type* t);

struct Operand {
  Mode mode = Mode::Invalid;
  Type* type = nullptr;
  Constant value;
  const Expr* expr = nullptr;
  BuiltinId builtin{};  // when mode == Builtin
  bool invalid() const { return mode == Mode::Invalid; }
};

// What the checker knows of a package-level object's declaration.
struct DeclInfo {
  Scope* fileScope = nullptr;
  const Expr* typeExpr = nullptr;  // var/const: the declared type; type: the type literal
  const Expr* init = nullptr;      // var/const initialiser
  std::vector<Var*> lhs;           // `var a, b = f()`: every variable of the spec
  int iota = 0;
  const TypeSpec* typeSpec = nullptr;
  const FuncDecl* funcDecl = nullptr;
  enum class Color : uint8_t { White, Grey, Black } color = Color::White;
  llvm::SetVector<Object*> deps;  // package-level vars and funcs it refers to
};

// The result of looking a selector up in a type (types2's lookupFieldOrMethod).
struct Selection {
  enum class Kind : uint8_t {
    NotFound,
    Field,
    Method,
    Ambiguous,
    PointerRecv
  } kind = Kind::NotFound;
  Type* type = nullptr;    // the field's type, or the method's signature without receiver
  Func* func = nullptr;    // a concrete method (null for interface methods)
  bool indirect = false;   // a pointer was followed on the way to it
  std::vector<int> index;  // field indices through embedded fields, then the entry's index
};

// Where a statement sits. Empty for now: the placement of break, continue and fallthrough is
// the parser's check (syntax/branches.cpp), as in gc.
struct StmtContext {};

class Checker {
 public:
  Checker(Package& pkg, Universe& universe, Interner& names, Info& info, Diagnostics& diags,
          const CheckerConfig& config)
      : pkg_(pkg),
        universe_(universe),
        ctx_(universe.ctx()),
        ast_(*pkg.ast),
        names_(names),
        info_(info),
        diags_(diags),
        config_(config) {}

  bool run();
  void runLater();
  // The minor version of the package's language ("go1.21" -> 21): it gates newer features.
  int goMinor() const;

  // ---- reporting (check.cpp) ----
  // As gc: after a first error, follow-on reports that mention "invalid operand" or "invalid
  // type" past their start add nothing and are dropped; errPos_, when set (an inherited
  // constant expression being evaluated for a later constant), is where every report goes.
  void error(Pos pos, std::string msg) {
    if (reported_ && (msg.find("invalid operand", 1) != std::string::npos ||
                      msg.find("invalid type", 1) != std::string::npos))
      return;
    reported_ = true;
    diags_.error(errPos_.valid() ? errPos_ : pos, std::move(msg));
  }
  bool reported_ = false;
  Pos errPos_{};
  void unsupported(Pos pos, llvm::StringRef what) {
    error(pos, fmt::format("ergo does not support {} yet", what.str()));
  }
  // A construct the checker accepts but the IR builder cannot lower yet (CheckerConfig::
  // onlyLowerable): reported at the end of the package if it has no other error.
  void requireLowerable(Pos pos, llvm::StringRef what) {
    if (config_.onlyLowerable) lowerNeeds_.push_back({pos, what.str()});
  }
  // Whether the IR builder lowers values of type t; records a need when it does not.
  void requireLowerableType(Pos pos, Type* t);
  std::string exprString(const Expr* e) const;
  std::string typeStr(Type* t) const { return typeString(t, &pkg_); }
  std::string operandString(const Operand& x) const;
  std::string callName(const Expr* e) const;
  // "assignment mismatch: 2 variables but f returns 1 value" / "... but 1 value".
  void assignMismatch(Pos pos, size_t vars, ExprRange rhs, const Operand* single);
  // Evaluates the one value of `v := rhs` / `v = rhs`, reporting a call with several results
  // as gc does ("assignment mismatch: 1 variable but f returns 2 values").
  bool singleAssignExpr(Operand& x, const Expr* rhs, Pos lhsPos);
  // The checks that make an operand a single value (expr() = rawExpr() + singleValue()).
  void singleValue(Operand& x);

  // ---- declarations (check_decl.cpp) ----
  // Reports "<what> requires go1.<minor> or later" when the package's language is older.
  bool requireVersion(Pos pos, int minor, llvm::StringRef what);
  Pos typeParamsPos(llvm::ArrayRef<syntax::Field> fields) const;
  void constArity(const ValueSpec* spec, NodeRange<const Ident, const Ast> names, ExprRange values);
  void varArity(NodeRange<const Ident, const Ast> names, ExprRange values);
  void collectObjects();
  void declarePackageObject(Object* obj, DeclInfo info);
  void resolve(Object* obj);
  void resolveType(TypeName* obj, DeclInfo& d);
  void resolveConst(Const* obj, DeclInfo& d);
  void resolveVar(Var* obj, DeclInfo& d);
  void resolveFunc(Func* obj, DeclInfo& d);
  Type* typeExpr(const Expr* e);
  // ---- type literals (check_typexpr.cpp) ----
  // gc's back-end size limits (check_backend_limits.cpp).
  void checkChanElemSize(Pos pos, Type* elem);
  void checkArraySize(Pos pos, Array* a);
  int64_t arrayLength(const Expr* e);
  Type* structType(const StructType* e);
  Type* interfaceType(const InterfaceType* e, TypeName* declared);
  // `type T struct{ a T }`: T contains itself; gc's "invalid recursive type" report.
  bool validType(Named* t, std::vector<Named*>& path);
  void reportCycle(const std::vector<Object*>& cycle);
  // Methods: attaching declared methods to their receiver base type and checking receivers.
  void collectMethod(Func* fn, const FuncDecl* fd, Scope* fileScope);
  llvm::StringRef aliasBase(llvm::StringRef name);
  void attachMethods(TypeName* obj, Named* named);
  void resolveMethod(Func* fn, DeclInfo& d);
  void localTypeDecl(const TypeSpec* ts);
  Array* arrayOrPointerToArray(Type* u) const {
    if (auto* p = llvm::dyn_cast_or_null<Pointer>(u)) u = underlying(p->elem);
    return llvm::dyn_cast_or_null<Array>(u);
  }

  // ---- selectors, method sets, interface satisfaction (lookup.cpp) ----
  Selection lookup(Type* t, bool addressable, llvm::StringRef name, const Package* pkg);
  // Why t does not implement iface ("(missing M method)", ...), or "" when it does.
  std::string missingMethodReason(Type* t, Interface* iface, bool forAssertion = false);
  Signature* methodSig(Func* m);
  Signature* funcSignature(const FuncType* ft, Func* fn);
  void checkFuncBody(Func* fn, const BlockStmt* body);
  void declareLocal(Object* obj, const Ident* id);
  void localConstDecl(const ValueSpec* spec, const Expr* lastType, ExprRange lastValues);
  void localVarDecl(const ValueSpec* spec);
  void constValue(Const* obj, const Expr* typeExpr, const Expr* init, int iota);
  void checkUnusedImports();
  void checkUnusedLocals();

  // ---- expressions (check_expr.cpp) ----
  void rawExpr(Operand& x, const Expr* e, Type* hint = nullptr);
  void expr(Operand& x, const Expr* e, Type* hint = nullptr);  // exactly one value
  void exprOrType(Operand& x, const Expr* e);
  void ident(Operand& x, const Ident* id, bool markUsed = true);
  void basicLit(Operand& x, const BasicLit* lit);
  void selector(Operand& x, const SelectorExpr* e);
  void unary(Operand& x, const UnaryExpr* e);
  void star(Operand& x, const StarExpr* e);
  void binary(Operand& x, const BinaryExpr* e);
  void shift(Operand& x, Operand& y, const BinaryExpr* e);
  std::string kindString(Type* t) const;  // "struct", "map", ...: gc's words in comparisons
  std::string incomparableCause(Type* t) const;
  void comparison(Operand& x, Operand& y, const BinaryExpr* e, bool xnil, bool ynil);
  void indexExpr(Operand& x, const IndexExpr* e);
  void sliceExpr(Operand& x, const SliceExpr* e);
  void typeAssert(Operand& x, const TypeAssertExpr* e);
  void compositeLit(Operand& x, const CompositeLit* e, Type* hint);
  // Checks one element value of a composite literal against its element type; an element
  // that is itself a literal may omit its type (and &, when the element type is a pointer).
  void literalElement(const Expr* v, Type* elem, const std::string& context);
  // The elements of an array or slice literal; returns the length they need.
  int64_t indexedElements(ExprRange elts, Type* elem, int64_t length);
  void funcLit(Operand& x, const FuncLit* e);
  bool index(const Expr* e, int64_t max, int64_t* value);
  void record(Operand& x);
  void updateType(const Expr* e, Type* t);
  // Converts an untyped operand to `target` (or its default type when target is null or an
  // interface). Reports an error and invalidates x when it is not representable.
  void convertUntyped(Operand& x, Type* target, const std::string& context = "assignment");
  bool fitsDefault(Operand& x, Type* defaultType, const std::string& context);
  // ---- constant representation and floats (check_expr.cpp) ----
  // Why a constant does not fit a type: gc says "truncated" for a non-integer value or type
  // going to an integer type and "overflows" for any other numeric pair.
  enum class ConvError : uint8_t { None, Truncated, Overflows, InvalidConst, InvalidUntyped };
  // The value of constant x as the basic type `target` holds it (rounded floats, ToInt'ed
  // integers), or why it cannot be.
  ConvError representation(const Operand& x, Basic* target, Constant* out);
  // "X truncated to T" / "X overflows T" / "cannot convert X to T".
  void invalidConversion(ConvError code, const Operand& x, Type* target);
  // After a constant operation: typed results must be representable (and are rounded),
  // untyped integers stay within 512 bits, an Unknown result is "not representable".
  void overflow(Operand& x, Pos opPos);
  void updateValue(const Expr* e, const Constant& v);
  // Left operands of non-constant shifts that are still untyped constants: their type comes
  // from the context (gc's delayed check), which must be an integer type. Maps to the shift.
  llvm::DenseMap<const Expr*, const BinaryExpr*> shiftLhs_;
  void matchTypes(Operand& x, Operand& y);
  // Checks that x can be assigned to a value of type `t`; `context` ends the message
  // ("in assignment"). Converts untyped operands.
  bool assignable(Operand& x, Type* t, const std::string& context);
  bool isAssignable(Operand& x, Type* t);
  bool implements(Type* t, Interface* iface);

  // ---- calls, builtins, conversions (check_call.cpp) ----
  void call(Operand& x, const CallExpr* e);
  void arguments(const CallExpr* e, Signature* sig, llvm::ArrayRef<Operand> args,
                 const std::string& callee);
  void builtinCall(Operand& x, const CallExpr* e, BuiltinId id);
  void conversion(Operand& x, Type* t, const CallExpr* e);
  // complex(re, im) and real(c) / imag(c): types and constant folding as gc.
  void complexBuiltin(Operand& x, Operand& re, Operand& im, const CallExpr* e);
  void realImagBuiltin(Operand& x, Operand& a, bool real);
  bool convertible(Operand& x, Type* t);
  bool identicalIgnoreTags(Type* a, Type* b);
  // Whether evaluating e calls a function or receives from a channel (len of an array is
  // then not constant).
  bool hasCallOrRecv(const Expr* e) const;
  // Evaluates call arguments, spreading a single multi-value call.
  std::vector<Operand> argumentList(ExprRange args);
  // The operands of a builtin's only argument when it is a call: each result of a call with
  // several (append(f()), complex(f())), else the call's single value; empty when the
  // argument is no call (or hasDots), and then it is not evaluated.
  std::vector<Operand> spreadCall(ExprRange args, bool hasDots);
  std::string tupleString(llvm::ArrayRef<Operand> ops) const;
  std::string summaryType(Type* t) const;  // a type in a have/want line
  // Package unsafe's functions (check_unsafe.cpp); the argument count is checked.
  void unsafeCall(Operand& x, const CallExpr* e, BuiltinId id);
  // unsafe.Offsetof(x.f): the offset of field f in x's struct.
  void offsetofCall(Operand& x, const Expr* arg);
  // The length argument of unsafe.Add/Slice/String: an integer (untyped constants become int).
  bool lengthArgument(Operand& y, bool allowNegative);
  Sizes sizes_;

  // ---- statements (check_stmt.cpp) ----
  void stmtList(StmtRange list, StmtContext ctx);
  void stmt(const Stmt* s, StmtContext ctx);
  void assignStmt(const AssignStmt* s);
  void shortVarDecl(const AssignStmt* s);
  bool assignVar(const Expr* lhs, Operand& x, const std::string& context);
  Builtin* calledBuiltin(const CallExpr* call);
  bool isSelectComm(const Stmt* comm);
  static bool builtinIsStatement(BuiltinId id);
  bool isMapIndex(const Expr* e);
  bool storableTarget(const Expr* lhs, const Operand& z);
  void useAssignedVars(ExprRange lhs);
  void ifStmt(const IfStmt* s, StmtContext ctx);
  void forStmt(const ForStmt* s, StmtContext ctx);
  void rangeStmt(const RangeStmt* s, StmtContext ctx);
  void switchStmt(const SwitchStmt* s, StmtContext ctx);
  void typeSwitchStmt(const TypeSwitchStmt* s, StmtContext ctx);
  void returnStmt(const ReturnStmt* s);
  void goDeferStmt(const CallExpr* call, llvm::StringRef keyword);
  // Records that the variable `lhs` names (if any) is assigned after its declaration.
  void markAssigned(const Expr* lhs);
  void openScope() {
    pkg_.ownedScopes.push_back(std::make_unique<Scope>(scope_));
    scope_ = pkg_.ownedScopes.back().get();
  }
  void closeScope() { scope_ = scope_->parent(); }
  bool isTerminating(const Stmt* s, llvm::StringRef label = {});
  bool hasBreak(const Stmt* s, llvm::StringRef label, bool implicit);

  // ---- generics (typeparams.cpp, instantiate.cpp, infer.cpp) ----
  // Declares a type parameter list in scope_ (a scope of its own) and checks the bounds.
  std::vector<TypeParam*> declareTypeParams(llvm::ArrayRef<syntax::Field> fields,
                                            Named* owner = nullptr);
  // A bound: a constraint interface, or a bare constraint (`~int | string`, `*Q`).
  Type* constraintType(const Expr* e);
  // The interface of an embedded union element `A | ~B` (or a single term).
  Interface* unionInterface(const Expr* e, bool implicit);
  // A generic function's scope for its type parameters (set while resolving it).
  Scope* typeParamScope(Object* obj);
  bool insideGenericFunc() const;
  // gc's "cannot use type C outside a type constraint" for a constraint interface used as
  // the type of a value; constraintOk_ is the one type expression where it may appear (a
  // bound, an embedded element, a type declaration's right-hand side).
  void checkNotConstraint(const Expr* e, Type* t);
  const Expr* constraintOk_ = nullptr;  // the code being checked sees a type parameter scope
  // `List[int]` as a type; `F[int]` as a value (possibly partial: a generic remainder).
  Type* instantiatedType(const IndexExpr* e, Type* base);
  // Records the type arguments of a use of a generic function (Info::instances).
  void recordInstance(const Expr* fun, llvm::ArrayRef<Type*> targs);
  // The instance of a generic type that declares the method a selection found (through the
  // embedded fields of `index`), or null when that type is no instance.
  Named* methodHolder(Type* t, const std::vector<int>& index);
  void funcInstance(Operand& x, const IndexExpr* e);
  // Instantiates a generic type with checked type arguments (cached per argument list).
  Type* instantiate(Pos pos, Named* origin, llvm::ArrayRef<Type*> args, const Expr* at);
  // Whether t satisfies tp's constraint (under `m`); reports at pos when not.
  bool satisfies(Pos pos, Type* t, TypeParam* tp, const SubstMap& m);
  void verifyTypeArgs(Pos pos, llvm::ArrayRef<TypeParam*> tparams, llvm::ArrayRef<Type*> args,
                      llvm::ArrayRef<Pos> argPos);
  Signature* substSignature(Signature* sig, const SubstMap& m);
  // A method's signature seen through an instance of its generic receiver type.
  Signature* instanceMethodSig(Named* instance, Func* m);
  // A call of a generic function: infers the missing type arguments from the arguments and
  // returns the instantiated signature (null after an error).
  Signature* inferCall(const CallExpr* e, Signature* sig, std::vector<Operand>& args);
  // The type arguments for tparams: `given` first, then inferred from the arguments (against
  // `params`) and the constraints' core types. Empty after an error ("cannot infer T").
  std::vector<Type*> infer(Pos pos, llvm::ArrayRef<TypeParam*> tparams,
                           llvm::ArrayRef<Type*> params, std::vector<Operand>& args,
                           const CallExpr* call, llvm::ArrayRef<Type*> given);
  std::string genericTypeString(Named* n) const;
  // A type parameter's constraint as gc words it (`any` for the empty interface).
  std::string constraintString(TypeParam* tp) const;
  // Values of type parameter type (typeparams.cpp). The int results: -1 when neither type is
  // a type parameter (the ordinary rules apply), else 1 / 0 for yes / no (0 reported).
  bool untypedFits(const Operand& x, Type* term);
  bool untypedToTypeParam(Operand& x, Type* t, const std::string& context);
  int assignableTypeParam(Operand& x, Type* t, const std::string& context);
  int convertibleTypeParam(Operand& x, Type* t);  // 0 is not reported
  // T(x) for a type parameter T or x: true when handled (x is the result or invalid).
  bool typeParamConversion(Operand& x, Type* t, const CallExpr* e);
  // Whether binary `op` applies to every type of t's set (t a type parameter).
  bool typeParamOperator(Tok op, Type* t);
  // x[i] for a type parameter without a core type whose types all index alike; false when
  // they do not (the caller reports).
  bool typeParamIndex(Operand& x, const IndexExpr* e);
  // The receiver type of a method of a generic type (T[P] or *T[P]), or null.
  Type* genericReceiver(Func* fn, const Expr* recvType);
  llvm::DenseMap<Object*, Scope*> typeParamScopes_;
  // F[int] as the callee of a call with more type parameters: the explicit arguments, keyed
  // by the generic signature funcInstance gives the callee.
  llvm::DenseMap<Signature*, std::vector<Type*>> partialTypeArgs_;
  const Expr* callFun_ = nullptr;  // the callee being evaluated by call()
  // Instantiation cycles (gc's "instantiation cycle"): an edge says that type parameter
  // `dst` was instantiated with `type`, which mentions `src`; a cycle through an edge whose
  // type is not just `src` makes instantiation endless.
  struct MonoEdge {
    TypeParam* src;
    TypeParam* dst;
    bool grows;
    Pos pos;
    Type* type;
  };
  std::vector<MonoEdge> monoEdges_;
  bool monoScheduled_ = false;
  void recordInstance(llvm::ArrayRef<TypeParam*> tparams, llvm::ArrayRef<Type*> targs,
                      llvm::ArrayRef<Pos> argPos, Pos pos);
  void checkInstantiationCycles();

  // ---- initialisation order (initorder.cpp) ----
  void computeInitOrder();
  // References to methods (x.m, T.m) found in each package-level declaration's source range.
  void addMethodDeps();
  // Selectors whose use is a method (info_.uses is shared by every package of a build, so
  // scanning it per package would be quadratic).
  std::vector<const Ident*> methodSelectors_;
  Var* reportInitCycle(const std::vector<Var*>& vars, const llvm::DenseSet<Var*>& done);

  Package& pkg_;
  Universe& universe_;
  TypeContext& ctx_;
  const Ast& ast_;
  Interner& names_;
  Info& info_;
  Diagnostics& diags_;
  const CheckerConfig& config_;

  Scope* scope_ = nullptr;
  std::vector<Object*> packageObjects_;  // in source order
  llvm::DenseMap<Object*, DeclInfo> decls_;
  std::vector<PkgName*> imports_;
  Object* currentDecl_ = nullptr;  // package-level object whose code is being checked
  Func* currentFunc_ = nullptr;
  Scope* funcScope_ = nullptr;  // the outermost scope of currentFunc_'s body (its parameters)
  std::vector<Var*> locals_;    // of the function being checked, for "declared but not used"
  int iota_ = -1;               // inside a const declaration
  struct LowerNeed {
    Pos pos;
    std::string what;
  };
  std::vector<LowerNeed> lowerNeeds_;
  // Errors gc's back end reports (so only for a package without type errors), reported at
  // the end of a build's check when nothing else is wrong.
  std::vector<std::pair<Pos, std::string>> backEndErrors_;
  // gc's "missing function body" for f (at the name) or a method (at its receiver's "(").
  void missingBody(const FuncDecl* fd);
  // Checks that wait for every package-level type (map keys: comparability needs the whole
  // type), run after the package's objects are resolved.
  std::vector<std::function<void()>> later_;
  bool resolvingObjects_ = true;
  llvm::StringMap<std::vector<Func*>> methodsByBase_;  // receiver base type name -> methods
  std::vector<Func*> methods_;                         // every method, in source order
  std::vector<TypeName*> typePath_;  // type declarations being resolved, outermost first
  llvm::DenseSet<Named*> validated_;
  std::vector<Named*> namedTypes_;  // declared in this package, for normalising underlying types //
                                    // named types known not to contain themselves

  template <typename T, typename... Args>
  T* newObject(Args&&... args) {
    pkg_.ownedObjects.push_back(std::make_unique<T>(std::forward<Args>(args)...));
    return static_cast<T*>(pkg_.ownedObjects.back().get());
  }
};

}  // namespace ergo::types
