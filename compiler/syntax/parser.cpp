#include "syntax/parser.h"

#include <vector>

#include "fmt/format.h"
#include "syntax/lexer.h"

namespace ergo::syntax {

namespace {

// Deeper nesting than this is reported instead of risking the native stack.
constexpr int kMaxNesting = 2000;

int precedence(Tok t) {
  switch (t) {
    case Tok::LogOr:
      return 1;
    case Tok::LogAnd:
      return 2;
    case Tok::Eql:
    case Tok::Neq:
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
      return 3;
    case Tok::Add:
    case Tok::Sub:
    case Tok::Or:
    case Tok::Xor:
      return 4;
    case Tok::Mul:
    case Tok::Quo:
    case Tok::Rem:
    case Tok::Shl:
    case Tok::Shr:
    case Tok::And:
    case Tok::AndNot:
      return 5;
    default:
      return 0;
  }
}

bool isAssignOp(Tok t) {
  return t == Tok::Assign || t == Tok::Define || (t >= Tok::AddAssign && t <= Tok::AndNotAssign);
}

class Parser {
 public:
  Parser(uint32_t fileId, llvm::StringRef text, AstArena& arena, Interner& names,
         Diagnostics& diags)
      : arena_(arena), names_(names), diags_(diags) {
    lexed_ = lex(fileId, text, diags);
    file_ = arena_.make<File>();
    file_->fileId = fileId;
  }

  File* parse() {
    // package clause
    if (tok() != Tok::Package) {
      syntaxError("package statement must be first");
      return file_;
    }
    next();
    file_->packageName = ident();
    expectSemi("after package clause");

    std::vector<ImportSpec*> imports;
    std::vector<Decl*> decls;
    while (tok() == Tok::Import) {
      GenDecl* d = genDecl(Tok::Import);
      for (Decl* s : d->specs) imports.push_back(llvm::cast<ImportSpec>(s));
      decls.push_back(d);
      expectSemi("after top level declaration");
    }
    while (tok() != Tok::EndOfFile) {
      size_t before = index_;
      switch (tok()) {
        case Tok::Const:
        case Tok::Var:
        case Tok::Type:
          decls.push_back(genDecl(tok()));
          break;
        case Tok::Func:
          decls.push_back(funcDecl());
          break;
        case Tok::Import:
          syntaxError("imports must appear before other declarations");
          genDecl(Tok::Import);
          break;
        case Tok::Semicolon:
          if (cur().newline()) break;
          [[fallthrough]];
        default:
          syntaxError("non-declaration statement outside function body");
          skipTo({Tok::Func, Tok::Const, Tok::Var, Tok::Type, Tok::Import});
          if (index_ == before) next();  // a stray ) or } that skipTo stops at
          continue;
      }
      if (tok() != Tok::EndOfFile && !(tok() == Tok::Semicolon)) {
        syntaxErrorUnexpected("after top level declaration");
        skipTo({Tok::Func, Tok::Const, Tok::Var, Tok::Type, Tok::Import});
      } else if (tok() == Tok::Semicolon) {
        next();
      }
      if (index_ == before) next();  // guarantee progress
    }
    file_->imports = arena_.copy<ImportSpec*>(imports);
    file_->decls = arena_.copy<Decl*>(decls);
    return file_;
  }

 private:
  // ---- token access ----
  const Token& cur() const { return lexed_.tokens[index_]; }
  Tok tok() const { return cur().kind; }
  Pos pos() const { return cur().pos; }
  const Token& peekTok(size_t n = 1) const {
    size_t i = std::min(index_ + n, lexed_.tokens.size() - 1);
    return lexed_.tokens[i];
  }
  void next() {
    if (index_ + 1 < lexed_.tokens.size()) ++index_;
  }
  bool got(Tok t) {
    if (tok() != t) return false;
    next();
    return true;
  }

  // ---- errors, in gc's words ----
  std::string describe(const Token& t) const {
    switch (t.kind) {
      case Tok::Semicolon:
        return t.newline() ? "newline" : "semicolon";
      case Tok::EndOfFile:
        return "EOF";
      case Tok::Ident:
        return fmt::format("name {}", t.text.str());
      case Tok::IntLit:
      case Tok::FloatLit:
      case Tok::ImagLit:
      case Tok::RuneLit:
      case Tok::StringLit:
        return fmt::format("literal {}", t.text.str());
      case Tok::Comma:
        return "comma";
      default:
        if (isKeyword(t.kind)) return fmt::format("keyword {}", tokSpelling(t.kind).str());
        return tokSpelling(t.kind).str();
    }
  }
  void syntaxError(const std::string& msg) { syntaxErrorAt(pos(), msg); }
  void syntaxErrorAt(Pos p, const std::string& msg) {
    // Like gc: only one syntax error per line.
    if (p == lastErrorPos_ || diags_.sameLine(p, lastErrorPos_)) return;
    lastErrorPos_ = p;
    diags_.error(p, "syntax error: " + msg);
  }
  // "unexpected X" + (", expecting Y" | " after/in ..." suffix)
  void syntaxErrorUnexpected(const std::string& suffix) {
    std::string msg = "unexpected " + describe(cur());
    if (!suffix.empty()) {
      bool isContext =
          suffix.starts_with("in ") || suffix.starts_with("after ") || suffix.starts_with("at ");
      msg += isContext ? " " + suffix : ", " + suffix;
    }
    syntaxError(msg);
  }
  void expect(Tok t, const char* context = nullptr) {
    if (got(t)) return;
    std::string want = fmt::format("expecting {}", tokSpelling(t).str());
    if (context) want += std::string(" ") + context;
    syntaxErrorUnexpected(want);
  }
  void expectSemi(const char* context) {
    if (tok() == Tok::Semicolon) {
      next();
      return;
    }
    if (tok() == Tok::RParen || tok() == Tok::RBrace) return;  // optional before ) and }
    syntaxErrorUnexpected(context);
    skipTo({});
    got(Tok::Semicolon);
  }
  // Skips to the next semicolon (or one of `stops`) at the current nesting.
  void skipTo(std::initializer_list<Tok> stops) {
    int depth = 0;
    while (tok() != Tok::EndOfFile) {
      Tok t = tok();
      if (depth == 0) {
        if (t == Tok::Semicolon) return;
        for (Tok s : stops)
          if (t == s) return;
        if (t == Tok::RBrace || t == Tok::RParen) return;
      }
      if (t == Tok::LBrace || t == Tok::LParen || t == Tok::LBrack) ++depth;
      if (t == Tok::RBrace || t == Tok::RParen || t == Tok::RBrack) --depth;
      next();
    }
  }

