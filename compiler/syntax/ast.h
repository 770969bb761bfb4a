// The Go abstract syntax tree. Nodes live in a per-file arena (`AstArena`) and are never
// freed individually; children are plain pointers, lists are arena-allocated arrays.
// Kinds come from ast_nodes.def; use llvm::isa / dyn_cast / cast on them.
#pragma once

#include <cstdint>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Casting.h"
#include "support/source.h"
#include "syntax/token.h"

namespace ergo::syntax {

enum class NodeKind : uint8_t {
#define EXPR(name) name,
#define STMT(name) name,
#define DECL(name) name,
#include "syntax/ast_nodes.def"
};

const char* nodeKindName(NodeKind k);

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
  llvm::StringRef name;  // interned
  Ident(Pos p, llvm::StringRef n) : Expr(NodeKind::Ident, p), name(n) {}
};
struct BasicLit : Expr {
  NODE_CLASSOF(BasicLit)
  Tok litKind;           // IntLit, FloatLit, ImagLit, RuneLit, StringLit
  llvm::StringRef text;  // exactly as in the source
  BasicLit(Pos p, Tok k, llvm::StringRef t) : Expr(NodeKind::BasicLit, p), litKind(k), text(t) {}
};
struct CompositeLit : Expr {  // pos: the type's start, or the { if there is no type
  NODE_CLASSOF(CompositeLit)
  Expr* type;  // may be null inside another composite literal
  llvm::ArrayRef<Expr*> elts;
  Pos lbrace;
  Pos rbrace;
  CompositeLit(Pos p, Expr* t) : Expr(NodeKind::CompositeLit, p), type(t) {}
};
struct KeyValueExpr : Expr {
  NODE_CLASSOF(KeyValueExpr)
  Expr* key;
  Expr* value;
  KeyValueExpr(Pos p, Expr* k, Expr* v) : Expr(NodeKind::KeyValueExpr, p), key(k), value(v) {}
};
struct FuncType;
struct BlockStmt;
struct FuncLit : Expr {
  NODE_CLASSOF(FuncLit)
  FuncType* type;
  BlockStmt* body;
  FuncLit(Pos p, FuncType* t, BlockStmt* b) : Expr(NodeKind::FuncLit, p), type(t), body(b) {}
};
struct ParenExpr : Expr {
  NODE_CLASSOF(ParenExpr)
  Expr* x;
  ParenExpr(Pos p, Expr* e) : Expr(NodeKind::ParenExpr, p), x(e) {}
};
// pos of SelectorExpr, IndexExpr, SliceExpr, TypeAssertExpr and CallExpr: the start of x (fun),
// as in go/ast and types2; the position of the operator token is kept beside it.
struct SelectorExpr : Expr {
  NODE_CLASSOF(SelectorExpr)
  Expr* x;
  Ident* sel;
  Pos dot;
  SelectorExpr(Pos p, Expr* e, Ident* s) : Expr(NodeKind::SelectorExpr, p), x(e), sel(s) {}
};
struct IndexExpr : Expr {  // x[i], or a generic instantiation x[T1, T2]
  NODE_CLASSOF(IndexExpr)
  Expr* x;
  llvm::ArrayRef<Expr*> indices;
  Pos lbrack;
  IndexExpr(Pos p, Expr* e) : Expr(NodeKind::IndexExpr, p), x(e) {}
};
struct SliceExpr : Expr {
  NODE_CLASSOF(SliceExpr)
  Expr* x;
  Expr* lo = nullptr;
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack;
  SliceExpr(Pos p, Expr* e) : Expr(NodeKind::SliceExpr, p), x(e) {}
};
struct TypeAssertExpr : Expr {
  NODE_CLASSOF(TypeAssertExpr)
  Expr* x;
  Expr* type;  // null for x.(type)
  Pos dot;
  TypeAssertExpr(Pos p, Expr* e, Expr* t) : Expr(NodeKind::TypeAssertExpr, p), x(e), type(t) {}
};
struct CallExpr : Expr {
  NODE_CLASSOF(CallExpr)
  Expr* fun;
  llvm::ArrayRef<Expr*> args;
  bool hasDots = false;  // f(xs...)
  Pos lparen;
  Pos rparen;
  CallExpr(Pos p, Expr* f) : Expr(NodeKind::CallExpr, p), fun(f) {}
};
struct StarExpr : Expr {  // *x: a dereference or a pointer type
  NODE_CLASSOF(StarExpr)
  Expr* x;
  StarExpr(Pos p, Expr* e) : Expr(NodeKind::StarExpr, p), x(e) {}
};
struct UnaryExpr : Expr {
  NODE_CLASSOF(UnaryExpr)
  Tok op;
  Expr* x;
  UnaryExpr(Pos p, Tok o, Expr* e) : Expr(NodeKind::UnaryExpr, p), op(o), x(e) {}
};
struct BinaryExpr : Expr {
  NODE_CLASSOF(BinaryExpr)
  Tok op;
  Expr* x;
  Expr* y;
  Pos opPos;
  BinaryExpr(Pos p, Tok o, Expr* a, Expr* b, Pos op_)
      : Expr(NodeKind::BinaryExpr, p), op(o), x(a), y(b), opPos(op_) {}
};
struct ArrayType : Expr {  // [N]T, [...]T (len is an Ellipsis), or []T (len is null)
  NODE_CLASSOF(ArrayType)
  Expr* len;
  Expr* elem;
  ArrayType(Pos p, Expr* l, Expr* e) : Expr(NodeKind::ArrayType, p), len(l), elem(e) {}
};
struct Field {
  llvm::ArrayRef<Ident*> names;  // empty for anonymous fields / unnamed parameters
  Expr* type;
  BasicLit* tag = nullptr;
};
struct StructType : Expr {
  NODE_CLASSOF(StructType)
  llvm::ArrayRef<Field> fields;
  explicit StructType(Pos p) : Expr(NodeKind::StructType, p) {}
};
struct FuncType : Expr {
  NODE_CLASSOF(FuncType)
  llvm::ArrayRef<Field> typeParams;
  llvm::ArrayRef<Field> params;
  llvm::ArrayRef<Field> results;
  explicit FuncType(Pos p) : Expr(NodeKind::FuncType, p) {}
};
struct InterfaceType : Expr {
  NODE_CLASSOF(InterfaceType)
  // Methods have one name and a FuncType; embedded elements (types, unions, ~T) have none.
  llvm::ArrayRef<Field> elems;
  explicit InterfaceType(Pos p) : Expr(NodeKind::InterfaceType, p) {}
};
struct MapType : Expr {
  NODE_CLASSOF(MapType)
  Expr* key;
  Expr* value;
  MapType(Pos p, Expr* k, Expr* v) : Expr(NodeKind::MapType, p), key(k), value(v) {}
};
enum class ChanDir : uint8_t { Both, Send, Recv };
struct ChanType : Expr {
  NODE_CLASSOF(ChanType)
  ChanDir dir;
  Expr* elem;
  ChanType(Pos p, ChanDir d, Expr* e) : Expr(NodeKind::ChanType, p), dir(d), elem(e) {}
};
struct Ellipsis : Expr {  // ...T in a variadic parameter, or [...] in an array type
  NODE_CLASSOF(Ellipsis)
  Expr* elem;
  Ellipsis(Pos p, Expr* e) : Expr(NodeKind::Ellipsis, p), elem(e) {}
};

