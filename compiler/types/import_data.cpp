#include "types/import_data.h"

#include "fmt/format.h"
#include "llvm/ADT/StringMap.h"
#include "syntax/parser.h"
#include "types/export_constant.h"
#include "types/export_encoding.h"
#include "types/instantiate.h"

namespace ergo::types {

using namespace exportdata;

namespace {

class Reader {
 public:
  Reader(Universe& universe, Interner& names,
         const std::function<Package*(llvm::StringRef)>& importer, std::string& error)
      : universe_(universe),
        ctx_(universe.ctx()),
        names_(names),
        importer_(importer),
        error_(error) {}

  std::unique_ptr<ImportedPackage> read(llvm::StringRef data) {
    if (!readSections(data)) return nullptr;
    result_ = std::make_unique<ImportedPackage>();
    result_->package = std::make_unique<Package>();
    pkg_ = result_->package.get();
    pkg_->scope = std::make_unique<Scope>(universe_.scope());
    for (const auto& [name, payload] : sections_)
      if (name != kStrings && name != kPackage && name != kImports && name != kTypes &&
          name != kObjects && name != kGenerics)
        result_->unknownSections.push_back(name.str());
    if (!readStrings() || !readPackage() || !readImports() || !readTypeTable() || !readObjects() ||
        !readGenerics())
      return nullptr;
    // An instance made before its origin's methods were read copied none: copy them now.
    for (Named* inst : instances_)
      if (inst->origin) inst->methods = inst->origin->methods;
    return std::move(result_);
  }

 private:
  bool fail(const std::string& message) {
    if (error_.empty()) error_ = message;
    return false;
  }

  bool readSections(llvm::StringRef data) {
    ByteReader r(data);
    llvm::StringRef magic = r.raw(4);
    if (r.failed() || magic != llvm::StringRef(kMagic, 4)) return fail("not ergo export data");
    uint32_t version = 0;
    for (int i = 0; i < 4; ++i) version |= static_cast<uint32_t>(r.byte()) << (8 * i);
    if (version != kVersion)
      return fail(fmt::format("export data version {} (this ergo reads {})", version, kVersion));
    uint64_t count = r.uvarint();
    std::vector<std::pair<llvm::StringRef, uint64_t>> directory;
    for (uint64_t i = 0; i < count && !r.failed(); ++i) {
      llvm::StringRef name = r.bytes();
      directory.emplace_back(name, r.uvarint());
    }
    for (const auto& [name, size] : directory) sections_[name] = r.raw(size);
    if (r.failed()) return fail("truncated export data");
    return true;
  }

  // A required section's reader (an empty one when the section is missing: reads fail).
  ByteReader section(llvm::StringRef name) {
    auto it = sections_.find(name);
    return ByteReader(it == sections_.end() ? llvm::StringRef() : it->second);
  }

  bool readStrings() {
    ByteReader r = section(kStrings);
    uint64_t n = r.uvarint();
    for (uint64_t i = 0; i < n && !r.failed(); ++i) strings_.push_back(names_.intern(r.bytes()));
    return !r.failed() || fail("corrupt strings section");
  }

  llvm::StringRef str(ByteReader& r) {
    uint64_t i = r.uvarint();
    if (i >= strings_.size()) {
      r.fail();
      return {};
    }
    return strings_[i];
  }

  bool readPackage() {
    ByteReader r = section(kPackage);
    pkg_->path = str(r).str();
    pkg_->name = str(r).str();
    pkg_->languageVersion = str(r).str();
    return !r.failed() || fail("corrupt package section");
  }

  bool readImports() {
    ByteReader r = section(kImports);
    uint64_t n = r.uvarint();
    for (uint64_t i = 0; i < n && !r.failed(); ++i) {
      llvm::StringRef path = str(r);
      str(r);  // the name: for readers that print without loading the package
      bool direct = r.byte() != 0;
      // unsafe has no export data of its own: the universe provides it, as to the checker.
      Package* imp = path == "unsafe" ? universe_.unsafePackage()
                     : importer_      ? importer_(path)
                                      : nullptr;
      if (!imp)
        return fail(fmt::format("could not import {} (needed by {})", path.str(), pkg_->path));
      imports_.push_back(imp);
      if (direct) pkg_->imports.push_back(imp);
    }
    return !r.failed() || fail("corrupt imports section");
  }

  Package* pkgRef(ByteReader& r) {
    uint64_t ref = r.uvarint();
    if (ref == kPkgUniverse) return nullptr;
    if (ref == kPkgSelf) return pkg_;
    if (ref - 2 >= imports_.size()) {
      r.fail();
      return nullptr;
    }
    return imports_[ref - 2];
  }