  // Every loop that parses a list holds one: an iteration that consumed no token skips one,
  // so that malformed input can never make the parser spin.
  struct ProgressGuard {
    Parser& p;
    size_t start;
    explicit ProgressGuard(Parser& parser) : p(parser), start(parser.index_) {}
    ~ProgressGuard() {
      if (p.index_ == start) p.next();
    }
  };

  struct NestGuard {
    Parser& p;
    explicit NestGuard(Parser& parser) : p(parser) { ++p.depth_; }
    ~NestGuard() { --p.depth_; }
  };
  bool tooDeep() {
    if (depth_ < kMaxNesting) return false;
    if (!reportedDepth_) {
      reportedDepth_ = true;
      syntaxError("expression or statement nested too deeply");
    }
    // Abandon the rest of the file: it cannot be parsed safely.
    index_ = lexed_.tokens.size() - 1;
    return true;
  }

  // ---- names ----
  Ident* ident() {
    if (tok() == Tok::Ident) {
      Ident* id = arena_.make<Ident>(pos(), names_.intern(cur().text));
      next();
      return id;
    }
    syntaxErrorUnexpected("expecting name");
    return arena_.make<Ident>(pos(), names_.intern("_"));
  }
  std::vector<Ident*> identList() {
    std::vector<Ident*> list{ident()};
    while (got(Tok::Comma)) list.push_back(ident());
    return list;
  }

  // ---- declarations ----
  GenDecl* genDecl(Tok keyword) {
    GenDecl* d = arena_.make<GenDecl>(pos(), keyword);
    next();
    std::vector<Decl*> specs;
    auto one = [&](int index) -> Decl* {
      switch (keyword) {
        case Tok::Import:
          return importSpec();
        case Tok::Type:
          return typeSpec();
        default:
          return valueSpec(keyword, index);
      }
    };
    if (got(Tok::LParen)) {
      int index = 0;
      while (tok() != Tok::RParen && tok() != Tok::EndOfFile) {
        ProgressGuard progress(*this);
        specs.push_back(one(index++));
        if (tok() != Tok::RParen)
          expectSemi(keyword == Tok::Import ? "in import declaration"
                                            : "after top level declaration");
      }
      expect(Tok::RParen);
    } else {
      specs.push_back(one(0));
    }
    d->specs = arena_.copy<Decl*>(specs);
    return d;
  }

  ImportSpec* importSpec() {
    Pos p = pos();
    Ident* name = nullptr;
    if (tok() == Tok::Ident) {
      name = ident();
    } else if (tok() == Tok::Period) {
      name = arena_.make<Ident>(pos(), names_.intern("."));
      next();
    }
    if (tok() != Tok::StringLit) {
      syntaxError("missing import path; require quoted string");
      skipTo({});
      return arena_.make<ImportSpec>(p, name, arena_.make<BasicLit>(p, Tok::StringLit, "\"\""));
    }
    BasicLit* path = arena_.make<BasicLit>(pos(), Tok::StringLit, cur().text);
    next();
    return arena_.make<ImportSpec>(p, name, path);
  }

  ValueSpec* valueSpec(Tok keyword, int index) {
    ValueSpec* s = arena_.make<ValueSpec>(pos());
    s->iota = index;
    s->names = arena_.copy<Ident*>(identList());
    if (tok() != Tok::Assign && tok() != Tok::Semicolon && tok() != Tok::RParen) s->type = type();
    if (got(Tok::Assign)) s->values = arena_.copy<Expr*>(exprList());
    if (keyword == Tok::Var && !s->type && s->values.empty())
      syntaxErrorUnexpected("expecting type");
    return s;
  }

  TypeSpec* typeSpec() {
    TypeSpec* s = arena_.make<TypeSpec>(pos(), ident());
    if (tok() == Tok::LBrack && looksLikeTypeParams()) {
      next();
      s->typeParams = arena_.copy<Field>(paramList(Tok::RBrack));
    }
    s->alias = got(Tok::Assign);
    s->type = type();
    return s;
  }

