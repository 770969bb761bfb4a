// Structs, arrays and pointers: field selection (promoted fields through embedded structs and
// pointers), dereferences, &x, array operands of indexing, slicing and range, and == on
// structs and arrays.
#include "ir/builder_internal.h"

namespace ergo::ir::build {

namespace {
const Expr* stripParens(const Ast& ast, const Expr* e) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast.get(p->x);
  return e;
}
}  // namespace

ty::Struct* Builder::structOf(ty::Type* t) {
  ty::Type* u = ty::underlying(t);
  if (auto* p = llvm::dyn_cast<ty::Pointer>(u)) u = ty::underlying(p->elem);
  return llvm::dyn_cast<ty::Struct>(u);
}

// The field indices from a value of type t (or *t) to its field `name`, through embedded
// fields: the shallowest match, which the checker has proven unique. Empty if there is none.
std::vector<int> Builder::fieldPath(ty::Type* t, llvm::StringRef name) {
  std::vector<std::pair<ty::Type*, std::vector<int>>> level{{t, {}}};
  for (int depth = 0; depth < 64 && !level.empty(); ++depth) {
    std::vector<std::pair<ty::Type*, std::vector<int>>> next;
    for (auto& [type, path] : level) {
      ty::Struct* st = structOf(type);
      if (!st) continue;
      for (size_t i = 0; i < st->fields.size(); ++i) {
        const ty::Field& f = st->fields[i];
        std::vector<int> p = path;
        p.push_back(static_cast<int>(i));
        if (ty::sameId(f.name, f.pkg, name, srcPkg_)) return p;
        if (f.embedded) next.emplace_back(f.type, std::move(p));
      }
    }
    level = std::move(next);
  }
  return {};
}

bool Builder::addressable(const Expr* e) {
  const ty::TypeAndValue* tv = info_.typeOf(e);
  return tv && tv->mode == ty::Mode::Variable;
}

Value* Builder::nilCheck(Value* p, Pos pos) {
  return emit(Op::NilCheck, p->type, {p}, pos);
}

Value* Builder::fieldAddr(Value* structAddr, int index, Pos pos) {
  ty::Struct* st = structOf(structAddr->type);
  Value* a = emit(Op::FieldAddr, ctx_.pointer(st->fields[index].type), {structAddr}, pos);
  a->index = index;
  return a;
}

Value* Builder::field(Value* structValue, int index, Pos pos) {
  ty::Struct* st = structOf(structValue->type);
  Value* f = emit(Op::Field, st->fields[index].type, {structValue}, pos);
  f->index = index;
  return f;
}

// Follows `path` from `base`, an address of a struct (isAddr) or a struct or pointer value.
// Embedded pointers are nil-checked when followed. Returns the field's address when wantAddr
// (then some step must have given an address), else its value.
Value* Builder::walkFields(Value* base, bool isAddr, llvm::ArrayRef<int> path, bool wantAddr,
                           Pos pos) {
  Value* cur = base;
  for (size_t k = 0; k < path.size(); ++k) {
    if (!isAddr && llvm::isa<ty::Pointer>(ty::underlying(cur->type))) {
      cur = nilCheck(cur, pos);
      isAddr = true;
    }
    cur = isAddr ? fieldAddr(cur, path[k], pos) : field(cur, path[k], pos);
    // An embedded pointer in the middle of the path: its value leads on.
    if (isAddr && k + 1 < path.size() &&
        llvm::isa<ty::Pointer>(ty::underlying(llvm::cast<ty::Pointer>(cur->type)->elem))) {
      cur = load(cur, pos);
      isAddr = false;
    }
  }
  if (wantAddr) return isAddr ? cur : spill(cur, pos);
  return isAddr ? load(cur, pos) : cur;
}

// x.f for a field f (directly or promoted): its value, or its address when wantAddr.
Value* Builder::selector(const SelectorExpr* e, bool wantAddr) {
  const Expr* x = stripParens(ast_, ast_.get(e->x));
  const Ident* sel = ast_.get(e->sel);
  ty::Type* xt = typeOf(x);
  std::vector<int> path = fieldPath(xt, ast_.str(sel->name));
  Pos pos = sel->pos;
  if (llvm::isa<ty::Pointer>(ty::underlying(xt)))
    return walkFields(expr(x), false, path, wantAddr, pos);
  // Reading a field of a plain variable loads the variable (no address is taken, so it may
  // stay in a register); anything else addressable is reached through its address.
  if (addressable(x) && (wantAddr || !llvm::isa<Ident>(x)))
    return walkFields(addr(x), true, path, wantAddr, pos);
  return walkFields(expr(x), false, path, wantAddr, pos);
}

