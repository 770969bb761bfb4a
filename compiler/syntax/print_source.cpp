// Prints a whole File back as Go source. The aim is a text that parses to the same tree
// (the canonical dump without positions), not gofmt's layout: statements one per line with
// tab indentation, expressions on one line, every group declaration parenthesised. Parens
// the source had are ParenExpr nodes and print as such; others are added only where the
// tree's shape needs them.
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

class SourcePrinter {
 public:
  explicit SourcePrinter(const Ast& ast) : ast_(ast) {}
  std::string out;

  void file(const File& f) {
    out += "package ";
    if (f.packageName) name(f.packageName);
    out += "\n";
    for (const Decl* d : ast_.nodes(f.decls)) {
      out += "\n";
      decl(d);
      out += "\n";
    }
  }

 private:
  const Ast& ast_;
  unsigned depth_ = 0;

  // The store's links, followed.
  void name(Ref<Ident> id) { out += ast_.str(ast_.get(id)->name); }
  void expr(Ref<Expr> e) { expr(ast_.get(e)); }
  void stmt(Ref<Stmt> s) { stmt(ast_.get(s)); }
  void decl(Ref<Decl> d) { decl(ast_.get(d)); }
  void block(Ref<BlockStmt> b) { block(ast_.get(b)); }
  void signature(Ref<FuncType> t) { signature(ast_.get(t)); }
  void primary(Ref<Expr> e) { primary(ast_.get(e)); }
  void unaryOperand(Ref<Expr> e) { unaryOperand(ast_.get(e)); }
  void operand(Ref<Expr> e, int prec, bool right) { operand(ast_.get(e), prec, right); }
  void header(Ref<Stmt> init) { header(ast_.get(init)); }

  void newline() {
    out += '\n';
    out.append(depth_, '\t');
  }

  // ---- declarations ----

  void decl(const Decl* d) {
    switch (d->kind) {
      case NodeKind::GenDecl: {
        auto* g = llvm::cast<GenDecl>(d);
        out += tokSpelling(g->tok);
        out += " (";
        ++depth_;
        for (const Decl* s : ast_.nodes(g->specs)) {
          newline();
          decl(s);
        }
        --depth_;
        newline();
        out += ")";
        return;
      }
      case NodeKind::ImportSpec: {
        auto* i = llvm::cast<ImportSpec>(d);
        if (i->name) {
          name(i->name);
          out += " ";
        }
        expr(i->path);
        return;
      }
      case NodeKind::ValueSpec: {
        auto* v = llvm::cast<ValueSpec>(d);
        names(v->names);
        if (v->type) {
          out += " ";
          expr(v->type);
        }
        if (!v->values.empty()) {
          out += " = ";
          exprList(v->values);
        }
        return;
      }
      case NodeKind::TypeSpec: {
        auto* t = llvm::cast<TypeSpec>(d);
        name(t->name);
        if (!t->typeParams.empty()) {
          // The trailing comma keeps `[P *C]` from reading as an array length.
          out += "[";
          fields(t->typeParams, ", ");
          out += ",]";
        }
        out += t->alias ? " = " : " ";
        expr(t->type);
        return;
      }
      case NodeKind::FuncDecl: {
        auto* f = llvm::cast<FuncDecl>(d);
        out += "func ";
        if (!f->recv.empty()) {
          out += "(";
          fields(f->recv, ", ");
          out += ") ";
        }
        name(f->name);
        signature(f->type);
        if (f->body) {
          out += " ";
          stmt(f->body);
        }
        return;
      }
      default:
        out += "/* ? */";
    }
  }