  bool readTypeTable() {
    ByteReader r = section(kTypes);
    uint64_t n = r.uvarint();
    for (uint64_t i = 0; i < n && !r.failed(); ++i) entries_.push_back(r.bytes());
    types_.assign(entries_.size(), nullptr);
    decoding_.assign(entries_.size(), false);
    return !r.failed() || fail("corrupt types section");
  }

  // The type of a reference (null for 0), decoded on first use.
  Type* typeRef(ByteReader& from) {
    uint64_t ref = from.uvarint();
    if (ref == 0) return nullptr;
    if (ref > entries_.size()) {
      from.fail();
      return nullptr;
    }
    size_t i = ref - 1;
    if (types_[i]) return types_[i];
    if (decoding_[i]) {  // a cycle not broken by a defined type or type parameter: corrupt
      from.fail();
      return nullptr;
    }
    decoding_[i] = true;
    ByteReader r(entries_[i]);
    Type* t = decodeType(r, i);
    if (r.failed() || !t) {
      from.fail();
      return nullptr;
    }
    types_[i] = t;
    return t;
  }

  template <typename T>
  T* typeRefAs(ByteReader& r) {
    Type* t = typeRef(r);
    auto* result = llvm::dyn_cast_or_null<T>(t);
    if (!result) r.fail();
    return result;
  }

  Type* decodeType(ByteReader& r, size_t index) {
    auto tag = static_cast<TypeTag>(r.byte());
    switch (tag) {
      case TypeTag::Basic: {
        uint8_t k = r.byte();
        if (k > static_cast<uint8_t>(BasicKind::UntypedNil)) return nullptr;
        return ctx_.basic(static_cast<BasicKind>(k));
      }
      case TypeTag::Pointer:
        return ctx_.pointer(typeRef(r));
      case TypeTag::Slice:
        return ctx_.slice(typeRef(r));
      case TypeTag::Array: {
        int64_t len = r.svarint();
        return ctx_.array(typeRef(r), len);
      }
      case TypeTag::Map: {
        Type* key = typeRef(r);
        return ctx_.map(key, typeRef(r));
      }
      case TypeTag::Chan: {
        uint8_t dir = r.byte();
        if (dir > static_cast<uint8_t>(ChanDir::Recv)) return nullptr;
        return ctx_.chan(static_cast<ChanDir>(dir), typeRef(r));
      }
      case TypeTag::Struct: {
        std::vector<Field> fields;
        uint64_t n = r.uvarint();
        for (uint64_t i = 0; i < n && !r.failed(); ++i) {
          Field f;
          f.name = str(r);
          f.type = typeRef(r);
          f.embedded = r.byte() != 0;
          f.tag = str(r);
          f.pkg = pkgRef(r);
          fields.push_back(f);
        }
        return ctx_.structType(std::move(fields));
      }
      case TypeTag::Tuple: {
        std::vector<Type*> ts;
        uint64_t n = r.uvarint();
        for (uint64_t i = 0; i < n && !r.failed(); ++i) ts.push_back(typeRef(r));
        return ctx_.tuple(ts);
      }
      case TypeTag::Signature: {
        std::vector<TypeParam*> tparams;
        uint64_t n = r.uvarint();
        for (uint64_t i = 0; i < n && !r.failed(); ++i) tparams.push_back(typeRefAs<TypeParam>(r));
        Tuple* params = typeRefAs<Tuple>(r);
        Tuple* results = typeRefAs<Tuple>(r);
        bool variadic = r.byte() != 0;
        if (r.failed()) return nullptr;
        return ctx_.genericSignature(params, results, variadic, std::move(tparams));
      }
      case TypeTag::Interface: {
        std::vector<Method> methods;
        uint64_t n = r.uvarint();
        for (uint64_t i = 0; i < n && !r.failed(); ++i) {
          Method m;
          m.name = str(r);
          m.pkg = pkgRef(r);
          m.sig = typeRefAs<Signature>(r);
          methods.push_back(m);
        }
        bool allTypes = r.byte() != 0;
        bool comparable = r.byte() != 0;
        bool implicit = r.byte() != 0;
        std::vector<Term> terms;
        uint64_t nt = r.uvarint();
        for (uint64_t i = 0; i < nt && !r.failed(); ++i) {
          Term t;
          t.tilde = r.byte() != 0;
          t.type = typeRef(r);
          terms.push_back(t);
        }
        if (r.failed()) return nullptr;
        return ctx_.constraint(std::move(methods), allTypes, std::move(terms), comparable,
                               implicit);
      }
      case TypeTag::Named: {
        Package* owner = pkgRef(r);
        llvm::StringRef name = str(r);
        if (r.failed()) return nullptr;
        Scope* scope = owner ? owner->scope.get() : universe_.scope();
        auto* tn = llvm::dyn_cast_or_null<TypeName>(scope ? scope->lookupLocal(name) : nullptr);
        auto* named = tn ? llvm::dyn_cast_or_null<Named>(tn->type) : nullptr;
        if (!named) {
          fail(fmt::format("{}: no type {}.{}", pkg_->path, owner ? owner->path : "", name.str()));
          return nullptr;
        }
        return named;
      }
      case TypeTag::LocalNamed: {
        Package* owner = pkgRef(r);
        llvm::StringRef name = str(r);
        auto* tn = newObject<TypeName>(name, owner);
        Named* named = ctx_.named(tn);
        tn->type = named;
        types_[index] = named;  // its underlying type may refer to it
        named->underlying = typeRef(r);
        return named;
      }
      case TypeTag::Instance: {
        auto* origin = typeRefAs<Named>(r);
        std::vector<Type*> args;
        uint64_t n = r.uvarint();
        for (uint64_t i = 0; i < n && !r.failed(); ++i) args.push_back(typeRef(r));
        if (r.failed()) return nullptr;
        Named* inst = instanceOf(ctx_, origin, args);
        if (origin->obj && origin->obj->pkg == pkg_) instances_.push_back(inst);
        return inst;
      }
      case TypeTag::TypeParam: {
        llvm::StringRef name = str(r);
        int i = static_cast<int>(r.uvarint());
        auto* tn = newObject<TypeName>(name, pkg_);
        TypeParam* tp = ctx_.typeParam(tn, i);
        tn->type = tp;
        types_[index] = tp;  // its constraint may refer to it
        tp->constraint = typeRef(r);
        return tp;
      }
    }
    return nullptr;
  }

