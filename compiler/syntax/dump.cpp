#include "syntax/dump.h"

#include <string>

#include "llvm/Support/Format.h"

namespace ergo::syntax {

std::string dumpEscape(llvm::StringRef value) {
  std::string s;
  static const char hex[] = "0123456789abcdef";
  for (unsigned char c : value) {
    switch (c) {
      case '\\':
        s += "\\\\";
        break;
      case '\n':
        s += "\\n";
        break;
      case '\r':
        s += "\\r";
        break;
      case '\t':
        s += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          s += "\\x";
          s += hex[c >> 4];
          s += hex[c & 15];
        } else {
          s += static_cast<char>(c);
        }
    }
  }
  return s;
}

namespace {

// Writes the lines; `depth` is the indentation (two spaces a level) of the next line.
class Dumper {
 public:
  Dumper(const Ast& ast, const SourceFiles& sources, llvm::raw_ostream& out, bool positions)
      : ast_(ast), sources_(sources), out_(out), positions_(positions) {}

  void file(const File& f) {
    line("File", Pos{});
    Nest n(*this);
    if (f.packageName) expr(f.packageName);
    for (const Decl* d : ast_.nodes(f.decls)) decl(d);
  }

 private:
  struct Nest {
    explicit Nest(Dumper& d) : d(d) { ++d.depth_; }
    ~Nest() { --d.depth_; }
    Dumper& d;
  };

  // Starts a node's line: indentation, kind, position; the caller appends attributes.
  llvm::raw_ostream& start(llvm::StringRef kind, Pos pos) {
    out_.indent(2 * depth_) << kind;
    if (!positions_) return out_;
    out_ << ' ';
    if (pos.valid()) {
      LineCol lc = sources_.lineCol(pos);
      out_ << lc.line << ':' << lc.col;
    } else {
      out_ << '-';
    }
    return out_;
  }
  void line(llvm::StringRef kind, Pos pos) { start(kind, pos) << '\n'; }

  // go/ast's Pos() of an expression is its leftmost token; ergo records the same.
  Pos exprPos(Ref<Expr> e) const { return ast_.get(e)->pos; }
  template <typename T>
  Pos posOf(Ref<T> r) const {
    return ast_.get(r)->pos;
  }
  void expr(Ref<Expr> e) { expr(ast_.get(e)); }
  void stmt(Ref<Stmt> s) { stmt(ast_.get(s)); }
  void decl(Ref<Decl> d) { decl(ast_.get(d)); }

  void fieldList(llvm::StringRef role, List<Field> fields, bool methods = false) {
    if (fields.empty()) return;  // go/ast has nil or empty lists here; both are left out
    start("FieldList", Pos{}) << ' ' << role << '\n';
    Nest n(*this);
    for (const Field& f : ast_.get(fields)) field(f, methods);
  }
  void field(const Field& f, bool method) {
    line("Field", f.names.empty() ? exprPos(f.type) : ast_.nodes(f.names)[0]->pos);
    Nest n(*this);
    for (const Ident* id : ast_.nodes(f.names)) expr(id);
    if (method && !f.names.empty()) {
      // A method's FuncType has no `func` keyword: go/ast places it at the `(`, which
      // ergo does not record, so the dump prints no position.
      funcType(llvm::cast<FuncType>(ast_.get(f.type)), Pos{});
    } else {
      expr(f.type);
    }
    if (f.tag) expr(f.tag);
  }
  void funcType(const FuncType* t, Pos pos) {
    line("FuncType", pos);
    Nest n(*this);
    fieldList("typeparams", t->typeParams);
    fieldList("params", t->params);
    fieldList("results", t->results);
  }

  void exprs(List<Ref<Expr>> list) {
    for (const Expr* e : ast_.nodes(list)) expr(e);
  }

