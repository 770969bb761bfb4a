// Type expressions: type names and every type literal (pointers, arrays, slices, structs,
// maps, channels, functions, interfaces), and the validity of recursive named types.
#include <algorithm>

#include "llvm/ADT/SmallPtrSet.h"
#include "types/check_internal.h"
#include "types/typesets.h"

namespace ergo::types {

namespace {
// The name an embedded field takes: T for T, *T, pkg.T and *pkg.T.
const Ident* embeddedName(const Ast& ast, const Expr* e) {
  if (auto* s = llvm::dyn_cast<StarExpr>(e)) e = ast.get(s->x);
  while (auto* p = llvm::dyn_cast<ParenExpr>(e)) e = ast.get(p->x);
  if (auto* ix = llvm::dyn_cast<IndexExpr>(e)) e = ast.get(ix->x);  // G[int] embeds as G
  if (auto* id = llvm::dyn_cast<Ident>(e)) return id;
  if (auto* sel = llvm::dyn_cast<SelectorExpr>(e)) return ast.get(sel->sel);
  return nullptr;
}
}  // namespace

std::string Checker::genericTypeString(Named* n) const {
  // types2 writes a generic type with its parameter list: List[T any], Pair[K comparable, V any].
  std::string s = typeStr(n);
  s = s.substr(0, s.find('[')) + "[";
  for (size_t i = 0; i < n->typeParams.size(); ++i) {
    TypeParam* tp = n->typeParams[i];
    if (i) {
      if (tp->constraint != n->typeParams[i - 1]->constraint)
        s += " " + constraintString(n->typeParams[i - 1]);
      s += ",";
    }
    s += tp->obj->name.str();
  }
  if (!n->typeParams.empty()) s += " " + constraintString(n->typeParams.back());
  return s + "]";
}

void Checker::requireLowerableType(Pos pos, Type* t) {
  if (!config_.onlyLowerable || !t) return;
  // The IR builder lowers basic types (floats and complex numbers are gated by record()),
  // slices, functions, the empty interface, `error`, and defined types of those without
  // methods.
  // Defined types can refer to themselves (`type S []S`, `type F func(F)`): each is looked
  // into once.
  llvm::SmallPtrSet<Named*, 8> visiting;
  std::function<const char*(Type*)> problem = [&](Type* t) -> const char* {
    switch (t->kind) {
      case TypeKind::Basic:
        return nullptr;
      case TypeKind::Slice:
        return problem(static_cast<Slice*>(t)->elem);
      case TypeKind::Tuple:
        for (Type* e : static_cast<Tuple*>(t)->types)
          if (const char* p = problem(e)) return p;
        return nullptr;
      case TypeKind::Signature: {
        auto* s = static_cast<Signature*>(t);
        if (const char* p = problem(s->params)) return p;
        return problem(s->results);
      }
      case TypeKind::Interface:
        return nullptr;
      case TypeKind::Named: {
        auto* n = static_cast<Named*>(t);
        if (t == universe_.errorType()) return nullptr;
        // type F func(F): a named type met again adds nothing.
        if (!visiting.insert(n).second) return nullptr;
        Type* u = underlying(n);
        return u ? problem(u) : nullptr;
      }
      case TypeKind::Pointer:
        // Not looked through: the element's own uses are checked where they are, and an
        // instance can refer to ever larger instances through pointers (L[T] holding *L[L[T]]).
        return nullptr;
      case TypeKind::Array:
        return problem(static_cast<Array*>(t)->elem);
      case TypeKind::Map:
        if (const char* p = problem(static_cast<Map*>(t)->key)) return p;
        return problem(static_cast<Map*>(t)->elem);
      case TypeKind::Chan:
        return "channel types";
      case TypeKind::Struct:
        for (const Field& f : static_cast<Struct*>(t)->fields)
          if (const char* p = problem(f.type)) return p;
        return nullptr;
      case TypeKind::TypeParam:
        return nullptr;  // each instance has its type argument (checked where it is used)
    }
    return nullptr;
  };
  if (const char* p = problem(t)) requireLowerable(pos, p);
}

Type* Checker::typeExpr(const Expr* e) {
  Type* invalid = ctx_.basic(BasicKind::Invalid);
  Type* t = nullptr;
  switch (e->kind) {
    case NodeKind::Ident:
    case NodeKind::SelectorExpr: {
      Operand x;
      exprOrType(x, e);
      if (x.invalid()) return invalid;
      if (x.mode != Mode::TypeExpr) {
        x.expr = e;
        error(e->pos, fmt::format("{} is not a type", operandString(x)));
        return invalid;
      }
      if (auto* n = llvm::dyn_cast<Named>(x.type); n && n->generic()) {
        error(e->pos, fmt::format("cannot use generic type {} without instantiation",
                                  genericTypeString(n)));
        return invalid;
      }
      if (e != constraintOk_) checkNotConstraint(e, x.type);
      if (auto* id = llvm::dyn_cast<Ident>(e); id && goMinor() < 18) {
        Object* o = info_.objectOf(id);
        if (o && !o->pkg && (o->name == "any" || o->name == "comparable"))
          requireVersion(e->pos, 18, "predeclared " + o->name.str());
      }
      return x.type;
    }
    case NodeKind::ParenExpr:
      return typeExpr(ast_.get(llvm::cast<ParenExpr>(e)->x));
    case NodeKind::ArrayType: {
      auto* a = llvm::cast<ArrayType>(e);
      if (!a->len) {
        t = ctx_.slice(typeExpr(ast_.get(a->elem)));
        break;
      }
      const Expr* len = ast_.get(a->len);
      if (llvm::isa<syntax::Ellipsis>(len)) {
        error(e->pos, "invalid use of [...] array (outside a composite literal)");
        typeExpr(ast_.get(a->elem));
        return invalid;
      }
      int64_t n = arrayLength(len);
      Type* elem = typeExpr(ast_.get(a->elem));
      // gc keeps quiet about uses of an array whose element type was in error.
      if (n < 0 || isBasic(elem, BasicKind::Invalid)) return invalid;
      t = ctx_.array(elem, n);
      checkArraySize(e->pos, llvm::cast<Array>(t));
      break;
    }
    case NodeKind::InterfaceType:
      t = interfaceType(llvm::cast<InterfaceType>(e), nullptr);
      if (!t) return invalid;
      break;
    case NodeKind::StarExpr: {
      Type* elem = typeExpr(ast_.get(llvm::cast<StarExpr>(e)->x));
      if (isBasic(elem, BasicKind::Invalid)) return invalid;
      t = ctx_.pointer(elem);
      break;
    }
    case NodeKind::StructType:
      t = structType(llvm::cast<StructType>(e));
      break;
    case NodeKind::MapType: {
      auto* m = llvm::cast<MapType>(e);
      const Expr* keyExpr = ast_.get(m->key);
      Type* key = typeExpr(keyExpr);
      Type* elem = typeExpr(ast_.get(m->value));
      if (isBasic(key, BasicKind::Invalid) || isBasic(elem, BasicKind::Invalid)) return invalid;
      // Comparability needs the key's whole type: check it once every type is resolved.
      later_.push_back([this, key, keyExpr] {
        if (underlying(key) && !isBasic(underlying(key), BasicKind::Invalid) && !isComparable(key))
          error(keyExpr->pos, fmt::format("invalid map key type {}", typeStr(key)));
      });
      t = ctx_.map(key, elem);
      break;
    }
    case NodeKind::ChanType: {
      auto* c = llvm::cast<ChanType>(e);
      Type* elem = typeExpr(ast_.get(c->elem));
      if (isBasic(elem, BasicKind::Invalid)) return invalid;
      types::ChanDir dir = c->dir == syntax::ChanDir::Send   ? types::ChanDir::Send
                           : c->dir == syntax::ChanDir::Recv ? types::ChanDir::Recv
                                                             : types::ChanDir::Both;
      t = ctx_.chan(dir, elem);
      checkChanElemSize(e->pos, elem);
      requireLowerable(e->pos, "channel types");
      break;
    }
    case NodeKind::FuncType: {
      auto* ft = llvm::cast<FuncType>(e);
      if (!ft->typeParams.empty()) {
        error(e->pos, "function type must have no type parameters");
        return invalid;
      }
      t = funcSignature(ft, nullptr);
      break;
    }
    case NodeKind::IndexExpr: {
      auto* ix = llvm::cast<IndexExpr>(e);
      Operand x;
      exprOrType(x, ast_.get(ix->x));
      if (x.invalid()) return invalid;
      if (x.mode != Mode::TypeExpr) {
        error(e->pos, fmt::format("{} is not a type", exprString(e)));
        return invalid;
      }
      t = instantiatedType(ix, x.type);
      if (isBasic(t, BasicKind::Invalid)) return invalid;
      if (e != constraintOk_) checkNotConstraint(e, t);
      break;
    }
    case NodeKind::BadExpr:
      return invalid;
    default:
      error(e->pos, fmt::format("{} is not a type", exprString(e)));
      return invalid;
  }
  info_.types[e] = {Mode::TypeExpr, t, {}};
  return t;
}

int64_t Checker::arrayLength(const Expr* e) {
  // A name that is not a constant reads as a mistaken generic declaration: gc says so.
  if (auto* id = llvm::dyn_cast<Ident>(e)) {
    Object* obj = scope_->lookup(ast_.str(id->name));
    if (!obj) {
      error(e->pos, fmt::format("undeclared name {} for array length", ast_.str(id->name).str()));
      return -1;
    }
    if (!llvm::isa<Const>(obj)) {
      error(e->pos, fmt::format("invalid array length {}", ast_.str(id->name).str()));
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.invalid()) return -1;
  if (x.mode != Mode::Constant) {
    error(e->pos, fmt::format("array length {} must be constant", operandString(x)));
    return -1;
  }
  // An untyped constant counts if its value is an integer: [10.0]int, [10 + 0i]int.
  if (isUntyped(x.type) && x.value.kind() != Constant::Kind::Int) {
    Constant i = x.value.toInt();
    if (i.kind() == Constant::Kind::Int) {
      x.value = i;
      x.type = ctx_.basic(BasicKind::UntypedInt);
    }
  }
  // An integer that int cannot hold "must be integer" too; a negative one is "invalid".
  if ((isUntyped(x.type) || isInteger(x.type)) && x.value.kind() == Constant::Kind::Int &&
      x.value.fitsInt(64, true)) {
    if (!x.value.intValue().isNegative()) {
      if (isUntyped(x.type)) convertUntyped(x, ctx_.basic(BasicKind::Int));
      return x.value.int64();
    }
    error(e->pos, fmt::format("invalid array length {}", operandString(x)));
    return -1;
  }
  error(e->pos, fmt::format("array length {} must be integer", operandString(x)));
  return -1;
}

Type* Checker::structType(const StructType* e) {
  std::vector<Field> fields;
  llvm::StringMap<Pos> seen;
  auto add = [&](const Ident* id, Field f) {
    if (f.name != "_") {
      auto [it, inserted] = seen.try_emplace(f.name, id->pos);
      if (!inserted) {
        // Reported once; the duplicate is not a field (no ambiguity later), as in gc.
        error(id->pos, fmt::format("{} redeclared\n\t{}: other declaration of {}", f.name.str(),
                                   diags_.format(it->second), f.name.str()));
        return;
      }
    }
    fields.push_back(f);
  };
  for (const syntax::Field& sf : ast_.get(e->fields)) {
    const Expr* typeNode = ast_.get(sf.type);
    Type* t = typeExpr(typeNode);
    llvm::StringRef tag;
    if (const BasicLit* lit = ast_.get(sf.tag)) {
      std::string s;
      if (unquote(ast_.str(lit->text), s)) tag = names_.intern(s);
    }
    auto names = ast_.nodes(sf.names);
    if (!names.empty()) {
      for (const Ident* id : names) {
        auto* v = newObject<Var>(ast_.str(id->name), id->pos, &pkg_, t);
        v->used = true;
        info_.defs[id] = v;
        add(id, Field{v->name, t, false, tag, &pkg_});
      }
      continue;
    }
    // An embedded field: T, *T, pkg.T or *pkg.T.
    const Ident* id = embeddedName(ast_, typeNode);
    if (!id) {
      error(typeNode->pos, fmt::format("invalid embedded field type {}", exprString(typeNode)));
      continue;
    }
    add(id, Field{ast_.str(id->name), t, true, tag, &pkg_});
    bool isPtr = llvm::isa<StarExpr>(typeNode);
    Type* base = isPtr ? (llvm::isa<Pointer>(t) ? llvm::cast<Pointer>(t)->elem : nullptr) : t;
    if (!base || isBasic(base, BasicKind::Invalid)) continue;
    // The base type may still be incomplete (a recursive declaration): check it later.
    later_.push_back([this, base, isPtr, pos = typeNode->pos] {
      Type* u = underlying(base);
      if (!u) return;
      if (isBasic(u, BasicKind::UnsafePointer))
        error(pos, "embedded field type cannot be unsafe.Pointer");
      else if (llvm::isa<Pointer>(u))
        error(pos, "embedded field type cannot be a pointer");
      else if (isPtr && llvm::isa<Interface>(u))
        error(pos, "embedded field type cannot be a pointer to an interface");
    });
  }
  return ctx_.structType(std::move(fields));
}

Type* Checker::interfaceType(const InterfaceType* e, TypeName* declared) {
  (void)declared;
  std::vector<Method> methods;
  llvm::StringMap<Pos> explicitPos;
  // Explicit methods first: gc reports duplicates among them at the later one.
  for (const syntax::Field& f : ast_.get(e->elems)) {
    auto names = ast_.nodes(f.names);
    if (names.empty()) continue;
    const Ident* id = names[0];
    llvm::StringRef name = ast_.str(id->name);
    auto* ft = llvm::dyn_cast<FuncType>(ast_.get(f.type));
    if (!ft) continue;
    if (name == "_") {
      error(id->pos, "methods must have a unique non-blank name");
      continue;
    }
    auto* fn = newObject<Func>(name, id->pos, &pkg_);
    info_.defs[id] = fn;
    Signature* sig = funcSignature(ft, nullptr);
    fn->type = sig;
    auto [it, inserted] = explicitPos.try_emplace(name, id->pos);
    if (!inserted) {
      error(id->pos, fmt::format("duplicate method {}\n\t{}: other declaration of {}", name.str(),
                                 diags_.format(it->second), name.str()));
      continue;
    }
    methods.push_back(Method{name, sig, &pkg_});
  }
  // Then embedded interfaces: a method they share with the others must have the same type.
  // Their type sets intersect.
  TypeSetTerms typeSet;
  bool comparable = false;
  auto embedConstraint = [&](Interface* i) {
    if (i->comparable) comparable = true;
    intersectTypeSets(typeSet, typeSetOf(i));
  };
  for (const syntax::Field& f : ast_.get(e->elems)) {
    if (!ast_.nodes(f.names).empty()) continue;
    const Expr* te = ast_.get(f.type);
    if (llvm::isa<BinaryExpr>(te) || llvm::isa<UnaryExpr>(te)) {
      // A union or ~T element restricts the type set.
      if (goMinor() < 18) {
        std::string u = exprString(te);
        for (size_t at; (at = u.find(" | ")) != std::string::npos;) u.replace(at, 3, "|");
        requireVersion(te->pos, 18, "embedding interface element " + u);
      }
      if (Interface* ui = unionInterface(te, false)) embedConstraint(ui);
      continue;
    }
    constraintOk_ = te;  // an embedded constraint interface is fine
    Type* t = typeExpr(te);
    if (isBasic(t, BasicKind::Invalid)) continue;
    if (llvm::isa<TypeParam>(t)) {
      error(te->pos, "cannot embed a type parameter");
      continue;
    }
    Type* u = underlying(t);
    if (!u) {
      // An interface that embeds itself, directly or not.
      auto* n = llvm::cast<Named>(t);
      auto it = std::find(typePath_.begin(), typePath_.end(), n->obj);
      std::vector<Object*> cycle;
      if (it == typePath_.end()) cycle.push_back(n->obj);
      for (; it != typePath_.end(); ++it) cycle.push_back(*it);
      reportCycle(cycle);
      return nullptr;
    }
    auto* embedded = llvm::dyn_cast<Interface>(u);
    if (!embedded) {
      if (!isBasic(u, BasicKind::Invalid))
        requireVersion(te->pos, 18, "embedding non-interface type " + typeStr(t));
      // A non-interface type is a one-term union: interface{ int }.
      if (!isBasic(u, BasicKind::Invalid))
        embedConstraint(ctx_.constraint({}, false, {Term{false, t}}, false, false));
      continue;
    }
    embedConstraint(embedded);
    for (const Method& m : embedded->methods) {
      auto same = std::find_if(methods.begin(), methods.end(), [&](const Method& o) {
        return sameId(o.name, o.pkg, m.name, m.pkg);
      });
      if (same == methods.end()) {
        methods.push_back(m);
        explicitPos.try_emplace(m.name, te->pos);  // where it came from, for later reports
      } else if (same->sig != m.sig || goMinor() < 14) {
        // Before go1.14 an interface may not get a method twice, even an identical one.
        auto it = explicitPos.find(m.name);
        if (it != explicitPos.end())
          error(te->pos, fmt::format("duplicate method {}\n\t{}: other declaration of {}",
                                     m.name.str(), diags_.format(it->second), m.name.str()));
        else
          error(te->pos, fmt::format("duplicate method {}", m.name.str()));
      }
    }
  }
  Interface* t = ctx_.constraint(std::move(methods), typeSet.allTypes, std::move(typeSet.terms),
                                 comparable, false);
  return t;
}

void Checker::reportCycle(const std::vector<Object*>& cycle) {
  if (cycle.empty()) return;
  // gc starts the report at the object declared first.
  size_t first = 0;
  for (size_t i = 1; i < cycle.size(); ++i)
    if (cycle[i]->pos.file < cycle[first]->pos.file ||
        (cycle[i]->pos.file == cycle[first]->pos.file &&
         cycle[i]->pos.offset < cycle[first]->pos.offset))
      first = i;
  Object* obj = cycle[first];
  std::string msg = fmt::format("invalid recursive type {}", obj->name.str());
  for (size_t k = 0; k < cycle.size(); ++k) {
    Object* o = cycle[(first + k) % cycle.size()];
    msg += fmt::format("\n\t{}: {} refers to", diags_.format(o->pos), o->name.str());
  }
  msg += fmt::format("\n\t{}: {}", diags_.format(obj->pos), obj->name.str());
  error(obj->pos, msg);
  // Break the cycle so that later walks over the types end.
  if (auto* n = llvm::dyn_cast_or_null<Named>(obj->type))
    n->underlying = ctx_.basic(BasicKind::Invalid);
}

bool Checker::validType(Named* start, std::vector<Named*>& path) {
  // Walks what a value of the type holds directly (struct fields, array elements): a named
  // type met again on the path contains itself.
  bool complete = true;
  std::function<bool(Type*)> walk = [&](Type* t) -> bool {
    switch (t->kind) {
      case TypeKind::Array:
        return walk(static_cast<Array*>(t)->elem);
      case TypeKind::Struct:
        for (const Field& f : static_cast<Struct*>(t)->fields)
          if (!walk(f.type)) return false;
        return true;
      case TypeKind::Named: {
        auto* n = static_cast<Named*>(t);
        if (validated_.count(n)) return true;
        auto it = std::find(path.begin(), path.end(), n);
        if (it != path.end()) {
          std::vector<Object*> cycle;
          for (; it != path.end(); ++it) cycle.push_back((*it)->obj);
          reportCycle(cycle);
          return false;
        }
        if (!n->underlying) {
          complete = false;  // still being declared: its own check comes later
          return true;
        }
        path.push_back(n);
        bool ok = walk(n->underlying);
        path.pop_back();
        return ok;
      }
      default:
        return true;
    }
  };
  bool ok = walk(start);
  if (ok && complete) validated_.insert(start);
  return ok;
}

void Checker::localTypeDecl(const TypeSpec* ts) {
  const Ident* id = ast_.get(ts->name);
  auto* tn = newObject<TypeName>(ast_.str(id->name), id->pos, &pkg_);
  // gc's back end (go 1.19) refuses them in generic functions and methods.
  if (insideGenericFunc() && config_.onlyLowerable)
    backEndErrors_.push_back(
        {id->pos, "type declarations inside generic functions are not currently supported"});
  if (!ts->typeParams.empty() && ts->alias) {
    error(ts->pos, "generic type cannot be alias");
    tn->type = ctx_.basic(BasicKind::Invalid);
    declareLocal(tn, id);
    return;
  }
  if (ts->alias) {
    requireVersion(ts->pos, 9, "type aliases");
    // The name is in scope from the identifier on: `type T = T` refers to itself.
    const Expr* rhs = ast_.get(ts->type);
    while (auto* p = llvm::dyn_cast<ParenExpr>(rhs)) rhs = ast_.get(p->x);
    if (auto* self = llvm::dyn_cast<Ident>(rhs); self && self->name == id->name) {
      reportCycle({tn});
      tn->type = ctx_.basic(BasicKind::Invalid);
      declareLocal(tn, id);
      return;
    }
    // The alias's name is in scope only after its declaration.
    Type* t = typeExpr(ast_.get(ts->type));
    tn->type = t;
    declareLocal(tn, id);
    return;
  }
  // A defined type is in scope in its own declaration (type List struct{ next *List }).
  Named* named = ctx_.named(tn);
  tn->type = named;
  declareLocal(tn, id);
  typePath_.push_back(tn);
  Scope* saved = scope_;
  if (!ts->typeParams.empty()) {
    openScope();  // the type parameters are seen by the declaration only
    named->typeParams = declareTypeParams(ast_.get(ts->typeParams), named);
  }
  constraintOk_ = ast_.get(ts->type);  // type C2 C1 may define a constraint
  Type* rhs = typeExpr(ast_.get(ts->type));
  scope_ = saved;
  typePath_.pop_back();
  if (Type* u = underlying(rhs)) {
    named->underlying = u;
  } else {
    reportCycle({tn});  // type T T
    named->underlying = ctx_.basic(BasicKind::Invalid);
  }
  std::vector<Named*> path;
  validType(named, path);
}

// ---- methods ----

void Checker::collectMethod(Func* fn, const FuncDecl* fd, Scope* fileScope) {
  DeclInfo d;
  d.fileScope = fileScope;
  d.funcDecl = fd;
  // The receiver's base type name: T in (T), (*T), ((*T)).
  const Expr* rt = ast_.get(ast_.get(fd->recv)[0].type);
  while (auto* p = llvm::dyn_cast<ParenExpr>(rt)) rt = ast_.get(p->x);
  if (auto* s = llvm::dyn_cast<StarExpr>(rt)) rt = ast_.get(s->x);
  while (auto* p = llvm::dyn_cast<ParenExpr>(rt)) rt = ast_.get(p->x);
  if (auto* ix = llvm::dyn_cast<IndexExpr>(rt)) rt = ast_.get(ix->x);  // List[T]
  if (auto* id = llvm::dyn_cast<Ident>(rt)) methodsByBase_[ast_.str(id->name)].push_back(fn);
  decls_[fn] = std::move(d);
  methods_.push_back(fn);
}

// The type name a package-level name stands for when it is an alias of a plain name
// (`type A = T`, `type B = A`): methods declared on A or B belong to T.
llvm::StringRef Checker::aliasBase(llvm::StringRef name) {
  for (int depth = 0; depth < 32; ++depth) {
    auto* tn = llvm::dyn_cast_or_null<TypeName>(pkg_.scope->lookupLocal(name));
    if (!tn) return name;
    auto it = decls_.find(tn);
    if (it == decls_.end() || !it->second.typeSpec || !it->second.typeSpec->alias) return name;
    const Expr* rhs = ast_.get(it->second.typeSpec->type);
    while (auto* p = llvm::dyn_cast<ParenExpr>(rhs)) rhs = ast_.get(p->x);
    auto* id = llvm::dyn_cast<Ident>(rhs);
    if (!id) return name;
    name = ast_.str(id->name);
  }
  return name;
}

void Checker::attachMethods(TypeName* obj, Named* named) {
  // The methods declared on the type's name and on aliases of it (collectObjects files those
  // under the name), in source order.
  auto it = methodsByBase_.find(obj->name);
  if (it == methodsByBase_.end() || pkg_.scope->lookupLocal(obj->name) != obj) return;
  for (Func* m : it->second) {
    if (m->name != "_") {
      auto prev = std::find_if(named->methods.begin(), named->methods.end(),
                               [&](Func* o) { return o->name == m->name; });
      if (prev != named->methods.end()) {
        error(m->pos, fmt::format("{}.{} redeclared in this block\n\t{}: other declaration of {}",
                                  obj->name.str(), m->name.str(), diags_.format((*prev)->pos),
                                  m->name.str()));
        continue;
      }
    }
    named->methods.push_back(m);
  }
}

void Checker::resolveMethod(Func* fn, DeclInfo& d) {
  const FuncDecl* fd = d.funcDecl;
  const syntax::Field& rf = ast_.get(fd->recv)[0];
  const Expr* rtExpr = ast_.get(rf.type);
  auto rnames = ast_.nodes(rf.names);
  Pos recvPos = rnames.empty() ? rtExpr->pos : rnames[0]->pos;
  Type* rt = genericReceiver(fn, rtExpr);  // func (l *List[T]) ...: declares T
  if (!rt) rt = typeExpr(rtExpr);
  auto* recv = newObject<Var>(rnames.empty() ? "" : ast_.str(rnames[0]->name), recvPos, &pkg_, rt);
  recv->isParam = true;
  recv->used = true;
  if (!rnames.empty()) info_.defs[rnames[0]] = recv;
  fn->recv = recv;
  fn->type = funcSignature(ast_.get(fd->type), fn);
  if (isBasic(rt, BasicKind::Invalid)) return;
  // The receiver must be T or *T for a defined type T of this package that is neither a
  // pointer nor an interface.
  Type* base = rt;
  if (auto* p = llvm::dyn_cast<Pointer>(rt)) base = p->elem;
  auto* named = llvm::dyn_cast<Named>(base);
  std::string why;
  if (!named) {
    if (auto* b = llvm::dyn_cast<Basic>(base))
      why = fmt::format("cannot define new methods on non-local type {}", typeStr(b));
    else
      why = fmt::format("invalid receiver type {}", typeStr(rt));
  } else if (named->obj->pkg != &pkg_) {
    why = fmt::format("cannot define new methods on non-local type {}", typeStr(named));
  } else if (Type* u = underlying(named); u && (llvm::isa<Pointer>(u) || llvm::isa<Interface>(u))) {
    why = fmt::format("invalid receiver type {} (pointer or interface type)", typeStr(named));
  }
  if (!why.empty()) {
    error(recvPos, why);
    return;
  }
  // A method and a field of the same name.
  if (auto* s = llvm::dyn_cast_or_null<Struct>(underlying(named)); s && fn->name != "_") {
    for (const Field& f : s->fields) {
      if (!sameId(f.name, f.pkg, fn->name, &pkg_)) continue;
      Pos fieldPos{};
      // The field's position: its declaration in the type's struct literal.
      if (auto dit = decls_.find(named->obj); dit != decls_.end() && dit->second.typeSpec)
        if (auto* st = llvm::dyn_cast<StructType>(ast_.get(dit->second.typeSpec->type)))
          for (const syntax::Field& sf : ast_.get(st->fields)) {
            for (const Ident* id : ast_.nodes(sf.names))
              if (ast_.str(id->name) == f.name) fieldPos = id->pos;
            if (sf.names.empty())
              if (const Ident* id = embeddedName(ast_, ast_.get(sf.type));
                  id && ast_.str(id->name) == f.name)
                fieldPos = ast_.get(sf.type)->pos;
          }
      error(fn->pos, fmt::format("field and method with the same name {}\n\t{}: other declaration "
                                 "of {}",
                                 fn->name.str(), diags_.format(fieldPos), fn->name.str()));
      break;
    }
  }
}

}  // namespace ergo::types
