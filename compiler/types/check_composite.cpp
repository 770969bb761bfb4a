// Composite literals: structs (keyed or positional), arrays ([...]T included), slices and
// maps, with the element types that inner literals may omit.
#include <set>

#include "types/check_internal.h"

namespace ergo::types {

void Checker::literalElement(const Expr* v, Type* elem, const std::string& context) {
  Operand x;
  expr(x, v, elem);
  if (!x.invalid()) assignable(x, elem, context);
}

int64_t Checker::indexedElements(ExprRange elts, Type* elem, int64_t length) {
  llvm::DenseSet<int64_t> seen;
  int64_t index = 0, max = 0;
  for (const Expr* e : elts) {
    bool valid = false;
    const Expr* value = e;
    if (auto* kv = llvm::dyn_cast<KeyValueExpr>(e)) {
      const Expr* key = ast_.get(kv->key);
      int64_t i = -1;
      if (this->index(key, length, &i)) {
        if (i >= 0) {
          index = i;
          valid = true;
        } else {
          error(e->pos, fmt::format("index {} must be integer constant", exprString(key)));
        }
      }
      value = ast_.get(kv->value);
    } else if (length >= 0 && index >= length) {
      error(e->pos, fmt::format("index {} is out of bounds (>= {})", index, length));
    } else {
      valid = true;
    }
    if (valid && !seen.insert(index).second)
      error(e->pos, fmt::format("duplicate index {} in array or slice literal", index));
    ++index;
    if (index > max) max = index;
    literalElement(value, elem, "array or slice literal");
  }
  return max;
}

void Checker::compositeLit(Operand& x, const CompositeLit* e, Type* hint) {
  Type* t = nullptr;
  Type* base = nullptr;
  ExprRange elts = ast_.nodes(e->elts);
  const Expr* typeNode = ast_.get(e->type);
  if (auto* at = llvm::dyn_cast_or_null<ArrayType>(typeNode);
      at && at->len && llvm::isa<syntax::Ellipsis>(ast_.get(at->len))) {
    // [...]T{...}: the length is what the elements need.
    Type* elem = typeExpr(ast_.get(at->elem));
    if (isBasic(elem, BasicKind::Invalid)) return;
    int64_t n = indexedElements(elts, elem, -1);
    t = ctx_.array(elem, n);
    info_.types[typeNode] = {Mode::TypeExpr, t, {}};
    x.mode = Mode::Value;
    x.type = t;
    return;
  }
  if (typeNode) {
    t = typeExpr(typeNode);
    base = t;
  } else if (hint) {
    // An element's literal may omit its type, and & when the element type is *T.
    t = hint;
    base = t;
    if (auto* p = llvm::dyn_cast_or_null<Pointer>(underlying(t))) {
      base = p->elem;
    }
  } else {
    error(e->pos, "invalid composite literal type: missing type");
    return;
  }
  if (!t || isBasic(t, BasicKind::Invalid)) return;
  Type* u = underlying(base);
  if (!u) {  // `type R struct{ b [unsafe.Sizeof(R{})]int }`: R is not laid out yet
    error(e->pos, "illegal cycle in type declaration");
    return;
  }
  if (auto* st = llvm::dyn_cast_or_null<Struct>(u)) {
    if (!elts.empty() && llvm::isa<KeyValueExpr>(elts[0])) {
      std::vector<bool> visited(st->fields.size());
      for (const Expr* elt : elts) {
        auto* kv = llvm::dyn_cast<KeyValueExpr>(elt);
        if (!kv) {
          error(elt->pos, "mixture of field:value and value elements in struct literal");
          continue;
        }
        const Expr* keyExpr = ast_.get(kv->key);
        const Expr* valueExpr = ast_.get(kv->value);
        auto* key = llvm::dyn_cast<Ident>(keyExpr);
        int field = -1;
        if (key)
          for (size_t i = 0; i < st->fields.size(); ++i)
            if (sameId(st->fields[i].name, st->fields[i].pkg, ast_.str(key->name), &pkg_))
              field = static_cast<int>(i);
        if (!key || field < 0) {
          Operand v;
          expr(v, valueExpr);
          if (!key)
            error(kv->pos,
                  fmt::format("invalid field name {} in struct literal", exprString(keyExpr)));
          else
            error(keyExpr->pos, fmt::format("unknown field '{}' in struct literal of type {}",
                                            ast_.str(key->name).str(), typeStr(base)));
          continue;
        }
        literalElement(valueExpr, st->fields[field].type, "struct literal");
        if (visited[field]) {
          error(kv->pos, fmt::format("duplicate field name {} in struct literal",
                                     ast_.str(key->name).str()));
          continue;
        }
        visited[field] = true;
      }
    } else {
      for (size_t i = 0; i < elts.size(); ++i) {
        const Expr* elt = elts[i];
        if (llvm::isa<KeyValueExpr>(elt)) {
          error(elt->pos, "mixture of field:value and value elements in struct literal");
          continue;
        }
        if (i >= st->fields.size()) {
          Operand v;
          expr(v, elt);
          error(elt->pos, fmt::format("too many values in {}{{…}}", typeStr(base)));
          break;
        }
        const Field& f = st->fields[i];
        if (!sameId(f.name, f.pkg, f.name, &pkg_)) {
          Operand v;
          expr(v, elt);
          error(elt->pos, fmt::format("implicit assignment to unexported field {} in {} literal",
                                      f.name.str(), typeStr(t)));
          continue;
        }
        literalElement(elt, f.type, "struct literal");
      }
      if (!elts.empty() && elts.size() < st->fields.size())
        error(e->rbrace, fmt::format("too few values in {}{{…}}", typeStr(base)));
    }
  } else if (auto* at = llvm::dyn_cast_or_null<Array>(u)) {
    indexedElements(elts, at->elem, at->len);
  } else if (auto* sl = llvm::dyn_cast_or_null<Slice>(u)) {
    indexedElements(elts, sl->elem, -1);
  } else if (auto* m = llvm::dyn_cast_or_null<Map>(u)) {
    bool keyIsInterface = isInterface(m->key);
    std::set<std::string> seen;
    for (const Expr* elt : elts) {
      auto* kv = llvm::dyn_cast<KeyValueExpr>(elt);
      if (!kv) {
        error(elt->pos, "missing key in map literal");
        continue;
      }
      Operand k;
      expr(k, ast_.get(kv->key), m->key);
      assignable(k, m->key, "map literal");
      if (!k.invalid() && k.mode == Mode::Constant) {
        // Constant keys must differ; under an interface key type, by type as well.
        std::string id = k.value.toString();
        if (keyIsInterface) id += "\x1f" + typeStr(k.type);
        if (!seen.insert(id).second) {
          error(k.expr->pos, fmt::format("duplicate key {} in map literal", k.value.toString()));
          continue;
        }
      }
      literalElement(ast_.get(kv->value), m->elem, "map literal");
    }
  } else {
    for (const Expr* elt : elts) {
      Operand v;
      const Expr* ve = elt;
      if (auto* kv = llvm::dyn_cast<KeyValueExpr>(elt)) ve = ast_.get(kv->value);
      expr(v, ve);
    }
    if (u && !isBasic(u, BasicKind::Invalid))
      error(e->pos, fmt::format("invalid composite literal type {}", typeStr(t)));
    return;
  }
  x.mode = Mode::Value;
  x.type = t;
}

}  // namespace ergo::types
