// The Go abstract syntax tree, data-oriented: every node of a build lives in one array, the
// `Ast` store, and is addressed by a 32-bit id. Links between nodes are ids (`Ref<T>`), lists
// are runs of ids (or of inline `Field`s) in the same array (`List<T>`), identifiers and
// literal texts are interned `Name`s, and a position is a file id plus a byte offset.
// Nodes never move once made, so a pointer from the store stays valid as long as the store:
//   const CallExpr* call = ast.get(ref);
//   const Expr* fun = ast.get(call->fun);
//   for (const Expr* arg : ast.nodes(call->args)) ...
//   llvm::StringRef name = ast.str(ident->name);
// Kinds come from ast_nodes.def; llvm::isa / dyn_cast / cast work on the pointers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"
#include "support/intern.h"
#include "support/source.h"
#include "syntax/token.h"

namespace ergo::syntax {

// A link to a node of kind T (or of a kind derived from T); id 0 is "no node".
template <typename T>
class Ref {
 public:
  constexpr Ref() = default;
  constexpr explicit Ref(uint32_t id) : id_(id) {}
  template <typename U>
    requires std::is_base_of_v<T, U>
  constexpr Ref(Ref<U> other) : id_(other.id()) {}  // NOLINT: upcasts are implicit

  constexpr uint32_t id() const { return id_; }
  constexpr explicit operator bool() const { return id_ != 0; }
  friend constexpr bool operator==(Ref a, Ref b) { return a.id_ == b.id_; }

