// Generic functions and types, compiled by monomorphisation: one Function per distinct
// type-argument list (named as gc names instances: "main.Sum[int]", "main.(*List[int]).Push"),
// built from the generic body while the checker's records of that body are rewritten with the
// type arguments substituted, so that the rest of the builder sees only concrete types.
#include <algorithm>

#include "ir/builder_internal.h"
#include "types/instantiate.h"

namespace ergo::ir {

std::string instanceTypeName(const types::Named* n) {
  std::string out = n->obj->name.str();
  if (!n->origin) return out;
  out += "[";
  for (size_t i = 0; i < n->typeArgs.size(); ++i) {
    if (i) out += ",";
    out += types::typeString(n->typeArgs[i]);
  }
  return out + "]";
}

}  // namespace ergo::ir

namespace ergo::ir::build {

namespace {

// Whether t still mentions a type parameter (an instance made while checking a generic body).
bool mentionsTypeParam(ty::Type* t, unsigned depth = 0) {
  if (!t || depth > 64) return false;
  switch (t->kind) {
    case ty::TypeKind::TypeParam:
      return true;
    case ty::TypeKind::Pointer:
      return mentionsTypeParam(llvm::cast<ty::Pointer>(t)->elem, depth + 1);
    case ty::TypeKind::Slice:
      return mentionsTypeParam(llvm::cast<ty::Slice>(t)->elem, depth + 1);
    case ty::TypeKind::Array:
      return mentionsTypeParam(llvm::cast<ty::Array>(t)->elem, depth + 1);
    case ty::TypeKind::Chan:
      return mentionsTypeParam(llvm::cast<ty::Chan>(t)->elem, depth + 1);
    case ty::TypeKind::Map: {
      auto* m = llvm::cast<ty::Map>(t);
      return mentionsTypeParam(m->key, depth + 1) || mentionsTypeParam(m->elem, depth + 1);
    }
    case ty::TypeKind::Tuple:
      for (ty::Type* e : llvm::cast<ty::Tuple>(t)->types)
        if (mentionsTypeParam(e, depth + 1)) return true;
      return false;
    case ty::TypeKind::Signature: {
      auto* s = llvm::cast<ty::Signature>(t);
      return mentionsTypeParam(s->params, depth + 1) || mentionsTypeParam(s->results, depth + 1);
    }
    case ty::TypeKind::Struct:
      for (const ty::Field& f : llvm::cast<ty::Struct>(t)->fields)
        if (mentionsTypeParam(f.type, depth + 1)) return true;
      return false;
    case ty::TypeKind::Interface: {
      auto* i = llvm::cast<ty::Interface>(t);
      for (const ty::Method& m : i->methods)
        if (mentionsTypeParam(m.sig, depth + 1)) return true;
      for (const ty::Term& term : i->terms)
        if (mentionsTypeParam(term.type, depth + 1)) return true;
      return false;
    }
    case ty::TypeKind::Named: {
      auto* n = llvm::cast<ty::Named>(t);
      if (n->generic()) return true;  // List[T] inside List's own methods
      for (ty::Type* a : n->typeArgs)
        if (mentionsTypeParam(a, depth + 1)) return true;
      return false;
    }
    default:
      return false;
  }
}

// The Named type whose methods a method's receiver (T or *T) selects.
ty::Named* receiverBase(ty::Type* t) {
  if (auto* p = llvm::dyn_cast_or_null<ty::Pointer>(t)) t = p->elem;
  return llvm::dyn_cast_or_null<ty::Named>(t);
}

}  // namespace

// The checker's records of one generic declaration, rewritten for one instance and put back
// afterwards: the types of its expressions and variables with the type arguments substituted,
// methods of generic types resolved to the instance's, and methods called on type-parameter
// values resolved to the type argument's. Info is the checker's output for this package; the
// builder is its only reader, so it rewrites it in place (and restores it) rather than
// threading a substitution through every place that reads a type.
class Builder::BodyRewrite {
 public:
  BodyRewrite(Builder& b, const FuncDecl* decl) : b_(b), info_(const_cast<ty::Info&>(b.info_)) {
    begin_ = decl->pos;
    end_ = b.ast_.get(decl->body)->rbrace;
  }
  ~BodyRewrite() { restore(); }