  template <typename T, typename... Args>
  T* newObject(llvm::StringRef name, Package* owner, Args&&... args) {
    auto obj = std::make_unique<T>(name, Pos{}, owner, std::forward<Args>(args)...);
    T* raw = obj.get();
    pkg_->ownedObjects.push_back(std::move(obj));
    return raw;
  }

  // Positions are kept in the file for later readers; objects made here have none yet (the
  // importer's SourceFiles does not hold the exporter's files).
  void skipPos(ByteReader& r) {
    str(r);
    r.uvarint();
    r.uvarint();
  }

  // Parameter and result variables named as in the declaration, typed from the signature.
  void funcDetails(ByteReader& r, Func* fn) {
    ImportedFuncInfo info;
    info.pragmas = static_cast<uint32_t>(r.uvarint());
    info.linkname = str(r).str();
    if (info.pragmas || !info.linkname.empty()) result_->funcInfo[fn] = info;
    auto* sig = llvm::dyn_cast_or_null<Signature>(fn->type);
    for (bool results : {false, true}) {
      uint64_t n = r.uvarint();
      for (uint64_t i = 0; i < n && !r.failed(); ++i) {
        llvm::StringRef name = str(r);
        Tuple* tuple = sig ? (results ? sig->results : sig->params) : nullptr;
        Type* t = tuple && i < tuple->size() ? tuple->types[i] : nullptr;
        Var* v = newObject<Var>(name, pkg_, t);
        v->isParam = true;
        v->used = true;
        (results ? fn->results : fn->params).push_back(v);
      }
    }
    pkg_->funcs.push_back(fn);
  }

  bool readObjects() {
    ByteReader r = section(kObjects);
    uint64_t n = r.uvarint();
    // First the names, so that types can find this package's defined types in its scope...
    struct Pending {
      ObjTag tag;
      Object* obj;
    };
    std::vector<Pending> pending;
    for (uint64_t i = 0; i < n && !r.failed(); ++i) {
      auto tag = static_cast<ObjTag>(r.byte());
      llvm::StringRef name = str(r);
      skipPos(r);
      Object* obj = nullptr;
      switch (tag) {
        case ObjTag::Const:
          obj = newObject<Const>(name, pkg_);
          break;
        case ObjTag::Var: {
          auto* v = newObject<Var>(name, pkg_, nullptr);
          v->isGlobal = true;
          v->used = true;
          obj = v;
          break;
        }
        case ObjTag::Func:
          obj = newObject<Func>(name, pkg_);
          break;
        case ObjTag::DefinedType: {
          auto* tn = newObject<TypeName>(name, pkg_);
          tn->type = ctx_.named(tn);
          obj = tn;
          break;
        }
        case ObjTag::Alias:
          obj = newObject<TypeName>(name, pkg_);
          break;
        default:
          return fail("corrupt objects section");
      }
      pkg_->scope->insert(obj);
      // ...then each record's rest, read in a second pass: remember where it is.
      pending.push_back({tag, obj});
      objectReaders_.push_back(r);
      skipObjectRest(r, tag);
    }
    if (r.failed()) return fail("corrupt objects section");
    for (size_t i = 0; i < pending.size(); ++i) {
      ByteReader& rr = objectReaders_[i];
      readObjectRest(rr, pending[i].tag, pending[i].obj);
      if (rr.failed()) return fail(error_.empty() ? "corrupt objects section" : error_);
    }
    return true;
  }

