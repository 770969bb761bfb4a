// The one printer of expressions and types, in two styles: gc's compact form for
// diagnostics (exprString) and full Go source that reparses to the same tree (the base of
// print_source.cpp's file printer, which adds statements and declarations).
#pragma once

#include <string>

#include "syntax/ast.h"

namespace ergo::syntax {

enum class ExprStyle {
  // gc's short form (syntax.String, as types2's messages print expressions):
  // `func(x int) {…}`, `T{…}`, `interface{…}`, struct fields on one line without tags;
  // no parentheses beyond the source's own ParenExprs.
  Compact,
  // Everything, on one line except struct and interface members, with the parentheses the
  // tree's shape needs to parse back the same (operator precedence, `(*p).f`, ...).
  Source,
};

class ExprPrinter {
 public:
  ExprPrinter(const Ast& ast, ExprStyle style) : ast_(ast), style_(style) {}
  virtual ~ExprPrinter() = default;
  ExprPrinter(const ExprPrinter&) = delete;
  ExprPrinter& operator=(const ExprPrinter&) = delete;

  std::string out;

  void expr(const Expr* e);
  void expr(Ref<Expr> e) { expr(ast_.get(e)); }

 protected:
  const Ast& ast_;
  unsigned depth_ = 0;  // tab indentation after a newline

  bool source() const { return style_ == ExprStyle::Source; }
  void newline();

  void name(Ref<Ident> id) { out += ast_.str(ast_.get(id)->name); }
  void names(List<Ref<Ident>> refs);
  void exprList(List<Ref<Expr>> refs);
  void fields(List<Field> refs, const char* sep);
  void field(const Field& f, bool method);
  // [typeparams](params) results, without the `func` keyword.
  void signature(const FuncType* t);
  void signature(Ref<FuncType> t) { signature(ast_.get(t)); }

  // A function literal's body: `{…}` in the compact style; the source printer prints the
  // statements.
  virtual void funcLitBody(const BlockStmt* body);

 private:
  const ExprStyle style_;

  void parenthesised(const Expr* e, bool paren);
  void primary(const Expr* e);
  void operand(const Expr* e, int prec, bool right);
  void unaryOperand(const Expr* x);
  void memberBlock(List<Field> refs, bool methods);
};

}  // namespace ergo::syntax