  void expr(const Expr* e) {
    switch (e->kind) {
      case NodeKind::BadExpr:
        line("BadExpr", e->pos);
        return;
      case NodeKind::Ident:
        start("Ident", e->pos) << ' ' << ast_.str(llvm::cast<Ident>(e)->name) << '\n';
        return;
      case NodeKind::BasicLit:
        basicLit(llvm::cast<BasicLit>(e));
        return;
      case NodeKind::CompositeLit: {
        auto* c = llvm::cast<CompositeLit>(e);
        line("CompositeLit", c->pos);
        Nest n(*this);
        if (c->type) expr(c->type);
        exprs(c->elts);
        return;
      }
      case NodeKind::KeyValueExpr: {
        auto* kv = llvm::cast<KeyValueExpr>(e);
        line("KeyValueExpr", exprPos(kv->key));
        Nest n(*this);
        expr(kv->key);
        expr(kv->value);
        return;
      }
      case NodeKind::FuncLit: {
        auto* f = llvm::cast<FuncLit>(e);
        line("FuncLit", f->pos);
        Nest n(*this);
        funcType(ast_.get(f->type), posOf(f->type));
        stmt(f->body);
        return;
      }
      case NodeKind::ParenExpr: {
        line("ParenExpr", e->pos);
        Nest n(*this);
        expr(llvm::cast<ParenExpr>(e)->x);
        return;
      }
      case NodeKind::SelectorExpr: {
        auto* s = llvm::cast<SelectorExpr>(e);
        line("SelectorExpr", exprPos(s->x));
        Nest n(*this);
        expr(s->x);
        expr(s->sel);
        return;
      }
      case NodeKind::IndexExpr: {
        auto* x = llvm::cast<IndexExpr>(e);
        // go/ast has IndexListExpr for instantiations with several type arguments.
        line(x->indices.size == 1 ? "IndexExpr" : "IndexListExpr", exprPos(x->x));
        Nest n(*this);
        expr(x->x);
        exprs(x->indices);
        return;
      }
      case NodeKind::SliceExpr: {
        auto* s = llvm::cast<SliceExpr>(e);
        llvm::raw_ostream& o = start("SliceExpr", exprPos(s->x));
        if (s->lo) o << " lo";
        if (s->hi) o << " hi";
        if (s->max) o << " max";
        o << '\n';
        Nest n(*this);
        expr(s->x);
        if (s->lo) expr(s->lo);
        if (s->hi) expr(s->hi);
        if (s->max) expr(s->max);
        return;
      }
      case NodeKind::TypeAssertExpr: {
        auto* t = llvm::cast<TypeAssertExpr>(e);
        line("TypeAssertExpr", exprPos(t->x));
        Nest n(*this);
        expr(t->x);
        if (t->type) expr(t->type);
        return;
      }
      case NodeKind::CallExpr: {
        auto* c = llvm::cast<CallExpr>(e);
        llvm::raw_ostream& o = start("CallExpr", exprPos(c->fun));
        if (c->hasDots) o << " ...";
        o << '\n';
        Nest n(*this);
        expr(c->fun);
        exprs(c->args);
        return;
      }
      case NodeKind::StarExpr: {
        line("StarExpr", e->pos);
        Nest n(*this);
        expr(llvm::cast<StarExpr>(e)->x);
        return;
      }
      case NodeKind::UnaryExpr: {
        auto* u = llvm::cast<UnaryExpr>(e);
        start("UnaryExpr", u->pos) << ' ' << tokSpelling(u->op) << '\n';
        Nest n(*this);
        expr(u->x);
        return;
      }
      case NodeKind::BinaryExpr: {
        auto* b = llvm::cast<BinaryExpr>(e);
        start("BinaryExpr", exprPos(b->x)) << ' ' << tokSpelling(b->op) << '\n';
        Nest n(*this);
        expr(b->x);
        expr(b->y);
        return;
      }
      case NodeKind::ArrayType: {
        auto* a = llvm::cast<ArrayType>(e);
        line("ArrayType", a->pos);
        Nest n(*this);
        if (a->len) expr(a->len);
        expr(a->elem);
        return;
      }
      case NodeKind::StructType: {
        auto* s = llvm::cast<StructType>(e);
        line("StructType", s->pos);
        Nest n(*this);
        fieldList("fields", s->fields);
        return;
      }
      case NodeKind::FuncType:
        funcType(llvm::cast<FuncType>(e), e->pos);
        return;
      case NodeKind::InterfaceType: {
        auto* it = llvm::cast<InterfaceType>(e);
        line("InterfaceType", it->pos);
        Nest n(*this);
        fieldList("methods", it->elems, /*methods=*/true);
        return;
      }
      case NodeKind::MapType: {
        auto* m = llvm::cast<MapType>(e);
        line("MapType", m->pos);
        Nest n(*this);
        expr(m->key);
        expr(m->value);
        return;
      }
      case NodeKind::ChanType: {
        auto* c = llvm::cast<ChanType>(e);
        const char* dir = c->dir == ChanDir::Send   ? "chan<-"
                          : c->dir == ChanDir::Recv ? "<-chan"
                                                    : "chan";
        start("ChanType", c->pos) << ' ' << dir << '\n';
        Nest n(*this);
        expr(c->elem);
        return;
      }
      case NodeKind::Ellipsis: {
        auto* el = llvm::cast<Ellipsis>(e);
        line("Ellipsis", el->pos);
        Nest n(*this);
        if (el->elem) expr(el->elem);
        return;
      }
      default:
        start("Unknown", e->pos) << '\n';
    }
  }

