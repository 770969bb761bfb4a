#include "syntax/expr_printer.h"

#include "syntax/printer.h"

namespace ergo::syntax {

namespace {

// Binary operator precedence as in the Go spec (5 binds tightest).
int precedence(Tok op) {
  switch (op) {
    case Tok::Mul:
    case Tok::Quo:
    case Tok::Rem:
    case Tok::Shl:
    case Tok::Shr:
    case Tok::And:
    case Tok::AndNot:
      return 5;
    case Tok::Add:
    case Tok::Sub:
    case Tok::Or:
    case Tok::Xor:
      return 4;
    case Tok::LogAnd:
      return 2;
    case Tok::LogOr:
      return 1;
    default:
      return isComparison(op) ? 3 : 5;
  }
}

}  // namespace

void ExprPrinter::newline() {
  out += '\n';
  out.append(depth_, '\t');
}

void ExprPrinter::names(List<Ref<Ident>> refs) {
  auto list = ast_.nodes(refs);
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += ", ";
    out += ast_.str(list[i]->name);
  }
}

void ExprPrinter::exprList(List<Ref<Expr>> refs) {
  auto list = ast_.nodes(refs);
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += ", ";
    expr(list[i]);
  }
}

void ExprPrinter::fields(List<Field> refs, const char* sep) {
  llvm::ArrayRef<Field> list = ast_.get(refs);
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += sep;
    field(list[i], false);
  }
}

// Struct tags, like interface methods, only come out in the source style.
void ExprPrinter::field(const Field& f, bool method) {
  names(f.names);
  if (method && !f.names.empty()) {
    signature(llvm::cast<FuncType>(ast_.get(f.type)));  // a method: name(params) results
  } else {
    if (!f.names.empty()) out += " ";
    expr(f.type);
  }
  if (f.tag && source()) {
    out += " ";
    expr(f.tag);
  }
}

void ExprPrinter::signature(const FuncType* t) {
  if (!t->typeParams.empty() && source()) {
    out += "[";
    fields(t->typeParams, ", ");
    out += "]";
  }
  out += "(";
  fields(t->params, ", ");
  out += ")";
  llvm::ArrayRef<Field> results = ast_.get(t->results);
  if (results.size() == 1 && results[0].names.empty()) {
    out += " ";
    expr(results[0].type);
  } else if (!t->results.empty()) {
    out += " (";
    fields(t->results, ", ");
    out += ")";
  }
}

void ExprPrinter::funcLitBody(const BlockStmt*) {
  out += "{…}";
}

void ExprPrinter::parenthesised(const Expr* e, bool paren) {
  if (paren) out += "(";
  expr(e);
  if (paren) out += ")";
}

// The x of x.f, x[i], x(...), x.(T): a primary expression, so in the source style unary and
// binary expressions need parentheses, and so does a func type without results, whose
// suffix `(...)` would read as its results. `chan int(c)` and `func() int(f)` need none.
void ExprPrinter::primary(const Expr* e) {
  auto* ft = llvm::dyn_cast_if_present<FuncType>(e);
  parenthesised(e, source() && (llvm::isa_and_present<UnaryExpr, BinaryExpr, StarExpr>(e) ||
                                (ft && ft->results.empty())));
}

// An operand of a binary expression at precedence `prec`: in the source style parenthesised
// if it binds more loosely (or equally, on the right: operators associate to the left).
void ExprPrinter::operand(const Expr* e, int prec, bool right) {
  auto* b = llvm::dyn_cast_if_present<BinaryExpr>(e);
  int p = b ? precedence(b->op) : 6;
  parenthesised(e, source() && (p < prec || (right && p == prec)));
}

// The operand of a prefix operator. In the source style binary expressions need
// parentheses, and a space keeps `- -x` and `& &x` from lexing as `--` or `&&`.
void ExprPrinter::unaryOperand(const Expr* x) {
  if (source() && llvm::isa_and_present<UnaryExpr>(x)) out += " ";
  parenthesised(x, source() && llvm::isa_and_present<BinaryExpr>(x));
}

// A struct's fields or an interface's elements, one per line (the source style).
void ExprPrinter::memberBlock(List<Field> refs, bool methods) {
  llvm::ArrayRef<Field> list = ast_.get(refs);
  out += "{";
  if (list.empty()) {
    out += "}";
    return;
  }
  ++depth_;
  for (const Field& f : list) {
    newline();
    field(f, methods);
  }
  --depth_;
  newline();
  out += "}";
}

