#include "types/export_data.h"

#include <map>
#include <set>

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "types/export_constant.h"
#include "types/export_encoding.h"

namespace ergo::types {

using namespace exportdata;

namespace {

class Writer {
 public:
  Writer(const Package& pkg, const SourceFiles& sources)
      : pkg_(pkg), ast_(*pkg.ast), sources_(sources) {
    str("");  // index 0: the empty string
  }

  std::string write() {
    // Direct imports come first in the imports table, in the checker's order.
    for (const Package* imp : pkg_.imports) pkgRef(imp);
    ByteWriter objects = writeObjects();
    ByteWriter generics = writeGenerics();
    ByteWriter package;
    package.uvarint(str(pkg_.path));
    package.uvarint(str(pkg_.name));
    package.uvarint(str(pkg_.languageVersion));
    ByteWriter imports;
    imports.uvarint(importList_.size());
    for (const Package* imp : importList_) {
      imports.uvarint(str(imp->path));
      imports.uvarint(str(imp->name));
      bool direct = std::find(pkg_.imports.begin(), pkg_.imports.end(), imp) != pkg_.imports.end();
      imports.byte(direct ? 1 : 0);
    }
    ByteWriter types;
    types.uvarint(typeEntries_.size());
    for (const std::string& e : typeEntries_) types.bytes(e);
    // The string table last: every other section has added its strings by now.
    ByteWriter strings;
    strings.uvarint(strings_.size());
    for (const std::string& s : strings_) strings.bytes(s);

    std::vector<std::pair<llvm::StringRef, ByteWriter*>> sections = {
        {kStrings, &strings}, {kPackage, &package}, {kImports, &imports},
        {kTypes, &types},     {kObjects, &objects}, {kGenerics, &generics}};
    ByteWriter out;
    out.raw(llvm::StringRef(kMagic, 4));
    for (int i = 0; i < 4; ++i) out.byte(static_cast<uint8_t>(kVersion >> (8 * i)));
    out.uvarint(sections.size());
    for (auto& [name, section] : sections) {
      out.bytes(name);
      out.uvarint(section->size());
    }
    for (auto& [name, section] : sections) out.raw(section->str());
    return std::move(out.str());
  }

 private:
  uint64_t str(llvm::StringRef s) {
    auto [it, inserted] = stringIndex_.try_emplace(s, strings_.size());
    if (inserted) strings_.push_back(s.str());
    return it->second;
  }

  uint64_t pkgRef(const Package* p) {
    if (!p) return kPkgUniverse;
    if (p == &pkg_) return kPkgSelf;
    auto [it, inserted] = importIndex_.try_emplace(p, importList_.size());
    if (inserted) importList_.push_back(p);
    return 2 + it->second;
  }

  void pos(ByteWriter& w, Pos p) {
    ReportedPos r = p.valid() ? sources_.reported(p) : ReportedPos{};
    w.uvarint(str(r.filename));
    w.uvarint(r.line);
    w.uvarint(r.col);
  }

  // A type's reference: its table index + 1 (0 is "no type": what the checker left unset).
  uint64_t typeRef(const Type* t) {
    if (!t) return 0;
    if (auto it = typeIndex_.find(t); it != typeIndex_.end()) return it->second + 1;
    // The index is taken before the entry is encoded: entries refer to themselves through
    // type parameters' constraints.
    size_t index = typeEntries_.size();
    typeIndex_[t] = index;
    typeEntries_.emplace_back();
    ByteWriter w;
    encodeType(w, t);
    typeEntries_[index] = std::move(w.str());
    return index + 1;
  }