  // After `type Name [`: type parameters if a name is followed by something that starts a
  // constraint (`[P any]`, `[P, Q any]`, `[P ~int]`), an array or slice type otherwise.
  bool looksLikeTypeParams() {
    const Token& a = peekTok(1);
    const Token& b = peekTok(2);
    if (a.kind != Tok::Ident) return false;
    switch (b.kind) {
      case Tok::Ident:
      case Tok::Comma:
      case Tok::Tilde:
      case Tok::Interface:
      case Tok::LBrack:
      case Tok::Mul:
      case Tok::Func:
      case Tok::Map:
      case Tok::Chan:
      case Tok::Struct:
        return true;
      default:
        return false;
    }
  }

  void applyPragmas(FuncDecl* f) {
    // //go: lines that come before this declaration and after the previous one.
    while (pragmaIndex_ < lexed_.pragmas.size() &&
           lexed_.pragmas[pragmaIndex_].pos.offset < f->pos.offset) {
      llvm::StringRef text = lexed_.pragmas[pragmaIndex_++].text;
      if (text.starts_with("go:noinline")) f->noinline = true;
    }
    for (const Pragma& p : lexed_.pragmas) {
      llvm::SmallVector<llvm::StringRef, 3> parts;
      p.text.split(parts, ' ', -1, false);
      if (parts.size() == 3 && parts[0] == "go:linkname" && parts[1] == f->name->name)
        f->linkname = names_.intern(parts[2]);
    }
  }

  FuncDecl* funcDecl() {
    Pos p = pos();
    next();  // func
    Field* recv = nullptr;
    if (tok() == Tok::LParen) {
      Pos rp = pos();
      next();
      std::vector<Field> fields = paramList(Tok::RParen);
      if (fields.size() != 1) {
        syntaxErrorAt(rp,
                      fields.empty() ? "method has no receiver" : "method has multiple receivers");
      }
      if (!fields.empty()) recv = arena_.make<Field>(fields[0]);
    }
    Ident* name = ident();
    FuncType* ft = arena_.make<FuncType>(p);
    if (tok() == Tok::LBrack) {
      next();
      ft->typeParams = arena_.copy<Field>(paramList(Tok::RBrack));
    }
    signature(ft);
    FuncDecl* f = arena_.make<FuncDecl>(p, name, ft);
    f->recv = recv;
    if (tok() == Tok::LBrace) f->body = block();
    applyPragmas(f);
    return f;
  }

  // Parses `(params) results` into `ft`; the current token is `(`.
  void signature(FuncType* ft) {
    if (tok() != Tok::LParen) {
      syntaxErrorUnexpected("expecting (");
      return;
    }
    next();
    ft->params = arena_.copy<Field>(paramList(Tok::RParen));
    if (tok() == Tok::LParen) {
      next();
      ft->results = arena_.copy<Field>(paramList(Tok::RParen));
    } else if (startsType()) {
      Field f;
      f.type = type();
      ft->results = arena_.copy<Field>({f});
    }
  }

  // A parameter list up to `close` (consumed). Entries are `name Type`, `Type`, `name` (when
  // grouped as `a, b int`), or `name ...Type`.
  std::vector<Field> paramList(Tok close) {
    struct Entry {
      Ident* name;
      Expr* type;
    };
    std::vector<Entry> entries;
    bool named = false;
    while (tok() != close && tok() != Tok::EndOfFile) {
      Pos p = pos();
      Entry e{nullptr, nullptr};
      if (tok() == Tok::Ident) {
        Expr* x = typeOrName();
        if (auto* id = llvm::dyn_cast<Ident>(x);
            id && tok() != Tok::Comma && tok() != close && tok() != Tok::Period) {
          e.name = id;
          e.type = paramType();
          named = true;
        } else {
          e.type = x;
        }
      } else {
        e.type = paramType();
      }
      if (!e.type) e.type = arena_.make<BadExpr>(p);
      entries.push_back(e);
      if (!got(Tok::Comma)) {
        if (tok() != close) {
          syntaxErrorUnexpected(close == Tok::RParen ? "expecting comma or )"
                                                     : "expecting comma or ]");
          skipTo({close});
        }
        break;
      }
    }
    expect(close);
    std::vector<Field> fields;
    if (!named) {
      for (const Entry& e : entries) fields.push_back(Field{{}, e.type});
      return fields;
    }
    // Grouped names: `a, b int, c string` — a bare entry is a name sharing the next type.
    std::vector<Ident*> pending;
    for (const Entry& e : entries) {
      if (!e.name) {
        if (auto* id = llvm::dyn_cast<Ident>(e.type)) {
          pending.push_back(id);
          continue;
        }
        syntaxErrorAt(e.type->pos, "mixed named and unnamed parameters");
        continue;
      }
      pending.push_back(e.name);
      fields.push_back(Field{arena_.copy<Ident*>(pending), e.type});
      pending.clear();
    }
    if (!pending.empty()) syntaxErrorAt(pending.back()->pos, "mixed named and unnamed parameters");
    return fields;
  }

  Expr* paramType() {
    if (tok() == Tok::Ellipsis) {
      Pos p = pos();
      next();
      return arena_.make<Ellipsis>(p, type());
    }
    return typeOrConstraint();
  }

  // A type, or in a type parameter list a constraint such as `~int | string`.
  Expr* typeOrConstraint() {
    Expr* x = constraintTerm();
    while (tok() == Tok::Or) {
      Pos p = pos();
      next();
      x = arena_.make<BinaryExpr>(x->pos, Tok::Or, x, constraintTerm(), p);
    }
    return x;
  }
  Expr* constraintTerm() {
    if (tok() == Tok::Tilde) {
      Pos p = pos();
      next();
      return arena_.make<UnaryExpr>(p, Tok::Tilde, type());
    }
    return type();
  }

