// Prints a whole File back as Go source. The aim is a text that parses to the same tree
// (the canonical dump without positions), not gofmt's layout: statements one per line with
// tab indentation, expressions on one line, every group declaration parenthesised. Parens
// the source had are ParenExpr nodes and print as such; others are added only where the
// tree's shape needs them. Expressions and types are ExprPrinter's (source style); this
// printer adds statements and declarations.
#include "syntax/expr_printer.h"
#include "syntax/printer.h"

namespace ergo::syntax {

namespace {

class SourcePrinter : public ExprPrinter {
 public:
  explicit SourcePrinter(const Ast& ast) : ExprPrinter(ast, ExprStyle::Source) {}

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
  // The store's links, followed.
  void stmt(Ref<Stmt> s) { stmt(ast_.get(s)); }
  void decl(Ref<Decl> d) { decl(ast_.get(d)); }
  void block(Ref<BlockStmt> b) { block(ast_.get(b)); }
  void header(Ref<Stmt> init) { header(ast_.get(init)); }

  void funcLitBody(const BlockStmt* body) override { stmt(body); }

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