  void apply(ty::Func* generic) {
    // Method calls on type-parameter values, found before the types are rewritten.
    std::vector<const SelectorExpr*> onTypeParams;
    for (auto& [e, tv] : info_.types) {
      if (!inside(e->pos) || e->kind != NodeKind::SelectorExpr) continue;
      auto* sel = llvm::cast<SelectorExpr>(e);
      const ty::TypeAndValue* xtv = info_.typeOf(b_.ast_.get(sel->x));
      if (xtv && llvm::isa_and_nonnull<ty::TypeParam>(xtv->type))  // x.M, or T.M
        onTypeParams.push_back(sel);
    }
    for (auto& [e, tv] : info_.types) {
      if (!inside(e->pos)) continue;
      ty::Type* t = b_.subst(tv.type);
      if (t == tv.type) continue;
      types_.push_back({&tv, tv.type});
      tv.type = t;
    }
    for (auto& [id, obj] : info_.defs)
      if (inside(id->pos)) rewriteObject(obj);
    for (auto& [node, obj] : info_.implicits)
      if (inside(node->pos)) rewriteObject(obj);
    for (auto& [node, f] : info_.funcs)
      if (inside(node->pos) && !f->decl) rewriteObject(f);  // function literals
    if (generic->recv) rewriteObject(generic->recv);
    for (ty::Var* v : generic->params) rewriteObject(v);
    for (ty::Var* v : generic->results) rewriteObject(v);
    for (auto& [id, obj] : info_.uses) {
      if (!inside(id->pos)) continue;
      auto* m = llvm::dyn_cast<ty::Func>(obj);
      if (!m || !m->recv) continue;
      ty::Named* base = receiverBase(m->recv->type);
      if (!base || (!base->origin && !base->generic())) continue;
      auto* inst = llvm::dyn_cast_or_null<ty::Named>(b_.subst(base));
      if (!inst || !inst->origin) continue;
      ty::Func* im = ty::instanceMethod(b_.ctx_, inst, m);
      if (im == m) continue;
      uses_.push_back({id, obj});
      obj = im;
    }
    for (const SelectorExpr* sel : onTypeParams) bindTypeParamMethod(sel);
  }

 private:
  bool inside(Pos p) const {
    return p.file == begin_.file && begin_.offset <= p.offset && p.offset <= end_.offset;
  }

  void rewriteObject(ty::Object* obj) {
    if (!obj || (!llvm::isa<ty::Var>(obj) && !llvm::isa<ty::Func>(obj))) {
      // A type declared in the generic body that uses its type parameters would be a
      // distinct type per instance.
      if (auto* tn = llvm::dyn_cast_or_null<ty::TypeName>(obj))
        if (auto* n = llvm::dyn_cast_or_null<ty::Named>(tn->type);
            n && !n->generic() && mentionsTypeParam(ty::underlying(n)))
          b_.unsupported(tn->pos, "local types that use type parameters");
      return;
    }
    if (!objects_.insert({obj, obj->type}).second) return;
    obj->type = b_.subst(obj->type);
  }

  // x.M with x of a type parameter's type (or the method expression T.M): M of the type
  // argument. An interface type argument needs nothing (the builder calls through it).
  void bindTypeParamMethod(const SelectorExpr* sel) {
    const Ident* name = b_.ast_.get(sel->sel);
    ty::Type* t = b_.typeOf(b_.ast_.get(sel->x));
    if (!t || ty::isInterface(t)) return;
    llvm::StringRef want = b_.ast_.str(name->name);
    if (ty::Named* n = receiverBase(t)) {
      if (n->origin) ty::completeInstanceMethods(b_.ctx_, n);
      for (ty::Func* m : n->methods) {
        if (m->name != want) continue;
        auto it = info_.uses.find(name);
        uses_.push_back({name, it == info_.uses.end() ? nullptr : it->second});
        info_.uses[name] = m;
        return;
      }
    }
    // A method promoted through embedded fields: the builder's method calls, values and
    // expressions find it by the member lookup of the (now concrete) operand type.
    std::vector<ir::Member> members = ir::members(t);
    if (const ir::Member* mem = ir::findMember(members, want, b_.srcPkg_);
        mem && mem->promoted() && mem->kind != ir::Member::Kind::Field)
      return;
    b_.unsupported(sel->pos, "calling this method of a type argument in generic code");
  }

  void restore() {
    for (auto it = types_.rbegin(); it != types_.rend(); ++it) it->first->type = it->second;
    for (auto& [obj, t] : objects_) obj->type = t;
    for (auto it = uses_.rbegin(); it != uses_.rend(); ++it) {
      if (it->second)
        info_.uses[it->first] = it->second;
      else
        info_.uses.erase(it->first);
    }
    types_.clear();
    objects_.clear();
    uses_.clear();
  }