  // ---- types ----
  bool startsType() const {
    switch (tok()) {
      case Tok::Ident:
      case Tok::LBrack:
      case Tok::Struct:
      case Tok::Mul:
      case Tok::Func:
      case Tok::Interface:
      case Tok::Map:
      case Tok::Chan:
      case Tok::LParen:
      case Tok::Arrow:
        return true;
      default:
        return false;
    }
  }

  Expr* type() {
    Expr* t = tryType();
    if (!t) {
      syntaxErrorUnexpected("expecting type");
      return arena_.make<BadExpr>(pos());
    }
    return t;
  }

  // A qualified type name with optional type arguments, or a bare name.
  Expr* typeOrName() {
    Expr* x = ident();
    if (tok() == Tok::Period) {
      Pos p = pos();
      next();
      x = arena_.make<SelectorExpr>(p, x, ident());
    }
    if (tok() == Tok::LBrack && peekTok().kind != Tok::RBrack) {
      IndexExpr* ix = arena_.make<IndexExpr>(pos(), x);
      next();
      std::vector<Expr*> args{type()};
      while (got(Tok::Comma) && tok() != Tok::RBrack) args.push_back(type());
      expect(Tok::RBrack);
      ix->indices = arena_.copy<Expr*>(args);
      x = ix;
    }
    return x;
  }

  Expr* tryType() {
    NestGuard guard(*this);
    if (tooDeep()) return arena_.make<BadExpr>(pos());
    Pos p = pos();
    switch (tok()) {
      case Tok::Ident:
        return typeOrName();
      case Tok::LBrack: {
        next();
        if (got(Tok::RBrack)) return arena_.make<ArrayType>(p, nullptr, type());
        Expr* len;
        if (tok() == Tok::Ellipsis) {
          len = arena_.make<Ellipsis>(pos(), nullptr);
          next();
        } else {
          ++exprLev_;
          len = expr();
          --exprLev_;
        }
        expect(Tok::RBrack);
        return arena_.make<ArrayType>(p, len, type());
      }
      case Tok::Struct:
        return structType();
      case Tok::Mul:
        next();
        return arena_.make<StarExpr>(p, type());
      case Tok::Func: {
        next();
        FuncType* ft = arena_.make<FuncType>(p);
        signature(ft);
        return ft;
      }
      case Tok::Interface:
        return interfaceType();
      case Tok::Map: {
        next();
        expect(Tok::LBrack);
        Expr* key = type();
        expect(Tok::RBrack);
        return arena_.make<MapType>(p, key, type());
      }
      case Tok::Chan: {
        next();
        ChanDir dir = ChanDir::Both;
        if (got(Tok::Arrow)) dir = ChanDir::Send;
        return arena_.make<ChanType>(p, dir, type());
      }
      case Tok::Arrow: {
        next();
        if (tok() != Tok::Chan) {
          syntaxErrorUnexpected("expecting chan");
          return arena_.make<BadExpr>(p);
        }
        next();
        return arena_.make<ChanType>(p, ChanDir::Recv, type());
      }
      case Tok::LParen: {
        next();
        Expr* t = type();
        expect(Tok::RParen);
        return arena_.make<ParenExpr>(p, t);
      }
      default:
        return nullptr;
    }
  }

  StructType* structType() {
    StructType* st = arena_.make<StructType>(pos());
    next();
    expect(Tok::LBrace, "after struct");
    std::vector<Field> fields;
    while (tok() != Tok::RBrace && tok() != Tok::EndOfFile) {
      ProgressGuard progress(*this);
      Field f;
      if (tok() == Tok::Mul) {  // embedded *T
        Pos p = pos();
        next();
        f.type = arena_.make<StarExpr>(p, typeOrName());
      } else if (tok() == Tok::Ident &&
                 (peekTok().kind == Tok::Period || peekTok().kind == Tok::Semicolon ||
                  peekTok().kind == Tok::RBrace || peekTok().kind == Tok::StringLit ||
                  (peekTok().kind == Tok::LBrack && peekTok(2).kind == Tok::Ident &&
                   peekTok(3).kind == Tok::RBrack))) {
        f.type = typeOrName();  // embedded T, pkg.T or T[A]
      } else {
        f.names = arena_.copy<Ident*>(identList());
        f.type = type();
      }
      if (tok() == Tok::StringLit) {
        f.tag = arena_.make<BasicLit>(pos(), Tok::StringLit, cur().text);
        next();
      }
      fields.push_back(f);
      if (tok() != Tok::RBrace)
        expectSemi("in struct type; possibly missing semicolon or newline or }");
    }
    expect(Tok::RBrace);
    st->fields = arena_.copy<Field>(fields);
    return st;
  }

  InterfaceType* interfaceType() {
    InterfaceType* it = arena_.make<InterfaceType>(pos());
    next();
    expect(Tok::LBrace, "after interface");
    std::vector<Field> elems;
    while (tok() != Tok::RBrace && tok() != Tok::EndOfFile) {
      ProgressGuard progress(*this);
      Field f;
      if (tok() == Tok::Ident && peekTok().kind == Tok::LParen) {
        Ident* name = ident();
        FuncType* ft = arena_.make<FuncType>(name->pos);
        signature(ft);
        f.names = arena_.copy<Ident*>({name});
        f.type = ft;
      } else {
        f.type = typeOrConstraint();
      }
      elems.push_back(f);
      if (tok() != Tok::RBrace)
        expectSemi("in interface type; possibly missing semicolon or newline or }");
    }
    expect(Tok::RBrace);
    it->elems = arena_.copy<Field>(elems);
    return it;
  }