void ExprPrinter::expr(const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case NodeKind::BadExpr:
      out += "_";
      return;
    case NodeKind::Ident:
      out += ast_.str(llvm::cast<Ident>(e)->name);
      return;
    case NodeKind::BasicLit:
      out += ast_.str(llvm::cast<BasicLit>(e)->text);
      return;
    case NodeKind::CompositeLit: {
      auto* c = llvm::cast<CompositeLit>(e);
      expr(c->type);
      out += "{";
      if (source())
        exprList(c->elts);
      else if (!c->elts.empty())
        out += "…";
      out += "}";
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = llvm::cast<KeyValueExpr>(e);
      expr(kv->key);
      out += ": ";
      expr(kv->value);
      return;
    }
    case NodeKind::FuncLit: {
      auto* f = llvm::cast<FuncLit>(e);
      out += "func";
      signature(f->type);
      out += " ";
      funcLitBody(ast_.get(f->body));
      return;
    }
    case NodeKind::ParenExpr:
      parenthesised(ast_.get(llvm::cast<ParenExpr>(e)->x), true);
      return;
    case NodeKind::SelectorExpr: {
      auto* s = llvm::cast<SelectorExpr>(e);
      primary(ast_.get(s->x));
      out += ".";
      name(s->sel);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* ix = llvm::cast<IndexExpr>(e);
      primary(ast_.get(ix->x));
      out += "[";
      exprList(ix->indices);
      out += "]";
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = llvm::cast<SliceExpr>(e);
      primary(ast_.get(s->x));
      out += "[";
      expr(s->lo);
      out += ":";
      expr(s->hi);
      if (s->slice3) {
        out += ":";
        expr(s->max);
      }
      out += "]";
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = llvm::cast<TypeAssertExpr>(e);
      primary(ast_.get(t->x));
      out += ".(";
      if (t->type)
        expr(t->type);
      else
        out += "type";
      out += ")";
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = llvm::cast<CallExpr>(e);
      primary(ast_.get(c->fun));
      out += "(";
      exprList(c->args);
      if (c->hasDots) {
        // `10...` would lex as the float `10.` and `..`.
        if (source() && !c->args.empty() &&
            llvm::isa<BasicLit>(ast_.nodes(c->args)[c->args.size - 1]))
          out += " ";
        out += "...";
      }
      out += ")";
      return;
    }
    case NodeKind::StarExpr:
      out += "*";
      unaryOperand(ast_.get(llvm::cast<StarExpr>(e)->x));
      return;
    case NodeKind::UnaryExpr: {
      auto* u = llvm::cast<UnaryExpr>(e);
      out += tokSpelling(u->op);
      unaryOperand(ast_.get(u->x));
      return;
    }
    case NodeKind::BinaryExpr: {
      auto* b = llvm::cast<BinaryExpr>(e);
      int p = precedence(b->op);
      operand(ast_.get(b->x), p, false);
      out += " ";
      out += tokSpelling(b->op);
      out += " ";
      operand(ast_.get(b->y), p, true);
      return;
    }
    case NodeKind::ArrayType: {
      auto* a = llvm::cast<ArrayType>(e);
      out += "[";
      expr(a->len);
      out += "]";
      expr(a->elem);
      return;
    }
    case NodeKind::StructType: {
      auto* s = llvm::cast<StructType>(e);
      if (source()) {
        out += "struct ";
        memberBlock(s->fields, false);
      } else {
        out += "struct{";
        fields(s->fields, "; ");
        out += "}";
      }
      return;
    }
    case NodeKind::FuncType:
      out += "func";
      signature(llvm::cast<FuncType>(e));
      return;
    case NodeKind::InterfaceType: {
      auto* i = llvm::cast<InterfaceType>(e);
      if (source()) {
        out += "interface ";
        memberBlock(i->elems, true);
      } else {
        out += i->elems.empty() ? "interface{}" : "interface{…}";
      }
      return;
    }
    case NodeKind::MapType: {
      auto* m = llvm::cast<MapType>(e);
      out += "map[";
      expr(m->key);
      out += "]";
      expr(m->value);
      return;
    }
    case NodeKind::ChanType: {
      auto* c = llvm::cast<ChanType>(e);
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      // `chan <-chan T` would read as `chan<- chan T`: that element needs parentheses.
      auto* inner = llvm::dyn_cast_if_present<ChanType>(ast_.get(c->elem));
      parenthesised(ast_.get(c->elem),
                    source() && inner && inner->dir == ChanDir::Recv && c->dir == ChanDir::Both);
      return;
    }
    case NodeKind::Ellipsis:
      out += "...";
      expr(llvm::cast<Ellipsis>(e)->elem);
      return;
    default:
      out += source() ? "/* ? */" : "?";
  }
}

std::string exprString(const Ast& ast, const Expr* e) {
  ExprPrinter p(ast, ExprStyle::Compact);
  p.expr(e);
  return std::move(p.out);
}

}  // namespace ergo::syntax
