// Evaluation order as gc has it. The spec fixes only the order of calls, method calls,
// receives and logical operators; gc's order pass evaluates those ("call-like" operands:
// also len, cap, append, make, new, slicing, most type assertions, []byte(s) and []rune(s)
// conversions) of a whole statement first, left to right, each into a temporary, and reads
// plain operands (variables, fields, elements, map entries, dereferences) afterwards. So
// `sink(g, f())` passes the g that f leaves. Programs observe this, so ergo follows it:
// the operands of an expression list are scanned before any is evaluated, the call-like
// ones are evaluated as they are met and remembered (hoisted_), and expr() hands out the
// remembered value when the full expression reaches them.
#include "ir/builder_internal.h"
#include "types/sizes.h"

namespace ergo::ir::build {

namespace {

const Expr* unparen(const Ast& ast, const Expr* e) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast.get(p->x);
  return e;
}

bool hasPointers(ty::Type* t) {
  ty::Type* u = ty::underlying(t);
  if (auto* b = llvm::dyn_cast<ty::Basic>(u))
    return b->basic == ty::BasicKind::String || b->basic == ty::BasicKind::UnsafePointer;
  if (auto* a = llvm::dyn_cast<ty::Array>(u)) return a->len > 0 && hasPointers(a->elem);
  if (auto* s = llvm::dyn_cast<ty::Struct>(u)) {
    for (const ty::Field& f : s->fields)
      if (hasPointers(f.type)) return true;
    return false;
  }
  return true;  // pointers, slices, maps, channels, funcs, interfaces
}

// gc's SoleComponent: the only non-blank scalar inside nested one-field structs and
// one-element arrays.
ty::Type* soleComponent(ty::Type* t) {
  for (;;) {
    ty::Type* u = ty::underlying(t);
    if (auto* s = llvm::dyn_cast<ty::Struct>(u)) {
      if (s->fields.size() != 1) return nullptr;
      t = s->fields[0].type;
    } else if (auto* a = llvm::dyn_cast<ty::Array>(u)) {
      if (a->len != 1) return nullptr;
      t = a->elem;
    } else {
      return t;
    }
  }
}

}  // namespace

// Whether gc converts a T to an interface through its address (convT, convTnoptr), which
// makes its order pass copy a non-addressable operand at once.
bool Builder::convertsThroughAddress(ty::Type* t) {
  ty::Sizes sizes;
  int64_t size = sizes.sizeOf(t), align = sizes.alignOf(t);
  if (size == 2 && align == 2) return false;
  if ((size == 4 || size == 8) && align == size && !hasPointers(t)) return false;
  if (ty::Type* sc = soleComponent(t)) {
    ty::Type* u = ty::underlying(sc);
    if (ty::isString(u) || llvm::isa<ty::Slice>(u)) return false;
  }
  return true;
}

// A local variable that a closure shares: gc moves it to the heap, and its order pass
// treats it as an operand like any other expression, no longer as an addressable name.
bool Builder::sharedLocal(const Expr* e) {
  auto* id = llvm::dyn_cast<Ident>(unparen(ast_, e));
  auto* v = id ? llvm::dyn_cast_or_null<ty::Var>(info_.objectOf(id)) : nullptr;
  return v && !v->isGlobal && v->captured && sharedCapture(v);
}