  void encodeType(ByteWriter& w, const Type* t) {
    auto tag = [&](TypeTag tt) { w.byte(static_cast<uint8_t>(tt)); };
    switch (t->kind) {
      case TypeKind::Basic:
        tag(TypeTag::Basic);
        w.byte(static_cast<uint8_t>(llvm::cast<Basic>(t)->basic));
        return;
      case TypeKind::Pointer:
        tag(TypeTag::Pointer);
        w.uvarint(typeRef(llvm::cast<Pointer>(t)->elem));
        return;
      case TypeKind::Slice:
        tag(TypeTag::Slice);
        w.uvarint(typeRef(llvm::cast<Slice>(t)->elem));
        return;
      case TypeKind::Array: {
        auto* a = llvm::cast<Array>(t);
        tag(TypeTag::Array);
        w.svarint(a->len);
        w.uvarint(typeRef(a->elem));
        return;
      }
      case TypeKind::Map: {
        auto* m = llvm::cast<Map>(t);
        tag(TypeTag::Map);
        w.uvarint(typeRef(m->key));
        w.uvarint(typeRef(m->elem));
        return;
      }
      case TypeKind::Chan: {
        auto* c = llvm::cast<Chan>(t);
        tag(TypeTag::Chan);
        w.byte(static_cast<uint8_t>(c->dir));
        w.uvarint(typeRef(c->elem));
        return;
      }
      case TypeKind::Struct: {
        auto* s = llvm::cast<Struct>(t);
        tag(TypeTag::Struct);
        w.uvarint(s->fields.size());
        for (const Field& f : s->fields) {
          w.uvarint(str(f.name));
          w.uvarint(typeRef(f.type));
          w.byte(f.embedded ? 1 : 0);
          w.uvarint(str(f.tag));
          w.uvarint(pkgRef(f.pkg));
        }
        return;
      }
      case TypeKind::Tuple: {
        auto* tu = llvm::cast<Tuple>(t);
        tag(TypeTag::Tuple);
        w.uvarint(tu->types.size());
        for (const Type* e : tu->types) w.uvarint(typeRef(e));
        return;
      }
      case TypeKind::Signature: {
        auto* s = llvm::cast<Signature>(t);
        tag(TypeTag::Signature);
        // Type parameters first: the reader makes them before the parameters that use them.
        w.uvarint(s->typeParams.size());
        for (const TypeParam* tp : s->typeParams) w.uvarint(typeRef(tp));
        w.uvarint(typeRef(s->params));
        w.uvarint(typeRef(s->results));
        w.byte(s->variadic ? 1 : 0);
        return;
      }
      case TypeKind::Interface: {
        auto* i = llvm::cast<Interface>(t);
        tag(TypeTag::Interface);
        w.uvarint(i->methods.size());
        for (const Method& m : i->methods) {
          w.uvarint(str(m.name));
          w.uvarint(pkgRef(m.pkg));
          w.uvarint(typeRef(m.sig));
        }
        w.byte(i->allTypes ? 1 : 0);
        w.byte(i->comparable ? 1 : 0);
        w.byte(i->implicit ? 1 : 0);
        w.uvarint(i->terms.size());
        for (const Term& term : i->terms) {
          w.byte(term.tilde ? 1 : 0);
          w.uvarint(typeRef(term.type));
        }
        return;
      }
      case TypeKind::Named: {
        auto* n = llvm::cast<Named>(t);
        if (n->origin) {
          tag(TypeTag::Instance);
          w.uvarint(typeRef(n->origin));
          w.uvarint(n->typeArgs.size());
          for (const Type* a : n->typeArgs) w.uvarint(typeRef(a));
          return;
        }
        const TypeName* obj = n->obj;
        const Package* owner = obj ? obj->pkg : nullptr;
        bool packageLevel = !owner || (owner->scope && owner->scope->lookupLocal(obj->name) == obj);
        tag(packageLevel ? TypeTag::Named : TypeTag::LocalNamed);
        w.uvarint(pkgRef(owner));
        w.uvarint(str(obj ? obj->name : llvm::StringRef("_")));
        if (!packageLevel) w.uvarint(typeRef(n->underlying));
        return;
      }
      case TypeKind::TypeParam: {
        auto* tp = llvm::cast<TypeParam>(t);
        tag(TypeTag::TypeParam);
        w.uvarint(str(tp->obj ? tp->obj->name : llvm::StringRef("_")));
        w.uvarint(static_cast<uint64_t>(tp->index));
        w.uvarint(typeRef(tp->constraint));
        return;
      }
    }
  }

