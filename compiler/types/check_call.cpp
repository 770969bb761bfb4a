// Calls: function calls and their arguments, conversions, and the builtin functions.
#include "types/check_internal.h"
#include "types/typesets.h"

namespace ergo::types {

namespace {
bool isByteSliceOrString(Type* t) {
  if (isString(t)) return true;
  auto* s = llvm::dyn_cast_or_null<Slice>(underlying(t));
  return s && isBasic(s->elem, BasicKind::Uint8);
}
bool isBytesOrStringTypeParam(Type* t) {
  auto* tp = llvm::dyn_cast_or_null<TypeParam>(t);
  return tp && allInTypeSet(tp, isByteSliceOrString);
}
// The results of the multi-value call `call`, one operand each.
std::vector<Operand> resultOperands(Tuple* t, const Expr* call) {
  std::vector<Operand> ops;
  for (Type* ti : t->types) {
    Operand xi;
    xi.mode = Mode::Value;
    xi.type = ti;
    xi.expr = call;
    ops.push_back(xi);
  }
  return ops;
}
}  // namespace

std::vector<Operand> Checker::argumentList(ExprRange args) {
  std::vector<Operand> ops;
  if (args.size() == 1) {
    Operand x;
    rawExpr(x, args[0]);
    if (auto* t = llvm::dyn_cast_or_null<Tuple>(x.type); t && x.mode == Mode::Value)
      return resultOperands(t, args[0]);  // f(g()) where g returns several values
    if (x.mode == Mode::NoValue) {
      error(args[0]->pos, fmt::format("{} (no value) used as value", exprString(args[0])));
      x.mode = Mode::Invalid;
    } else if (x.mode == Mode::TypeExpr) {
      error(args[0]->pos, fmt::format("{} (type) is not an expression", exprString(args[0])));
      x.mode = Mode::Invalid;
    } else if (x.mode == Mode::Builtin) {
      error(args[0]->pos, fmt::format("{} (built-in) must be called", exprString(args[0])));
      x.mode = Mode::Invalid;
    } else if (x.mode == Mode::CommaOk) {
      x.mode = Mode::Value;
    }
    ops.push_back(x);
    return ops;
  }
  for (const Expr* a : args) {
    Operand x;
    expr(x, a);
    ops.push_back(x);
  }
  return ops;
}

std::vector<Operand> Checker::spreadCall(ExprRange args, bool hasDots) {
  if (args.size() != 1 || hasDots) return {};
  const Expr* e = args[0];
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast_.get(p->x);
  auto* call = llvm::dyn_cast<CallExpr>(e);
  if (!call) return {};
  Operand x;
  rawExpr(x, args[0]);
  auto* t = llvm::dyn_cast_or_null<Tuple>(x.type);
  if (!t || x.mode != Mode::Value) {
    singleValue(x);
    return {x};
  }
  return resultOperands(t, args[0]);
}

std::string Checker::tupleString(llvm::ArrayRef<Operand> ops) const {
  std::string s = "(";
  for (size_t i = 0; i < ops.size(); ++i) {
    if (i) s += ", ";
    const Operand& x = ops[i];
    // gc spells untyped numeric constants "number", other untyped values by their kind.
    if (x.mode == Mode::Constant && isUntyped(x.type) && isNumeric(x.type))
      s += "number";
    else if (x.type && isUntyped(x.type))
      s += typeStr(defaultType(ctx_, x.type));
    else
      s += summaryType(x.type);
  }
  return s + ")";
}

std::string Checker::summaryType(Type* t) const {
  // gc's have/want lines write an invalid type as <T>.
  return !t || isBasic(t, BasicKind::Invalid) ? "<T>" : typeStr(t);
}

// gc reports missing arguments at the last argument, or at the call when there is none.
static Pos notEnoughPos(const Ast& ast, const CallExpr* e) {
  ExprRange args = ast.nodes(e->args);
  return args.empty() ? ast.get(e->fun)->pos : args[args.size() - 1]->pos;
}

void Checker::arguments(const CallExpr* e, Signature* sig, llvm::ArrayRef<Operand> argsIn,
                        const std::string& callee) {
  ExprRange argExprs = ast_.nodes(e->args);
  std::vector<Operand> args(argsIn.begin(), argsIn.end());
  for (const Operand& a : args)
    if (a.invalid()) return;
  const auto& params = sig->params->types;
  size_t np = params.size();
  if (e->hasDots) {
    if (!sig->variadic) {
      error(argExprs[argExprs.size() - 1]->pos,
            fmt::format("have (...) used with non-variadic function {}", callee));
      return;
    }
    if (args.size() != np) {
      bool tooMany = args.size() > np;
      std::string want = "(";
      for (size_t i = 0; i < np; ++i) want += (i ? ", " : "") + summaryType(params[i]);
      want += ")";
      error(tooMany ? args[np].expr->pos : notEnoughPos(ast_, e),
            fmt::format("{} arguments in call to {}\n\thave {}\n\twant {}",
                        tooMany ? "too many" : "not enough", callee, tupleString(args), want));
      return;
    }
    for (size_t i = 0; i < np; ++i) assignable(args[i], params[i], "argument to " + callee);
    return;
  }
  size_t required = sig->variadic ? np - 1 : np;
  if (args.size() < required || (!sig->variadic && args.size() > np)) {
    bool tooMany = args.size() > np;
    std::string want = "(";
    for (size_t i = 0; i < np; ++i) {
      if (i) want += ", ";
      if (sig->variadic && i + 1 == np)
        want += "..." + summaryType(llvm::cast<Slice>(params[i])->elem);
      else
        want += summaryType(params[i]);
    }
    want += ")";
    error(tooMany ? args[np].expr->pos : notEnoughPos(ast_, e),
          fmt::format("{} arguments in call to {}\n\thave {}\n\twant {}",
                      tooMany ? "too many" : "not enough", callee, tupleString(args), want));
    return;
  }
  for (size_t i = 0; i < args.size(); ++i) {
    Type* t = i < required ? params[i] : llvm::cast<Slice>(params[np - 1])->elem;
    assignable(args[i], t, "argument to " + callee);
  }
}

void Checker::call(Operand& x, const CallExpr* e) {
  ExprRange argExprs = ast_.nodes(e->args);
  const Expr* savedCallFun = callFun_;
  callFun_ = ast_.get(e->fun);  // F[int](...) may leave type arguments to inference
  exprOrType(x, ast_.get(e->fun));
  callFun_ = savedCallFun;
  if (x.invalid()) {
    // Still check the arguments so that their errors and uses are seen.
    for (const Expr* a : argExprs) {
      Operand tmp;
      rawExpr(tmp, a);
    }
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    Type* t = x.type;
    if (argExprs.size() != 1) {
      error(argExprs.empty() ? e->rparen : argExprs[1]->pos,
            fmt::format("{} arguments in conversion to {}",
                        argExprs.empty() ? "missing" : "too many", typeStr(t)));
      x.mode = Mode::Invalid;
      return;
    }
    if (e->hasDots) {
      error(argExprs[0]->pos, fmt::format("invalid use of ... in conversion to {}", typeStr(t)));
      x.mode = Mode::Invalid;
      return;
    }
    expr(x, argExprs[0], t);
    if (x.invalid()) return;
    conversion(x, t, e);
    return;
  }
  if (x.mode == Mode::Builtin) {
    builtinCall(x, e, x.builtin);
    return;
  }
  auto* sig = llvm::dyn_cast_or_null<Signature>(underlying(x.type));
  if (!sig) {
    if (!isBasic(x.type, BasicKind::Invalid))  // e.g. a field of an invalid generic type
      error(e->pos,
            fmt::format("invalid operation: cannot call non-function {}", operandString(x)));
    x.mode = Mode::Invalid;
    return;
  }
  std::vector<Operand> args = argumentList(argExprs);
  if (!sig->typeParams.empty()) {  // a generic function: infer.cpp
    sig = inferCall(e, sig, args);
    if (!sig) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  arguments(e, sig, args, exprString(ast_.get(e->fun)));
  x.expr = e;
  switch (sig->results->size()) {
    case 0:
      x.mode = Mode::NoValue;
      x.type = sig->results;
      break;
    case 1:
      x.mode = Mode::Value;
      x.type = sig->results->types[0];
      break;
    default:
      x.mode = Mode::Value;
      x.type = sig->results;
      break;
  }
}

bool Checker::convertible(Operand& x, Type* t) {
  if (int r = convertibleTypeParam(x, t); r >= 0) return r == 1;  // typeparams.cpp
  if (isAssignable(x, t)) return true;
  Type* v = x.type;
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  if (vu == tu) return true;
  // Between integer and floating-point types, and between complex types.
  if ((isInteger(v) || isFloat(v)) && (isInteger(t) || isFloat(t))) return true;
  auto isComplexType = [](Type* x) {
    auto* b = llvm::dyn_cast_or_null<Basic>(underlying(x));
    return b && (b->basic == BasicKind::Complex64 || b->basic == BasicKind::Complex128 ||
                 b->basic == BasicKind::UntypedComplex);
  };
  if (isComplexType(v) && isComplexType(t)) return true;
  if (isInteger(v) && isString(t)) return true;  // string(rune)
  auto isByteOrRuneSlice = [](Type* s) {
    auto* sl = llvm::dyn_cast_or_null<Slice>(underlying(s));
    return sl && (isBasic(sl->elem, BasicKind::Uint8) || isBasic(sl->elem, BasicKind::Int32));
  };
  if (isString(v) && isByteOrRuneSlice(t)) return true;
  if (isByteOrRuneSlice(v) && isString(t)) return true;
  // Identical underlying types, struct tags ignored; the same for the bases of two unnamed
  // pointer types.
  if (identicalIgnoreTags(vu, tu)) return true;
  auto* vp = llvm::dyn_cast<Pointer>(v);
  auto* tp = llvm::dyn_cast<Pointer>(t);
  if (vp && tp && identicalIgnoreTags(underlying(vp->elem), underlying(tp->elem))) return true;
  // unsafe.Pointer to and from pointers and uintptr.
  bool vUnsafe = isBasic(v, BasicKind::UnsafePointer),
       tUnsafe = isBasic(t, BasicKind::UnsafePointer);
  if ((vUnsafe && (llvm::isa_and_nonnull<Pointer>(tu) || isBasic(t, BasicKind::Uintptr))) ||
      (tUnsafe && (llvm::isa_and_nonnull<Pointer>(vu) || isBasic(v, BasicKind::Uintptr))))
    return true;
  // A slice to a pointer to an array of its element type; from Go 1.20 to the array itself.
  if (auto* s = llvm::dyn_cast_or_null<Slice>(vu)) {
    if (auto* p = llvm::dyn_cast_or_null<Pointer>(tu))
      if (auto* a = llvm::dyn_cast_or_null<Array>(underlying(p->elem)); a && a->elem == s->elem)
        return true;
    if (auto* a = llvm::dyn_cast_or_null<Array>(tu); a && a->elem == s->elem && goMinor() >= 20)
      return true;
  }
  return false;
}

bool Checker::identicalIgnoreTags(Type* a, Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Struct: {
      auto &fa = llvm::cast<Struct>(a)->fields, &fb = llvm::cast<Struct>(b)->fields;
      if (fa.size() != fb.size()) return false;
      for (size_t i = 0; i < fa.size(); ++i)
        if (fa[i].embedded != fb[i].embedded ||
            !sameId(fa[i].name, fa[i].pkg, fb[i].name, fb[i].pkg) ||
            !identicalIgnoreTags(fa[i].type, fb[i].type))
          return false;
      return true;
    }
    case TypeKind::Pointer:
      return identicalIgnoreTags(llvm::cast<Pointer>(a)->elem, llvm::cast<Pointer>(b)->elem);
    case TypeKind::Slice:
      return identicalIgnoreTags(llvm::cast<Slice>(a)->elem, llvm::cast<Slice>(b)->elem);
    case TypeKind::Array:
      return llvm::cast<Array>(a)->len == llvm::cast<Array>(b)->len &&
             identicalIgnoreTags(llvm::cast<Array>(a)->elem, llvm::cast<Array>(b)->elem);
    case TypeKind::Map:
      return identicalIgnoreTags(llvm::cast<Map>(a)->key, llvm::cast<Map>(b)->key) &&
             identicalIgnoreTags(llvm::cast<Map>(a)->elem, llvm::cast<Map>(b)->elem);
    case TypeKind::Chan:
      return llvm::cast<Chan>(a)->dir == llvm::cast<Chan>(b)->dir &&
             identicalIgnoreTags(llvm::cast<Chan>(a)->elem, llvm::cast<Chan>(b)->elem);
    default:
      return false;  // signatures and interfaces: tags cannot differ inside them but for
                     // struct parameters, which gc does not ignore either
  }
}

void Checker::conversion(Operand& x, Type* t, const CallExpr* e) {
  ExprRange argExprs = ast_.nodes(e->args);
  if (typeParamConversion(x, t, e)) return;  // typeparams.cpp
  Type* tu = underlying(t);
  if (x.mode == Mode::Constant && llvm::isa_and_nonnull<Basic>(tu) &&
      !isBasic(tu, BasicKind::UnsafePointer)) {
    auto* b = llvm::cast<Basic>(tu);
    Constant v;
    if (!x.value.known()) {
      v = x.value;
    } else if (x.value.representable(b->basic, &v)) {
      // v is the value as the type holds it (float32(0.1) is rounded).
    } else if (isInteger(x.type) && isString(b)) {
      // string(65) is "A": an integer constant converts to its UTF-8 encoding.
      std::string s;
      const llvm::APSInt& i = x.value.intValue();
      appendUtf8(s, i.isNegative() || i.getActiveBits() > 32
                        ? 0xFFFD
                        : static_cast<uint32_t>(i.getZExtValue()));
      v = Constant::fromString(s);
    } else {
      // gc shows a value headed for an integer type as the integer it truncates to.
      Operand shown = x;
      if (isInteger(b) && x.value.toInt().known()) shown.value = x.value.toInt();
      error(argExprs[0]->pos,
            fmt::format("cannot convert {} to type {}", operandString(shown), typeStr(t)));
      x.mode = Mode::Invalid;
      return;
    }
    x.value = v;
    x.type = t;
    x.expr = e;
    return;
  }
  if (isUntyped(x.type) && x.mode != Mode::Constant && llvm::isa_and_nonnull<Basic>(tu) &&
      !isBasic(x.type, BasicKind::UntypedNil)) {
    // An untyped non-constant value (a comparison, or a shift of an untyped constant) takes
    // the type it is converted to: float64(1 << s) is a shift of type float64, an error.
    if (!convertible(x, t) && !(isBoolean(x.type) && isBoolean(t))) {
      error(argExprs[0]->pos,
            fmt::format("cannot convert {} to type {}", operandString(x), typeStr(t)));
      x.mode = Mode::Invalid;
      return;
    }
    updateType(x.expr, t);
    x.mode = Mode::Value;
    x.type = t;
    x.expr = e;
    return;
  }
  if (isUntyped(x.type)) {
    // Untyped non-constant (a comparison result) or an untyped constant converted to a
    // non-basic type, e.g. []byte("x") or any(1).
    Type* target = t;
    if (!llvm::isa<Basic>(tu) || isInterface(t)) target = nullptr;
    if (isString(x.type) && !llvm::isa<Basic>(tu)) target = ctx_.basic(BasicKind::String);
    // []T(nil), (func())(nil), any(nil): nil takes the type it is converted to, if it has one.
    if (isBasic(x.type, BasicKind::UntypedNil)) target = t;
    convertUntyped(x, target);
    if (x.invalid()) return;
  }
  if (!convertible(x, t)) {
    error(argExprs[0]->pos,
          fmt::format("cannot convert {} to type {}", operandString(x), typeStr(t)));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.type = t;
  x.expr = e;
}

bool Checker::hasCallOrRecv(const Expr* e) const {
  // Conversions and builtin calls of constants do not count, but a conservative answer only
  // makes some len/cap results non-constant; gc's own rule looks at calls of any kind that
  // are not constant themselves.
  switch (e->kind) {
    case NodeKind::CallExpr: {
      const TypeAndValue* tv = info_.typeOf(e);
      if (tv && tv->mode == Mode::Constant) return false;
      // A conversion is no call: (*T)(nil).f has a constant length when f is an array.
      auto* call = llvm::cast<CallExpr>(e);
      const TypeAndValue* fun = info_.typeOf(ast_.get(call->fun));
      if (fun && fun->mode == Mode::TypeExpr) {
        for (const Expr* a : ast_.nodes(call->args))
          if (hasCallOrRecv(a)) return true;
        return false;
      }
      return true;
    }
    case NodeKind::UnaryExpr:
      if (llvm::cast<UnaryExpr>(e)->op == Tok::Arrow) return true;
      return hasCallOrRecv(ast_.get(llvm::cast<UnaryExpr>(e)->x));
    case NodeKind::ParenExpr:
      return hasCallOrRecv(ast_.get(llvm::cast<ParenExpr>(e)->x));
    case NodeKind::SelectorExpr:
      return hasCallOrRecv(ast_.get(llvm::cast<SelectorExpr>(e)->x));
    case NodeKind::StarExpr:
      return hasCallOrRecv(ast_.get(llvm::cast<StarExpr>(e)->x));
    case NodeKind::IndexExpr: {
      auto* ix = llvm::cast<IndexExpr>(e);
      if (hasCallOrRecv(ast_.get(ix->x))) return true;
      for (const Expr* i : ast_.nodes(ix->indices))
        if (hasCallOrRecv(i)) return true;
      return false;
    }
    case NodeKind::BinaryExpr: {
      auto* b = llvm::cast<BinaryExpr>(e);
      return hasCallOrRecv(ast_.get(b->x)) || hasCallOrRecv(ast_.get(b->y));
    }
    case NodeKind::CompositeLit:
      for (const Expr* elt : ast_.nodes(llvm::cast<CompositeLit>(e)->elts))
        if (hasCallOrRecv(elt)) return true;
      return false;
    case NodeKind::KeyValueExpr: {
      auto* kv = llvm::cast<KeyValueExpr>(e);
      return hasCallOrRecv(ast_.get(kv->key)) || hasCallOrRecv(ast_.get(kv->value));
    }
    case NodeKind::FuncLit:
      return false;
    default:
      return false;
  }
}

void Checker::builtinCall(Operand& x, const CallExpr* e, BuiltinId id) {
  ExprRange argExprs = ast_.nodes(e->args);
  std::string name = exprString(ast_.get(e->fun));
  auto argCountError = [&](size_t want, bool atLeast) {
    size_t have = argExprs.size();
    error(e->pos, fmt::format("invalid operation: {} arguments for {} (expected {}, found {})",
                              have < want ? "not enough" : "too many", exprString(e), want, have));
    (void)atLeast;
    x.mode = Mode::Invalid;
  };
  // Builtins of one value argument: evaluates it into `a`; false after an error (x invalid).
  auto oneArgument = [&](Operand& a) {
    if (argExprs.size() != 1) {
      argCountError(1, false);
      return false;
    }
    expr(a, argExprs[0]);
    if (a.invalid()) x.mode = Mode::Invalid;
    return !a.invalid();
  };
  if (e->hasDots && id != BuiltinId::Append) {
    error(e->pos, fmt::format("invalid operation: invalid use of ... with built-in {}", name));
    x.mode = Mode::Invalid;
    return;
  }
  if (id >= BuiltinId::Sizeof) return unsafeCall(x, e, id);  // check_unsafe.cpp
  x.expr = e;
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      Operand a;
      if (!oneArgument(a)) return;
      Type* au = underlying(a.type);
      if (auto* p = llvm::dyn_cast_or_null<Pointer>(au);
          p && llvm::isa_and_nonnull<Array>(underlying(p->elem)))
        au = underlying(p->elem);
      bool ok = llvm::isa_and_nonnull<Slice>(au) || llvm::isa_and_nonnull<Array>(au) ||
                llvm::isa_and_nonnull<Chan>(au) ||
                (id == BuiltinId::Len && (isString(a.type) || llvm::isa_and_nonnull<Map>(au)));
      if (!ok) {
        error(argExprs[0]->pos, fmt::format("invalid argument: {} for {}", operandString(a), name));
        x.mode = Mode::Invalid;
        return;
      }
      if (a.mode == Mode::Constant && isString(a.type)) {
        x.mode = Mode::Constant;
        x.value = Constant::fromInt64(static_cast<int64_t>(a.value.stringValue().size()));
      } else if (auto* arr = llvm::dyn_cast<Array>(au); arr && !hasCallOrRecv(argExprs[0])) {
        // The length of an array is a constant unless evaluating the operand has effects.
        x.mode = Mode::Constant;
        x.value = Constant::fromInt64(arr->len);
      } else {
        if (isUntyped(a.type)) convertUntyped(a, nullptr);
        x.mode = Mode::Value;
      }
      x.type = ctx_.basic(BasicKind::Int);
      return;
    }
    case BuiltinId::Append: {
      if (argExprs.empty()) return argCountError(1, true);
      Operand s;
      // append(f()) where f returns the slice and the values to append.
      std::vector<Operand> spread = spreadCall(argExprs, e->hasDots);
      if (spread.empty())
        expr(s, argExprs[0]);
      else
        s = spread[0];
      if (s.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
      auto* st = llvm::dyn_cast_or_null<Slice>(underlying(s.type));
      if (!st) {
        if (isBasic(s.type, BasicKind::UntypedNil))
          error(argExprs[0]->pos,
                "first argument to append must be a typed slice; found untyped nil");
        else
          error(argExprs[0]->pos,
                fmt::format("invalid argument: {} is not a slice", operandString(s)));
        x.mode = Mode::Invalid;
        return;
      }
      if (e->hasDots) {
        if (argExprs.size() != 2) return argCountError(2, false);
        Operand t;
        expr(t, argExprs[1]);
        if (t.invalid()) {
          x.mode = Mode::Invalid;
          return;
        }
        // append([]byte, string...) is allowed, and so is a type parameter whose types are
        // all strings or byte slices.
        if (isBasic(st->elem, BasicKind::Uint8) &&
            (isString(t.type) || isBytesOrStringTypeParam(t.type))) {
          convertUntyped(t, ctx_.basic(BasicKind::String));
        } else {
          assignable(t, s.type, "argument to append");
        }
      } else if (!spread.empty()) {
        for (size_t i = 1; i < spread.size(); ++i)
          assignable(spread[i], st->elem, "argument to append");
      } else {
        for (size_t i = 1; i < argExprs.size(); ++i) {
          Operand v;
          expr(v, argExprs[i], st->elem);
          assignable(v, st->elem, "argument to append");
        }
      }
      x.mode = Mode::Value;
      x.type = s.type;
      return;
    }
    case BuiltinId::Make: {
      if (argExprs.empty()) return argCountError(1, true);
      Type* t = typeExpr(argExprs[0]);
      if (isBasic(t, BasicKind::Invalid)) {
        x.mode = Mode::Invalid;
        return;
      }
      Type* mu = underlying(t);
      size_t minArgs = 2;
      if (llvm::isa_and_nonnull<Map>(mu) || llvm::isa_and_nonnull<Chan>(mu)) {
        minArgs = 1;
        if (llvm::isa<Chan>(mu)) requireLowerable(e->pos, "channel types");
      } else if (!llvm::isa_and_nonnull<Slice>(mu)) {
        error(argExprs[0]->pos,
              fmt::format("invalid argument: cannot make {}; type must be slice, map, or channel",
                          exprString(argExprs[0])));
        x.mode = Mode::Invalid;
        return;
      }
      if (argExprs.size() < minArgs || argExprs.size() > minArgs + 1) {
        error(e->pos, fmt::format("invalid operation: {} expects {} or {} arguments; found {}",
                                  exprString(e), minArgs, minArgs + 1, argExprs.size()));
        x.mode = Mode::Invalid;
        return;
      }
      int64_t sizes[2] = {-1, -1};
      for (size_t i = 1; i < argExprs.size(); ++i)
        if (!index(argExprs[i], -1, &sizes[i - 1])) {
          x.mode = Mode::Invalid;
          return;
        }
      if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        error(argExprs[1]->pos, fmt::format("invalid argument: length and capacity swapped"));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::Value;
      x.type = t;
      return;
    }
    case BuiltinId::Copy: {
      Operand dst, src;
      // copy(f()) where f returns both slices, as gc 1.19 accepts.
      std::vector<Operand> spread = spreadCall(argExprs, false);
      if (spread.size() == 2) {
        dst = spread[0];
        src = spread[1];
      } else if (spread.size() == 1 && spread[0].invalid()) {
        x.mode = Mode::Invalid;
        return;
      } else {
        if (argExprs.size() != 2 || !spread.empty()) return argCountError(2, false);
        expr(dst, argExprs[0]);
        expr(src, argExprs[1]);
      }
      if (dst.invalid() || src.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
      auto* ds = llvm::dyn_cast_or_null<Slice>(underlying(dst.type));
      bool ok = ds && (underlying(src.type) == ds ||
                       (isBasic(ds->elem, BasicKind::Uint8) && isString(src.type)) ||
                       (llvm::isa_and_nonnull<Slice>(underlying(src.type)) &&
                        llvm::cast<Slice>(underlying(src.type))->elem == ds->elem));
      if (!ok) {
        error(e->pos, fmt::format("invalid argument: copy expects slice arguments; found {} and {}",
                                  operandString(dst), operandString(src)));
        x.mode = Mode::Invalid;
        return;
      }
      if (isUntyped(src.type)) convertUntyped(src, ctx_.basic(BasicKind::String));
      x.mode = Mode::Value;
      x.type = ctx_.basic(BasicKind::Int);
      return;
    }
    case BuiltinId::Panic: {
      if (argExprs.size() != 1) return argCountError(1, false);
      Operand a;
      expr(a, argExprs[0]);
      if (!a.invalid()) assignable(a, ctx_.emptyInterface(), "argument to " + name);
      x.mode = Mode::NoValue;
      x.type = ctx_.tuple({});
      return;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      // print(f()) prints each of f's results, as gc allows.
      for (Operand& a : argumentList(argExprs)) {
        if (a.invalid()) continue;
        if (isBasic(a.type, BasicKind::UntypedNil)) {
          error(a.expr->pos, "use of untyped nil in argument to built-in print");
          continue;
        }
        convertUntyped(a, nullptr, "argument to " + name);
      }
      x.mode = Mode::NoValue;
      x.type = ctx_.tuple({});
      return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (argExprs.empty()) return argCountError(1, true);
      std::vector<Operand> ops;
      for (const Expr* arg : argExprs) {
        Operand a;
        expr(a, arg);
        if (a.invalid()) {
          x.mode = Mode::Invalid;
          return;
        }
        if (!isOrdered(a.type)) {
          error(arg->pos, fmt::format("invalid argument: {} cannot be ordered", operandString(a)));
          x.mode = Mode::Invalid;
          return;
        }
        ops.push_back(a);
      }
      Operand r = ops[0];
      for (size_t i = 1; i < ops.size(); ++i) {
        matchTypes(r, ops[i]);
        if (r.type != ops[i].type) {
          error(argExprs[i]->pos,
                fmt::format(
                    "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                    typeStr(r.type), typeStr(ops[i].type), exprString(argExprs[i])));
          x.mode = Mode::Invalid;
          return;
        }
        if (r.mode == Mode::Constant && ops[i].mode == Mode::Constant) {
          bool less = Constant::compare(Tok::Lss, ops[i].value, r.value);
          if ((id == BuiltinId::Min) == less) r.value = ops[i].value;
        } else {
          r.mode = Mode::Value;
        }
      }
      for (size_t i = 0; i < ops.size(); ++i)
        if (r.mode != Mode::Constant && isUntyped(ops[i].type)) convertUntyped(ops[i], r.type);
      x.mode = r.mode;
      x.type = r.mode == Mode::Constant ? r.type
                                        : (isUntyped(r.type) ? defaultType(ctx_, r.type) : r.type);
      x.value = r.value;
      return;
    }
    case BuiltinId::New: {
      if (argExprs.size() != 1) return argCountError(1, false);
      Type* t = typeExpr(argExprs[0]);
      if (isBasic(t, BasicKind::Invalid)) {
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::Value;
      x.type = ctx_.pointer(t);
      return;
    }
    case BuiltinId::Delete: {
      Operand m, k;
      // delete(f()) where f returns the map and the key, as gc 1.19 accepts.
      std::vector<Operand> spread = spreadCall(argExprs, false);
      if (spread.size() == 2) {
        m = spread[0];
        k = spread[1];
      } else if (spread.size() == 1 && spread[0].invalid()) {
        x.mode = Mode::Invalid;
        return;
      } else {
        if (argExprs.size() != 2 || !spread.empty()) return argCountError(2, false);
        expr(m, argExprs[0]);
        expr(k, argExprs[1]);
      }
      if (m.invalid() || k.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
      auto* mt = llvm::dyn_cast_or_null<Map>(underlying(m.type));
      if (!mt) {
        error(argExprs[0]->pos, fmt::format("invalid argument: {} is not a map", operandString(m)));
        x.mode = Mode::Invalid;
        return;
      }
      assignable(k, mt->key, "argument to delete");
      x.mode = Mode::NoValue;
      x.type = ctx_.tuple({});
      return;
    }
    case BuiltinId::Close: {
      Operand c;
      if (!oneArgument(c)) return;
      auto* ct = llvm::dyn_cast_or_null<Chan>(underlying(c.type));
      if (!ct || ct->dir == types::ChanDir::Recv) {
        error(argExprs[0]->pos,
              fmt::format("invalid operation: cannot close {}{}",
                          ct ? "receive-only channel " : "non-channel ", operandString(c)));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::NoValue;
      x.type = ctx_.tuple({});
      requireLowerable(e->pos, "channel types");
      return;
    }
    case BuiltinId::Complex: {
      // complex(f()) where f returns the two parts.
      std::vector<Operand> spread = spreadCall(argExprs, false);
      if (spread.size() == 2) {
        complexBuiltin(x, spread[0], spread[1], e);
        return;
      }
      if (spread.size() == 1 && spread[0].invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
      if (argExprs.size() != 2 || !spread.empty()) return argCountError(2, false);
      Operand re, im;
      expr(re, argExprs[0]);
      expr(im, argExprs[1]);
      if (re.invalid() || im.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
      complexBuiltin(x, re, im, e);
      return;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      Operand a;
      if (!oneArgument(a)) return;
      realImagBuiltin(x, a, id == BuiltinId::Real);
      return;
    }
    case BuiltinId::Clear: {  // Go 1.21 (ident() hides it from older packages)
      Operand a;
      if (!oneArgument(a)) return;
      Type* u = coreType(a.type);
      if (!llvm::isa_and_nonnull<Map>(u) && !llvm::isa_and_nonnull<Slice>(u)) {
        error(argExprs[0]->pos,
              fmt::format("invalid argument: cannot clear {}: argument must be (or constrained "
                          "by) map or slice",
                          operandString(a)));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::NoValue;
      x.type = ctx_.tuple({});
      return;
    }
    case BuiltinId::Recover:
      if (!argExprs.empty()) return argCountError(0, false);
      x.mode = Mode::Value;
      x.type = ctx_.emptyInterface();
      return;
    default:
      unsupported(e->pos, fmt::format("the built-in {}", name));
      x.mode = Mode::Invalid;
      return;
  }
}

namespace {
// The complex type made of two floats of type t, or the float type of t's parts.
BasicKind complexOf(Type* t) {
  auto* b = llvm::dyn_cast_or_null<Basic>(underlying(t));
  if (!b) return BasicKind::Invalid;
  switch (b->basic) {
    case BasicKind::Float32:
      return BasicKind::Complex64;
    case BasicKind::Float64:
      return BasicKind::Complex128;
    case BasicKind::UntypedFloat:
      return BasicKind::UntypedComplex;
    default:
      return BasicKind::Invalid;
  }
}
BasicKind partsOf(Type* t) {
  auto* b = llvm::dyn_cast_or_null<Basic>(underlying(t));
  if (!b) return BasicKind::Invalid;
  switch (b->basic) {
    case BasicKind::Complex64:
      return BasicKind::Float32;
    case BasicKind::Complex128:
      return BasicKind::Float64;
    case BasicKind::UntypedComplex:
      return BasicKind::UntypedFloat;
    default:
      return BasicKind::Invalid;
  }
}
}  // namespace

void Checker::complexBuiltin(Operand& x, Operand& re, Operand& im, const CallExpr* e) {
  x.expr = e;
  bool reUntyped = isUntyped(re.type), imUntyped = isUntyped(im.type);
  if (reUntyped && !imUntyped) {
    convertUntyped(re, im.type);
  } else if (imUntyped && !reUntyped) {
    convertUntyped(im, re.type);
  } else if (reUntyped && imUntyped) {
    if (re.mode == Mode::Constant && im.mode == Mode::Constant) {
      // Untyped numbers with no imaginary part count as untyped floats.
      for (Operand* o : {&re, &im})
        if (isNumeric(o->type) && o->value.imag().sign() == 0)
          o->type = ctx_.basic(BasicKind::UntypedFloat);
    } else {
      // An untyped non-constant operand is a shift still waiting for its type: float64
      // makes it an error, as in gc.
      convertUntyped(re, ctx_.basic(BasicKind::Float64));
      convertUntyped(im, ctx_.basic(BasicKind::Float64));
    }
  }
  if (re.invalid() || im.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  if (re.type != im.type) {
    error(re.expr->pos, fmt::format("invalid operation: {} (mismatched types {} and {})",
                                    exprString(e), typeStr(re.type), typeStr(im.type)));
    x.mode = Mode::Invalid;
    return;
  }
  BasicKind result = complexOf(re.type);
  if (result == BasicKind::Invalid) {
    error(re.expr->pos, fmt::format("invalid argument: arguments have type {}, expected "
                                    "floating-point",
                                    typeStr(re.type)));
    x.mode = Mode::Invalid;
    return;
  }
  if (re.mode == Mode::Constant && im.mode == Mode::Constant) {
    x.mode = Mode::Constant;
    x.value = Constant::makeComplex(re.value.toFloat(), im.value.toFloat());
  } else {
    x.mode = Mode::Value;
  }
  x.type = ctx_.basic(result);
}

void Checker::realImagBuiltin(Operand& x, Operand& a, bool real) {
  if (isUntyped(a.type)) {
    if (a.mode == Mode::Constant) {
      // Any untyped number is a complex constant here.
      if (isNumeric(a.type)) a.type = ctx_.basic(BasicKind::UntypedComplex);
    } else {
      convertUntyped(a, ctx_.basic(BasicKind::Complex128));
      if (a.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
    }
  }
  BasicKind result = partsOf(a.type);
  if (result == BasicKind::Invalid) {
    error(a.expr->pos, fmt::format("invalid argument: argument has type {}, expected complex type",
                                   typeStr(a.type)));
    x.mode = Mode::Invalid;
    return;
  }
  if (a.mode == Mode::Constant) {
    x.mode = Mode::Constant;
    x.value = real ? a.value.real() : a.value.imag();
  } else {
    x.mode = Mode::Value;
  }
  x.type = ctx_.basic(result);
}

}  // namespace ergo::types