  // ---- expressions ----
  std::vector<Expr*> exprList() {
    std::vector<Expr*> list{expr()};
    while (got(Tok::Comma)) list.push_back(expr());
    return list;
  }

  Expr* expr() { return binaryExpr(1); }

  Expr* binaryExpr(int minPrec) {
    Expr* x = unaryExpr();
    while (true) {
      int prec = precedence(tok());
      if (prec < minPrec) return x;
      Tok op = tok();
      Pos opPos = pos();
      next();
      Expr* y = binaryExpr(prec + 1);
      x = arena_.make<BinaryExpr>(x->pos, op, x, y, opPos);
    }
  }

  Expr* unaryExpr() {
    NestGuard guard(*this);
    if (tooDeep()) return arena_.make<BadExpr>(pos());
    Pos p = pos();
    switch (tok()) {
      case Tok::Add:
      case Tok::Sub:
      case Tok::Not:
      case Tok::Xor:
      case Tok::And:
      case Tok::Tilde: {
        Tok op = tok();
        next();
        return arena_.make<UnaryExpr>(p, op, unaryExpr());
      }
      case Tok::Arrow: {
        next();
        Expr* x = unaryExpr();
        // <-chan T is a channel type.
        if (auto* ct = llvm::dyn_cast<ChanType>(x); ct && ct->dir != ChanDir::Recv) {
          ct->dir = ChanDir::Recv;
          ct->pos = p;
          return ct;
        }
        return arena_.make<UnaryExpr>(p, Tok::Arrow, x);
      }
      case Tok::Mul:
        next();
        return arena_.make<StarExpr>(p, unaryExpr());
      default:
        return primaryExpr();
    }
  }

  static bool isTypeName(const Expr* x) {
    if (llvm::isa<Ident>(x)) return true;
    if (auto* s = llvm::dyn_cast<SelectorExpr>(x)) return llvm::isa<Ident>(s->x);
    return false;
  }
  static bool isLiteralType(const Expr* x) {
    switch (x->kind) {
      case NodeKind::Ident:
      case NodeKind::ArrayType:
      case NodeKind::StructType:
      case NodeKind::MapType:
        return true;
      case NodeKind::SelectorExpr:
        return llvm::isa<Ident>(llvm::cast<SelectorExpr>(x)->x);
      case NodeKind::IndexExpr:
        return isTypeName(llvm::cast<IndexExpr>(x)->x);
      default:
        return false;
    }
  }

  Expr* operand() {
    Pos p = pos();
    switch (tok()) {
      case Tok::Ident:
        return ident();
      case Tok::IntLit:
      case Tok::FloatLit:
      case Tok::ImagLit:
      case Tok::RuneLit:
      case Tok::StringLit: {
        BasicLit* lit = arena_.make<BasicLit>(p, tok(), cur().text);
        next();
        return lit;
      }
      case Tok::LParen: {
        next();
        ++exprLev_;
        Expr* x = exprOrType();
        --exprLev_;
        expect(Tok::RParen);
        return arena_.make<ParenExpr>(p, x);
      }
      case Tok::Func: {
        next();
        FuncType* ft = arena_.make<FuncType>(p);
        signature(ft);
        if (tok() == Tok::LBrace) {
          ++exprLev_;
          BlockStmt* body = block();
          --exprLev_;
          return arena_.make<FuncLit>(p, ft, body);
        }
        return ft;
      }
      default:
        if (Expr* t = tryType()) return t;
        syntaxErrorUnexpected("expecting expression");
        Expr* bad = arena_.make<BadExpr>(p);
        if (tok() != Tok::Semicolon && tok() != Tok::RBrace && tok() != Tok::RParen &&
            tok() != Tok::EndOfFile && tok() != Tok::Comma)
          next();
        return bad;
    }
  }

  Expr* exprOrType() {
    if (tok() == Tok::Ellipsis) {  // only valid in f(a...), handled by the caller
      syntaxErrorUnexpected("expecting expression");
      next();
    }
    return expr();
  }

  Expr* primaryExpr() {
    Expr* x = operand();
    while (true) {
      Pos p = pos();
      switch (tok()) {
        case Tok::Period: {
          next();
          if (tok() == Tok::Ident) {
            x = arena_.make<SelectorExpr>(p, x, ident());
          } else if (tok() == Tok::LParen) {
            next();
            if (got(Tok::Type)) {
              x = arena_.make<TypeAssertExpr>(p, x, nullptr);
            } else {
              x = arena_.make<TypeAssertExpr>(p, x, type());
            }
            expect(Tok::RParen);
          } else {
            syntaxErrorUnexpected("expecting name or (");
            return x;
          }
          break;
        }
        case Tok::LBrack:
          x = indexOrSlice(x);
          break;
        case Tok::LParen:
          x = call(x);
          break;
        case Tok::LBrace:
          // In a control clause a bare name (or an instantiation) before { starts the block.
          if (isLiteralType(x) && (exprLev_ >= 0 || !(isTypeName(x) || llvm::isa<IndexExpr>(x)))) {
            x = compositeLit(x);
            break;
          }
          return x;
        default:
          return x;
      }
    }
  }