  // The package-level objects in source order (the scope itself cannot be iterated).
  std::vector<const Object*> packageObjects() {
    std::vector<const Object*> out;
    std::set<const Object*> seen;
    auto add = [&](syntax::Ref<syntax::Ident> id) {
      const syntax::Ident* ident = ast_.get(id);
      if (!ident || !pkg_.scope) return;
      const Object* obj = pkg_.scope->lookupLocal(ast_.str(ident->name));
      if (obj && obj->pkg == &pkg_ && seen.insert(obj).second) out.push_back(obj);
    };
    for (const syntax::File* file : pkg_.files)
      for (const syntax::Decl* decl : ast_.nodes(file->decls)) {
        if (auto* fd = llvm::dyn_cast<syntax::FuncDecl>(decl)) {
          if (fd->recv.empty()) add(fd->name);
          continue;
        }
        auto* gd = llvm::dyn_cast<syntax::GenDecl>(decl);
        if (!gd) continue;
        for (const syntax::Decl* spec : ast_.nodes(gd->specs)) {
          if (auto* vs = llvm::dyn_cast<syntax::ValueSpec>(spec))
            for (syntax::Ref<syntax::Ident> id : ast_.get(vs->names)) add(id);
          else if (auto* ts = llvm::dyn_cast<syntax::TypeSpec>(spec))
            add(ts->name);
        }
      }
    return out;
  }

  void funcDetails(ByteWriter& w, const Func* fn) {
    w.uvarint(fn->decl ? fn->decl->pragmas : 0);
    w.uvarint(str(fn->decl && fn->decl->linkname ? ast_.str(fn->decl->linkname) : ""));
    w.uvarint(fn->params.size());
    for (const Var* v : fn->params) w.uvarint(str(v->name));
    w.uvarint(fn->results.size());
    for (const Var* v : fn->results) w.uvarint(str(v->name));
  }

  ByteWriter writeObjects() {
    ByteWriter w;
    std::vector<const Object*> objects = packageObjects();
    w.uvarint(objects.size());
    for (const Object* obj : objects) {
      auto* tn = llvm::dyn_cast<TypeName>(obj);
      auto* named = tn ? llvm::dyn_cast_or_null<Named>(obj->type) : nullptr;
      bool defined = named && named->obj == obj;
      ObjTag tag = llvm::isa<Const>(obj)  ? ObjTag::Const
                   : llvm::isa<Var>(obj)  ? ObjTag::Var
                   : llvm::isa<Func>(obj) ? ObjTag::Func
                   : defined              ? ObjTag::DefinedType
                                          : ObjTag::Alias;
      w.byte(static_cast<uint8_t>(tag));
      w.uvarint(str(obj->name));
      pos(w, obj->pos);
      if (tag == ObjTag::DefinedType) {
        // The type itself is the Named entry (self, name); what it is comes here.
        w.uvarint(typeRef(named));
        w.uvarint(named->typeParams.size());
        for (const TypeParam* tp : named->typeParams) w.uvarint(typeRef(tp));
        w.uvarint(typeRef(named->underlying));
        w.uvarint(named->methods.size());
        for (const Func* m : named->methods) {
          w.uvarint(str(m->name));
          pos(w, m->pos);
          w.uvarint(typeRef(m->type));
          w.uvarint(str(m->recv ? m->recv->name : llvm::StringRef()));
          w.uvarint(typeRef(m->recv ? m->recv->type : nullptr));
          funcDetails(w, m);
        }
        continue;
      }
      w.uvarint(typeRef(obj->type));
      if (auto* c = llvm::dyn_cast<Const>(obj)) writeConstant(w, c->value);
      if (auto* fn = llvm::dyn_cast<Func>(obj)) funcDetails(w, fn);
    }
    return w;
  }

  // ---- generic declarations: their source, to be parsed again by an importer ----