// Whether e selects a struct field (not a package member or a method).
bool Builder::isFieldSelector(const SelectorExpr* e) {
  const Expr* x = stripParens(ast_, ast_.get(e->x));
  if (auto* id = llvm::dyn_cast<Ident>(x))
    if (auto* obj = info_.objectOf(id); obj && obj->kind == ty::ObjectKind::PkgName) return false;
  ty::Type* xt = typeOf(x);
  if (!xt) return false;
  const ty::TypeAndValue* tv = info_.typeOf(x);
  if (tv->mode == ty::Mode::TypeExpr) return false;
  return !fieldPath(xt, ast_.str(ast_.get(e->sel)->name)).empty() &&
         !llvm::isa_and_nonnull<ty::Func>(info_.objectOf(ast_.get(e->sel)));
}

// A temporary variable holding v: an address for values that are not addressable.
Value* Builder::spill(Value* v, Pos pos) {
  Value* a = alloc(v->type, "", pos);
  store(a, v, pos);
  return a;
}

// *p as a value.
Value* Builder::deref(const StarExpr* e) {
  Value* p = expr(ast_.get(e->x));
  return load(nilCheck(p, e->pos), e->pos);
}

// &x: the variable's address (escape analysis moves it to the heap), or a new variable
// initialised from a composite literal.
Value* Builder::addressOf(const UnaryExpr* e) {
  const Expr* x = stripParens(ast_, ast_.get(e->x));
  if (auto* lit = llvm::dyn_cast<CompositeLit>(x)) return compositeLitAddr(lit, typeOf(lit));
  return addr(x);
}

// The address of an array operand x of indexing or slicing: x's own address when it is
// addressable or a pointer to an array, else a temporary copy.
Value* Builder::arrayAddr(const Expr* x, Pos pos) {
  x = stripParens(ast_, x);
  ty::Type* t = typeOf(x);
  if (llvm::isa<ty::Pointer>(ty::underlying(t))) return nilCheck(expr(x), pos);
  if (addressable(x)) return addr(x);
  return spill(expr(x), pos);
}

bool Builder::isArrayOperand(ty::Type* t) {
  ty::Type* u = ty::underlying(t);
  if (auto* p = llvm::dyn_cast<ty::Pointer>(u)) u = ty::underlying(p->elem);
  return llvm::isa<ty::Array>(u);
}

Value* Builder::arrayToSlice(Value* arrayPtr, Pos pos) {
  auto* a = llvm::cast<ty::Array>(ty::underlying(llvm::cast<ty::Pointer>(arrayPtr->type)->elem));
  return emit(Op::ArrayToSlice, ctx_.slice(a->elem), {arrayPtr}, pos);
}

// range over an array or an array pointer goes over a slice of it: a copy of an array value
// (the spec evaluates the operand once), the pointed-to array itself (checked for nil only
// when elements are read: `for i := range p` never dereferences p).
Value* Builder::rangeOverArray(Value* x, bool readsElements, Pos pos) {
  ty::Type* u = ty::underlying(x->type);
  if (llvm::isa<ty::Array>(u)) return arrayToSlice(spill(x, pos), pos);
  if (auto* p = llvm::dyn_cast<ty::Pointer>(u); p && llvm::isa<ty::Array>(ty::underlying(p->elem)))
    return arrayToSlice(readsElements ? nilCheck(x, pos) : x, pos);
  return x;
}

// Whether a range loop reads the elements: it has a value variable other than _.
bool Builder::rangeReadsElements(const RangeStmt* r) {
  if (!r->value) return false;
  auto* id = llvm::dyn_cast<Ident>(stripParens(ast_, ast_.get(r->value)));
  return !id || ast_.str(id->name) != "_";
}

Value* Builder::aggregateEq(Tok op, Value* x, Value* y, Pos pos) {
  Value* r = emit(Op::AggregateEq, ctx_.basic(ty::BasicKind::Bool), {x, y}, pos);
  r->tok = op;
  return r;
}

}  // namespace ergo::ir::build