  Expr* indexOrSlice(Expr* x) {
    Pos p = pos();
    next();
    ++exprLev_;
    Expr* parts[3] = {nullptr, nullptr, nullptr};
    int colons = 0;
    if (tok() != Tok::Colon) {
      parts[0] = exprOrType();
      if (tok() == Tok::Comma || tok() == Tok::RBrack) {
        // Index or instantiation.
        std::vector<Expr*> indices{parts[0]};
        while (got(Tok::Comma) && tok() != Tok::RBrack) indices.push_back(exprOrType());
        --exprLev_;
        expect(Tok::RBrack);
        IndexExpr* ix = arena_.make<IndexExpr>(p, x);
        ix->indices = arena_.copy<Expr*>(indices);
        return ix;
      }
    }
    while (colons < 2 && got(Tok::Colon)) {
      ++colons;
      if (tok() != Tok::Colon && tok() != Tok::RBrack) parts[colons] = expr();
    }
    --exprLev_;
    SliceExpr* s = arena_.make<SliceExpr>(p, x);
    s->lo = parts[0];
    s->hi = parts[1];
    s->max = parts[2];
    s->slice3 = colons == 2;
    if (colons == 0) syntaxErrorUnexpected("expecting comma, : or ]");
    if (s->slice3 && !s->hi) syntaxErrorAt(p, "middle index required in 3-index slice");
    if (s->slice3 && !s->max) syntaxErrorAt(p, "final index required in 3-index slice");
    expect(Tok::RBrack);
    return s;
  }

  CallExpr* call(Expr* fun) {
    CallExpr* c = arena_.make<CallExpr>(pos(), fun);
    next();
    ++exprLev_;
    std::vector<Expr*> args;
    while (tok() != Tok::RParen && tok() != Tok::EndOfFile) {
      args.push_back(exprOrType());
      if (got(Tok::Ellipsis)) c->hasDots = true;
      if (!got(Tok::Comma)) {
        if (tok() != Tok::RParen) {
          syntaxErrorUnexpected("in argument list; possibly missing comma or )");
          skipTo({Tok::RParen});
        }
        break;
      }
    }
    --exprLev_;
    c->rparen = pos();
    expect(Tok::RParen);
    c->args = arena_.copy<Expr*>(args);
    return c;
  }

  Expr* element() {
    if (tok() == Tok::LBrace) return compositeLit(nullptr);
    return expr();
  }

  CompositeLit* compositeLit(Expr* type) {
    CompositeLit* lit = arena_.make<CompositeLit>(type ? type->pos : pos(), type);
    next();  // {
    ++exprLev_;
    std::vector<Expr*> elts;
    while (tok() != Tok::RBrace && tok() != Tok::EndOfFile) {
      Expr* e = element();
      if (tok() == Tok::Colon) {
        Pos p = pos();
        next();
        e = arena_.make<KeyValueExpr>(p, e, element());
      }
      elts.push_back(e);
      if (!got(Tok::Comma)) {
        if (tok() != Tok::RBrace) {
          syntaxErrorUnexpected("in composite literal; possibly missing comma or }");
          skipTo({Tok::RBrace});
        }
        break;
      }
    }
    --exprLev_;
    lit->rbrace = pos();
    expect(Tok::RBrace, "");
    lit->elts = arena_.copy<Expr*>(elts);
    return lit;
  }

  // ---- statements ----
  BlockStmt* block() {
    BlockStmt* b = arena_.make<BlockStmt>(pos());
    expect(Tok::LBrace);
    b->stmts = arena_.copy<Stmt*>(stmtList());
    b->rbrace = pos();
    if (!got(Tok::RBrace)) syntaxErrorUnexpected("expecting }");
    return b;
  }

  std::vector<Stmt*> stmtList() {
    std::vector<Stmt*> list;
    while (tok() != Tok::RBrace && tok() != Tok::EndOfFile && tok() != Tok::Case &&
           tok() != Tok::Default) {
      size_t before = index_;
      Stmt* s = stmt();
      if (s && !llvm::isa<EmptyStmt>(s)) list.push_back(s);
      if (tok() == Tok::RBrace || tok() == Tok::Case || tok() == Tok::Default) break;
      if (!got(Tok::Semicolon)) {
        syntaxErrorUnexpected("at end of statement");
        skipTo({});
        got(Tok::Semicolon);
      }
      if (index_ == before) next();
    }
    return list;
  }