  void names(List<Ref<Ident>> refs) {
    auto list = ast_.nodes(refs);
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      out += ast_.str(list[i]->name);
    }
  }

  void fields(List<Field> refs, const char* sep) {
    llvm::ArrayRef<Field> list = ast_.get(refs);
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += sep;
      field(list[i], false);
    }
  }

  void field(const Field& f, bool method) {
    names(f.names);
    if (method && !f.names.empty()) {
      signature(llvm::cast<FuncType>(ast_.get(f.type)));  // a method: name(params) results
    } else {
      if (!f.names.empty()) out += " ";
      expr(f.type);
    }
    if (f.tag) {
      out += " ";
      expr(f.tag);
    }
  }

  // [typeparams](params) results, without the `func` keyword.
  void signature(const FuncType* t) {
    if (!t->typeParams.empty()) {
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

  // A struct's fields or an interface's elements, one per line.
  void memberBlock(List<Field> refs, bool methods) {
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

  // ---- expressions ----

  void exprList(List<Ref<Expr>> refs) {
    auto list = ast_.nodes(refs);
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      expr(list[i]);
    }
  }

  // An operand of a binary expression at precedence `prec`: parenthesised if it binds
  // more loosely (or equally, on the right: operators associate to the left).
  void operand(const Expr* e, int prec, bool right) {
    auto* b = llvm::dyn_cast<BinaryExpr>(e);
    int p = b ? precedence(b->op) : 6;
    if (p < prec || (right && p == prec)) {
      out += "(";
      expr(e);
      out += ")";
    } else {
      expr(e);
    }
  }

  // The x of x.f, x[i], x(...), x.(T): a primary expression, so unary and binary
  // expressions need parentheses, and so does a func type without results, whose suffix
  // `(...)` would read as its results. `chan int(c)` and `func() int(f)` need none.
  void primary(const Expr* e) {
    auto* ft = llvm::dyn_cast<FuncType>(e);
    if (llvm::isa<UnaryExpr, BinaryExpr, StarExpr>(e) || (ft && ft->results.empty())) {
      out += "(";
      expr(e);
      out += ")";
      return;
    }
    expr(e);
  }

  void expr(const Expr* e) {
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
        if (c->type) expr(c->type);
        out += "{";
        exprList(c->elts);
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
        stmt(f->body);
        return;
      }
      case NodeKind::ParenExpr:
        out += "(";
        expr(llvm::cast<ParenExpr>(e)->x);
        out += ")";
        return;
      case NodeKind::SelectorExpr: {
        auto* s = llvm::cast<SelectorExpr>(e);
        primary(s->x);
        out += ".";
        name(s->sel);
        return;
      }
      case NodeKind::IndexExpr: {
        auto* ix = llvm::cast<IndexExpr>(e);
        primary(ix->x);
        out += "[";
        exprList(ix->indices);
        out += "]";
        return;
      }
      case NodeKind::SliceExpr: {
        auto* s = llvm::cast<SliceExpr>(e);
        primary(s->x);
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
        primary(t->x);
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
        primary(c->fun);
        out += "(";
        exprList(c->args);
        if (c->hasDots) {
          // `10...` would lex as the float `10.` and `..`.
          if (!c->args.empty() && llvm::isa<BasicLit>(ast_.nodes(c->args)[c->args.size - 1]))
            out += " ";
          out += "...";
        }
        out += ")";
        return;
      }
      case NodeKind::StarExpr:
        out += "*";
        unaryOperand(llvm::cast<StarExpr>(e)->x);
        return;
      case NodeKind::UnaryExpr: {
        auto* u = llvm::cast<UnaryExpr>(e);
        out += tokSpelling(u->op);
        unaryOperand(u->x);
        return;
      }
      case NodeKind::BinaryExpr: {
        auto* b = llvm::cast<BinaryExpr>(e);
        int p = precedence(b->op);
        operand(b->x, p, false);
        out += " ";
        out += tokSpelling(b->op);
        out += " ";
        operand(b->y, p, true);
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
      case NodeKind::StructType:
        out += "struct ";
        memberBlock(llvm::cast<StructType>(e)->fields, false);
        return;
      case NodeKind::FuncType:
        out += "func";
        signature(llvm::cast<FuncType>(e));
        return;
      case NodeKind::InterfaceType:
        out += "interface ";
        memberBlock(llvm::cast<InterfaceType>(e)->elems, true);
        return;
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
        auto* inner = llvm::dyn_cast<ChanType>(ast_.get(c->elem));
        bool paren = inner && inner->dir == ChanDir::Recv && c->dir == ChanDir::Both;
        if (paren) out += "(";
        expr(c->elem);
        if (paren) out += ")";
        return;
      }
      case NodeKind::Ellipsis:
        out += "...";
        expr(llvm::cast<Ellipsis>(e)->elem);
        return;
      default:
        out += "/* ? */";
    }
  }

  // The operand of a prefix operator: binary expressions need parentheses, and a space
  // keeps `- -x` and `& &x` from lexing as `--` or `&&`.
  void unaryOperand(const Expr* x) {
    if (llvm::isa<BinaryExpr>(x)) {
      out += "(";
      expr(x);
      out += ")";
      return;
    }
    if (llvm::isa<UnaryExpr>(x)) out += " ";
    expr(x);
  }

  // ---- statements ----

  void stmtList(List<Ref<Stmt>> list) {
    ++depth_;
    for (const Stmt* s : ast_.nodes(list)) {
      newline();
      stmt(s);
    }
    --depth_;
  }

  void block(const BlockStmt* b) {
    out += "{";
    stmtList(b->stmts);
    newline();
    out += "}";
  }

  // `init; ` before a header's expression, if there is an init statement.
  void header(const Stmt* init) {
    if (!init) return;
    stmt(init);
    out += "; ";
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case NodeKind::BadStmt:
        out += "/* bad */";
        return;
      case NodeKind::DeclStmt:
        decl(llvm::cast<DeclStmt>(s)->decl);
        return;
      case NodeKind::EmptyStmt:
        out += ";";
        return;
      case NodeKind::LabeledStmt: {
        auto* l = llvm::cast<LabeledStmt>(s);
        name(l->label);
        out += ":";
        newline();
        stmt(l->stmt);
        return;
      }
      case NodeKind::ExprStmt:
        expr(llvm::cast<ExprStmt>(s)->x);
        return;
      case NodeKind::SendStmt: {
        auto* e = llvm::cast<SendStmt>(s);
        expr(e->chan);
        out += " <- ";
        expr(e->value);
        return;
      }
      case NodeKind::IncDecStmt: {
        auto* e = llvm::cast<IncDecStmt>(s);
        expr(e->x);
        out += tokSpelling(e->op);
        return;
      }
      case NodeKind::AssignStmt: {
        auto* a = llvm::cast<AssignStmt>(s);
        exprList(a->lhs);
        out += " ";
        out += tokSpelling(a->op);
        out += " ";
        exprList(a->rhs);
        return;
      }
      case NodeKind::GoStmt:
        out += "go ";
        expr(llvm::cast<GoStmt>(s)->call);
        return;
      case NodeKind::DeferStmt:
        out += "defer ";
        expr(llvm::cast<DeferStmt>(s)->call);
        return;
      case NodeKind::ReturnStmt: {
        auto* r = llvm::cast<ReturnStmt>(s);
        out += "return";
        if (!r->results.empty()) {
          out += " ";
          exprList(r->results);
        }
        return;
      }
      case NodeKind::BranchStmt: {
        auto* b = llvm::cast<BranchStmt>(s);
        out += tokSpelling(b->op);
        if (b->label) {
          out += " ";
          name(b->label);
        }
        return;
      }
      case NodeKind::BlockStmt:
        block(llvm::cast<BlockStmt>(s));
        return;
      case NodeKind::IfStmt: {
        auto* i = llvm::cast<IfStmt>(s);
        out += "if ";
        header(i->init);
        expr(i->cond);
        out += " ";
        block(i->then);
        if (i->els) {
          out += " else ";
          stmt(i->els);
        }
        return;
      }
      case NodeKind::CaseClause: {
        auto* c = llvm::cast<CaseClause>(s);
        if (c->isDefault) {
          out += "default:";
        } else {
          out += "case ";
          exprList(c->list);
          out += ":";
        }
        stmtList(c->body);
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* sw = llvm::cast<SwitchStmt>(s);
        out += "switch ";
        header(sw->init);
        if (sw->tag) {
          expr(sw->tag);
          out += " ";
        }
        clauses(sw->clauses);
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* ts = llvm::cast<TypeSwitchStmt>(s);
        out += "switch ";
        header(ts->init);
        if (ts->binding) {
          name(ts->binding);
          out += " := ";
        }
        expr(ts->guard);
        out += " ";
        clauses(ts->clauses);
        return;
      }
      case NodeKind::CommClause: {
        auto* c = llvm::cast<CommClause>(s);
        if (c->comm) {
          out += "case ";
          stmt(c->comm);
          out += ":";
        } else {
          out += "default:";
        }
        stmtList(c->body);
        return;
      }
      case NodeKind::SelectStmt: {
        auto* sel = llvm::cast<SelectStmt>(s);
        out += "select ";
        clauses(sel->clauses);
        return;
      }
      case NodeKind::ForStmt: {
        auto* f = llvm::cast<ForStmt>(s);
        out += "for ";
        if (f->init || f->post) {
          if (f->init) stmt(f->init);
          out += "; ";
          expr(f->cond);
          out += "; ";
          if (f->post) stmt(f->post);
          out += " ";
        } else if (f->cond) {
          expr(f->cond);
          out += " ";
        }
        block(f->body);
        return;
      }
      case NodeKind::RangeStmt: {
        auto* r = llvm::cast<RangeStmt>(s);
        out += "for ";
        if (r->key) {
          expr(r->key);
          if (r->value) {
            out += ", ";
            expr(r->value);
          }
          out += " ";
          out += tokSpelling(r->op);
          out += " ";
        }
        out += "range ";
        expr(r->x);
        out += " ";
        block(r->body);
        return;
      }
      default:
        out += "/* ? */";
    }
  }

  // The case or comm clauses of a switch or select, at the switch's own indentation.
  template <typename Clause>
  void clauses(List<Ref<Clause>> list) {
    out += "{";
    for (const Stmt* c : ast_.nodes(list)) {
      newline();
      stmt(c);
    }
    newline();
    out += "}";
  }
};

}  // namespace

std::string fileSource(const Ast& ast, const File& file) {
  SourcePrinter p(ast);
  p.file(file);
  return std::move(p.out);
}

}  // namespace ergo::syntax