// ---- Statements ----
struct BadStmt : Stmt {
  NODE_CLASSOF(BadStmt)
  explicit BadStmt(Pos p) : Stmt(NodeKind::BadStmt, p) {}
};
struct GenDecl;
struct DeclStmt : Stmt {
  NODE_CLASSOF(DeclStmt)
  GenDecl* decl;
  DeclStmt(Pos p, GenDecl* d) : Stmt(NodeKind::DeclStmt, p), decl(d) {}
};
struct EmptyStmt : Stmt {
  NODE_CLASSOF(EmptyStmt)
  explicit EmptyStmt(Pos p) : Stmt(NodeKind::EmptyStmt, p) {}
};
struct LabeledStmt : Stmt {
  NODE_CLASSOF(LabeledStmt)
  Ident* label;
  Stmt* stmt;
  LabeledStmt(Pos p, Ident* l, Stmt* s) : Stmt(NodeKind::LabeledStmt, p), label(l), stmt(s) {}
};
struct ExprStmt : Stmt {
  NODE_CLASSOF(ExprStmt)
  Expr* x;
  ExprStmt(Pos p, Expr* e) : Stmt(NodeKind::ExprStmt, p), x(e) {}
};
struct SendStmt : Stmt {
  NODE_CLASSOF(SendStmt)
  Expr* chan;
  Expr* value;
  SendStmt(Pos p, Expr* c, Expr* v) : Stmt(NodeKind::SendStmt, p), chan(c), value(v) {}
};
struct IncDecStmt : Stmt {
  NODE_CLASSOF(IncDecStmt)
  Expr* x;
  Tok op;  // Inc or Dec
  IncDecStmt(Pos p, Expr* e, Tok o) : Stmt(NodeKind::IncDecStmt, p), x(e), op(o) {}
};
struct AssignStmt : Stmt {
  NODE_CLASSOF(AssignStmt)
  llvm::ArrayRef<Expr*> lhs;
  Tok op;  // Assign, Define, or an op-assign
  llvm::ArrayRef<Expr*> rhs;
  AssignStmt(Pos p, Tok o) : Stmt(NodeKind::AssignStmt, p), op(o) {}
};
struct GoStmt : Stmt {
  NODE_CLASSOF(GoStmt)
  CallExpr* call;
  GoStmt(Pos p, CallExpr* c) : Stmt(NodeKind::GoStmt, p), call(c) {}
};
struct DeferStmt : Stmt {
  NODE_CLASSOF(DeferStmt)
  CallExpr* call;
  DeferStmt(Pos p, CallExpr* c) : Stmt(NodeKind::DeferStmt, p), call(c) {}
};
struct ReturnStmt : Stmt {
  NODE_CLASSOF(ReturnStmt)
  llvm::ArrayRef<Expr*> results;
  explicit ReturnStmt(Pos p) : Stmt(NodeKind::ReturnStmt, p) {}
};
struct BranchStmt : Stmt {  // break, continue, goto, fallthrough
  NODE_CLASSOF(BranchStmt)
  Tok op;
  Ident* label;
  BranchStmt(Pos p, Tok o, Ident* l) : Stmt(NodeKind::BranchStmt, p), op(o), label(l) {}
};
struct BlockStmt : Stmt {
  NODE_CLASSOF(BlockStmt)
  llvm::ArrayRef<Stmt*> stmts;
  Pos rbrace;
  explicit BlockStmt(Pos p) : Stmt(NodeKind::BlockStmt, p) {}
};
struct IfStmt : Stmt {
  NODE_CLASSOF(IfStmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* els = nullptr;  // an IfStmt or a BlockStmt
  explicit IfStmt(Pos p) : Stmt(NodeKind::IfStmt, p) {}
};
struct CaseClause : Stmt {
  NODE_CLASSOF(CaseClause)
  llvm::ArrayRef<Expr*> list;  // empty for default
  bool isDefault = false;
  llvm::ArrayRef<Stmt*> body;
  Pos colon;
  explicit CaseClause(Pos p) : Stmt(NodeKind::CaseClause, p) {}
};
struct SwitchStmt : Stmt {
  NODE_CLASSOF(SwitchStmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;
  llvm::ArrayRef<CaseClause*> clauses;
  Pos rbrace;
  explicit SwitchStmt(Pos p) : Stmt(NodeKind::SwitchStmt, p) {}
};
struct TypeSwitchStmt : Stmt {
  NODE_CLASSOF(TypeSwitchStmt)
  Stmt* init = nullptr;
  Ident* binding = nullptr;         // v in `switch v := x.(type)`
  TypeAssertExpr* guard = nullptr;  // x.(type)
  llvm::ArrayRef<CaseClause*> clauses;
  Pos rbrace;
  explicit TypeSwitchStmt(Pos p) : Stmt(NodeKind::TypeSwitchStmt, p) {}
};
struct CommClause : Stmt {
  NODE_CLASSOF(CommClause)
  Stmt* comm = nullptr;  // send or receive; null for default
  llvm::ArrayRef<Stmt*> body;
  explicit CommClause(Pos p) : Stmt(NodeKind::CommClause, p) {}
};
struct SelectStmt : Stmt {
  NODE_CLASSOF(SelectStmt)
  llvm::ArrayRef<CommClause*> clauses;
  explicit SelectStmt(Pos p) : Stmt(NodeKind::SelectStmt, p) {}
};
struct ForStmt : Stmt {
  NODE_CLASSOF(ForStmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  explicit ForStmt(Pos p) : Stmt(NodeKind::ForStmt, p) {}
};
struct RangeStmt : Stmt {
  NODE_CLASSOF(RangeStmt)
  Expr* key = nullptr;
  Expr* value = nullptr;
  Tok op = Tok::Assign;  // Define, Assign, or Illegal(EOF) when there is no key
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  explicit RangeStmt(Pos p) : Stmt(NodeKind::RangeStmt, p) {}
};

// ---- Declarations ----
struct ImportSpec : Decl {
  NODE_CLASSOF(ImportSpec)
  Ident* name;  // null, `.`, `_`, or a local name
  BasicLit* path;
  ImportSpec(Pos p, Ident* n, BasicLit* path_)
      : Decl(NodeKind::ImportSpec, p), name(n), path(path_) {}
};
struct ValueSpec : Decl {  // one line of a var or const declaration
  NODE_CLASSOF(ValueSpec)
  llvm::ArrayRef<Ident*> names;
  Expr* type = nullptr;
  llvm::ArrayRef<Expr*> values;
  int iota = 0;  // index within the const group
  explicit ValueSpec(Pos p) : Decl(NodeKind::ValueSpec, p) {}
};
struct TypeSpec : Decl {
  NODE_CLASSOF(TypeSpec)
  Ident* name;
  llvm::ArrayRef<Field> typeParams;
  bool alias = false;
  Expr* type = nullptr;
  TypeSpec(Pos p, Ident* n) : Decl(NodeKind::TypeSpec, p), name(n) {}
};
struct GenDecl : Decl {
  NODE_CLASSOF(GenDecl)
  Tok tok;  // Import, Const, Type, Var
  llvm::ArrayRef<Decl*> specs;
  GenDecl(Pos p, Tok t) : Decl(NodeKind::GenDecl, p), tok(t) {}
};
struct FuncDecl : Decl {
  NODE_CLASSOF(FuncDecl)
  Field* recv = nullptr;
  Ident* name;
  FuncType* type;
  BlockStmt* body = nullptr;  // null for a function implemented elsewhere
  llvm::StringRef linkname;   // from //go:linkname, if any
  bool noinline = false;
  FuncDecl(Pos p, Ident* n, FuncType* t) : Decl(NodeKind::FuncDecl, p), name(n), type(t) {}
};

#undef NODE_CLASSOF

// One parsed source file.
struct File {
  uint32_t fileId = 0;
  Ident* packageName = nullptr;
  llvm::ArrayRef<ImportSpec*> imports;
  llvm::ArrayRef<Decl*> decls;  // GenDecls and FuncDecls in source order
};

// Owns the nodes of one or more files.
class AstArena {
 public:
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    return new (alloc_.Allocate<T>()) T(std::forward<Args>(args)...);
  }
  template <typename T>
  llvm::ArrayRef<T> copy(llvm::ArrayRef<T> items) {
    if (items.empty()) return {};
    T* mem = alloc_.Allocate<T>(items.size());
    std::uninitialized_copy(items.begin(), items.end(), mem);
    return {mem, items.size()};
  }

 private:
  llvm::BumpPtrAllocator alloc_;
};

}  // namespace ergo::syntax
