// The checker's driver: universe, the order of the phases, and message helpers.
#include "syntax/printer.h"
#include "types/check_internal.h"

namespace ergo::types {

Universe::Universe(TypeContext& ctx, Interner& names) : ctx_(ctx) {
  auto add = [&](Object* o) {
    objects_.emplace_back(o);
    scope_.insert(o);
  };
  auto typeName = [&](llvm::StringRef name, Type* t) {
    auto* tn = new TypeName(names.intern(name), {}, nullptr);
    tn->type = t;
    add(tn);
  };
  for (BasicKind k :
       {BasicKind::Bool, BasicKind::Int, BasicKind::Int8, BasicKind::Int16, BasicKind::Int32,
        BasicKind::Int64, BasicKind::Uint, BasicKind::Uint8, BasicKind::Uint16, BasicKind::Uint32,
        BasicKind::Uint64, BasicKind::Uintptr, BasicKind::Float32, BasicKind::Float64,
        BasicKind::Complex64, BasicKind::Complex128, BasicKind::String})
    typeName(ctx.basic(k)->name, ctx.basic(k));
  typeName("byte", ctx.basic(BasicKind::Uint8));
  typeName("rune", ctx.basic(BasicKind::Int32));
  typeName("any", ctx.emptyInterface());
  // type comparable interface{ comparable }: only a constraint.
  auto* comparableName = new TypeName(names.intern("comparable"), {}, nullptr);
  Named* comparableType = ctx.named(comparableName);
  comparableType->underlying = ctx.constraint({}, true, {}, true, false);
  comparableName->type = comparableType;
  add(comparableName);

  // type error interface { Error() string }
  auto* errorName = new TypeName(names.intern("error"), {}, nullptr);
  Named* errorType = ctx.named(errorName);
  Signature* errorSig =
      ctx.signature(ctx.tuple({}), ctx.tuple({ctx.basic(BasicKind::String)}), false);
  errorType->underlying = ctx.interface({Method{names.intern("Error"), errorSig}});
  errorName->type = errorType;
  errorType_ = errorType;
  add(errorName);

  for (bool b : {true, false}) {
    auto* c = new Const(names.intern(b ? "true" : "false"), {}, nullptr);
    c->type = ctx.basic(BasicKind::UntypedBool);
    c->value = Constant::fromBool(b);
    add(c);
  }
  auto* iota = new Const(names.intern("iota"), {}, nullptr);
  iota->type = ctx.basic(BasicKind::UntypedInt);
  add(iota);
  auto* nil = new Nil();
  nil->type = ctx.basic(BasicKind::UntypedNil);
  add(nil);

  struct B {
    const char* name;
    BuiltinId id;
  };
  for (B b :
       {B{"append", BuiltinId::Append}, B{"cap", BuiltinId::Cap}, B{"clear", BuiltinId::Clear},
        B{"close", BuiltinId::Close}, B{"complex", BuiltinId::Complex}, B{"copy", BuiltinId::Copy},
        B{"delete", BuiltinId::Delete}, B{"imag", BuiltinId::Imag}, B{"len", BuiltinId::Len},
        B{"make", BuiltinId::Make}, B{"max", BuiltinId::Max}, B{"min", BuiltinId::Min},
        B{"new", BuiltinId::New}, B{"panic", BuiltinId::Panic}, B{"print", BuiltinId::Print},
        B{"println", BuiltinId::Println}, B{"real", BuiltinId::Real},
        B{"recover", BuiltinId::Recover}})
    add(new Builtin(names.intern(b.name), b.id));

  unsafe_ = std::make_unique<Package>();
  unsafe_->path = unsafe_->name = "unsafe";
  unsafe_->scope = std::make_unique<Scope>(&scope_);
  auto addUnsafe = [&](Object* o) {
    unsafe_->ownedObjects.emplace_back(o);
    unsafe_->scope->insert(o);
  };
  auto* pointerName = new TypeName(names.intern("Pointer"), {}, unsafe_.get());
  pointerName->type = ctx.basic(BasicKind::UnsafePointer);
  addUnsafe(pointerName);
  for (B b : {B{"Sizeof", BuiltinId::Sizeof}, B{"Alignof", BuiltinId::Alignof},
              B{"Offsetof", BuiltinId::Offsetof}, B{"Add", BuiltinId::Add},
              B{"Slice", BuiltinId::Slice}, B{"String", BuiltinId::String},
              B{"StringData", BuiltinId::StringData}, B{"SliceData", BuiltinId::SliceData}})
    addUnsafe(new Builtin(names.intern(b.name), b.id, unsafe_.get()));
}

bool checkPackage(Package& pkg, Universe& universe, Interner& names, Info& info, Diagnostics& diags,
                  const CheckerConfig& config) {
  // A file the scanner gave up on before its package clause (an invalid byte or NUL first):
  // gc stops at the scanner's error, so there is nothing to check.
  // (An importer still finds an empty scope.)
  for (const syntax::File* f : pkg.files) {
    if (!f || !f->packageName) {
      pkg.scope = std::make_unique<Scope>(universe.scope());
      return false;
    }
  }
  // Every importer gets package unsafe from the universe.
  CheckerConfig withUnsafe = config;
  withUnsafe.importer = [&](llvm::StringRef path) -> Package* {
    if (path == "unsafe") return universe.unsafePackage();
    return config.importer ? config.importer(path) : nullptr;
  };
  Checker checker(pkg, universe, names, info, diags, withUnsafe);
  return checker.run();
}

bool Checker::run() {
  unsigned before = diags_.count();
  // Info's maps can grow to millions of entries, and rehashing as they grow costs more than
  // their lookups: the package's share of the node store predicts them (all of std: about
  // one expression per 10 words, a use per 20, a definition per 80).
  uint32_t words = 0;
  for (const syntax::File* f : pkg_.files) words += f->idEnd - ast_.ref(f).id();
  info_.types.reserve(info_.types.size() + words / 10);
  info_.uses.reserve(info_.uses.size() + words / 20);
  info_.defs.reserve(info_.defs.size() + words / 80);
  pkg_.scope = std::make_unique<Scope>(universe_.scope());
  collectObjects();
  for (Object* obj : packageObjects_) resolve(obj);
  for (Func* m : methods_) resolve(m);
  // Underlying types that were named types still being declared now have their final form.
  for (Named* n : namedTypes_) {
    Type* u = underlying(n);
    n->underlying = u ? u : ctx_.basic(BasicKind::Invalid);
  }
  resolvingObjects_ = false;
  runLater();
  // Function bodies, once every package-level name has a type.
  for (Object* obj : packageObjects_) {
    auto* fn = llvm::dyn_cast<Func>(obj);
    if (!fn || !fn->decl || !fn->decl->body) continue;
    DeclInfo& d = decls_[fn];
    scope_ = d.fileScope;
    currentDecl_ = fn;
    checkFuncBody(fn, ast_.get(fn->decl->body));
    currentDecl_ = nullptr;
  }
  for (Func* fn : methods_) {
    if (!fn->decl->body) continue;
    scope_ = decls_[fn].fileScope;
    currentDecl_ = fn;
    checkFuncBody(fn, ast_.get(fn->decl->body));
    currentDecl_ = nullptr;
  }
  for (Func* fn : pkg_.initFuncs) {
    DeclInfo& d = decls_[fn];
    scope_ = d.fileScope;
    currentDecl_ = fn;
    if (fn->decl->body) checkFuncBody(fn, ast_.get(fn->decl->body));
    currentDecl_ = nullptr;
  }
  runLater();
  checkUnusedImports();
  if (diags_.count() == before) computeInitOrder();
  // gc's linker reports a missing main, so only for a package without other errors (an
  // initialisation loop included).
  if (pkg_.name == "main" && !diags_.hasErrors()) {
    Object* m = pkg_.scope->lookupLocal("main");
    if (!m || !llvm::isa<Func>(m)) {
      Pos p = pkg_.files.empty() ? Pos{} : ast_.get(pkg_.files[0]->packageName)->pos;
      error(p, "function main is undeclared in the main package");
    }
  }
  // Constructs the IR builder cannot lower yet, reported only when nothing else is wrong: no
  // type error and no held parse-stage error of the package (builds stop at the first
  // package with errors, so any pending error is this package's).
  if (diags_.count() == 0) {
    for (auto& [pos, msg] : backEndErrors_) error(pos, msg);
    llvm::DenseSet<std::pair<uint32_t, uint32_t>> seen;
    if (backEndErrors_.empty())  // gc's back end stops at its errors: nothing to lower
      for (const LowerNeed& n : lowerNeeds_)
        if (seen.insert({n.pos.file, n.pos.offset}).second) unsupported(n.pos, n.what);
  }
  return diags_.count() == before;
}

void Checker::runLater() {
  // A check may add more checks.
  for (size_t i = 0; i < later_.size(); ++i) {
    auto f = std::move(later_[i]);
    f();
  }
  later_.clear();
}

int Checker::goMinor() const {
  return pkg_.goMinor();
}

int Package::goMinor() const {
  llvm::StringRef v(languageVersion);
  unsigned minor = 22;
  if (v.consume_front("go1.")) v.split('.').first.getAsInteger(10, minor);
  return static_cast<int>(minor);
}

std::string Checker::exprString(const Expr* e) const {
  return syntax::exprString(ast_, e);
}

std::string Checker::operandString(const Operand& x) const {
  std::string expr = x.expr ? exprString(x.expr) : "";
  if (x.mode == Mode::Value && x.type && isBasic(x.type, BasicKind::UntypedNil)) return "nil";
  std::string desc;
  bool withType = true;
  switch (x.mode) {
    case Mode::Invalid:
      desc = "invalid operand";
      withType = false;
      break;
    case Mode::NoValue:
      desc = "no value";
      withType = false;
      break;
    case Mode::Builtin:
      desc = "built-in";
      withType = false;
      break;
    case Mode::TypeExpr:
      desc = "type";
      withType = false;
      break;
    case Mode::Constant:
      desc = "constant";
      break;
    case Mode::Variable:
      desc = "variable";
      break;
    default:
      desc = "value";
      break;
  }
  if (x.mode == Mode::Constant && x.type && isUntyped(x.type)) {
    std::string s = typeStr(x.type) + " constant";
    std::string v = x.value.toString();
    if (x.value.known() && v != expr) s += " " + v;
    return fmt::format("{} ({})", expr, s);
  }
  if (x.mode == Mode::Constant) {
    std::string v = x.value.toString();
    if (x.value.known() && v != expr) desc += " " + v;
  }
  if (withType && x.type) desc += " of type " + typeStr(x.type);
  if (auto* tp = llvm::dyn_cast_or_null<TypeParam>(x.type); tp && withType)
    desc += " constrained by " + constraintString(tp);
  if (expr.empty()) return desc;
  return fmt::format("{} ({})", expr, desc);
}

}  // namespace ergo::types
