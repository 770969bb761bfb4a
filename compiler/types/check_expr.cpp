// Expressions: operands, untyped constant conversion, operators, indexing, assertions.
#include "types/check_internal.h"

namespace ergo::types {

void Checker::record(Operand& x) {
  if (!x.expr) return;
  if (x.mode != Mode::Builtin && x.mode != Mode::Invalid) {
    requireLowerableType(x.expr->pos, x.type);
  }
  info_.types[x.expr] = TypeAndValue{x.mode, x.type, x.value};
}

void Checker::updateType(const Expr* e, Type* t) {
  auto it = info_.types.find(e);
  if (it == info_.types.end()) return;
  if (!isUntyped(it->second.type)) return;
  it->second.type = t;
  // The left operand of a non-constant shift must end up with an integer type, and a
  // constant one must fit it.
  if (auto lhs = shiftLhs_.find(e); lhs != shiftLhs_.end() && !isUntyped(t)) {
    const BinaryExpr* shiftExpr = lhs->second;
    shiftLhs_.erase(lhs);
    if (!isInteger(t)) {
      error(e->pos, fmt::format("invalid operation: {} (shift of type {})", exprString(shiftExpr),
                                typeStr(t)));
      return;
    }
    if (it->second.mode == Mode::Constant) {
      Operand c;
      c.mode = Mode::Constant;
      c.expr = e;
      c.type = ctx_.basic(BasicKind::UntypedInt);
      c.value = it->second.value;
      Constant v;
      ConvError code = representation(c, llvm::cast<Basic>(underlying(t)), &v);
      if (code != ConvError::None) {
        invalidConversion(code, c, underlying(t));
        return;
      }
      info_.types[e].value = v;
    }
  }
  // Non-constant untyped expressions pass the final type down to their operands.
  if (auto* p = llvm::dyn_cast<ParenExpr>(e)) {
    updateType(ast_.get(p->x), t);
  } else if (auto* u = llvm::dyn_cast<UnaryExpr>(e)) {
    if (it->second.mode != Mode::Constant) updateType(ast_.get(u->x), t);
  } else if (auto* b = llvm::dyn_cast<BinaryExpr>(e)) {
    if (it->second.mode == Mode::Constant) return;
    if (!isComparison(b->op)) {
      updateType(ast_.get(b->x), t);
      if (b->op != Tok::Shl && b->op != Tok::Shr) updateType(ast_.get(b->y), t);
    }
  }
}

void Checker::rawExpr(Operand& x, const Expr* e, Type* hint) {
  x = Operand{};
  x.expr = e;
  switch (e->kind) {
    case NodeKind::BadExpr:
      return;
    case NodeKind::Ident:
      ident(x, llvm::cast<Ident>(e));
      break;
    case NodeKind::BasicLit:
      // A malformed literal was reported by the lexer; like gc, say nothing more about it.
      if (llvm::cast<BasicLit>(e)->bad) return;
      basicLit(x, llvm::cast<BasicLit>(e));
      break;
    case NodeKind::ParenExpr: {
      rawExpr(x, ast_.get(llvm::cast<ParenExpr>(e)->x), hint);
      x.expr = e;
      break;
    }
    case NodeKind::SelectorExpr:
      selector(x, llvm::cast<SelectorExpr>(e));
      break;
    case NodeKind::CallExpr:
      call(x, llvm::cast<CallExpr>(e));
      break;
    case NodeKind::IndexExpr:
      indexExpr(x, llvm::cast<IndexExpr>(e));
      break;
    case NodeKind::SliceExpr:
      sliceExpr(x, llvm::cast<SliceExpr>(e));
      break;
    case NodeKind::TypeAssertExpr:
      typeAssert(x, llvm::cast<TypeAssertExpr>(e));
      break;
    case NodeKind::UnaryExpr:
      unary(x, llvm::cast<UnaryExpr>(e));
      break;
    case NodeKind::BinaryExpr:
      binary(x, llvm::cast<BinaryExpr>(e));
      break;
    case NodeKind::CompositeLit:
      compositeLit(x, llvm::cast<CompositeLit>(e), hint);
      break;
    case NodeKind::StarExpr:
      star(x, llvm::cast<StarExpr>(e));
      break;
    case NodeKind::FuncLit:
      funcLit(x, llvm::cast<FuncLit>(e));
      break;
    case NodeKind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      return;
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      return;
    default: {
      // A type literal used as an operand (e.g. the []byte in []byte(s)).
      Type* t = typeExpr(e);
      if (isBasic(t, BasicKind::Invalid)) return;
      x.mode = Mode::TypeExpr;
      x.type = t;
      break;
    }
  }
  if (x.mode == Mode::Invalid) return;
  x.expr = e;
  record(x);
}

void Checker::exprOrType(Operand& x, const Expr* e) {
  rawExpr(x, e);
}

void Checker::expr(Operand& x, const Expr* e, Type* hint) {
  rawExpr(x, e, hint);
  singleValue(x);
}

void Checker::singleValue(Operand& x) {
  const Expr* e = x.expr;
  switch (x.mode) {
    case Mode::Invalid:
      return;
    case Mode::NoValue:
      error(e->pos, fmt::format("{} (no value) used as value", exprString(e)));
      break;
    case Mode::TypeExpr:
      error(e->pos, fmt::format("{} (type) is not an expression", exprString(e)));
      break;
    case Mode::Builtin:
      error(e->pos, fmt::format("{} (built-in) must be called", exprString(e)));
      break;
    default:
      if (auto* t = llvm::dyn_cast_or_null<Tuple>(x.type)) {
        error(e->pos, fmt::format("multiple-value {} (value of type {}) in single-value context",
                                  exprString(e), typeStr(t)));
        break;
      }
      if (auto* s = llvm::dyn_cast_or_null<Signature>(x.type); s && !s->typeParams.empty()) {
        error(e->pos,
              fmt::format("cannot use generic function {} without instantiation", exprString(e)));
        break;
      }
      if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
      return;
  }
  x.mode = Mode::Invalid;
}

bool Checker::singleAssignExpr(Operand& x, const Expr* rhs, Pos lhsPos) {
  // x := f() where f returns several values: gc words it as an assignment mismatch.
  rawExpr(x, rhs);
  const Expr* e = rhs;
  while (llvm::isa<ParenExpr>(e)) e = ast_.get(llvm::cast<ParenExpr>(e)->x);
  auto* t = llvm::dyn_cast_or_null<Tuple>(x.type);
  if (llvm::isa<CallExpr>(e) && x.mode == Mode::Value && t && t->size() >= 2) {
    Ref<Expr> rhsRef = ast_.ref(rhs);
    assignMismatch(lhsPos, 1, ExprRange(&ast_, rhsRef), &x);
    x.mode = Mode::Invalid;
    return false;
  }
  singleValue(x);
  return !x.invalid();
}

void Checker::ident(Operand& x, const Ident* id, bool markUsed) {
  if (ast_.str(id->name) == "_") {
    error(id->pos, "cannot use _ as value or type");
    return;
  }
  // Found outside the current function's scopes: a variable of an enclosing function, which
  // a function literal captures.
  Object* obj = nullptr;
  bool outer = false;
  for (Scope* s = scope_; s && !obj; s = s->parent()) {
    obj = s->lookupLocal(ast_.str(id->name));
    if (!obj && s == funcScope_) outer = true;
  }
  if (!obj) {
    error(id->pos, fmt::format("undefined: {}", ast_.str(id->name).str()));
    return;
  }
  info_.uses[id] = obj;
  if (auto* v = llvm::dyn_cast<Var>(obj); v && outer && !v->isGlobal) v->captured = true;
  // References from package-level code to package-level variables and functions give the
  // initialisation order.
  bool packageLevel = obj->pkg == &pkg_ && decls_.count(obj);
  if (packageLevel) {
    resolve(obj);
    if (currentDecl_ && (llvm::isa<Var>(obj) || llvm::isa<Func>(obj)))
      decls_[currentDecl_].deps.insert(obj);
  }
  switch (obj->kind) {
    case ObjectKind::PkgName:
      // Not a use: gc also reports the import as not used.
      error(id->pos, fmt::format("use of package {} not in selector", ast_.str(id->name).str()));
      return;
    case ObjectKind::Const: {
      auto* c = static_cast<Const*>(obj);
      if (c->pkg == nullptr && c->name == "iota") {
        if (iota_ < 0) {
          error(id->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.mode = Mode::Constant;
        x.type = c->type;
        x.value = Constant::fromInt64(iota_);
        return;
      }
      if (!c->type || isBasic(c->type, BasicKind::Invalid)) return;
      x.mode = Mode::Constant;
      x.type = c->type;
      x.value = c->value;
      return;
    }
    case ObjectKind::TypeName:
      if (!obj->type || isBasic(obj->type, BasicKind::Invalid)) return;
      x.mode = Mode::TypeExpr;
      x.type = obj->type;
      return;
    case ObjectKind::Var: {
      auto* v = static_cast<Var*>(obj);
      if (markUsed) v->used = true;
      if (!v->type || isBasic(v->type, BasicKind::Invalid)) return;
      x.mode = Mode::Variable;
      x.type = v->type;
      return;
    }
    case ObjectKind::Func:
      if (!obj->type) return;
      x.mode = Mode::Value;
      x.type = obj->type;
      return;
    case ObjectKind::Builtin: {
      // Builtins newer than the package's language version do not exist for it.
      BuiltinId b = static_cast<Builtin*>(obj)->id;
      if ((b == BuiltinId::Min || b == BuiltinId::Max || b == BuiltinId::Clear) && goMinor() < 21) {
        error(id->pos, fmt::format("undefined: {}", ast_.str(id->name).str()));
        return;
      }
      x.mode = Mode::Builtin;
      x.builtin = static_cast<Builtin*>(obj)->id;
      x.type = ctx_.basic(BasicKind::Invalid);
      return;
    }
    case ObjectKind::Nil:
      x.mode = Mode::Value;
      x.type = ctx_.basic(BasicKind::UntypedNil);
      return;
    default:
      return;
  }
}

void Checker::basicLit(Operand& x, const BasicLit* lit) {
  llvm::StringRef text = ast_.str(lit->text);
  switch (lit->litKind) {
    case Tok::IntLit:
      x.value = Constant::fromIntLiteral(text);
      if (!x.value.known()) {
        error(lit->pos, fmt::format("integer constant overflow"));
        return;
      }
      x.type = ctx_.basic(BasicKind::UntypedInt);
      break;
    case Tok::RuneLit: {
      uint32_t r = 0;
      if (!unquoteRune(text, r)) return;  // the lexer has reported it
      x.value = Constant::fromInt64(r);
      x.type = ctx_.basic(BasicKind::UntypedRune);
      break;
    }
    case Tok::StringLit: {
      std::string s;
      if (!unquote(text, s)) return;
      x.value = Constant::fromString(std::move(s));
      x.type = ctx_.basic(BasicKind::UntypedString);
      break;
    }
    case Tok::FloatLit:
    case Tok::ImagLit:
      x.value = Constant::fromLiteral(lit->litKind, text);
      if (!x.value.known()) {
        error(lit->pos, fmt::format("malformed constant: {}", text.str()));
        return;
      }
      x.type = ctx_.basic(lit->litKind == Tok::FloatLit ? BasicKind::UntypedFloat
                                                        : BasicKind::UntypedComplex);
      break;
    default:
      return;
  }
  x.mode = Mode::Constant;
}

void Checker::selector(Operand& x, const SelectorExpr* e) {
  const Expr* operandExpr = ast_.get(e->x);
  const Ident* sel = ast_.get(e->sel);
  llvm::StringRef selName = ast_.str(sel->name);
  if (auto* id = llvm::dyn_cast<Ident>(operandExpr)) {
    Object* obj = scope_->lookup(ast_.str(id->name));
    if (auto* pn = llvm::dyn_cast_or_null<PkgName>(obj)) {
      pn->used = true;
      info_.uses[id] = pn;
      Object* member = pn->imported->scope->lookupLocal(selName);
      if (!member || (!member->exported() && pn->imported != &pkg_)) {
        if (member)
          error(sel->pos, fmt::format("name {} not exported by package {}", selName.str(),
                                      pn->imported->name));
        else
          error(sel->pos, fmt::format("undefined: {}.{}", ast_.str(id->name).str(), selName.str()));
        return;
      }
      info_.uses[sel] = member;
      switch (member->kind) {
        case ObjectKind::Const:
          x.mode = Mode::Constant;
          x.type = member->type;
          x.value = static_cast<Const*>(member)->value;
          return;
        case ObjectKind::TypeName:
          x.mode = Mode::TypeExpr;
          x.type = member->type;
          return;
        case ObjectKind::Var:
          x.mode = Mode::Variable;
          x.type = member->type;
          return;
        case ObjectKind::Func:
          x.mode = Mode::Value;
          x.type = member->type;
          return;
        case ObjectKind::Builtin:  // unsafe.Sizeof ...
          x.mode = Mode::Builtin;
          x.builtin = static_cast<Builtin*>(member)->id;
          x.type = ctx_.basic(BasicKind::Invalid);
          return;
        default:
          return;
      }
    }
  }
  Operand base;
  exprOrType(base, operandExpr);
  if (base.invalid()) return;
  if (base.mode == Mode::Builtin) {
    error(e->pos, fmt::format("cannot select on {}", operandString(base)));
    return;
  }
  if (base.mode != Mode::TypeExpr) {
    singleValue(base);
    if (base.invalid()) return;
  }
  if (isBasic(underlying(base.type), BasicKind::Invalid)) return;
  bool typeExprBase = base.mode == Mode::TypeExpr;
  Selection s = lookup(base.type, base.mode == Mode::Variable, selName, &pkg_);
  std::string xs = exprString(operandExpr);
  switch (s.kind) {
    case Selection::Kind::Ambiguous:
      error(sel->pos, fmt::format("ambiguous selector {}.{}", xs, selName.str()));
      return;
    case Selection::Kind::PointerRecv:
      error(sel->pos,
            fmt::format("cannot call pointer method {} on {}", selName.str(), typeStr(base.type)));
      return;
    case Selection::Kind::NotFound: {
      std::string why;
      auto* p = llvm::dyn_cast_or_null<Pointer>(underlying(base.type));
      if (p && isInterface(p->elem)) {
        why = fmt::format("type {} is pointer to interface, not interface", typeStr(base.type));
      } else {
        why = fmt::format("type {} has no field or method {}", typeStr(base.type), selName.str());
        // A name that differs only in the case of its first letter: gc points at it.
        if (!selName.empty() && std::isalpha(static_cast<unsigned char>(selName[0]))) {
          std::string other = selName.str();
          other[0] = std::isupper(other[0]) ? static_cast<char>(std::tolower(other[0]))
                                            : static_cast<char>(std::toupper(other[0]));
          if (lookup(base.type, base.mode == Mode::Variable, names_.intern(other), &pkg_).kind !=
              Selection::Kind::NotFound)
            why += ", but does have " + other;
        }
      }
      if (typeExprBase)
        error(sel->pos, fmt::format("{}.{} undefined (type {} has no method {})", xs, selName.str(),
                                    typeStr(base.type), selName.str()));
      else
        error(sel->pos, fmt::format("{}.{} undefined ({})", xs, selName.str(), why));
      return;
    }
    default:
      break;
  }
  if (s.func) {
    // A method of an instance is the instance's own (List[int].Push), for the IR builder.
    if (Named* n = methodHolder(base.type, s.index)) s.func = instanceMethod(ctx_, n, s.func);
    // v.M with a pointer receiver takes &v: v may change through it (see unary's &).
    if (!typeExprBase && base.mode == Mode::Variable && s.func->recv &&
        llvm::isa<Pointer>(s.func->recv->type) && !llvm::isa<Pointer>(underlying(base.type)))
      markAssigned(ast_.get(e->x));
    info_.uses[sel] = s.func;
    methodSelectors_.push_back(sel);
  }
  if (typeExprBase) {
    // A method expression T.m: a function taking the receiver first.
    if (s.kind != Selection::Kind::Method) {
      error(sel->pos, fmt::format("{}.{} undefined (type {} has no method {})", xs, selName.str(),
                                  typeStr(base.type), selName.str()));
      return;
    }
    auto* sig = llvm::dyn_cast_or_null<Signature>(s.type);
    if (!sig) return;
    std::vector<Type*> params{base.type};
    params.insert(params.end(), sig->params->types.begin(), sig->params->types.end());
    x.mode = Mode::Value;
    x.type = ctx_.signature(ctx_.tuple(params), sig->results, sig->variadic);
    return;
  }
  if (s.kind == Selection::Kind::Field) {
    // A field of an addressable struct, or one reached through a pointer, is a variable.
    x.mode = base.mode == Mode::Variable || s.indirect ? Mode::Variable : Mode::Value;
    x.type = s.type;
    return;
  }
  x.mode = Mode::Value;
  x.type = s.type;
}

Checker::ConvError Checker::representation(const Operand& x, Basic* target, Constant* out) {
  // An unknown value had its error reported where it was made.
  if (!x.value.known() || x.value.representable(target->basic, out)) {
    if (!x.value.known()) *out = x.value;
    return ConvError::None;
  }
  if (isNumeric(x.type) && isNumeric(target))
    return !isInteger(x.type) && isInteger(target) ? ConvError::Truncated : ConvError::Overflows;
  return ConvError::InvalidConst;
}

void Checker::invalidConversion(ConvError code, const Operand& x, Type* target) {
  Pos at = x.expr ? x.expr->pos : Pos{};
  switch (code) {
    case ConvError::Truncated:
      error(at, fmt::format("{} truncated to {}", operandString(x), typeStr(target)));
      break;
    case ConvError::Overflows:
      error(at, fmt::format("{} overflows {}", operandString(x), typeStr(target)));
      break;
    default:
      error(at, fmt::format("cannot convert {} to {}", operandString(x), typeStr(target)));
      break;
  }
}

void Checker::overflow(Operand& x, Pos opPos) {
  if (!x.value.known()) {
    error(opPos, "constant result is not representable");
    x.mode = Mode::Invalid;
    return;
  }
  if (!isUntyped(x.type)) {
    auto* b = llvm::cast<Basic>(underlying(x.type));
    Constant rounded;
    ConvError code = representation(x, b, &rounded);
    if (code != ConvError::None) {
      invalidConversion(code, x, b);
      x.mode = Mode::Invalid;
      return;
    }
    x.value = rounded;
  }
}

void Checker::updateValue(const Expr* e, const Constant& v) {
  while (e) {
    auto it = info_.types.find(e);
    if (it != info_.types.end() && it->second.mode == Mode::Constant) it->second.value = v;
    auto* p = llvm::dyn_cast<ParenExpr>(e);
    e = p ? ast_.get(p->x) : nullptr;
  }
}

bool Checker::fitsDefault(Operand& x, Type* d, const std::string& context) {
  // An untyped constant that takes its default type (x := 1 << 64, any(1e400)) must fit.
  auto* b = llvm::dyn_cast<Basic>(d);
  if (x.mode != Mode::Constant || !b || isUntyped(b) || !isNumeric(b)) return true;
  Constant v;
  ConvError code = representation(x, b, &v);
  if (code == ConvError::None) {
    x.value = v;
    updateValue(x.expr, v);
    return true;
  }
  error(x.expr->pos,
        fmt::format("cannot use {} as {} value in {}{}", operandString(x), typeStr(d), context,
                    code == ConvError::Truncated   ? " (truncated)"
                    : code == ConvError::Overflows ? " (overflows)"
                                                   : ""));
  x.mode = Mode::Invalid;
  return false;
}

void Checker::convertUntyped(Operand& x, Type* target, const std::string& context) {
  if (x.invalid() || !isUntyped(x.type)) return;
  if (isTypeParam(target)) {  // typeparams.cpp
    untypedToTypeParam(x, target, context);
    return;
  }
  if (!target || isUntyped(target) || isInterface(target)) {
    if (isBasic(x.type, BasicKind::UntypedNil)) {
      if (target && isInterface(target)) {
        x.type = target;
        updateType(x.expr, target);
      }
      return;
    }
    Type* d = defaultType(ctx_, x.type);
    if (target && isUntyped(target)) d = target;
    if (!fitsDefault(x, d, context)) return;
    x.type = d;
    updateType(x.expr, d);
    return;
  }
  Type* u = underlying(target);
  if (isBasic(x.type, BasicKind::UntypedNil)) {
    if (!hasNil(target)) {
      error(x.expr->pos, fmt::format("cannot convert nil to type {}", typeStr(target)));
      x.mode = Mode::Invalid;
      return;
    }
  } else if (auto* b = llvm::dyn_cast<Basic>(u)) {
    bool compatible = (isBoolean(x.type) && isBoolean(b)) || (isString(x.type) && isString(b)) ||
                      (isNumeric(x.type) && isNumeric(b));
    if (!compatible) {
      invalidConversion(ConvError::InvalidConst, x, b);
      x.mode = Mode::Invalid;
      return;
    }
    if (x.mode == Mode::Constant) {
      Constant v;
      ConvError code = representation(x, b, &v);
      if (code != ConvError::None) {
        invalidConversion(code, x, b);
        x.mode = Mode::Invalid;
        return;
      }
      x.value = v;
      updateValue(x.expr, v);
    }
  } else {
    error(x.expr->pos,
          fmt::format("cannot convert {} to type {}", operandString(x), typeStr(target)));
    x.mode = Mode::Invalid;
    return;
  }
  x.type = target;
  updateType(x.expr, target);
}

namespace {
int untypedRank(Type* t) {
  switch (static_cast<Basic*>(t)->basic) {
    case BasicKind::UntypedInt:
      return 1;
    case BasicKind::UntypedRune:
      return 2;
    case BasicKind::UntypedFloat:
      return 3;
    case BasicKind::UntypedComplex:
      return 4;
    default:
      return 0;
  }
}
}  // namespace

void Checker::matchTypes(Operand& x, Operand& y) {
  // Booleans, strings and the rest never mix (b == 1 is a mismatch, not a conversion).
  if (!isInterface(x.type) && !isInterface(y.type) &&
      (isBoolean(x.type) != isBoolean(y.type) || isString(x.type) != isString(y.type)))
    return;
  bool xu = isUntyped(x.type), yu = isUntyped(y.type);
  if (xu && !yu) {
    if (isBasic(x.type, BasicKind::UntypedNil) || isInterface(y.type) ||
        llvm::isa<Basic>(underlying(y.type)) || isTypeParam(y.type))
      convertUntyped(x, y.type);
  } else if (yu && !xu) {
    if (isBasic(y.type, BasicKind::UntypedNil) || isInterface(x.type) ||
        llvm::isa<Basic>(underlying(x.type)) || isTypeParam(x.type))
      convertUntyped(y, x.type);
  } else if (xu && yu) {
    int rx = untypedRank(x.type), ry = untypedRank(y.type);
    if (rx && ry) {
      if (rx < ry)
        x.type = y.type, updateType(x.expr, y.type);
      else if (ry < rx)
        y.type = x.type, updateType(y.expr, x.type);
    }
  }
}

bool Checker::isAssignable(Operand& x, Type* t) {
  Type* v = x.type;
  if (v == t) return true;
  if (isTypeParam(v) || isTypeParam(t)) {
    if (isTypeParam(v) && isInterface(t))
      return implements(v, llvm::cast<Interface>(underlying(t)));
    return false;
  }
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  if (vu == tu && (!llvm::isa<Named>(v) || !llvm::isa<Named>(t)) && !llvm::isa<Basic>(vu))
    return true;
  if (auto* iface = llvm::dyn_cast_or_null<Interface>(tu)) return implements(v, iface);
  // A bidirectional channel to a channel type of the same element type (one side unnamed).
  auto* vc = llvm::dyn_cast_or_null<Chan>(vu);
  auto* tc = llvm::dyn_cast_or_null<Chan>(tu);
  if (vc && tc && vc->dir == ChanDir::Both && vc->elem == tc->elem &&
      (!llvm::isa<Named>(v) || !llvm::isa<Named>(t)))
    return true;
  return false;
}

bool Checker::assignable(Operand& x, Type* t, const std::string& context) {
  if (x.invalid() || !t || isBasic(t, BasicKind::Invalid)) return false;
  if (int r = assignableTypeParam(x, t, context); r >= 0) return r == 1;  // typeparams.cpp
  if (isUntyped(x.type)) {
    Type* tu = underlying(t);
    if (isBasic(x.type, BasicKind::UntypedNil)) {
      if (!hasNil(t)) {
        error(x.expr->pos, fmt::format("cannot use nil as {} value in {}", typeStr(t), context));
        x.mode = Mode::Invalid;
        return false;
      }
    } else if (auto* b = llvm::dyn_cast_or_null<Basic>(tu)) {
      bool compatible = (isBoolean(x.type) && isBoolean(b)) || (isString(x.type) && isString(b)) ||
                        (isNumeric(x.type) && isNumeric(b));
      if (!compatible) {
        error(x.expr->pos, fmt::format("cannot use {} as {} value in {}", operandString(x),
                                       typeStr(t), context));
        x.mode = Mode::Invalid;
        return false;
      }
      if (x.mode == Mode::Constant) {
        Constant v;
        ConvError code = representation(x, b, &v);
        if (code != ConvError::None) {
          error(x.expr->pos, fmt::format("cannot use {} as {} value in {}{}", operandString(x),
                                         typeStr(t), context,
                                         code == ConvError::Truncated   ? " (truncated)"
                                         : code == ConvError::Overflows ? " (overflows)"
                                                                        : ""));
          x.mode = Mode::Invalid;
          return false;
        }
      }
    } else if (!llvm::isa_and_nonnull<Interface>(tu)) {
      error(x.expr->pos,
            fmt::format("cannot use {} as {} value in {}", operandString(x), typeStr(t), context));
      x.mode = Mode::Invalid;
      return false;
    } else if (auto* iface = llvm::cast<Interface>(tu); !iface->empty()) {
      // gc 1.19 first gives the constant its default type (which has no methods), then words
      // it as a typed mismatch.
      Type* d = defaultType(ctx_, x.type);
      Operand typed = x;
      typed.type = d;
      error(x.expr->pos, fmt::format("cannot use {} as type {} in {}:\n\t{} does not implement {} "
                                     "(missing {} method)",
                                     operandString(typed), typeStr(t), context, typeStr(d),
                                     typeStr(t), iface->methods[0].name.str()));
      x.mode = Mode::Invalid;
      return false;
    }
    convertUntyped(x, t, context);
    return !x.invalid();
  }
  if (isAssignable(x, t)) return true;
  std::string why;
  if (auto* from = llvm::dyn_cast_or_null<Interface>(underlying(x.type));
      from && !isInterface(t) && implements(t, from))
    why = ":\n\tneed type assertion";
  else if (auto* iface = llvm::dyn_cast_or_null<Interface>(underlying(t)); iface && !iface->empty())
    why = fmt::format(":\n\t{} does not implement {} {}", typeStr(x.type), typeStr(t),
                      missingMethodReason(x.type, iface));
  // gc 1.19 words typed mismatches as "as type T", untyped ones as "as T value".
  error(x.expr->pos, fmt::format("cannot use {} as type {} in {}{}", operandString(x), typeStr(t),
                                 context, why));
  x.mode = Mode::Invalid;
  return false;
}

void Checker::star(Operand& x, const StarExpr* e) {
  exprOrType(x, ast_.get(e->x));
  if (x.invalid()) return;
  if (x.mode == Mode::TypeExpr) {
    // *T as a type in an expression, e.g. the conversion (*T)(p).
    x.type = ctx_.pointer(x.type);
    return;
  }
  singleValue(x);
  if (x.invalid()) return;
  if (isBasic(x.type, BasicKind::UntypedNil)) {
    error(e->pos, "invalid operation: cannot indirect nil");
    x.mode = Mode::Invalid;
    return;
  }
  auto* p = llvm::dyn_cast_or_null<Pointer>(underlying(x.type));
  if (!p) {
    error(x.expr->pos, fmt::format("invalid operation: cannot indirect {}", operandString(x)));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Variable;
  x.type = p->elem;
}

void Checker::unary(Operand& x, const UnaryExpr* e) {
  if (e->op == Tok::And) {
    const Expr* inner = ast_.get(e->x);
    while (auto* p = llvm::dyn_cast<ParenExpr>(inner)) inner = ast_.get(p->x);
    expr(x, ast_.get(e->x));
    if (x.invalid()) return;
    // &T{} is allowed although a composite literal is not addressable.
    if (x.mode != Mode::Variable && !llvm::isa<CompositeLit>(inner)) {
      error(x.expr->pos,
            fmt::format("invalid operation: cannot take address of {}", operandString(x)));
      x.mode = Mode::Invalid;
      return;
    }
    // A variable whose address is taken may change through the pointer: closures must
    // share it, as they share an assigned one (the IR builder's sharedCapture).
    markAssigned(inner);
    x.mode = Mode::Value;
    x.type = ctx_.pointer(x.type);
    x.expr = e;
    return;
  }
  if (e->op == Tok::Arrow) {
    expr(x, ast_.get(e->x));
    if (x.invalid()) return;
    auto* c = llvm::dyn_cast_or_null<Chan>(underlying(x.type));
    if (!c || c->dir == types::ChanDir::Send) {
      error(x.expr->pos, fmt::format("invalid operation: cannot receive from {}{}",
                                     c ? "send-only channel " : "non-channel ", operandString(x)));
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::CommaOk;
    x.type = c->elem;
    x.expr = e;
    requireLowerable(e->pos, "channels");
    return;
  }
  expr(x, ast_.get(e->x));
  if (x.invalid()) return;
  bool ok = false;
  switch (e->op) {
    case Tok::Add:
    case Tok::Sub:
      ok = isNumeric(x.type);
      break;
    case Tok::Not:
      ok = isBoolean(x.type);
      break;
    case Tok::Xor:
      ok = isInteger(x.type);
      break;
    default:
      break;
  }
  if (!ok) {
    // At the operand, as gc.
    error(x.expr->pos, fmt::format("invalid operation: operator {} not defined on {}",
                                   tokSpelling(e->op).str(), operandString(x)));
    x.mode = Mode::Invalid;
    return;
  }
  x.expr = e;
  if (x.mode == Mode::Constant) {
    unsigned bits = 0;
    if (isUnsigned(x.type)) {
      auto* b = llvm::cast<Basic>(underlying(x.type));
      bits = b->basic == BasicKind::Uint8    ? 8
             : b->basic == BasicKind::Uint16 ? 16
             : b->basic == BasicKind::Uint32 ? 32
                                             : 64;
    }
    if (!x.value.known()) return;  // an earlier error; do not report another
    x.value = Constant::unary(e->op, x.value, bits);
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::shift(Operand& x, Operand& y, const BinaryExpr* e) {
  // An untyped constant operand may be any numeric kind whose value is an integer (2.0).
  Constant xval = x.mode == Mode::Constant ? x.value.toInt() : Constant();
  if (!isInteger(x.type) && !(isUntyped(x.type) && xval.kind() == Constant::Kind::Int)) {
    error(x.expr->pos,
          fmt::format("invalid operation: shifted operand {} must be integer", operandString(x)));
    x.mode = Mode::Invalid;
    return;
  }
  const Expr* countExpr = ast_.get(e->y);
  if (y.mode == Mode::Constant) {
    Constant yval = y.value.toInt();
    if (yval.kind() == Constant::Kind::Int && yval.sign() < 0) {
      error(countExpr->pos,
            fmt::format("invalid operation: negative shift count {}", operandString(y)));
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      // Representable as uint, but not converted (the count keeps its untyped kind).
      Constant v;
      ConvError code = representation(y, ctx_.basic(BasicKind::Uint), &v);
      if (code != ConvError::None) {
        invalidConversion(code, y, ctx_.basic(BasicKind::Uint));
        x.mode = Mode::Invalid;
        return;
      }
      y.value = v;
    }
  } else if (isInteger(y.type)) {
  } else if (isUntyped(y.type)) {
    convertUntyped(y, ctx_.basic(BasicKind::Uint));
    if (y.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
  } else {
    error(countExpr->pos,
          fmt::format("invalid operation: shift count {} must be integer", operandString(y)));
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      if (!x.value.known() || !y.value.known()) {
        x.value = Constant();
        if (!isInteger(x.type)) x.type = ctx_.basic(BasicKind::UntypedInt);
        x.expr = e;
        return;
      }
      // gc bounds constant shift counts (enough to reach the smallest float64).
      constexpr uint64_t kShiftBound = 1023 - 1 + 52;
      Constant count = y.value.toInt();
      if (!count.isInt64() || count.uint64() > kShiftBound) {
        error(countExpr->pos,
              fmt::format("invalid operation: invalid shift count {}", operandString(y)));
        x.mode = Mode::Invalid;
        return;
      }
      // 2.0 << 1 is an untyped integer constant.
      if (!isInteger(x.type)) x.type = ctx_.basic(BasicKind::UntypedInt);
      x.value = Constant::shift(e->op, xval, count.uint64());
      x.expr = e;
      if (!x.value.known()) {
        error(e->opPos, "constant shift overflow");
        x.mode = Mode::Invalid;
        return;
      }
      overflow(x, e->opPos);
      return;
    }
    if (isUntyped(x.type)) {
      // A non-constant shift of an untyped constant: the constant takes the type the context
      // gives the whole shift (gc's delayed check, in updateType), which must be an integer.
      shiftLhs_[x.expr] = e;
      x.mode = Mode::Value;
      x.expr = e;
      return;
    }
  }
  if (!isInteger(x.type)) {
    error(x.expr->pos,
          fmt::format("invalid operation: shifted operand {} must be integer", operandString(x)));
    x.mode = Mode::Invalid;
    return;
  }
  x.expr = e;
  x.mode = Mode::Value;
}

std::string Checker::kindString(Type* t) const {
  switch (underlying(t) ? underlying(t)->kind : TypeKind::Basic) {
    case TypeKind::Array:
      return "array";
    case TypeKind::Slice:
      return "slice";
    case TypeKind::Struct:
      return "struct";
    case TypeKind::Pointer:
      return "pointer";
    case TypeKind::Signature:
      return "func";
    case TypeKind::Interface:
      return "interface";
    case TypeKind::Map:
      return "map";
    case TypeKind::Chan:
      return "chan";
    default:
      return typeStr(t);
  }
}

std::string Checker::incomparableCause(Type* t) const {
  if (isTypeParam(t)) return "incomparable types in type set";
  Type* u = underlying(t);
  if (llvm::isa_and_nonnull<Slice>(u) || llvm::isa_and_nonnull<Signature>(u) ||
      llvm::isa_and_nonnull<Map>(u))
    return kindString(t) + " can only be compared to nil";
  if (auto* s = llvm::dyn_cast_or_null<Struct>(u)) {
    for (const Field& f : s->fields)
      if (!isComparable(f.type))
        return fmt::format("struct containing {} cannot be compared", typeStr(f.type));
  }
  if (auto* a = llvm::dyn_cast_or_null<Array>(u); a && !isComparable(a->elem))
    return fmt::format("{} cannot be compared", typeStr(t));
  return "";
}

void Checker::comparison(Operand& x, Operand& y, const BinaryExpr* e, bool xnil, bool ynil) {
  bool ok = isAssignable(x, y.type) || isAssignable(y, x.type);
  std::string cause;
  const Operand* errOp = &x;
  if (ok) {
    if (e->op == Tok::Eql || e->op == Tok::Neq) {
      if (xnil || ynil) {
        Type* other = xnil ? y.type : x.type;
        ok = (xnil && ynil) ? false : hasNil(other);
        if (xnil && ynil) cause = "operator == not defined on nil";
      } else if (!isComparable(x.type)) {
        ok = false;
        cause = incomparableCause(x.type);
      } else if (!isComparable(y.type)) {
        ok = false;
        errOp = &y;
        cause = incomparableCause(y.type);
      }
    } else if (!isOrdered(x.type) || !isOrdered(y.type)) {
      ok = false;
      if (isOrdered(x.type)) errOp = &y;
    }
    if (!ok && cause.empty() && isTypeParam(errOp->type))  // typeparams.cpp's words
      cause = fmt::format("type parameter {} is not comparable with {}", typeStr(errOp->type),
                          tokSpelling(e->op).str());
    if (!ok && cause.empty())
      cause = fmt::format("operator {} not defined on {}", tokSpelling(e->op).str(),
                          kindString(errOp->type));
  } else {
    cause = fmt::format("mismatched types {} and {}", typeStr(x.type), typeStr(y.type));
    errOp = &y;  // gc reports mismatched operands of a comparison at the second one
  }
  if (!ok) {
    Pos at = errOp == &y ? ast_.get(e->y)->pos : ast_.get(e->x)->pos;
    error(at, fmt::format("invalid operation: {} ({})", exprString(e), cause));
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.value = Constant::fromBool(Constant::compare(e->op, x.value, y.value));
  } else {
    x.mode = Mode::Value;
    // Untyped operands of a non-constant comparison take their default types.
    convertUntyped(x, nullptr);
    convertUntyped(y, nullptr);
  }
  x.expr = e;
  x.type = ctx_.basic(BasicKind::UntypedBool);
}

bool binaryOperatorDefined(Tok op, Type* t) {
  switch (op) {
    case Tok::Add:
      return isNumeric(t) || isString(t);
    case Tok::Sub:
    case Tok::Mul:
    case Tok::Quo:
      return isNumeric(t);
    case Tok::Rem:
    case Tok::And:
    case Tok::Or:
    case Tok::Xor:
    case Tok::AndNot:
      return isInteger(t);
    case Tok::LogAnd:
    case Tok::LogOr:
      return isBoolean(t);
    default:
      return false;
  }
}

void Checker::binary(Operand& x, const BinaryExpr* e) {
  const Expr* left = ast_.get(e->x);
  const Expr* right = ast_.get(e->y);
  Operand y;
  expr(x, left);
  expr(y, right);
  if (x.invalid() || y.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  if (e->op == Tok::Shl || e->op == Tok::Shr) {
    shift(x, y, e);
    return;
  }
  bool xnil = isBasic(x.type, BasicKind::UntypedNil), ynil = isBasic(y.type, BasicKind::UntypedNil);
  matchTypes(x, y);
  if (x.invalid() || y.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  if (isComparison(e->op)) {
    comparison(x, y, e, xnil, ynil);
    return;
  }
  if (x.type != y.type) {
    error(left->pos, fmt::format("invalid operation: {} (mismatched types {} and {})",
                                 exprString(e), typeStr(x.type), typeStr(y.type)));
    x.mode = Mode::Invalid;
    return;
  }
  bool ok = binaryOperatorDefined(e->op, x.type);
  if (!ok && isTypeParam(x.type)) ok = typeParamOperator(e->op, x.type);  // typeparams.cpp
  if (!ok) {
    error(left->pos, fmt::format("invalid operation: operator {} not defined on {}",
                                 tokSpelling(e->op).str(), operandString(x)));
    x.mode = Mode::Invalid;
    return;
  }
  if (e->op == Tok::Quo || e->op == Tok::Rem) {
    // A constant or integer dividend with a constant zero divisor; floating-point division
    // by a zero variable is fine (and so is a float variable divided by constant zero).
    bool zero = y.mode == Mode::Constant && y.value.known() && y.value.sign() == 0;
    // A complex divisor whose squared parts are both 0 (they underflow): gc's issue 20227.
    if (!zero && x.mode == Mode::Constant && y.mode == Mode::Constant && y.value.known() &&
        y.value.kind() == Constant::Kind::Complex) {
      Constant re = y.value.real(), im = y.value.imag();
      zero = Constant::binary(Tok::Mul, re, re, false).sign() == 0 &&
             Constant::binary(Tok::Mul, im, im, false).sign() == 0;
    }
    if (zero && (x.mode == Mode::Constant || isInteger(x.type))) {
      error(right->pos, "invalid operation: division by zero");
      x.mode = Mode::Invalid;
      return;
    }
  }
  x.expr = e;
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (!x.value.known() || !y.value.known()) {
      x.value = Constant();
      return;
    }
    bool intOperands =
        x.value.kind() == Constant::Kind::Int && y.value.kind() == Constant::Kind::Int;
    x.value = Constant::binary(e->op, x.value, y.value, isInteger(x.type));
    if (!x.value.known() && intOperands) {
      const char* what = e->op == Tok::Add   ? "addition"
                         : e->op == Tok::Sub ? "subtraction"
                         : e->op == Tok::Mul ? "multiplication"
                         : e->op == Tok::Xor ? "bitwise XOR"
                                             : "arithmetic";
      error(e->opPos, fmt::format("constant {} overflow", what));
      x.mode = Mode::Invalid;
      return;
    }
    overflow(x, e->opPos);
    return;
  }
  x.mode = Mode::Value;
}

bool Checker::index(const Expr* e, int64_t max, int64_t* value) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return false;
  if (isUntyped(x.type)) convertUntyped(x, ctx_.basic(BasicKind::Int));
  if (x.invalid()) return false;
  if (!isInteger(x.type)) {
    error(e->pos, fmt::format("invalid argument: index {} must be integer", operandString(x)));
    return false;
  }
  if (x.mode == Mode::Constant) {
    if (x.value.intValue().isNegative()) {
      error(e->pos,
            fmt::format("invalid argument: index {} must not be negative", operandString(x)));
      return false;
    }
    if (max >= 0 && x.value.intValue().sge(max)) {
      error(e->pos, fmt::format("invalid argument: index {} out of bounds [0:{}]",
                                x.value.toString(), max));
      return false;
    }
    if (value) *value = x.value.int64();
  }
  return true;
}

void Checker::indexExpr(Operand& x, const IndexExpr* e) {
  exprOrType(x, ast_.get(e->x));
  if (x.invalid()) return;
  // Generic instantiation (instantiate.cpp): List[int] as a type, F[int] as a function.
  if (x.mode == Mode::TypeExpr) {
    x.type = instantiatedType(e, x.type);
    x.mode = isBasic(x.type, BasicKind::Invalid) ? Mode::Invalid : Mode::TypeExpr;
    x.expr = e;
    return;
  }
  if (auto* sig = llvm::dyn_cast_or_null<Signature>(x.type); sig && !sig->typeParams.empty()) {
    funcInstance(x, e);
    return;
  }
  if (ast_.nodes(e->indices).size() != 1) {
    error(e->pos, "unexpected comma; expecting ]");
    x.mode = Mode::Invalid;
    return;
  }
  if (isTypeParam(x.type) && !coreType(x.type) && typeParamIndex(x, e)) return;  // typeparams.cpp
  Type* u = underlying(x.type);
  if (isString(x.type)) {
    int64_t max =
        x.mode == Mode::Constant ? static_cast<int64_t>(x.value.stringValue().size()) : -1;
    if (!index(ast_.nodes(e->indices)[0], max, nullptr)) {
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntyped(x.type)) convertUntyped(x, ctx_.basic(BasicKind::String));
    x.mode = Mode::Value;
    x.type = ctx_.basic(BasicKind::Uint8);
    x.expr = e;
    return;
  }
  if (auto* s = llvm::dyn_cast_or_null<Slice>(u)) {
    if (!index(ast_.nodes(e->indices)[0], -1, nullptr)) {
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::Variable;
    x.type = s->elem;
    x.expr = e;
    return;
  }
  // An array (addressable if the array is), or a pointer to one (always addressable).
  auto* arr = llvm::dyn_cast_or_null<Array>(u);
  bool viaPointer = false;
  if (auto* p = llvm::dyn_cast_or_null<Pointer>(u)) {
    arr = llvm::dyn_cast_or_null<Array>(underlying(p->elem));
    viaPointer = arr != nullptr;
  }
  if (arr) {
    if (!index(ast_.nodes(e->indices)[0], arr->len, nullptr)) {
      x.mode = Mode::Invalid;
      return;
    }
    if (!viaPointer && x.mode != Mode::Variable) x.mode = Mode::Value;
    if (viaPointer) x.mode = Mode::Variable;
    x.type = arr->elem;
    x.expr = e;
    return;
  }
  if (auto* m = llvm::dyn_cast_or_null<Map>(u)) {
    Operand k;
    expr(k, ast_.nodes(e->indices)[0], m->key);
    if (k.invalid() || !assignable(k, m->key, "map index")) {
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::CommaOk;
    x.type = m->elem;
    x.expr = e;
    return;
  }
  error(e->pos, fmt::format("invalid operation: cannot index {}", operandString(x)));
  x.mode = Mode::Invalid;
}

void Checker::sliceExpr(Operand& x, const SliceExpr* e) {
  expr(x, ast_.get(e->x));
  if (x.invalid()) return;
  int64_t arrayLen = -1;
  Type* resultType = nullptr;  // slicing an array gives a slice
  if (isString(x.type)) {
    if (e->slice3) {
      error(e->pos, fmt::format("invalid operation: 3-index slice of string"));
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntyped(x.type)) convertUntyped(x, ctx_.basic(BasicKind::String));
  } else if (auto* a = llvm::dyn_cast_or_null<Array>(underlying(x.type))) {
    if (x.mode != Mode::Variable) {
      error(x.expr->pos,
            fmt::format("invalid operation: {} (slice of unaddressable value)", exprString(e)));
      x.mode = Mode::Invalid;
      return;
    }
    arrayLen = a->len;
    resultType = ctx_.slice(a->elem);
  } else if (auto* p = llvm::dyn_cast_or_null<Pointer>(underlying(x.type));
             p && llvm::isa_and_nonnull<Array>(underlying(p->elem))) {
    auto* a = llvm::cast<Array>(underlying(p->elem));
    arrayLen = a->len;
    resultType = ctx_.slice(a->elem);
  } else if (!llvm::isa_and_nonnull<Slice>(underlying(x.type))) {
    error(x.expr->pos, fmt::format("invalid operation: cannot slice {}", operandString(x)));
    x.mode = Mode::Invalid;
    return;
  }
  int64_t max = x.mode == Mode::Constant ? static_cast<int64_t>(x.value.stringValue().size()) + 1
                                         : (arrayLen >= 0 ? arrayLen + 1 : -1);
  int64_t values[3] = {-1, -1, -1};
  const Expr* parts[3] = {ast_.get(e->lo), ast_.get(e->hi), ast_.get(e->max)};
  for (int i = 0; i < 3; ++i)
    if (parts[i] && !index(parts[i], max, &values[i])) {
      x.mode = Mode::Invalid;
      return;
    }
  // Constant indices must be in order.
  int64_t prev = -1;
  for (int i = 0; i < 3; ++i) {
    if (values[i] < 0) continue;
    if (values[i] < prev) {
      error(parts[i]->pos, fmt::format("invalid slice indices: {} < {}", values[i], prev));
      x.mode = Mode::Invalid;
      return;
    }
    prev = values[i];
  }
  x.mode = Mode::Value;
  if (resultType) x.type = resultType;
  x.expr = e;
}

void Checker::typeAssert(Operand& x, const TypeAssertExpr* e) {
  expr(x, ast_.get(e->x));
  if (x.invalid()) return;
  if (!e->type) {
    error(e->pos, "use of .(type) outside type switch");
    x.mode = Mode::Invalid;
    return;
  }
  if (!isInterface(x.type)) {
    error(ast_.get(e->x)->pos,
          fmt::format("invalid operation: {} is not an interface", operandString(x)));
    x.mode = Mode::Invalid;
    return;
  }
  Type* t = typeExpr(ast_.get(e->type));
  if (isBasic(t, BasicKind::Invalid)) {
    x.mode = Mode::Invalid;
    return;
  }
  // A concrete type must implement the operand's interface.
  if (!isInterface(t) && !isTypeParam(t)) {
    std::string why = missingMethodReason(t, llvm::cast<Interface>(underlying(x.type)));
    if (!why.empty()) {
      error(e->pos, fmt::format("impossible type assertion: {}\n\t{} does not implement {} {}",
                                exprString(e), typeStr(t), typeStr(x.type), why));
      x.mode = Mode::Invalid;
      return;
    }
  }
  x.mode = Mode::CommaOk;
  x.type = t;
  x.expr = e;
}

void Checker::funcLit(Operand& x, const FuncLit* e) {
  auto* fn = newObject<Func>("", e->pos, &pkg_);
  fn->type = funcSignature(ast_.get(e->type), fn);
  info_.funcs[e] = fn;
  // The body sees the enclosing function's scopes; it is checked in place.
  checkFuncBody(fn, ast_.get(e->body));
  x.mode = Mode::Value;
  x.type = fn->type;
}

}  // namespace ergo::types
