// Composite literals of slices, arrays and structs, and &T{...}.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

// The index each element of a slice or array literal goes to: its key when it has one (a
// constant), else one past the previous element's.
std::vector<int64_t> Builder::elementIndices(ExprRange elts) {
  std::vector<int64_t> indices;
  int64_t next = 0;
  for (const Expr* elt : elts) {
    if (auto* kv = llvm::dyn_cast<KeyValueExpr>(elt)) {
      const ty::TypeAndValue* tv = info_.typeOf(ast_.get(kv->key));
      if (tv && tv->value.known()) next = tv->value.int64();
    }
    indices.push_back(next++);
  }
  return indices;
}

static const Expr* elementValue(const Ast& ast, const Expr* elt) {
  if (auto* kv = llvm::dyn_cast<KeyValueExpr>(elt)) return ast.get(kv->value);
  return elt;
}

Value* Builder::compositeLit(const CompositeLit* e) {
  ty::Type* t = typeOf(e);
  if (isMap(t)) return mapLiteral(e);
  ty::Type* u = ty::underlying(t);
  // An element literal with an elided &T: a new variable.
  if (llvm::isa<ty::Pointer>(u)) return compositeLitAddr(e, t);
  if (auto* st = llvm::dyn_cast<ty::Slice>(u)) {
    // T{e0, e1, ...} of a slice type: a new backing array holding the elements.
    ExprRange elts = ast_.nodes(e->elts);
    std::vector<int64_t> indices = elementIndices(elts);
    int64_t len = 0;
    for (int64_t i : indices) len = std::max(len, i + 1);
    Value* n = intConst(len);
    Value* s = emit(Op::MakeSlice, t, {n, n}, e->pos);
    for (size_t i = 0; i < elts.size(); ++i) {
      Value* v = convert(expr(elementValue(ast_, elts[i])), st->elem);
      store(freshElementAddr(s, indices[i], elts[i]->pos), v);
    }
    return s;
  }
  // Arrays and structs are built in a temporary, then copied out.
  Value* a = alloc(t, "", e->pos);
  fillComposite(a, e);
  return load(a, e->pos);
}

// &T{...} (t is T), or an element literal with an elided &T (t is *T): the new variable.
Value* Builder::compositeLitAddr(const CompositeLit* e, ty::Type* t) {
  if (auto* p = llvm::dyn_cast<ty::Pointer>(ty::underlying(t))) t = p->elem;
  ty::Type* u = ty::underlying(t);
  if (!llvm::isa<ty::Struct>(u) && !llvm::isa<ty::Array>(u)) {
    // &[]T{...}, &map[K]V{...}: a variable holding the value.
    Value* v = expr(e);
    Value* a = alloc(t, "", e->pos);
    store(a, v, e->pos);
    return a;
  }
  Value* a = alloc(t, "", e->pos);
  fillComposite(a, e);
  return a;
}

// Stores the elements of a struct or array literal into the zeroed variable at `a`.
void Builder::fillComposite(Value* a, const CompositeLit* e) {
  ty::Type* t = llvm::cast<ty::Pointer>(a->type)->elem;
  ExprRange elts = ast_.nodes(e->elts);
  if (auto* st = llvm::dyn_cast<ty::Struct>(ty::underlying(t))) {
    for (size_t i = 0; i < elts.size(); ++i) {
      int index = static_cast<int>(i);
      const Expr* valueExpr = elts[i];
      if (auto* kv = llvm::dyn_cast<KeyValueExpr>(elts[i])) {
        llvm::StringRef name = ast_.str(llvm::cast<Ident>(ast_.get(kv->key))->name);
        for (size_t f = 0; f < st->fields.size(); ++f)
          if (ty::sameId(st->fields[f].name, st->fields[f].pkg, name, srcPkg_))
            index = static_cast<int>(f);
        valueExpr = ast_.get(kv->value);
      }
      Value* v = convert(expr(valueExpr), st->fields[index].type);
      store(fieldAddr(a, index, valueExpr->pos), v, valueExpr->pos);
    }
    return;
  }
  auto* at = llvm::cast<ty::Array>(ty::underlying(t));
  std::vector<int64_t> indices = elementIndices(elts);
  for (size_t i = 0; i < elts.size(); ++i) {
    const Expr* valueExpr = elementValue(ast_, elts[i]);
    Value* v = convert(expr(valueExpr), at->elem);
    Value* ea = indexAddr(a, intConst(indices[i]), valueExpr->pos);
    ea->flag = true;  // the checker proved the index in range
    store(ea, v, valueExpr->pos);
  }
}

}  // namespace ergo::ir::build