  Stmt* stmt() {
    NestGuard guard(*this);
    if (tooDeep()) return arena_.make<BadStmt>(pos());
    Pos p = pos();
    switch (tok()) {
      case Tok::Semicolon:
        return arena_.make<EmptyStmt>(p);
      case Tok::Var:
      case Tok::Const:
      case Tok::Type:
        return arena_.make<DeclStmt>(p, genDecl(tok()));
      case Tok::LBrace:
        return block();
      case Tok::If:
        return ifStmt();
      case Tok::For:
        return forStmt();
      case Tok::Switch:
        return switchStmt();
      case Tok::Select:
        return selectStmt();
      case Tok::Return: {
        ReturnStmt* r = arena_.make<ReturnStmt>(p);
        next();
        if (tok() != Tok::Semicolon && tok() != Tok::RBrace)
          r->results = arena_.copy<Expr*>(exprList());
        return r;
      }
      case Tok::Go:
      case Tok::Defer: {
        Tok kw = tok();
        next();
        Expr* x = expr();
        auto* c = llvm::dyn_cast<CallExpr>(x);
        if (!c) {
          syntaxErrorAt(x->pos, fmt::format("expression in {} must be function call",
                                            kw == Tok::Go ? "go" : "defer"));
          c = arena_.make<CallExpr>(x->pos, x);
        }
        if (kw == Tok::Go) return arena_.make<GoStmt>(p, c);
        return arena_.make<DeferStmt>(p, c);
      }
      case Tok::Break:
      case Tok::Continue:
      case Tok::Goto:
      case Tok::Fallthrough: {
        Tok kw = tok();
        next();
        Ident* label = nullptr;
        if (kw != Tok::Fallthrough && tok() == Tok::Ident) label = ident();
        return arena_.make<BranchStmt>(p, kw, label);
      }
      case Tok::Func:
        // A function literal used as a statement (e.g. called immediately).
        return simpleStmt(false);
      default:
        if (tok() == Tok::Ident && peekTok().kind == Tok::Colon) {
          Ident* label = ident();
          next();  // :
          if (tok() == Tok::RBrace)
            return arena_.make<LabeledStmt>(p, label, arena_.make<EmptyStmt>(pos()));
          return arena_.make<LabeledStmt>(p, label, stmt());
        }
        return simpleStmt(false);
    }
  }

  // Simple statements; with `rangeOk`, `k, v := range x` and `range x` are accepted.
  Stmt* simpleStmt(bool rangeOk) {
    Pos p = pos();
    if (rangeOk && tok() == Tok::Range) {
      next();
      RangeStmt* r = arena_.make<RangeStmt>(p);
      r->op = Tok::EndOfFile;
      r->x = expr();
      return r;
    }
    std::vector<Expr*> lhs = exprList();
    Tok op = tok();
    if (isAssignOp(op)) {
      Pos opPos = pos();
      next();
      if (rangeOk && tok() == Tok::Range && (op == Tok::Assign || op == Tok::Define)) {
        next();
        RangeStmt* r = arena_.make<RangeStmt>(p);
        r->op = op;
        if (lhs.size() > 2)
          syntaxErrorAt(lhs[2]->pos, "range clause permits at most two iteration variables");
        r->key = lhs[0];
        if (lhs.size() > 1) r->value = lhs[1];
        r->x = expr();
        return r;
      }
      AssignStmt* a = arena_.make<AssignStmt>(opPos, op);
      a->lhs = arena_.copy<Expr*>(lhs);
      // x := y.(type) in a switch header is parsed by the switch.
      a->rhs = arena_.copy<Expr*>(exprList());
      return a;
    }
    if (lhs.size() > 1) {
      syntaxErrorUnexpected("expecting := or = or comma");
      skipTo({});
      return arena_.make<BadStmt>(p);
    }
    switch (op) {
      case Tok::Inc:
      case Tok::Dec:
        next();
        return arena_.make<IncDecStmt>(p, lhs[0], op);
      case Tok::Arrow: {
        Pos ap = pos();
        next();
        return arena_.make<SendStmt>(ap, lhs[0], expr());
      }
      default:
        return arena_.make<ExprStmt>(p, lhs[0]);
    }
  }

  // The header of if/switch/for: [init ;] cond, parsed with composite literals of bare type
  // names disabled (`if x == T{}` needs parentheses).
  struct Header {
    Stmt* init = nullptr;
    Stmt* cond = nullptr;
    Stmt* post = nullptr;
  };
  Header header(Tok keyword) {
    Header h;
    if (tok() == Tok::LBrace) return h;
    int saved = exprLev_;
    exprLev_ = -1;
    if (tok() != Tok::Semicolon) h.cond = simpleStmt(keyword == Tok::For);
    bool isRange = h.cond && llvm::isa<RangeStmt>(h.cond);
    if (!isRange && tok() == Tok::Semicolon) {
      Pos semiPos = pos();
      bool newlineSemi = cur().newline();
      next();
      h.init = h.cond;
      h.cond = nullptr;
      if (keyword == Tok::For) {
        if (tok() != Tok::Semicolon) {
          if (tok() == Tok::LBrace)
            syntaxError("expected for loop condition");
          else
            h.cond = simpleStmt(false);
        }
        expect(Tok::Semicolon);
        if (tok() != Tok::LBrace) h.post = simpleStmt(false);
      } else if (tok() != Tok::LBrace) {
        h.cond = simpleStmt(false);
      } else if (newlineSemi) {
        syntaxErrorAt(semiPos, fmt::format("unexpected newline, expecting {{ after {} clause",
                                           tokSpelling(keyword).str()));
      }
    }
    exprLev_ = saved;
    return h;
  }

  Expr* condExpr(Stmt* s, const char* keyword) {
    if (!s) return nullptr;
    if (auto* e = llvm::dyn_cast<ExprStmt>(s)) return e->x;
    syntaxErrorAt(s->pos, fmt::format("cannot use {} as value", describeStmt(s)));
    return arena_.make<BadExpr>(s->pos);
  }
  std::string describeStmt(Stmt* s) {
    if (auto* a = llvm::dyn_cast<AssignStmt>(s)) {
      if (a->op == Tok::Define) return "assignment";  // gc: "cannot use x := 1 as value"
      return "assignment";
    }
    return "statement";
  }