  Builder& b_;
  ty::Info& info_;
  Pos begin_, end_;
  std::vector<std::pair<ty::TypeAndValue*, ty::Type*>> types_;
  llvm::DenseMap<ty::Object*, ty::Type*> objects_;
  std::vector<std::pair<const Ident*, ty::Object*>> uses_;
};

bool Builder::isGeneric(const ty::Func* f) {
  auto* sig = llvm::dyn_cast_or_null<ty::Signature>(f->type);
  return sig && !sig->typeParams.empty();
}

ty::Type* Builder::subst(ty::Type* t) {
  return ty::substitute(ctx_, t, subst_);
}

Function* Builder::genericUse(ty::Func* f, const Ident* use) {
  auto it = info_.instances.find(use);
  if (it == info_.instances.end()) {
    unsupported(use->pos, "this use of a generic function");
    return newFunction(f->symbol() + "[?]", voidSig(), nullptr);
  }
  std::vector<ty::Type*> targs;
  for (ty::Type* a : it->second) targs.push_back(subst(a));
  return funcInstance(f, targs, use->pos);
}

Function* Builder::funcInstance(ty::Func* f, llvm::ArrayRef<ty::Type*> targs, Pos pos) {
  auto* gsig = llvm::cast<ty::Signature>(f->type);
  std::string symbol = f->pkg->path + "." + f->name.str() + "[";
  ty::SubstMap m;
  for (size_t i = 0; i < targs.size(); ++i) {
    if (i) symbol += ",";
    symbol += ty::typeString(targs[i]);
    if (i < gsig->typeParams.size()) m[gsig->typeParams[i]] = targs[i];
  }
  symbol += "]";
  auto* sig = llvm::cast<ty::Signature>(
      ty::substitute(ctx_, ctx_.signature(gsig->params, gsig->results, gsig->variadic), m));
  Function* fn = newFunction(symbol, sig, f);
  fn->instance = true;
  if (!queuedInstances_.insert(fn).second) return fn;
  if (!f->decl || !ast_.get(f->decl->body)) {
    unsupported(pos, "instantiating generic functions without a body");
    return fn;
  }
  pendingInstances_.push_back({fn, f, std::move(m)});
  return fn;
}

// Builds the queued function instances and every method of each instance this package's code
// names (its own generic types' and other packages'), until building them makes no new ones.
void Builder::buildInstances() {
  size_t seenTypes = 0;
  while (true) {
    while (!pendingInstances_.empty()) {
      PendingInstance p = std::move(pendingInstances_.back());
      pendingInstances_.pop_back();
      if (++instancesBuilt_ > kMaxInstances) {
        unsupported(p.generic->pos, "this many generic instances (endless instantiation?)");
        pendingInstances_.clear();
        return;
      }
      buildInstance(p);
    }
    const std::vector<ty::Named*>& all = ctx_.touchedInstances();
    if (seenTypes == all.size()) break;
    for (; seenTypes < all.size(); ++seenTypes) instanceMethods(all[seenTypes]);
  }
  // Instances are defined in every module that uses them and merged by the linker.
  for (auto& f : mod_.functions)
    if (llvm::StringRef(f->symbol).contains('[')) f->instance = true;
}

void Builder::instanceMethods(ty::Named* n) {
  if (!n->origin || mentionsTypeParam(n)) return;
  ty::completeInstanceMethods(ctx_, n);
  ty::SubstMap m = ty::instanceMap(n);
  for (ty::Func* im : n->methods) {
    if (!im->origin || !im->decl || !ast_.get(im->decl->body)) continue;
    Function* fn = methodFunction(im);
    fn->instance = true;
    if (queuedInstances_.insert(fn).second) pendingInstances_.push_back({fn, im->origin, m});
    if (!llvm::isa<ty::Pointer>(im->recv->type)) buildPointerWrapper(im);
  }
}

void Builder::buildInstance(const PendingInstance& p) {
  subst_ = p.map;
  srcPkg_ = p.generic->pkg;
  {
    BodyRewrite rewrite(*this, p.generic->decl);
    rewrite.apply(p.generic);
    buildFunction(p.fn, p.generic, ast_.get(p.generic->decl->body), p.fn->symbol + ".func");
  }
  srcPkg_ = &pkg_;
  subst_.clear();
}

}  // namespace ergo::ir::build