// Whether gc's order pass evaluates e into a temporary where it meets it.
bool Builder::callLike(const Expr* e) {
  const ty::TypeAndValue* tv = info_.typeOf(e);
  if (!tv || tv->mode == ty::Mode::CommaOk) return false;  // commaOk() evaluates those
  switch (e->kind) {
    case NodeKind::CallExpr: {
      auto* c = llvm::cast<CallExpr>(e);
      const ty::TypeAndValue* fun = info_.typeOf(ast_.get(c->fun));
      if (!fun) return false;
      if (fun->mode == ty::Mode::TypeExpr) {
        // []byte(s) and []rune(s) allocate; other conversions are plain operands.
        auto* to = llvm::dyn_cast<ty::Slice>(ty::underlying(fun->type));
        const ty::TypeAndValue* arg = info_.typeOf(ast_.nodes(c->args)[0]);
        return to && arg && ty::isString(arg->type);
      }
      if (fun->mode == ty::Mode::Builtin) {
        const Expr* f = unparen(ast_, ast_.get(c->fun));
        const Ident* id = llvm::dyn_cast<Ident>(f);
        auto* b = id ? llvm::dyn_cast_or_null<ty::Builtin>(info_.objectOf(id)) : nullptr;
        if (!b || b->pkg) return false;
        switch (b->id) {
          case ty::BuiltinId::Append:
          case ty::BuiltinId::Cap:
          case ty::BuiltinId::Complex:
          case ty::BuiltinId::Copy:
          case ty::BuiltinId::Imag:
          case ty::BuiltinId::Len:
          case ty::BuiltinId::Make:
          case ty::BuiltinId::New:
          case ty::BuiltinId::Real:
          case ty::BuiltinId::Recover:
            return true;
          default:
            return false;
        }
      }
      return true;
    }
    case NodeKind::UnaryExpr:
      return llvm::cast<UnaryExpr>(e)->op == Tok::Arrow;
    case NodeKind::BinaryExpr: {
      Tok op = llvm::cast<BinaryExpr>(e)->op;
      return op == Tok::LogAnd || op == Tok::LogOr;
    }
    case NodeKind::SliceExpr:
      return true;
    case NodeKind::TypeAssertExpr: {
      // Not when the result is pointer-shaped (gc's direct interfaces).
      ty::Type* u = ty::underlying(tv->type);
      return !(llvm::isa<ty::Pointer>(u) || llvm::isa<ty::Map>(u) || llvm::isa<ty::Chan>(u) ||
               llvm::isa<ty::Signature>(u) || ty::isBasic(u, ty::BasicKind::UnsafePointer));
    }
    case NodeKind::CompositeLit:
      // A map literal's entries are inserted one by one where it stands.
      return llvm::isa<ty::Map>(ty::underlying(tv->type));
    default:
      return false;
  }
}

// Evaluates the call-like operands inside e (e itself too when it is one), left to right.
void Builder::hoistCalls(const Expr* e) {
  if (!e || hoisted_.count(e)) return;
  const ty::TypeAndValue* tv = info_.typeOf(e);
  if (tv && (tv->mode == ty::Mode::Constant || tv->mode == ty::Mode::TypeExpr ||
             tv->mode == ty::Mode::Builtin))
    return;
  if (tv && callLike(e)) {
    hoistOperands(e);
    hoisted_[e] = build(e);
    return;
  }
  hoistOperands(e);
}

// hoistCalls over e's operands, in the order the builder evaluates them.
void Builder::hoistOperands(const Expr* e) {
  switch (e->kind) {
    case NodeKind::ParenExpr:
      return hoistCalls(ast_.get(llvm::cast<ParenExpr>(e)->x));
    case NodeKind::UnaryExpr: {
      auto* u = llvm::cast<UnaryExpr>(e);
      if (u->op == Tok::Arrow) return;  // the channel is read with the receive
      return hoistCalls(ast_.get(u->x));
    }
    case NodeKind::BinaryExpr: {
      auto* b = llvm::cast<BinaryExpr>(e);
      if (b->op == Tok::LogAnd || b->op == Tok::LogOr) {
        hoistCalls(ast_.get(b->x));  // the right side runs only when needed
        return;
      }
      hoistCalls(ast_.get(b->x));
      return hoistCalls(ast_.get(b->y));
    }
    case NodeKind::StarExpr:
      return hoistCalls(ast_.get(llvm::cast<StarExpr>(e)->x));
    case NodeKind::SelectorExpr: {
      auto* s = llvm::cast<SelectorExpr>(e);
      return hoistCalls(ast_.get(s->x));
    }
    case NodeKind::IndexExpr: {
      auto* ix = llvm::cast<IndexExpr>(e);
      const ty::TypeAndValue* xtv = info_.typeOf(ast_.get(ix->x));
      // (A constant string's index is an operand like any other: "abc"[f()].)
      if (!xtv || (xtv->mode != ty::Mode::Variable && xtv->mode != ty::Mode::Value &&
                   xtv->mode != ty::Mode::Constant))
        return;
      if (llvm::isa<ty::Signature>(ty::underlying(xtv->type))) return;  // an instantiation
      hoistCalls(ast_.get(ix->x));
      for (const Expr* i : ast_.nodes(ix->indices)) hoistCalls(i);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = llvm::cast<SliceExpr>(e);
      hoistCalls(ast_.get(s->x));
      hoistCalls(ast_.get(s->lo));
      hoistCalls(ast_.get(s->hi));
      return hoistCalls(ast_.get(s->max));
    }
    case NodeKind::TypeAssertExpr:
      return hoistCalls(ast_.get(llvm::cast<TypeAssertExpr>(e)->x));
    case NodeKind::KeyValueExpr:
      return hoistCalls(ast_.get(llvm::cast<KeyValueExpr>(e)->value));
    case NodeKind::CompositeLit: {
      const ty::TypeAndValue* tv = info_.typeOf(e);
      if (tv && llvm::isa<ty::Map>(ty::underlying(tv->type))) return;  // entry by entry
      for (const Expr* el : ast_.nodes(llvm::cast<CompositeLit>(e)->elts)) hoistCalls(el);
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = llvm::cast<CallExpr>(e);
      const ty::TypeAndValue* fun = info_.typeOf(ast_.get(c->fun));
      if (fun && fun->mode != ty::Mode::TypeExpr && fun->mode != ty::Mode::Builtin)
        hoistCalls(ast_.get(c->fun));
      if (fun && fun->mode == ty::Mode::Builtin) {
        // make's and new's first operand is a type.
        for (const Expr* a : ast_.nodes(c->args)) hoistCalls(a);
        return;
      }
      hoistArgs(ast_.nodes(c->args),
                fun ? llvm::dyn_cast<ty::Signature>(ty::underlying(concrete(fun->type))) : nullptr);
      return;
    }
    default:
      return;
  }
}