  void skipFuncDetails(ByteReader& r) {
    r.uvarint();
    r.uvarint();
    for (int k = 0; k < 2; ++k)
      for (uint64_t n = r.uvarint(); n > 0 && !r.failed(); --n) r.uvarint();
  }

  void skipObjectRest(ByteReader& r, ObjTag tag) {
    if (tag == ObjTag::DefinedType) {
      r.uvarint();
      for (uint64_t n = r.uvarint(); n > 0 && !r.failed(); --n) r.uvarint();
      r.uvarint();
      for (uint64_t n = r.uvarint(); n > 0 && !r.failed(); --n) {
        r.uvarint();
        skipPos(r);
        r.uvarint();
        r.uvarint();
        r.uvarint();
        skipFuncDetails(r);
      }
      return;
    }
    r.uvarint();
    if (tag == ObjTag::Const) readConstant(r);
    if (tag == ObjTag::Func) skipFuncDetails(r);
  }

  void readObjectRest(ByteReader& r, ObjTag tag, Object* obj) {
    if (tag != ObjTag::DefinedType) {
      obj->type = typeRef(r);
      if (auto* c = llvm::dyn_cast<Const>(obj)) c->value = readConstant(r);
      if (auto* fn = llvm::dyn_cast<Func>(obj)) funcDetails(r, fn);
      return;
    }
    auto* named = llvm::cast<Named>(obj->type);
    if (typeRef(r) != named) return r.fail();
    uint64_t ntp = r.uvarint();
    for (uint64_t i = 0; i < ntp && !r.failed(); ++i)
      named->typeParams.push_back(typeRefAs<TypeParam>(r));
    named->underlying = typeRef(r);
    uint64_t nm = r.uvarint();
    for (uint64_t i = 0; i < nm && !r.failed(); ++i) {
      llvm::StringRef name = str(r);
      skipPos(r);
      Func* m = newObject<Func>(name, pkg_);
      m->type = typeRef(r);
      llvm::StringRef recvName = str(r);
      Type* recvType = typeRef(r);
      if (recvType) {
        m->recv = newObject<Var>(recvName, pkg_, recvType);
        m->recv->isParam = true;
        m->recv->used = true;
      }
      named->methods.push_back(m);
      funcDetails(r, m);
    }
  }

  bool readGenerics() {
    if (!sections_.count(kGenerics)) return true;
    ByteReader r = section(kGenerics);
    uint64_t n = r.uvarint();
    for (uint64_t i = 0; i < n && !r.failed(); ++i) {
      GenericSource g;
      g.path = str(r).str();
      g.text = r.bytes().str();
      result_->generics.push_back(std::move(g));
    }
    return !r.failed() || fail("corrupt generics section");
  }

  Universe& universe_;
  TypeContext& ctx_;
  Interner& names_;
  const std::function<Package*(llvm::StringRef)>& importer_;
  std::string& error_;
  llvm::StringMap<llvm::StringRef> sections_;
  std::unique_ptr<ImportedPackage> result_;
  Package* pkg_ = nullptr;
  std::vector<llvm::StringRef> strings_;
  std::vector<Package*> imports_;
  std::vector<llvm::StringRef> entries_;
  std::vector<Type*> types_;
  std::vector<bool> decoding_;
  std::vector<Named*> instances_;
  std::vector<ByteReader> objectReaders_;
};

}  // namespace

std::unique_ptr<ImportedPackage> readExportData(
    llvm::StringRef data, Universe& universe, Interner& names,
    const std::function<Package*(llvm::StringRef path)>& importer, std::string& error) {
  error.clear();
  return Reader(universe, names, importer, error).read(data);
}

std::vector<const syntax::File*> parseGenericSources(const ImportedPackage& pkg,
                                                     SourceFiles& sources, syntax::Ast& ast,
                                                     Diagnostics& diags) {
  std::vector<const syntax::File*> files;
  for (const GenericSource& g : pkg.generics) {
    uint32_t id = sources.add(g.path, g.text);
    syntax::ParseOptions options;
    options.checkDirectives = false;  // the directives were checked with the original file
    files.push_back(syntax::parseFile(id, sources.text(id), ast, diags, options));
  }
  return files;
}

}  // namespace ergo::types