 private:
  uint32_t id_ = 0;
};

// A run of `size` elements of type T (a Ref, a Field or a Name) stored from id `first` on.
template <typename T>
struct List {
  uint32_t first = 0;
  uint32_t size = 0;
  bool empty() const { return size == 0; }
};

enum class NodeKind : uint8_t {
#define EXPR(name) name,
#define STMT(name) name,
#define DECL(name) name,
#include "syntax/ast_nodes.def"
};

const char* nodeKindName(NodeKind k);

// 12 bytes: every node starts with its kind and position.
struct Node {
  NodeKind kind;
  Pos pos;
  Node(NodeKind k, Pos p) : kind(k), pos(p) {}
};

struct Expr : Node {
  using Node::Node;
  static bool classof(const Node* n) { return n->kind <= NodeKind::Ellipsis; }
};
struct Stmt : Node {
  using Node::Node;
  static bool classof(const Node* n) {
    return n->kind >= NodeKind::BadStmt && n->kind <= NodeKind::RangeStmt;
  }
};
struct Decl : Node {
  using Node::Node;
  static bool classof(const Node* n) { return n->kind >= NodeKind::ImportSpec; }
};

// The //go: directives a function declaration can carry (FuncDecl::pragmas).
enum PragmaFlag : uint32_t {
  kPragmaNoInline = 1u << 0,
  kPragmaNoEscape = 1u << 1,
  kPragmaNoSplit = 1u << 2,
  kPragmaNoRace = 1u << 3,
  kPragmaNoCheckPtr = 1u << 4,
  kPragmaUintptrEscapes = 1u << 5,
  kPragmaUintptrKeepAlive = 1u << 6,
  kPragmaNoWriteBarrier = 1u << 7,
  kPragmaNoWriteBarrierRec = 1u << 8,
  kPragmaYesWriteBarrierRec = 1u << 9,
  kPragmaSystemStack = 1u << 10,
  kPragmaCgoUnsafeArgs = 1u << 11,
  kPragmaRegisterParams = 1u << 12,
  // //go:nointerface (gc: with GOEXPERIMENT=fieldtrack): the method is in no method set.
  kPragmaNoInterface = 1u << 13,
};

#define NODE_CLASSOF(name)             \
  static bool classof(const Node* n) { \
    return n->kind == NodeKind::name;  \
  }

// ---- Expressions and types ----
struct BadExpr : Expr {
  NODE_CLASSOF(BadExpr)
  explicit BadExpr(Pos p) : Expr(NodeKind::BadExpr, p) {}
};
struct Ident : Expr {
  NODE_CLASSOF(Ident)
  Name name;
  Ident(Pos p, Name n) : Expr(NodeKind::Ident, p), name(n) {}
};
struct BasicLit : Expr {
  NODE_CLASSOF(BasicLit)
  Tok litKind;       // IntLit, FloatLit, ImagLit, RuneLit, StringLit
  bool bad = false;  // malformed: the lexer reported it, the checker stays quiet about it
  Name text;         // exactly as in the source (quotes and escapes included)
  BasicLit(Pos p, Tok k, Name t) : Expr(NodeKind::BasicLit, p), litKind(k), text(t) {}
};
struct CompositeLit : Expr {  // pos: the type's start, or the { if there is no type
  NODE_CLASSOF(CompositeLit)
  Ref<Expr> type;  // may be null inside another composite literal
  List<Ref<Expr>> elts;
  Pos lbrace;
  Pos rbrace;
  CompositeLit(Pos p, Ref<Expr> t) : Expr(NodeKind::CompositeLit, p), type(t) {}
};
struct KeyValueExpr : Expr {
  NODE_CLASSOF(KeyValueExpr)
  Ref<Expr> key;
  Ref<Expr> value;
  KeyValueExpr(Pos p, Ref<Expr> k, Ref<Expr> v)
      : Expr(NodeKind::KeyValueExpr, p), key(k), value(v) {}
};
struct FuncType;
struct BlockStmt;
struct FuncLit : Expr {
  NODE_CLASSOF(FuncLit)
  Ref<FuncType> type;
  Ref<BlockStmt> body;
  FuncLit(Pos p, Ref<FuncType> t, Ref<BlockStmt> b)
      : Expr(NodeKind::FuncLit, p), type(t), body(b) {}
};
struct ParenExpr : Expr {
  NODE_CLASSOF(ParenExpr)
  Ref<Expr> x;
  ParenExpr(Pos p, Ref<Expr> e) : Expr(NodeKind::ParenExpr, p), x(e) {}
};
// pos of SelectorExpr, IndexExpr, SliceExpr, TypeAssertExpr and CallExpr: the start of x (fun),
// as in go/ast and types2; the position of the operator token is kept beside it.
struct SelectorExpr : Expr {
  NODE_CLASSOF(SelectorExpr)
  Ref<Expr> x;
  Ref<Ident> sel;
  Pos dot;
  SelectorExpr(Pos p, Ref<Expr> e, Ref<Ident> s) : Expr(NodeKind::SelectorExpr, p), x(e), sel(s) {}
};
struct IndexExpr : Expr {  // x[i], or a generic instantiation x[T1, T2]
  NODE_CLASSOF(IndexExpr)
  Ref<Expr> x;
  List<Ref<Expr>> indices;
  Pos lbrack;
  IndexExpr(Pos p, Ref<Expr> e) : Expr(NodeKind::IndexExpr, p), x(e) {}
};
struct SliceExpr : Expr {
  NODE_CLASSOF(SliceExpr)
  Ref<Expr> x;
  Ref<Expr> lo = {};
  Ref<Expr> hi = {};
  Ref<Expr> max = {};
  bool slice3 = false;
  Pos lbrack;
  SliceExpr(Pos p, Ref<Expr> e) : Expr(NodeKind::SliceExpr, p), x(e) {}
};
struct TypeAssertExpr : Expr {
  NODE_CLASSOF(TypeAssertExpr)
  Ref<Expr> x;
  Ref<Expr> type;  // null for x.(type)
  Pos dot;
  TypeAssertExpr(Pos p, Ref<Expr> e, Ref<Expr> t)
      : Expr(NodeKind::TypeAssertExpr, p), x(e), type(t) {}
};
struct CallExpr : Expr {
  NODE_CLASSOF(CallExpr)
  Ref<Expr> fun;
  List<Ref<Expr>> args;
  bool hasDots = false;  // f(xs...)
  Pos lparen;
  Pos rparen;
  CallExpr(Pos p, Ref<Expr> f) : Expr(NodeKind::CallExpr, p), fun(f) {}
};
struct StarExpr : Expr {  // *x: a dereference or a pointer type
  NODE_CLASSOF(StarExpr)
  Ref<Expr> x;
  StarExpr(Pos p, Ref<Expr> e) : Expr(NodeKind::StarExpr, p), x(e) {}
};
struct UnaryExpr : Expr {
  NODE_CLASSOF(UnaryExpr)
  Tok op;
  Ref<Expr> x;
  UnaryExpr(Pos p, Tok o, Ref<Expr> e) : Expr(NodeKind::UnaryExpr, p), op(o), x(e) {}
};
struct BinaryExpr : Expr {
  NODE_CLASSOF(BinaryExpr)
  Tok op;
  Ref<Expr> x;
  Ref<Expr> y;
  Pos opPos;
  BinaryExpr(Pos p, Tok o, Ref<Expr> a, Ref<Expr> b, Pos op_)
      : Expr(NodeKind::BinaryExpr, p), op(o), x(a), y(b), opPos(op_) {}
};
struct ArrayType : Expr {  // [N]T, [...]T (len is an Ellipsis), or []T (len is null)
  NODE_CLASSOF(ArrayType)
  Ref<Expr> len;
  Ref<Expr> elem;
  ArrayType(Pos p, Ref<Expr> l, Ref<Expr> e) : Expr(NodeKind::ArrayType, p), len(l), elem(e) {}
};
// A parameter, result, struct field or interface element: not a node of its own, stored
// inline in List<Field> runs.
struct Field {
  List<Ref<Ident>> names;  // empty for anonymous fields / unnamed parameters
  Ref<Expr> type;
  Ref<BasicLit> tag = {};
};
struct StructType : Expr {
  NODE_CLASSOF(StructType)
  List<Field> fields;
  explicit StructType(Pos p) : Expr(NodeKind::StructType, p) {}
};
struct FuncType : Expr {
  NODE_CLASSOF(FuncType)
  List<Field> typeParams;
  List<Field> params;
  List<Field> results;
  explicit FuncType(Pos p) : Expr(NodeKind::FuncType, p) {}
};
struct InterfaceType : Expr {
  NODE_CLASSOF(InterfaceType)
  // Methods have one name and a FuncType; embedded elements (types, unions, ~T) have none.
  List<Field> elems;
  explicit InterfaceType(Pos p) : Expr(NodeKind::InterfaceType, p) {}
};
struct MapType : Expr {
  NODE_CLASSOF(MapType)
  Ref<Expr> key;
  Ref<Expr> value;
  MapType(Pos p, Ref<Expr> k, Ref<Expr> v) : Expr(NodeKind::MapType, p), key(k), value(v) {}
};
enum class ChanDir : uint8_t { Both, Send, Recv };
struct ChanType : Expr {
  NODE_CLASSOF(ChanType)
  ChanDir dir;
  Ref<Expr> elem;
  Pos arrow;  // the <- of `chan<- E` or `<-chan E`; none for `chan E`
  ChanType(Pos p, ChanDir d, Ref<Expr> e, Pos arrow_ = {})
      : Expr(NodeKind::ChanType, p), dir(d), elem(e), arrow(arrow_) {}
};
struct Ellipsis : Expr {  // ...T in a variadic parameter, or [...] in an array type
  NODE_CLASSOF(Ellipsis)
  Ref<Expr> elem;
  Ellipsis(Pos p, Ref<Expr> e) : Expr(NodeKind::Ellipsis, p), elem(e) {}
};

// ---- Statements ----
struct BadStmt : Stmt {
  NODE_CLASSOF(BadStmt)
  explicit BadStmt(Pos p) : Stmt(NodeKind::BadStmt, p) {}
};
struct GenDecl;
struct DeclStmt : Stmt {
  NODE_CLASSOF(DeclStmt)
  Ref<GenDecl> decl;
  DeclStmt(Pos p, Ref<GenDecl> d) : Stmt(NodeKind::DeclStmt, p), decl(d) {}
};
struct EmptyStmt : Stmt {
  NODE_CLASSOF(EmptyStmt)
  explicit EmptyStmt(Pos p) : Stmt(NodeKind::EmptyStmt, p) {}
};
struct LabeledStmt : Stmt {
  NODE_CLASSOF(LabeledStmt)
  Ref<Ident> label;
  Ref<Stmt> stmt;
  LabeledStmt(Pos p, Ref<Ident> l, Ref<Stmt> s)
      : Stmt(NodeKind::LabeledStmt, p), label(l), stmt(s) {}
};
struct ExprStmt : Stmt {
  NODE_CLASSOF(ExprStmt)
  Ref<Expr> x;
  ExprStmt(Pos p, Ref<Expr> e) : Stmt(NodeKind::ExprStmt, p), x(e) {}
};
struct SendStmt : Stmt {
  NODE_CLASSOF(SendStmt)
  Ref<Expr> chan;
  Ref<Expr> value;
  SendStmt(Pos p, Ref<Expr> c, Ref<Expr> v) : Stmt(NodeKind::SendStmt, p), chan(c), value(v) {}
};
struct IncDecStmt : Stmt {
  NODE_CLASSOF(IncDecStmt)
  Ref<Expr> x;
  Tok op;  // Inc or Dec
  IncDecStmt(Pos p, Ref<Expr> e, Tok o) : Stmt(NodeKind::IncDecStmt, p), x(e), op(o) {}
};
struct AssignStmt : Stmt {
  NODE_CLASSOF(AssignStmt)
  List<Ref<Expr>> lhs;
  Tok op;  // Assign, Define, or an op-assign
  List<Ref<Expr>> rhs;
  AssignStmt(Pos p, Tok o) : Stmt(NodeKind::AssignStmt, p), op(o) {}
};
struct GoStmt : Stmt {
  NODE_CLASSOF(GoStmt)
  Ref<CallExpr> call;
  GoStmt(Pos p, Ref<CallExpr> c) : Stmt(NodeKind::GoStmt, p), call(c) {}
};
struct DeferStmt : Stmt {
  NODE_CLASSOF(DeferStmt)
  Ref<CallExpr> call;
  DeferStmt(Pos p, Ref<CallExpr> c) : Stmt(NodeKind::DeferStmt, p), call(c) {}
};
struct ReturnStmt : Stmt {
  NODE_CLASSOF(ReturnStmt)
  List<Ref<Expr>> results;
  explicit ReturnStmt(Pos p) : Stmt(NodeKind::ReturnStmt, p) {}
};
struct BranchStmt : Stmt {  // break, continue, goto, fallthrough
  NODE_CLASSOF(BranchStmt)
  Tok op;
  Ref<Ident> label;
  BranchStmt(Pos p, Tok o, Ref<Ident> l) : Stmt(NodeKind::BranchStmt, p), op(o), label(l) {}
};
struct BlockStmt : Stmt {
  NODE_CLASSOF(BlockStmt)
  List<Ref<Stmt>> stmts;
  Pos rbrace;
  explicit BlockStmt(Pos p) : Stmt(NodeKind::BlockStmt, p) {}
};
struct IfStmt : Stmt {
  NODE_CLASSOF(IfStmt)
  Ref<Stmt> init = {};
  Ref<Expr> cond = {};
  Ref<BlockStmt> then = {};
  Ref<Stmt> els = {};  // an IfStmt or a BlockStmt
  explicit IfStmt(Pos p) : Stmt(NodeKind::IfStmt, p) {}
};
struct CaseClause : Stmt {
  NODE_CLASSOF(CaseClause)
  List<Ref<Expr>> list;  // empty for default
  bool isDefault = false;
  List<Ref<Stmt>> body;
  Pos colon;
  explicit CaseClause(Pos p) : Stmt(NodeKind::CaseClause, p) {}
};
struct SwitchStmt : Stmt {
  NODE_CLASSOF(SwitchStmt)
  Ref<Stmt> init = {};
  Ref<Expr> tag = {};
  List<Ref<CaseClause>> clauses;
  Pos rbrace;
  explicit SwitchStmt(Pos p) : Stmt(NodeKind::SwitchStmt, p) {}
};
struct TypeSwitchStmt : Stmt {
  NODE_CLASSOF(TypeSwitchStmt)
  Ref<Stmt> init = {};
  Ref<Ident> binding = {};         // v in `switch v := x.(type)`
  Ref<TypeAssertExpr> guard = {};  // x.(type)
  List<Ref<CaseClause>> clauses;
  Pos rbrace;
  explicit TypeSwitchStmt(Pos p) : Stmt(NodeKind::TypeSwitchStmt, p) {}
};
struct CommClause : Stmt {
  NODE_CLASSOF(CommClause)
  Ref<Stmt> comm = {};  // send or receive; null for default
  List<Ref<Stmt>> body;
  explicit CommClause(Pos p) : Stmt(NodeKind::CommClause, p) {}
};
struct SelectStmt : Stmt {
  NODE_CLASSOF(SelectStmt)
  List<Ref<CommClause>> clauses;
  explicit SelectStmt(Pos p) : Stmt(NodeKind::SelectStmt, p) {}
};
struct ForStmt : Stmt {
  NODE_CLASSOF(ForStmt)
  Ref<Stmt> init = {};
  Ref<Expr> cond = {};
  Ref<Stmt> post = {};
  Ref<BlockStmt> body = {};
  explicit ForStmt(Pos p) : Stmt(NodeKind::ForStmt, p) {}
};
struct RangeStmt : Stmt {
  NODE_CLASSOF(RangeStmt)
  Ref<Expr> key = {};
  Ref<Expr> value = {};
  Tok op = Tok::Assign;  // Define, Assign, or Illegal(EOF) when there is no key
  Ref<Expr> x = {};
  Ref<BlockStmt> body = {};
  explicit RangeStmt(Pos p) : Stmt(NodeKind::RangeStmt, p) {}
};

// ---- Declarations ----
struct ImportSpec : Decl {
  NODE_CLASSOF(ImportSpec)
  Ref<Ident> name;  // null, `.`, `_`, or a local name
  Ref<BasicLit> path;
  ImportSpec(Pos p, Ref<Ident> n, Ref<BasicLit> path_)
      : Decl(NodeKind::ImportSpec, p), name(n), path(path_) {}
};
struct ValueSpec : Decl {  // one line of a var or const declaration
  NODE_CLASSOF(ValueSpec)
  List<Ref<Ident>> names;
  Ref<Expr> type = {};
  List<Ref<Expr>> values;
  uint32_t iota = 0;  // index within the const group
  List<Name> embed;   // the patterns of the //go:embed lines before a var declaration
  explicit ValueSpec(Pos p) : Decl(NodeKind::ValueSpec, p) {}
};
struct TypeSpec : Decl {
  NODE_CLASSOF(TypeSpec)
  Ref<Ident> name;
  List<Field> typeParams;
  bool alias = false;
  Ref<Expr> type = {};
  TypeSpec(Pos p, Ref<Ident> n) : Decl(NodeKind::TypeSpec, p), name(n) {}
};
struct GenDecl : Decl {
  NODE_CLASSOF(GenDecl)
  Tok tok;  // Import, Const, Type, Var
  List<Ref<Decl>> specs;
  GenDecl(Pos p, Tok t) : Decl(NodeKind::GenDecl, p), tok(t) {}
};
struct FuncDecl : Decl {
  NODE_CLASSOF(FuncDecl)
  List<Field> recv;  // empty for a function; one field (more after a syntax error) for a method
  Ref<Ident> name;
  Ref<FuncType> type;
  Ref<BlockStmt> body = {};  // null for a function implemented elsewhere
  Name linkname;             // from //go:linkname, if any
  uint32_t pragmas = 0;      // PragmaFlag bits from the //go: lines before the declaration
  FuncDecl(Pos p, Ref<Ident> n, Ref<FuncType> t) : Decl(NodeKind::FuncDecl, p), name(n), type(t) {}
};

#undef NODE_CLASSOF

// One parsed source file (a record in the store, not a node).
struct File {
  uint32_t fileId = 0;
  Ref<Ident> packageName;
  List<Ref<ImportSpec>> imports;
  List<Ref<Decl>> decls;  // GenDecls and FuncDecls in source order
  uint32_t idEnd = 0;     // the file's nodes have ids between its own and this bound
};

// Iterates a List<Ref<T>> as `T*` (const T* from a const store).
template <typename T, typename Store>
class NodeRange {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T*;
    using difference_type = std::ptrdiff_t;
    using pointer = T**;
    using reference = T*;
    iterator(Store* ast, const Ref<std::remove_const_t<T>>* at) : ast_(ast), at_(at) {}
    T* operator*() const { return ast_->get(*at_); }
    iterator& operator++() {
      ++at_;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++at_;
      return old;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.at_ == b.at_; }