  void basicLit(const BasicLit* b) {
    const char* kind = "STRING";
    switch (b->litKind) {
      case Tok::IntLit:
        kind = "INT";
        break;
      case Tok::FloatLit:
        kind = "FLOAT";
        break;
      case Tok::ImagLit:
        kind = "IMAG";
        break;
      case Tok::RuneLit:
        kind = "CHAR";
        break;
      default:
        break;
    }
    llvm::StringRef text = ast_.str(b->text);
    std::string stripped;
    if (text.starts_with("`")) {
      // A raw string's value has no carriage returns (go/scanner drops them, as the spec says).
      for (char c : text)
        if (c != '\r') stripped += c;
      text = stripped;
    }
    start("BasicLit", b->pos) << ' ' << kind << ' ' << dumpEscape(text) << '\n';
  }

  void stmts(List<Ref<Stmt>> list) {
    for (const Stmt* s : ast_.nodes(list)) stmt(s);
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case NodeKind::BadStmt:
        line("BadStmt", s->pos);
        return;
      case NodeKind::DeclStmt: {
        auto* d = llvm::cast<DeclStmt>(s);
        line("DeclStmt", posOf(d->decl));
        Nest n(*this);
        decl(d->decl);
        return;
      }
      case NodeKind::EmptyStmt:
        line("EmptyStmt", s->pos);
        return;
      case NodeKind::LabeledStmt: {
        auto* l = llvm::cast<LabeledStmt>(s);
        line("LabeledStmt", posOf(l->label));
        Nest n(*this);
        expr(l->label);
        stmt(l->stmt);
        return;
      }
      case NodeKind::ExprStmt: {
        auto* e = llvm::cast<ExprStmt>(s);
        line("ExprStmt", exprPos(e->x));
        Nest n(*this);
        expr(e->x);
        return;
      }
      case NodeKind::SendStmt: {
        auto* e = llvm::cast<SendStmt>(s);
        line("SendStmt", exprPos(e->chan));
        Nest n(*this);
        expr(e->chan);
        expr(e->value);
        return;
      }
      case NodeKind::IncDecStmt: {
        auto* e = llvm::cast<IncDecStmt>(s);
        start("IncDecStmt", exprPos(e->x)) << ' ' << tokSpelling(e->op) << '\n';
        Nest n(*this);
        expr(e->x);
        return;
      }
      case NodeKind::AssignStmt: {
        auto* a = llvm::cast<AssignStmt>(s);
        start("AssignStmt", exprPos(ast_.get(a->lhs)[0])) << ' ' << tokSpelling(a->op) << '\n';
        Nest n(*this);
        exprs(a->lhs);
        exprs(a->rhs);
        return;
      }
      case NodeKind::GoStmt:
      case NodeKind::DeferStmt: {
        bool go = s->kind == NodeKind::GoStmt;
        line(go ? "GoStmt" : "DeferStmt", s->pos);
        Nest n(*this);
        expr(go ? llvm::cast<GoStmt>(s)->call : llvm::cast<DeferStmt>(s)->call);
        return;
      }
      case NodeKind::ReturnStmt: {
        line("ReturnStmt", s->pos);
        Nest n(*this);
        exprs(llvm::cast<ReturnStmt>(s)->results);
        return;
      }
      case NodeKind::BranchStmt: {
        auto* b = llvm::cast<BranchStmt>(s);
        start("BranchStmt", b->pos) << ' ' << tokSpelling(b->op) << '\n';
        Nest n(*this);
        if (b->label) expr(b->label);
        return;
      }
      case NodeKind::BlockStmt: {
        line("BlockStmt", s->pos);
        Nest n(*this);
        stmts(llvm::cast<BlockStmt>(s)->stmts);
        return;
      }
      case NodeKind::IfStmt: {
        auto* i = llvm::cast<IfStmt>(s);
        line("IfStmt", i->pos);
        Nest n(*this);
        if (i->init) stmt(i->init);
        expr(i->cond);
        stmt(i->then);
        if (i->els) stmt(i->els);
        return;
      }
      case NodeKind::CaseClause: {
        auto* c = llvm::cast<CaseClause>(s);
        llvm::raw_ostream& o = start("CaseClause", c->pos);
        if (c->isDefault) o << " default";
        o << '\n';
        Nest n(*this);
        exprs(c->list);
        stmts(c->body);
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* sw = llvm::cast<SwitchStmt>(s);
        line("SwitchStmt", sw->pos);
        Nest n(*this);
        if (sw->init) stmt(sw->init);
        if (sw->tag) expr(sw->tag);
        for (const CaseClause* c : ast_.nodes(sw->clauses)) stmt(c);
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* ts = llvm::cast<TypeSwitchStmt>(s);
        line("TypeSwitchStmt", ts->pos);
        Nest n(*this);
        if (ts->init) stmt(ts->init);
        // go/ast holds the guard as `v := x.(type)` (an AssignStmt) or `x.(type)` (ExprStmt).
        if (ts->binding) {
          start("AssignStmt", posOf(ts->binding)) << " :=\n";
          Nest m(*this);
          expr(ts->binding);
          expr(ts->guard);
        } else {
          line("ExprStmt", exprPos(ts->guard));
          Nest m(*this);
          expr(ts->guard);
        }
        for (const CaseClause* c : ast_.nodes(ts->clauses)) stmt(c);
        return;
      }
      case NodeKind::CommClause: {
        auto* c = llvm::cast<CommClause>(s);
        llvm::raw_ostream& o = start("CommClause", c->pos);
        if (!c->comm) o << " default";
        o << '\n';
        Nest n(*this);
        if (c->comm) stmt(c->comm);
        stmts(c->body);
        return;
      }
      case NodeKind::SelectStmt: {
        auto* sel = llvm::cast<SelectStmt>(s);
        line("SelectStmt", sel->pos);
        Nest n(*this);
        for (const CommClause* c : ast_.nodes(sel->clauses)) stmt(c);
        return;
      }
      case NodeKind::ForStmt: {
        auto* f = llvm::cast<ForStmt>(s);
        llvm::raw_ostream& o = start("ForStmt", f->pos);
        if (f->init) o << " init";
        if (f->cond) o << " cond";
        if (f->post) o << " post";
        o << '\n';
        Nest n(*this);
        if (f->init) stmt(f->init);
        if (f->cond) expr(f->cond);
        if (f->post) stmt(f->post);
        stmt(f->body);
        return;
      }
      case NodeKind::RangeStmt: {
        auto* r = llvm::cast<RangeStmt>(s);
        llvm::raw_ostream& o = start("RangeStmt", r->pos);
        if (r->key) o << ' ' << tokSpelling(r->op);
        o << '\n';
        Nest n(*this);
        if (r->key) expr(r->key);
        if (r->value) expr(r->value);
        expr(r->x);
        stmt(r->body);
        return;
      }
      default:
        start("Unknown", s->pos) << '\n';
    }
  }