  static bool isGenericDecl(const syntax::Ast& ast, const syntax::Decl* decl) {
    if (auto* fd = llvm::dyn_cast<syntax::FuncDecl>(decl)) {
      const syntax::FuncType* ft = ast.get(fd->type);
      if (ft && !ft->typeParams.empty()) return true;
      llvm::ArrayRef<syntax::Field> recv = ast.get(fd->recv);
      if (recv.empty()) return false;
      const syntax::Expr* e = ast.get(recv[0].type);
      for (;;) {
        if (auto* p = llvm::dyn_cast_or_null<syntax::ParenExpr>(e))
          e = ast.get(p->x);
        else if (auto* s = llvm::dyn_cast_or_null<syntax::StarExpr>(e))
          e = ast.get(s->x);
        else
          break;
      }
      return llvm::isa_and_nonnull<syntax::IndexExpr>(e);
    }
    auto* gd = llvm::dyn_cast<syntax::GenDecl>(decl);
    if (!gd || gd->tok != syntax::Tok::Type) return false;
    for (const syntax::Decl* spec : ast.nodes(gd->specs))
      if (auto* ts = llvm::dyn_cast<syntax::TypeSpec>(spec); ts && !ts->typeParams.empty())
        return true;
    return false;
  }

  // The byte range of decls[i] in its file: to its closing brace for a function with a body,
  // else up to the next declaration, less the comments and blank lines before that one.
  static std::pair<size_t, size_t> declSpan(const syntax::Ast& ast,
                                            llvm::ArrayRef<const syntax::Decl*> decls, size_t i,
                                            llvm::StringRef text) {
    size_t begin = decls[i]->pos.offset;
    if (auto* fd = llvm::dyn_cast<syntax::FuncDecl>(decls[i]))
      if (const syntax::BlockStmt* body = ast.get(fd->body))
        return {begin, std::min<size_t>(body->rbrace.offset + 1, text.size())};
    size_t end = i + 1 < decls.size() ? decls[i + 1]->pos.offset : text.size();
    for (;;) {
      llvm::StringRef chunk = text.slice(begin, end).rtrim();
      size_t lineStart = chunk.rfind('\n');
      llvm::StringRef lastLine =
          lineStart == llvm::StringRef::npos ? chunk : chunk.drop_front(lineStart + 1);
      end = begin + chunk.size();
      if (lineStart == llvm::StringRef::npos || !lastLine.ltrim().starts_with("//")) break;
      end = begin + lineStart;
    }
    return {begin, end};
  }

  ByteWriter writeGenerics() {
    ByteWriter w;
    std::vector<std::pair<std::string, std::string>> files;  // (path, source to parse)
    for (const syntax::File* file : pkg_.files) {
      std::vector<const syntax::Decl*> decls;
      for (const syntax::Decl* d : ast_.nodes(file->decls)) decls.push_back(d);
      bool any = false;
      for (const syntax::Decl* d : decls) any |= isGenericDecl(ast_, d);
      if (!any) continue;
      llvm::StringRef text = sources_.text(file->fileId);
      std::string out = "package " + pkg_.name + "\n";
      for (size_t i = 0; i < decls.size(); ++i) {
        auto* gd = llvm::dyn_cast<syntax::GenDecl>(decls[i]);
        bool isImport = gd && gd->tok == syntax::Tok::Import;
        if (!isImport && !isGenericDecl(ast_, decls[i])) continue;
        auto [begin, end] = declSpan(ast_, decls, i, text);
        ReportedPos at = sources_.reported(decls[i]->pos);
        out += "/*line " + at.filename.str() + ":" + std::to_string(at.line) + ":" +
               std::to_string(at.col ? at.col : 1) + "*/";
        out += text.slice(begin, end).str();
        out += "\n";
      }
      files.emplace_back(sources_.path(file->fileId).str(), std::move(out));
    }
    w.uvarint(files.size());
    for (const auto& [path, source] : files) {
      w.uvarint(str(path));
      w.bytes(source);
    }
    return w;
  }

  const Package& pkg_;
  const syntax::Ast& ast_;
  const SourceFiles& sources_;
  std::vector<std::string> strings_;
  llvm::StringMap<uint64_t> stringIndex_;
  std::vector<const Package*> importList_;
  llvm::DenseMap<const Package*, uint64_t> importIndex_;
  std::vector<std::string> typeEntries_;
  llvm::DenseMap<const Type*, size_t> typeIndex_;
};

}  // namespace

std::string writeExportData(const Package& pkg, const SourceFiles& sources) {
  return Writer(pkg, sources).write();
}

}  // namespace ergo::types
