// Package unsafe's functions: Sizeof, Alignof and Offsetof (constants of gc's layouts, see
// sizes.h), Add and Slice (Go 1.17), String, StringData and SliceData (Go 1.20).
#include "types/check_internal.h"

namespace ergo::types {

namespace {

struct UnsafeFunc {
  const char* name;
  size_t args;
  int minor;  // the language version that introduced it
};

UnsafeFunc unsafeFunc(BuiltinId id) {
  switch (id) {
    case BuiltinId::Sizeof:
      return {"Sizeof", 1, 0};
    case BuiltinId::Alignof:
      return {"Alignof", 1, 0};
    case BuiltinId::Offsetof:
      return {"Offsetof", 1, 0};
    case BuiltinId::Add:
      return {"Add", 2, 17};
    case BuiltinId::Slice:
      return {"Slice", 2, 17};
    case BuiltinId::String:
      return {"String", 2, 20};
    case BuiltinId::StringData:
      return {"StringData", 1, 20};
    default:
      return {"SliceData", 1, 20};
  }
}

}  // namespace

int Builtin::minGoMinor() const {
  return isUnsafe() ? unsafeFunc(id).minor : 0;
}

bool Checker::lengthArgument(Operand& y, bool allowNegative) {
  if (isUntyped(y.type)) convertUntyped(y, ctx_.basic(BasicKind::Int));
  if (y.invalid()) return false;
  if (!isInteger(y.type)) {
    error(y.expr->pos,
          fmt::format("invalid argument: length {} must be integer", operandString(y)));
    return false;
  }
  if (y.mode == Mode::Constant && y.value.known() && !allowNegative &&
      y.value.intValue().isNegative()) {
    error(y.expr->pos,
          fmt::format("invalid argument: length {} must not be negative", operandString(y)));
    return false;
  }
  return true;
}

void Checker::unsafeCall(Operand& x, const CallExpr* e, BuiltinId id) {
  ExprRange argExprs = ast_.nodes(e->args);
  UnsafeFunc f = unsafeFunc(id);
  std::string name = fmt::format("unsafe.{}", f.name);
  x.mode = Mode::Invalid;
  if (argExprs.size() != f.args) {
    error(e->pos, fmt::format("invalid operation: {} arguments for {} (expected {}, found {})",
                              argExprs.size() < f.args ? "not enough" : "too many", exprString(e),
                              f.args, argExprs.size()));
    for (const Expr* a : argExprs) {  // their errors and uses still count
      Operand tmp;
      rawExpr(tmp, a);
    }
    return;
  }
  if (goMinor() < f.minor) {
    error(ast_.get(e->fun)->pos, fmt::format("{} requires go1.{} or later", name, f.minor));
    return;
  }
  x.expr = e;
  if (id == BuiltinId::Offsetof) return offsetofCall(x, argExprs[0]);

  Operand a;
  expr(a, argExprs[0]);
  if (a.invalid()) return;
  std::string context = "argument to " + name;
  Type* result = nullptr;
  switch (id) {
    case BuiltinId::Sizeof:
    case BuiltinId::Alignof: {
      if (isBasic(a.type, BasicKind::UntypedNil)) {
        error(a.expr->pos, "use of untyped nil in " + context);
        return;
      }
      convertUntyped(a, nullptr, context);
      if (a.invalid()) return;
      x.type = ctx_.basic(BasicKind::Uintptr);
      if (hasVarSize(a.type)) {
        x.mode = Mode::Value;
      } else {
        x.mode = Mode::Constant;
        x.value = Constant::fromInt64(id == BuiltinId::Sizeof ? sizes_.sizeOf(a.type)
                                                              : sizes_.alignOf(a.type));
      }
      return;
    }
    case BuiltinId::Add:
      if (!assignable(a, ctx_.basic(BasicKind::UnsafePointer), context)) return;
      result = ctx_.basic(BasicKind::UnsafePointer);
      break;
    case BuiltinId::Slice: {
      // Not through a type parameter's core type (gc 1.19 asks for a pointer type).
      auto* p = isTypeParam(a.type) ? nullptr : llvm::dyn_cast_or_null<Pointer>(underlying(a.type));
      if (!p) {
        error(a.expr->pos, fmt::format("invalid argument: {} is not a pointer", operandString(a)));
        return;
      }
      result = ctx_.slice(p->elem);
      break;
    }
    case BuiltinId::String:
      if (!assignable(a, ctx_.pointer(ctx_.basic(BasicKind::Uint8)), context)) return;
      result = ctx_.basic(BasicKind::String);
      break;
    case BuiltinId::StringData:
      if (!assignable(a, ctx_.basic(BasicKind::String), context)) return;
      x.mode = Mode::Value;
      x.type = ctx_.pointer(ctx_.basic(BasicKind::Uint8));
      return;
    default: {  // SliceData
      auto* s = isTypeParam(a.type) ? nullptr : llvm::dyn_cast_or_null<Slice>(underlying(a.type));
      if (!s) {
        error(a.expr->pos, fmt::format("invalid argument: {} is not a slice", operandString(a)));
        return;
      }
      x.mode = Mode::Value;
      x.type = ctx_.pointer(s->elem);
      return;
    }
  }
  // Add, Slice and String: the length.
  Operand y;
  expr(y, argExprs[1]);
  if (y.invalid() || !lengthArgument(y, id == BuiltinId::Add)) return;
  x.mode = Mode::Value;
  x.type = result;
}

void Checker::offsetofCall(Operand& x, const Expr* arg) {
  const Expr* inner = arg;
  while (auto* p = llvm::dyn_cast<ParenExpr>(inner)) inner = ast_.get(p->x);
  auto* sel = llvm::dyn_cast<SelectorExpr>(inner);
  if (!sel) {
    error(arg->pos,
          fmt::format("invalid argument: {} is not a selector expression", exprString(arg)));
    Operand tmp;
    rawExpr(tmp, arg);  // its uses still count
    x.mode = Mode::Invalid;
    return;
  }
  Operand base;
  expr(base, ast_.get(sel->x));
  if (base.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  // A pointer to a struct selects in the struct, as in an ordinary selector.
  Type* baseType = base.type;
  if (auto* p = llvm::dyn_cast_or_null<Pointer>(underlying(baseType));
      p && llvm::isa_and_nonnull<Struct>(underlying(p->elem)))
    baseType = p->elem;
  const Ident* selId = ast_.get(sel->sel);
  llvm::StringRef selName = ast_.str(selId->name);
  Selection s = lookup(baseType, false, selName, &pkg_);
  x.mode = Mode::Invalid;
  if (s.kind == Selection::Kind::Method) {
    error(arg->pos, fmt::format("invalid argument: {} is a method value", exprString(arg)));
    return;
  }
  if (s.kind != Selection::Kind::Field) {
    error(base.expr->pos, fmt::format("invalid argument: {} has no single field {}",
                                      typeStr(baseType), selName.str()));
    return;
  }
  if (s.indirect) {
    error(base.expr->pos, fmt::format("invalid argument: field {} is embedded via a pointer in {}",
                                      selName.str(), typeStr(baseType)));
    return;
  }
  Operand field;
  field.mode = base.mode == Mode::Variable ? Mode::Variable : Mode::Value;
  field.type = s.type;
  field.expr = sel;
  record(field);
  x.type = ctx_.basic(BasicKind::Uintptr);
  if (hasVarSize(baseType)) {
    x.mode = Mode::Value;
    return;
  }
  // The offsets along the path of embedded fields add up.
  int64_t offset = 0;
  Type* t = baseType;
  for (int i : s.index) {
    auto* st = llvm::dyn_cast_or_null<Struct>(underlying(t));
    if (!st || i < 0 || static_cast<size_t>(i) >= st->fields.size()) break;
    offset += sizes_.offsetsOf(st)[static_cast<size_t>(i)];
    t = st->fields[static_cast<size_t>(i)].type;
  }
  x.mode = Mode::Constant;
  x.value = Constant::fromInt64(offset);
}

}  // namespace ergo::types