  void decl(const Decl* d) {
    switch (d->kind) {
      case NodeKind::ImportSpec: {
        auto* i = llvm::cast<ImportSpec>(d);
        line("ImportSpec", i->name ? posOf(i->name) : posOf(i->path));
        Nest n(*this);
        if (i->name) expr(i->name);
        expr(i->path);
        return;
      }
      case NodeKind::ValueSpec: {
        auto* v = llvm::cast<ValueSpec>(d);
        line("ValueSpec", v->names.empty() ? v->pos : ast_.nodes(v->names)[0]->pos);
        Nest n(*this);
        for (const Ident* id : ast_.nodes(v->names)) expr(id);
        if (v->type) expr(v->type);
        exprs(v->values);
        return;
      }
      case NodeKind::TypeSpec: {
        auto* t = llvm::cast<TypeSpec>(d);
        llvm::raw_ostream& o = start("TypeSpec", posOf(t->name));
        if (t->alias) o << " alias";
        o << '\n';
        Nest n(*this);
        expr(t->name);
        fieldList("typeparams", t->typeParams);
        expr(t->type);
        return;
      }
      case NodeKind::GenDecl: {
        auto* g = llvm::cast<GenDecl>(d);
        start("GenDecl", g->pos) << ' ' << tokSpelling(g->tok) << '\n';
        Nest n(*this);
        for (const Decl* s : ast_.nodes(g->specs)) decl(s);
        return;
      }
      case NodeKind::FuncDecl: {
        auto* f = llvm::cast<FuncDecl>(d);
        line("FuncDecl", f->pos);
        Nest n(*this);
        if (!f->recv.empty()) fieldList("recv", f->recv);
        expr(f->name);
        funcType(ast_.get(f->type), posOf(f->type));
        if (f->body) stmt(f->body);
        return;
      }
      default:
        start("Unknown", d->pos) << '\n';
    }
  }

  const Ast& ast_;
  const SourceFiles& sources_;
  llvm::raw_ostream& out_;
  bool positions_;
  unsigned depth_ = 0;
};

}  // namespace

void dumpFile(const Ast& ast, const File& file, const SourceFiles& sources, llvm::raw_ostream& out,
              bool positions) {
  Dumper(ast, sources, out, positions).file(file);
}

}  // namespace ergo::syntax