// hoistCalls over a call's arguments (sig: the callee's, when known). An operand that
// becomes an interface through its address is copied where gc's order pass meets it.
void Builder::hoistArgs(ExprRange args, ty::Signature* sig) {
  for (size_t i = 0; i < args.size(); ++i) {
    const Expr* a = args[i];
    hoistCalls(a);
    if (!sig || hoisted_.count(a)) continue;
    const auto& params = sig->params->types;
    ty::Type* param = nullptr;
    if (sig->variadic && i + 1 >= params.size()) {
      if (auto* s = llvm::dyn_cast<ty::Slice>(params.back())) param = s->elem;
    } else if (i < params.size()) {
      param = params[i];
    }
    const ty::TypeAndValue* tv = info_.typeOf(a);
    if (!param || !tv || !ty::isInterface(param) || ty::isInterface(tv->type)) continue;
    if (ty::isUntyped(tv->type)) continue;
    if (tv->mode != ty::Mode::Value && !sharedLocal(a)) continue;
    if (!convertsThroughAddress(concrete(tv->type))) continue;
    hoisted_[a] = build(a);
  }
}

// Every expression goes through here: a hoisted operand's value, or the expression built
// after its call-like operands (when it is the root of a statement's expression).
Value* Builder::expr(const Expr* e) {
  if (auto it = hoisted_.find(e); it != hoisted_.end()) {
    Value* v = it->second;
    hoisted_.erase(it);
    return v;
  }
  if (e->kind == NodeKind::FuncLit) {
    // The literal's body has statements of its own.
    unsigned depth = exprDepth_;
    exprDepth_ = 0;
    Value* v = exprNode(e);
    exprDepth_ = depth;
    return v;
  }
  if (exprDepth_ == 0 || logicalRhs_.erase(e)) hoistOperands(e);
  // A map literal's entries are stored one by one, each like `m[k] = v`: the calls of k
  // and v, then k's and v's reads.
  if (auto it = mapEntryValue_.find(e); it != mapEntryValue_.end()) {
    const Expr* value = it->second;
    mapEntryValue_.erase(it);
    // The key's calls, the key itself when it is a call, then the value's: gc inserts
    // f(1): f(2) after calling f(1) first.
    hoistCalls(e);
    hoistCalls(value);
    if (auto hk = hoisted_.find(e); hk != hoisted_.end()) {
      Value* v = hk->second;
      hoisted_.erase(hk);
      return v;
    }
  }
  return build(e);
}

// exprNode(e), its parts that gc orders on their own marked first.
Value* Builder::build(const Expr* e) {
  // The right side of && and || runs on its own (only when needed): its calls go first
  // there.
  if (auto* b = llvm::dyn_cast<BinaryExpr>(e); b && (b->op == Tok::LogAnd || b->op == Tok::LogOr))
    logicalRhs_.insert(ast_.get(b->y));
  if (auto* lit = llvm::dyn_cast<CompositeLit>(e)) {
    const ty::TypeAndValue* tv = info_.typeOf(e);
    if (tv && llvm::isa<ty::Map>(ty::underlying(tv->type)))
      for (const Expr* elt : ast_.nodes(lit->elts))
        if (auto* kv = llvm::dyn_cast<KeyValueExpr>(elt))
          mapEntryValue_[ast_.get(kv->key)] = ast_.get(kv->value);
  }
  ++exprDepth_;
  Value* v = exprNode(e);
  --exprDepth_;
  return v;
}

// The values of an expression list (arguments, results, right-hand sides), call-like
// operands of all of them first.
std::vector<Value*> Builder::valuesInOrder(ExprRange list, ty::Signature* sig) {
  hoistArgs(list, sig);
  std::vector<Value*> out;
  for (const Expr* a : list) out.push_back(expr(a));
  return out;
}

}  // namespace ergo::ir::build