  IfStmt* ifStmt() {
    IfStmt* s = arena_.make<IfStmt>(pos());
    next();
    if (tok() == Tok::LBrace) syntaxError("missing condition in if statement");
    Header h = header(Tok::If);
    s->init = h.init;
    s->cond = condExpr(h.cond, "if");
    if (!s->cond && tok() == Tok::LBrace && h.init)
      syntaxError("missing condition in if statement");
    if (tok() != Tok::LBrace) {
      syntaxErrorUnexpected("expecting { after if clause");
      skipTo({Tok::LBrace});
    }
    s->then = block();
    if (got(Tok::Else)) {
      if (tok() == Tok::If)
        s->els = ifStmt();
      else if (tok() == Tok::LBrace)
        s->els = block();
      else
        syntaxError("else must be followed by if or statement block");
    }
    return s;
  }

  Stmt* forStmt() {
    Pos p = pos();
    next();
    Header h = header(Tok::For);
    if (tok() != Tok::LBrace) {
      syntaxErrorUnexpected("expecting { after for clause");
      skipTo({Tok::LBrace});
    }
    if (auto* r = llvm::dyn_cast_or_null<RangeStmt>(h.cond)) {
      r->pos = p;
      r->body = block();
      return r;
    }
    ForStmt* s = arena_.make<ForStmt>(p);
    s->init = h.init;
    s->cond = condExpr(h.cond, "for");
    s->post = h.post;
    s->body = block();
    return s;
  }

  Stmt* switchStmt() {
    Pos p = pos();
    next();
    Header h = header(Tok::Switch);
    // A type switch: `switch x.(type)` or `switch v := x.(type)`.
    TypeSwitchStmt* ts = nullptr;
    if (auto* es = llvm::dyn_cast_or_null<ExprStmt>(h.cond)) {
      if (auto* ta = llvm::dyn_cast<TypeAssertExpr>(es->x); ta && !ta->type) {
        ts = arena_.make<TypeSwitchStmt>(p);
        ts->guard = ta;
      }
    } else if (auto* as = llvm::dyn_cast_or_null<AssignStmt>(h.cond)) {
      if (as->op == Tok::Define && as->lhs.size() == 1 && as->rhs.size() == 1) {
        auto* ta = llvm::dyn_cast<TypeAssertExpr>(as->rhs[0]);
        auto* id = llvm::dyn_cast<Ident>(as->lhs[0]);
        if (ta && !ta->type && id) {
          ts = arena_.make<TypeSwitchStmt>(p);
          ts->guard = ta;
          ts->binding = id;
        }
      }
    }
    if (tok() != Tok::LBrace) {
      syntaxErrorUnexpected("expecting { after switch clause");
      skipTo({Tok::LBrace});
    }
    expect(Tok::LBrace);
    std::vector<CaseClause*> clauses;
    while (tok() == Tok::Case || tok() == Tok::Default) {
      CaseClause* c = arena_.make<CaseClause>(pos());
      if (got(Tok::Default)) {
        c->isDefault = true;
      } else {
        next();
        std::vector<Expr*> list;
        do {
          list.push_back(ts ? type() : expr());
        } while (got(Tok::Comma));
        c->list = arena_.copy<Expr*>(list);
      }
      c->colon = pos();
      expect(Tok::Colon);
      c->body = arena_.copy<Stmt*>(stmtList());
      clauses.push_back(c);
    }
    Pos rbrace = pos();
    if (!got(Tok::RBrace)) {
      syntaxErrorUnexpected("expecting case or default or }");
      skipTo({Tok::RBrace});
      got(Tok::RBrace);
    }
    if (ts) {
      ts->init = h.init;
      ts->clauses = arena_.copy<CaseClause*>(clauses);
      ts->rbrace = rbrace;
      return ts;
    }
    SwitchStmt* s = arena_.make<SwitchStmt>(p);
    s->init = h.init;
    s->tag = condExpr(h.cond, "switch");
    s->clauses = arena_.copy<CaseClause*>(clauses);
    s->rbrace = rbrace;
    return s;
  }

  SelectStmt* selectStmt() {
    SelectStmt* s = arena_.make<SelectStmt>(pos());
    next();
    expect(Tok::LBrace);
    std::vector<CommClause*> clauses;
    while (tok() == Tok::Case || tok() == Tok::Default) {
      CommClause* c = arena_.make<CommClause>(pos());
      if (!got(Tok::Default)) {
        next();
        c->comm = simpleStmt(false);
      }
      expect(Tok::Colon);
      c->body = arena_.copy<Stmt*>(stmtList());
      clauses.push_back(c);
    }
    expect(Tok::RBrace);
    s->clauses = arena_.copy<CommClause*>(clauses);
    return s;
  }

  AstArena& arena_;
  Interner& names_;
  Diagnostics& diags_;
  LexedFile lexed_;
  size_t index_ = 0;
  size_t pragmaIndex_ = 0;
  int exprLev_ = 0;
  int depth_ = 0;
  bool reportedDepth_ = false;
  Pos lastErrorPos_;
  File* file_;
};

}  // namespace

const char* nodeKindName(NodeKind k) {
  static const char* const names[] = {
#define EXPR(name) #name,
#define STMT(name) #name,
#define DECL(name) #name,
#include "syntax/ast_nodes.def"
  };
  return names[static_cast<int>(k)];
}

File* parseFile(uint32_t fileId, llvm::StringRef text, AstArena& arena, Interner& names,
                Diagnostics& diags) {
  return Parser(fileId, text, arena, names, diags).parse();
}

}  // namespace ergo::syntax
