#include "syntax/printer.h"

namespace ergo::syntax {

namespace {

// Writes expressions in gc's compact form to `out`.
struct Writer {
  const Ast& ast;
  std::string& out;

  void writeList(List<Ref<Expr>> refs) {
    auto list = ast.nodes(refs);
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      write(list[i]);
    }
  }

  void writeFields(List<Field> list, const char* sep) {
    llvm::ArrayRef<Field> fields = ast.get(list);
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out += sep;
      auto names = ast.nodes(fields[i].names);
      for (size_t n = 0; n < names.size(); ++n) {
        if (n) out += ", ";
        out += ast.str(names[n]->name);
      }
      if (!fields[i].names.empty()) out += " ";
      write(fields[i].type);
    }
  }

  void writeSignature(const FuncType* f) {
    out += "(";
    writeFields(f->params, ", ");
    out += ")";
    llvm::ArrayRef<Field> results = ast.get(f->results);
    if (results.size() == 1 && results[0].names.empty()) {
      out += " ";
      write(results[0].type);
    } else if (!f->results.empty()) {
      out += " (";
      writeFields(f->results, ", ");
      out += ")";
    }
  }

  void write(Ref<Expr> e) { write(ast.get(e)); }
  void write(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case NodeKind::BadExpr:
        out += "_";
        return;
      case NodeKind::Ident:
        out += ast.str(llvm::cast<Ident>(e)->name);
        return;
      case NodeKind::BasicLit:
        out += ast.str(llvm::cast<BasicLit>(e)->text);
        return;
      case NodeKind::CompositeLit: {
        auto* c = llvm::cast<CompositeLit>(e);
        write(c->type);
        out += "{";
        if (!c->elts.empty()) out += "…";
        out += "}";
        return;
      }
      case NodeKind::KeyValueExpr: {
        auto* kv = llvm::cast<KeyValueExpr>(e);
        write(kv->key);
        out += ": ";
        write(kv->value);
        return;
      }
      case NodeKind::FuncLit:
        out += "func";
        writeSignature(ast.get(llvm::cast<FuncLit>(e)->type));
        out += " {…}";
        return;
      case NodeKind::ParenExpr:
        out += "(";
        write(llvm::cast<ParenExpr>(e)->x);
        out += ")";
        return;
      case NodeKind::SelectorExpr: {
        auto* s = llvm::cast<SelectorExpr>(e);
        write(s->x);
        out += ".";
        out += ast.str(ast.get(s->sel)->name);
        return;
      }
      case NodeKind::IndexExpr: {
        auto* ix = llvm::cast<IndexExpr>(e);
        write(ix->x);
        out += "[";
        writeList(ix->indices);
        out += "]";
        return;
      }
      case NodeKind::SliceExpr: {
        auto* s = llvm::cast<SliceExpr>(e);
        write(s->x);
        out += "[";
        write(s->lo);
        out += ":";
        write(s->hi);
        if (s->slice3) {
          out += ":";
          write(s->max);
        }
        out += "]";
        return;
      }
      case NodeKind::TypeAssertExpr: {
        auto* t = llvm::cast<TypeAssertExpr>(e);
        write(t->x);
        out += ".(";
        if (t->type)
          write(t->type);
        else
          out += "type";
        out += ")";
        return;
      }
      case NodeKind::CallExpr: {
        auto* c = llvm::cast<CallExpr>(e);
        write(c->fun);
        out += "(";
        writeList(c->args);
        if (c->hasDots) out += "...";
        out += ")";
        return;
      }
      case NodeKind::StarExpr:
        out += "*";
        write(llvm::cast<StarExpr>(e)->x);
        return;
      case NodeKind::UnaryExpr: {
        auto* u = llvm::cast<UnaryExpr>(e);
        out += tokSpelling(u->op).str();
        write(u->x);
        return;
      }
      case NodeKind::BinaryExpr: {
        auto* b = llvm::cast<BinaryExpr>(e);
        write(b->x);
        out += " " + tokSpelling(b->op).str() + " ";
        write(b->y);
        return;
      }
      case NodeKind::ArrayType: {
        auto* a = llvm::cast<ArrayType>(e);
        out += "[";
        write(a->len);
        out += "]";
        write(a->elem);
        return;
      }
      case NodeKind::StructType:
        out += "struct{";
        writeFields(llvm::cast<StructType>(e)->fields, "; ");
        out += "}";
        return;
      case NodeKind::FuncType:
        out += "func";
        writeSignature(llvm::cast<FuncType>(e));
        return;
      case NodeKind::InterfaceType: {
        auto* i = llvm::cast<InterfaceType>(e);
        out += i->elems.empty() ? "interface{}" : "interface{…}";
        return;
      }
      case NodeKind::MapType: {
        auto* m = llvm::cast<MapType>(e);
        out += "map[";
        write(m->key);
        out += "]";
        write(m->value);
        return;
      }
      case NodeKind::ChanType: {
        auto* c = llvm::cast<ChanType>(e);
        out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
        write(c->elem);
        return;
      }
      case NodeKind::Ellipsis:
        out += "...";
        write(llvm::cast<Ellipsis>(e)->elem);
        return;
      default:
        out += "?";
        return;
    }
  }
};

}  // namespace

std::string exprString(const Ast& ast, const Expr* e) {
  std::string out;
  Writer{ast, out}.write(e);
  return out;
}

}  // namespace ergo::syntax