   private:
    Store* ast_;
    const Ref<std::remove_const_t<T>>* at_;
  };
  NodeRange(Store* ast, llvm::ArrayRef<Ref<std::remove_const_t<T>>> refs)
      : ast_(ast), refs_(refs) {}
  iterator begin() const { return {ast_, refs_.begin()}; }
  iterator end() const { return {ast_, refs_.end()}; }
  size_t size() const { return refs_.size(); }
  bool empty() const { return refs_.empty(); }
  T* operator[](size_t i) const { return ast_->get(refs_[i]); }

 private:
  Store* ast_;
  llvm::ArrayRef<Ref<std::remove_const_t<T>>> refs_;
};

// The node store of a build: one array of 4-byte words in a reserved address range, so that
// ids are word indices and nodes never move. Everything in it is trivially destructible.
class Ast {
 public:
  explicit Ast(Interner& names);
  ~Ast();
  Ast(const Ast&) = delete;
  Ast& operator=(const Ast&) = delete;

  // ---- Building (the parser) ----
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T> && alignof(T) <= kWord);
    return new (allocate(sizeof(T))) T(std::forward<Args>(args)...);
  }
  template <typename T>
  List<T> list(llvm::ArrayRef<T> items) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= kWord);
    if (items.empty()) return {};
    void* mem = allocate(sizeof(T) * items.size());
    std::uninitialized_copy(items.begin(), items.end(), static_cast<T*>(mem));
    return {idOf(mem), static_cast<uint32_t>(items.size())};
  }
  Name name(llvm::StringRef s) { return names_.name(s); }

  // ---- Reading ----
  template <typename T>
  Ref<T> ref(const T* node) const {
    return node ? Ref<T>(idOf(node)) : Ref<T>();
  }
  template <typename T>
  T* get(Ref<T> r) {
    return r ? static_cast<T*>(static_cast<Node*>(at(r.id()))) : nullptr;
  }
  template <typename T>
  const T* get(Ref<T> r) const {
    return r ? static_cast<const T*>(static_cast<const Node*>(at(r.id()))) : nullptr;
  }
  template <typename T>
  llvm::ArrayRef<T> get(List<T> l) const {
    if (l.empty()) return {};
    return {static_cast<const T*>(at(l.first)), l.size};
  }
  template <typename T>
  NodeRange<const T, const Ast> nodes(List<Ref<T>> l) const {
    return {this, get(l)};
  }
  template <typename T>
  NodeRange<T, Ast> nodes(List<Ref<T>> l) {
    return {this, get(l)};
  }
  llvm::StringRef str(Name n) const { return names_.str(n); }
  Interner& names() const { return names_; }
  // Every id is below this bound: the size of a side table indexed by node id.
  uint32_t idLimit() const { return static_cast<uint32_t>(used_ / kWord); }

 private:
  static constexpr size_t kWord = 4;
  void* allocate(size_t bytes);
  void* at(uint32_t id) const { return base_ + size_t{id} * kWord; }
  uint32_t idOf(const void* p) const {
    return static_cast<uint32_t>((static_cast<const char*>(p) - base_) / kWord);
  }

  Interner& names_;
  char* base_ = nullptr;
  size_t used_ = 0;      // bytes handed out (word 0 is reserved so that id 0 means none)
  size_t reserved_ = 0;  // bytes of address space reserved
};

// Lists of expressions and statements as consumers read them.
using ExprRange = NodeRange<const Expr, const Ast>;
using StmtRange = NodeRange<const Stmt, const Ast>;

}  // namespace ergo::syntax
