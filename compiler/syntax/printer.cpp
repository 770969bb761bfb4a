#include "syntax/printer.h"

namespace ergo::syntax {

namespace {

void write(std::string& out, const Expr* e);

void writeList(std::string& out, llvm::ArrayRef<Expr*> list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += ", ";
    write(out, list[i]);
  }
}

void writeFields(std::string& out, llvm::ArrayRef<Field> fields, const char* sep) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += sep;
    for (size_t n = 0; n < fields[i].names.size(); ++n) {
      if (n) out += ", ";
      out += fields[i].names[n]->name.str();
    }
    if (!fields[i].names.empty()) out += " ";
    write(out, fields[i].type);
  }
}

void writeSignature(std::string& out, const FuncType* f) {
  out += "(";
  writeFields(out, f->params, ", ");
  out += ")";
  if (f->results.size() == 1 && f->results[0].names.empty()) {
    out += " ";
    write(out, f->results[0].type);
  } else if (!f->results.empty()) {
    out += " (";
    writeFields(out, f->results, ", ");
    out += ")";
  }
}

void write(std::string& out, const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case NodeKind::BadExpr:
      out += "_";
      return;
    case NodeKind::Ident:
      out += llvm::cast<Ident>(e)->name.str();
      return;
    case NodeKind::BasicLit:
      out += llvm::cast<BasicLit>(e)->text.str();
      return;
    case NodeKind::CompositeLit: {
      auto* c = llvm::cast<CompositeLit>(e);
      write(out, c->type);
      out += "{";
      if (!c->elts.empty()) out += "…";
      out += "}";
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = llvm::cast<KeyValueExpr>(e);
      write(out, kv->key);
      out += ": ";
      write(out, kv->value);
      return;
    }
    case NodeKind::FuncLit:
      out += "func";
      writeSignature(out, llvm::cast<FuncLit>(e)->type);
      out += " {…}";
      return;
    case NodeKind::ParenExpr:
      out += "(";
      write(out, llvm::cast<ParenExpr>(e)->x);
      out += ")";
      return;
    case NodeKind::SelectorExpr: {
      auto* s = llvm::cast<SelectorExpr>(e);
      write(out, s->x);
      out += "." + s->sel->name.str();
      return;
    }
    case NodeKind::IndexExpr: {
      auto* ix = llvm::cast<IndexExpr>(e);
      write(out, ix->x);
      out += "[";
      writeList(out, ix->indices);
      out += "]";
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = llvm::cast<SliceExpr>(e);
      write(out, s->x);
      out += "[";
      write(out, s->lo);
      out += ":";
      write(out, s->hi);
      if (s->slice3) {
        out += ":";
        write(out, s->max);
      }
      out += "]";
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = llvm::cast<TypeAssertExpr>(e);
      write(out, t->x);
      out += ".(";
      if (t->type)
        write(out, t->type);
      else
        out += "type";
      out += ")";
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = llvm::cast<CallExpr>(e);
      write(out, c->fun);
      out += "(";
      writeList(out, c->args);
      if (c->hasDots) out += "...";
      out += ")";
      return;
    }
    case NodeKind::StarExpr:
      out += "*";
      write(out, llvm::cast<StarExpr>(e)->x);
      return;
    case NodeKind::UnaryExpr: {
      auto* u = llvm::cast<UnaryExpr>(e);
      out += tokSpelling(u->op).str();
      write(out, u->x);
      return;
    }
    case NodeKind::BinaryExpr: {
      auto* b = llvm::cast<BinaryExpr>(e);
      write(out, b->x);
      out += " " + tokSpelling(b->op).str() + " ";
      write(out, b->y);
      return;
    }
    case NodeKind::ArrayType: {
      auto* a = llvm::cast<ArrayType>(e);
      out += "[";
      write(out, a->len);
      out += "]";
      write(out, a->elem);
      return;
    }
    case NodeKind::StructType:
      out += "struct{";
      writeFields(out, llvm::cast<StructType>(e)->fields, "; ");
      out += "}";
      return;
    case NodeKind::FuncType:
      out += "func";
      writeSignature(out, llvm::cast<FuncType>(e));
      return;
    case NodeKind::InterfaceType: {
      auto* i = llvm::cast<InterfaceType>(e);
      out += i->elems.empty() ? "interface{}" : "interface{…}";
      return;
    }
    case NodeKind::MapType: {
      auto* m = llvm::cast<MapType>(e);
      out += "map[";
      write(out, m->key);
      out += "]";
      write(out, m->value);
      return;
    }
    case NodeKind::ChanType: {
      auto* c = llvm::cast<ChanType>(e);
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      write(out, c->elem);
      return;
    }
    case NodeKind::Ellipsis:
      out += "...";
      write(out, llvm::cast<Ellipsis>(e)->elem);
      return;
    default:
      out += "?";
      return;
  }
}

}  // namespace

std::string exprString(const Expr* e) {
  std::string out;
  write(out, e);
  return out;
}

}  // namespace ergo::syntax
