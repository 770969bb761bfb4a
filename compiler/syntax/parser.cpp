// The parser is a port of gc 1.19's (cmd/compile/internal/syntax/parser.go): the same
// grammar decisions, the same error messages at the same positions, and the same recovery,
// so that the syntax errors ergo reports are exactly gc's. It builds ergo's AST (go/ast-like)
// instead of gc's. Additions: a nesting limit (instead of running out of stack) and a
// progress guard on every loop.
#include "syntax/parser.h"

#include <bitset>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "fmt/format.h"
#include "llvm/ADT/StringMap.h"
#include "syntax/branches.h"
#include "syntax/directives.h"
#include "syntax/lexer.h"
#include "syntax/printer.h"

namespace ergo::syntax {

namespace {

// Deeper nesting than this is reported instead of risking the native stack.
constexpr int kMaxNesting = 2000;

// gc's _Operator token class (binary and unary operators other than `*` and `<-`).
bool isOperator(Tok t) {
  return (binaryPrecedence(t) > 0 && t != Tok::Mul) || t == Tok::Not || t == Tok::Tilde;
}

bool isOpAssign(Tok t) {
  return t >= Tok::AddAssign && t <= Tok::AndNotAssign;
}

bool isLiteral(Tok t) {
  return t == Tok::IntLit || t == Tok::FloatLit || t == Tok::ImagLit || t == Tok::RuneLit ||
         t == Tok::StringLit;
}

// gc's tokstring: how a token kind is named in "expecting X".
std::string tokstring(Tok t) {
  switch (t) {
    case Tok::Comma:
      return "comma";
    case Tok::Semicolon:
      return "semicolon or newline";
    default:
      return tokSpelling(t).str();
  }
}

// Keywords that start a statement: places to resynchronise after an error inside a function.
bool inStopset(Tok t) {
  switch (t) {
    case Tok::Break:
    case Tok::Const:
    case Tok::Continue:
    case Tok::Defer:
    case Tok::Fallthrough:
    case Tok::For:
    case Tok::Go:
    case Tok::Goto:
    case Tok::If:
    case Tok::Return:
    case Tok::Select:
    case Tok::Switch:
    case Tok::Type:
    case Tok::Var:
      return true;
    default:
      return false;
  }
}

Expr* unparen(Ast& ast, Expr* x) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(x)) x = ast.get(p->x);
  return x;
}

// The leftmost position of an expression (gc's StartPos).
Pos startPos(const Ast& ast, const Expr* x) {
  while (true) {
    if (auto* kv = llvm::dyn_cast<KeyValueExpr>(x)) {
      x = ast.get(kv->key);
      continue;
    }
    return x->pos;
  }
}

// The position gc's syntax tree gives an expression (x.Pos() in gc): the operator for
// selectors, index and slice expressions, calls, type assertions and binary expressions.
Pos gcPos(const Expr* x) {
  switch (x->kind) {
    case NodeKind::SelectorExpr:
      return llvm::cast<SelectorExpr>(x)->dot;
    case NodeKind::TypeAssertExpr:
      return llvm::cast<TypeAssertExpr>(x)->dot;
    case NodeKind::IndexExpr:
      return llvm::cast<IndexExpr>(x)->lbrack;
    case NodeKind::SliceExpr:
      return llvm::cast<SliceExpr>(x)->lbrack;
    case NodeKind::CallExpr:
      return llvm::cast<CallExpr>(x)->lparen;
    case NodeKind::BinaryExpr:
      return llvm::cast<BinaryExpr>(x)->opPos;
    case NodeKind::CompositeLit:
      return llvm::cast<CompositeLit>(x)->lbrace;
    default:
      return x->pos;
  }
}

// Whether x is syntactically a value, not a type (gc's isValue).
bool isValue(const Ast& ast, const Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::TypeAssertExpr:
    case NodeKind::CallExpr:
    case NodeKind::UnaryExpr:   // every unary operator but * (a pointer type)
    case NodeKind::BinaryExpr:  // including x * y
      return true;
    case NodeKind::ParenExpr:
      return isValue(ast, ast.get(llvm::cast<ParenExpr>(x)->x));
    case NodeKind::IndexExpr: {
      auto* ix = llvm::cast<IndexExpr>(x);
      return isValue(ast, ast.get(ix->x)) ||
             (ix->indices.size == 1 && isValue(ast, ast.nodes(ix->indices)[0]));
    }
    default:
      return false;
  }
}

// Whether x is a (possibly parenthesized) type element; false if it could also be a value.
bool isTypeElem(const Ast& ast, const Expr* x) {
  switch (x->kind) {
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
      return true;
    case NodeKind::BinaryExpr: {
      auto* b = llvm::cast<BinaryExpr>(x);
      return isTypeElem(ast, ast.get(b->x)) || isTypeElem(ast, ast.get(b->y));
    }
    case NodeKind::UnaryExpr: {
      auto* u = llvm::cast<UnaryExpr>(x);
      return u->op == Tok::Tilde || isTypeElem(ast, ast.get(u->x));
    }
    case NodeKind::StarExpr:
      return isTypeElem(ast, ast.get(llvm::cast<StarExpr>(x)->x));
    case NodeKind::ParenExpr:
      return isTypeElem(ast, ast.get(llvm::cast<ParenExpr>(x)->x));
    default:
      return false;
  }
}

class Parser {
 public:
  Parser(uint32_t fileId, llvm::StringRef text, Ast& ast, Diagnostics& diags,
         const ParseOptions& options)
      : ast_(ast),
        diags_(diags),
        scanner_(fileId, text, [this](Pos p, std::string msg) { report(p, std::move(msg)); }),
        directives_(text, options, [this, check = options.checkDirectives](Pos p, std::string msg) {
          if (check) reportDirective(p, std::move(msg));
        }) {
    file_ = ast_.make<File>();
    file_->fileId = fileId;
  }

  // SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
  File* parse() {
    next();
    if (!got(Tok::Package)) {
      syntaxError("package statement must be first");
      return file_;
    }
    DirectiveSet fileDirectives = directives_.take();
    directives_.allow(fileDirectives, kPragmaGoBuild);
    file_->packageName = ref(name());
    want(Tok::Semicolon);
    // Don't bother continuing if the package clause has errors.
    if (errcnt_ > 0) return file_;

    std::vector<ImportSpec*> imports;
    std::vector<Decl*> decls;
    while (tok() == Tok::Import) {
      Pos p = pos();
      next();
      GenDecl* d = groupDecl(Tok::Import, p);
      for (Decl* s : ast_.nodes(d->specs)) imports.push_back(llvm::cast<ImportSpec>(s));
      decls.push_back(d);
      want(Tok::Semicolon);
    }
    while (tok() != Tok::EndOfFile) {
      ProgressGuard progress(*this);
      Pos p = pos();
      switch (tok()) {
        case Tok::Const:
        case Tok::Type:
        case Tok::Var: {
          Tok kw = tok();
          next();
          decls.push_back(groupDecl(kw, p));
          break;
        }
        case Tok::Func:
          next();
          if (FuncDecl* f = funcDeclOrNil(p)) decls.push_back(f);
          break;
        default: {
          auto* last = decls.empty() ? nullptr : llvm::dyn_cast<FuncDecl>(decls.back());
          if (tok() == Tok::LBrace && last && !last->body)
            syntaxError(
                "unexpected semicolon or newline before {");  // { of a body on the next line
          else
            syntaxError("non-declaration statement outside function body");
          advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
          progress.check();
          continue;
        }
      }
      // Before the `;`: directives after it are for the next declaration.
      directives_.clear();
      if (tok() != Tok::EndOfFile && !got(Tok::Semicolon)) {
        syntaxError("after top level declaration");
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
      }
      progress.check();
    }
    directives_.clear();
    applyLinknames(decls);
    if (errcnt_ == 0 && directiveErrors_ == 0) directives_.reportHeldBack();
    file_->imports = refs(imports);
    file_->decls = refs(decls);
    return file_;
  }

 private:
  // ---- building nodes in the store ----
  // Converts the parser's node pointers to links: any Node-derived pointer becomes a Ref,
  // nullptr becomes an empty Ref of whatever kind is wanted, everything else passes through.
  struct NoRef {
    template <typename T>
    operator Ref<T>() const {  // NOLINT: converts to any Ref
      return {};
    }
  };
  template <typename U>
  decltype(auto) conv(U&& u) {
    using D = std::remove_cvref_t<U>;
    if constexpr (std::is_same_v<D, std::nullptr_t>)
      return NoRef{};
    else if constexpr (std::is_pointer_v<D> && std::is_base_of_v<Node, std::remove_pointer_t<D>>)
      return ast_.ref(u);
    else
      return std::forward<U>(u);
  }
  template <typename T, typename... Args>
  T* mk(Args&&... args) {
    return ast_.make<T>(conv(std::forward<Args>(args))...);
  }
  template <typename T>
  Ref<T> ref(T* node) const {
    return ast_.ref(node);
  }
  template <typename T>
  T* get(Ref<T> r) {
    return ast_.get(r);
  }
  template <typename T>
  List<Ref<T>> refs(const std::vector<T*>& nodes) {
    llvm::SmallVector<Ref<T>, 16> out;
    out.reserve(nodes.size());
    for (T* n : nodes) out.push_back(ast_.ref(n));
    return ast_.list<Ref<T>>(out);
  }
  template <typename T>
  List<Ref<T>> refs1(T* node) {
    Ref<T> r = ast_.ref(node);
    return ast_.list<Ref<T>>({r});
  }
  Field field(const std::vector<Ident*>& names, Expr* type, BasicLit* tag = nullptr) {
    Field f;
    f.names = refs(names);
    f.type = ref(type);
    f.tag = ref(tag);
    return f;
  }

  // A parameter or type parameter as gc's paramList sees it: one name (or none) and a type.
  // Names declared together (`a, b int`) share one type pointer.
  struct PField {
    Ident* name = nullptr;
    Expr* type = nullptr;
  };

  // ---- tokens ----
  Tok tok() const { return tok_.kind; }
  Pos pos() const { return tok_.pos; }
  void next() {
    if (tok_.kind == Tok::EndOfFile && consumed_ > 0) return;
    tok_ = scanner_.next();
    ++consumed_;
    // The directives met on the way, as gc's scanner hands them to its pragma handler.
    const std::vector<Pragma>& pragmas = scanner_.pragmas();
    while (pragmasSeen_ < pragmas.size()) {
      const Pragma& d = pragmas[pragmasSeen_++];
      if (d.text.starts_with("go:")) directives_.add(d.pos, d.text);
    }
  }
  bool got(Tok t) {
    if (tok() != t) return false;
    next();
    return true;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntaxError("expecting " + tokstring(t));
      advance();
    }
  }
  // Like got(Assign), but also accepts ":=" (with an error) for better recovery.
  bool gotAssign() {
    switch (tok()) {
      case Tok::Define:
        syntaxError("expecting =");
        [[fallthrough]];
      case Tok::Assign:
        next();
        return true;
      default:
        return false;
    }
  }

  // Every loop that parses a list holds one and calls check() where it goes round again: an
  // iteration that consumed no token skips one, so that malformed input can never make the
  // parser spin. (gc's recovery always makes progress, so this never changes its results.)
  struct ProgressGuard {
    Parser& p;
    size_t start;
    explicit ProgressGuard(Parser& parser) : p(parser), start(parser.consumed_) {}
    void check() {
      if (p.consumed_ == start) p.next();
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
    while (tok() != Tok::EndOfFile) next();
    return true;
  }

  // ---- errors, in gc's words ----
  // Every error, the scanner's included, goes through here. Like gc (base.ErrorfAt): only the
  // first syntax error of a line is kept, and a repeated other error on one line is dropped.
  void report(Pos p, std::string msg) {
    ++errcnt_;
    deliver(p, std::move(msg));
  }
  // Directive errors come from gc's compiler proper, not its parser: they do not count as the
  // parser's errors (which end parsing after a bad package clause, for one).
  void reportDirective(Pos p, std::string msg) {
    ++directiveErrors_;
    deliver(p, std::move(msg));
  }
  void deliver(Pos p, std::string msg) {
    if (llvm::StringRef(msg).starts_with("syntax error")) {
      if (diags_.sameLine(lastSyntax_, p)) return;
      lastSyntax_ = p;
    } else {
      if (diags_.sameLine(lastOther_, p) && lastOtherMsg_ == msg) return;
      lastOther_ = p;
      lastOtherMsg_ = msg;
    }
    diags_.error(p, std::move(msg));
  }
  void error(const std::string& msg) { report(pos(), msg); }

  // How gc names the current token in "unexpected X".
  std::string describe() const {
    switch (tok()) {
      case Tok::Ident:
        return tok_.text.str();
      case Tok::Semicolon:
        return tok_.semiLit().str();
      case Tok::IntLit:
      case Tok::FloatLit:
      case Tok::ImagLit:
      case Tok::RuneLit:
      case Tok::StringLit:
        return "literal " + tok_.text.str();
      default:
        return tokstring(tok());
    }
  }
  void syntaxError(const std::string& msg) { syntaxErrorAt(pos(), msg); }
  void syntaxErrorAt(Pos p, const std::string& msg) {
    if (tok() == Tok::EndOfFile && errcnt_ > 0) return;  // EOF after an error says nothing new
    llvm::StringRef m(msg);
    std::string suffix;
    if (m.empty()) {
      // nothing to add
    } else if (m.starts_with("in ") || m.starts_with("at ") || m.starts_with("after ")) {
      suffix = " " + msg;
    } else if (m.starts_with("expecting ")) {
      suffix = ", " + msg;
    } else {
      report(p, "syntax error: " + msg);  // plain error: the current token does not matter
      return;
    }
    report(p, "syntax error: unexpected " + describe() + suffix);
  }

  // Skips tokens until one in `follow` (or, inside a function, one that starts a statement).
  // With an empty `follow`, exactly one token is skipped. Never skips EndOfFile.
  void advance(std::initializer_list<Tok> follow = {}) {
    auto stop = [&](Tok t) {
      if (t == Tok::EndOfFile) return true;
      if (follow.size() == 0) return false;
      if (fnest_ > 0 && inStopset(t)) return true;
      for (Tok f : follow)
        if (f == t) return true;
      return false;
    };
    while (!stop(tok())) {
      next();
      if (follow.size() == 0) break;
    }
  }

  // list = [ f { sep f } [sep] ] close . Returns the position of the closing token.
  template <typename F>
  Pos list(const char* context, Tok sep, Tok close, F f) {
    bool done = false;
    while (tok() != Tok::EndOfFile && tok() != close && !done) {
      ProgressGuard progress(*this);
      done = f();
      // sep is optional before close
      if (!got(sep) && tok() != close) {
        syntaxError(fmt::format("in {}; possibly missing {} or {}", context, tokstring(sep),
                                tokstring(close)));
        advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
        if (tok() != close) return pos();
      }
      progress.check();
    }
    Pos p = pos();
    want(close);
    return p;
  }

  // ---- common productions ----
  Ident* newName(Pos p, llvm::StringRef n) { return ast_.make<Ident>(p, ast_.name(n)); }
  Ident* name() {
    if (tok() == Tok::Ident) {
      Ident* id = newName(pos(), tok_.text);
      next();
      return id;
    }
    Ident* id = newName(pos(), "_");
    syntaxError("expecting name");
    advance();
    return id;
  }
  std::vector<Ident*> nameList(Ident* first) {
    std::vector<Ident*> l{first};
    while (got(Tok::Comma)) l.push_back(name());
    return l;
  }
  Expr* qualifiedName(Ident* first) {
    Expr* x;
    if (first) {
      x = first;
    } else if (tok() == Tok::Ident) {
      x = name();
    } else {
      x = newName(pos(), "_");
      syntaxError("expecting name");
      advance({Tok::Period, Tok::Semicolon, Tok::RBrace});
    }
    if (tok() == Tok::Period) {
      Pos dot = pos();
      next();
      auto* s = mk<SelectorExpr>(x->pos, x, name());
      s->dot = dot;
      x = s;
    }
    if (tok() == Tok::LBrack) x = typeInstance(x);
    return x;
  }
  std::vector<Expr*> exprList() {
    std::vector<Expr*> l{expr()};
    while (got(Tok::Comma)) l.push_back(expr());
    return l;
  }
  // typeList = arg { "," arg } [ "," ] . The first element may be any expression, the others
  // must be types. `comma` tells whether there was a comma.
  std::vector<Expr*> typeList(bool& comma) {
    ++xnest_;
    std::vector<Expr*> l{expr()};
    comma = false;
    if (got(Tok::Comma)) {
      comma = true;
      if (Expr* t = typeOrNil()) {
        l.push_back(t);
        while (got(Tok::Comma)) {
          t = typeOrNil();
          if (!t) break;
          l.push_back(t);
        }
      }
    }
    --xnest_;
    return l;
  }
  BasicLit* oliteral() {
    if (!isLiteral(tok())) return nullptr;
    auto* b = mk<BasicLit>(pos(), tok(), ast_.name(tok_.text));
    b->bad = tok_.bad;
    next();
    return b;
  }
  BadExpr* badExpr() { return mk<BadExpr>(pos()); }

  // ---- declarations ----
  // appendGroup: f | "(" { f ";" } ")" .
  GenDecl* groupDecl(Tok keyword, Pos p) {
    GenDecl* d = mk<GenDecl>(p, keyword);
    std::vector<Decl*> specs;
    int index = 0;
    auto one = [&]() -> Decl* {
      switch (keyword) {
        case Tok::Import:
          return importDecl();
        case Tok::Const:
          return constDecl(index++);
        case Tok::Type:
          return typeDecl();
        default:
          return varDecl();
      }
    };
    if (tok() == Tok::LParen) {
      directives_.clear();  // before the `(`: directives after it are for the first spec
      next();
      list("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
        specs.push_back(one());
        return false;
      });
    } else {
      specs.push_back(one());
    }
    d->specs = refs(specs);
    return d;
  }

  // ImportSpec = [ "." | PackageName ] ImportPath .
  ImportSpec* importDecl() {
    DirectiveSet directives = directives_.take();
    directives_.allow(directives, 0);
    Pos p = pos();
    Ident* local = nullptr;
    if (tok() == Tok::Ident) {
      local = name();
    } else if (tok() == Tok::Period) {
      local = newName(pos(), ".");
      next();
    }
    BasicLit* path = oliteral();
    if (!path) {
      syntaxError("missing import path");
      advance({Tok::Semicolon, Tok::RParen});
      return mk<ImportSpec>(p, local, mk<BasicLit>(p, Tok::StringLit, ast_.name("\"\"")));
    }
    if (path->litKind != Tok::StringLit) syntaxError("import path must be a string");
    llvm::StringRef text = ast_.str(path->text);
    if (text == "\"embed\"" || text == "`embed`") importsEmbed_ = true;
    return mk<ImportSpec>(p, local, path);
  }

  // ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
  ValueSpec* constDecl(int index) {
    DirectiveSet directives = directives_.take();
    directives_.allow(directives, 0);
    ValueSpec* s = mk<ValueSpec>(pos());
    s->iota = index;
    s->names = refs(nameList(name()));
    if (tok() != Tok::EndOfFile && tok() != Tok::Semicolon && tok() != Tok::RParen) {
      s->type = ref(typeOrNil());
      if (gotAssign()) s->values = refs(exprList());
    }
    return s;
  }

  // VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
  ValueSpec* varDecl() {
    DirectiveSet directives = directives_.take();
    ValueSpec* s = mk<ValueSpec>(pos());
    s->names = refs(nameList(name()));
    if (gotAssign()) {
      s->values = refs(exprList());
    } else {
      s->type = ref(type_());
      if (gotAssign()) s->values = refs(exprList());
    }
    std::vector<std::string> patterns =
        directives_.embedPatterns(directives, importsEmbed_, s->names.size, !s->values.empty(),
                                  static_cast<bool>(s->type), fnest_ > 0);
    if (!patterns.empty()) {
      std::vector<Name> embed;
      for (const std::string& pattern : patterns) embed.push_back(ast_.name(pattern));
      s->embed = ast_.list<Name>(embed);
    }
    return s;
  }

  // TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
  TypeSpec* typeDecl() {
    DirectiveSet directives = directives_.take();
    Pos namePos = pos();
    TypeSpec* d = mk<TypeSpec>(namePos, name());
    if (tok() == Tok::LBrack) {
      // An array or slice type, or a type parameter list.
      Pos p = pos();
      next();
      switch (tok()) {
        case Tok::Ident: {
          // `[P` followed by `[` can only start a constraint like `[]E`: an index expression
          // is never a constant array length.
          Expr* x = name();
          if (tok() != Tok::LBrack) {
            ++xnest_;
            x = binaryExpr(pexpr(x), 0);
            --xnest_;
          }
          auto [pname, ptype] = extractName(x, tok() == Tok::Comma);
          if (pname && (ptype || tok() != Tok::RBrack)) {
            d->typeParams = group(paramList(pname, ptype, Tok::RBrack, true));
            d->alias = gotAssign();
            d->type = ref(typeOrNil());
          } else {
            d->type = ref(arrayType(p, x));
          }
          break;
        }
        case Tok::RBrack:
          next();
          d->type = ref(mk<ArrayType>(p, nullptr, type_()));
          break;
        default:
          d->type = ref(arrayType(p, nullptr));
      }
    } else {
      d->alias = gotAssign();
      d->type = ref(typeOrNil());
    }
    if (!d->type) {
      d->type = ref(badExpr());
      syntaxError("in type declaration");
      advance({Tok::Semicolon, Tok::RParen});
    }
    // Only a defined type may be //go:notinheap (the bit itself is not kept: no use yet).
    directives_.allow(directives, d->alias ? 0 : kPragmaNotInHeap);
    return d;
  }

  // Splits x into a type parameter name and its constraint if x can be read as `name expr`
  // with expr a type element (or if `force`): `P *C`, `P *C|D`, `P(C)`. A bare name gives
  // (name, null); otherwise (null, x).
  std::pair<Ident*, Expr*> extractName(Expr* x, bool force) {
    if (auto* id = llvm::dyn_cast<Ident>(x)) return {id, nullptr};
    if (auto* b = llvm::dyn_cast<BinaryExpr>(x)) {
      if (b->op == Tok::Mul) {
        if (auto* id = llvm::dyn_cast<Ident>(get(b->x));
            id && (force || isTypeElem(ast_, get(b->y))))
          return {id, mk<StarExpr>(b->opPos, b->y)};
      } else if (b->op == Tok::Or) {
        auto [id, lhs] = extractName(get(b->x), force || isTypeElem(ast_, get(b->y)));
        if (id && lhs)
          return {id, mk<BinaryExpr>(startPos(ast_, lhs), Tok::Or, lhs, b->y, b->opPos)};
      }
    } else if (auto* c = llvm::dyn_cast<CallExpr>(x)) {
      if (auto* id = llvm::dyn_cast<Ident>(get(c->fun));
          id && c->args.size == 1 && !c->hasDots &&
          (force || isTypeElem(ast_, ast_.nodes(c->args)[0])))
        return {id, ast_.nodes(c->args)[0]};
    }
    return {nullptr, x};
  }

  // //go:linkname lines may come anywhere in the file; the last one for a name wins. They
  // name package-level objects, so methods are not candidates.
  void applyLinknames(const std::vector<Decl*>& decls) {
    if (directives_.linknames().empty()) return;
    llvm::StringMap<llvm::StringRef> remote;
    for (const Directives::Linkname& l : directives_.linknames()) remote[l.local] = l.remote;
    for (Decl* d : decls) {
      auto* f = llvm::dyn_cast<FuncDecl>(d);
      if (!f || !f->recv.empty()) continue;
      auto it = remote.find(ast_.str(get(f->name)->name));
      if (it != remote.end()) f->linkname = ast_.name(it->second);
    }
  }

  // FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
  // MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
  // `func` has been consumed; p is its position.
  FuncDecl* funcDeclOrNil(Pos p) {
    DirectiveSet directives = directives_.take();
    Pos declPos = pos();  // gc's position of a function declaration (errors about directives)
    List<Field> recv;
    if (got(Tok::LParen)) {
      std::vector<PField> rcvr = paramList(nullptr, nullptr, Tok::RParen, false);
      if (rcvr.empty()) {
        error("method has no receiver");
      } else {
        if (rcvr.size() > 1) error("method has multiple receivers");
        Field f;
        if (rcvr[0].name) f.names = refs1(rcvr[0].name);
        f.type = ref(rcvr[0].type);
        recv = ast_.list<Field>({f});
      }
    }
    if (tok() != Tok::Ident) {
      syntaxError("expecting name or (");
      advance({Tok::LBrace, Tok::Semicolon});
      return nullptr;
    }
    Ident* n = name();
    FuncType* ft = mk<FuncType>(p);
    funcType(ft, !recv.empty() ? "method" : "");
    FuncDecl* f = mk<FuncDecl>(p, n, ft);
    f->recv = recv;
    if (tok() == Tok::LBrace) f->body = ref(funcBody());
    f->pragmas = directives_.funcPragmas(directives, declPos, static_cast<bool>(f->body));
    return f;
  }

  BlockStmt* funcBody() {
    ++fnest_;
    unsigned errcnt = errcnt_;
    BlockStmt* body = blockStmt("");
    --fnest_;
    // Like gc, labels and branches are checked only in a body without syntax errors.
    if (errcnt_ == errcnt) checkBranches(ast_, body, diags_);
    return body;
  }

  // [ TypeParams ] Parameters [ Result ]; if context is not empty, type parameters are not
  // permitted (and context names the construct in the error).
  void funcType(FuncType* ft, const std::string& context) {
    Pos p = pos();
    if (got(Tok::LBrack)) {
      if (!context.empty()) syntaxErrorAt(p, context + " must have no type parameters");
      if (tok() == Tok::RBrack) {
        syntaxError("empty type parameter list");
        next();
      } else {
        ft->typeParams = group(paramList(nullptr, nullptr, Tok::RBrack, true));
      }
    }
    want(Tok::LParen);
    ft->params = group(paramList(nullptr, nullptr, Tok::RParen, false));
    ft->results = funcResult();
  }

  // Result = Parameters | Type .
  List<Field> funcResult() {
    if (got(Tok::LParen)) return group(paramList(nullptr, nullptr, Tok::RParen, false));
    if (Expr* t = typeOrNil()) {
      return ast_.list<Field>({field({}, t)});
    }
    return {};
  }

  // Turns gc's one-name-per-field list into ergo's Fields: consecutive names sharing one type
  // (`a, b int`) become one Field.
  List<Field> group(const std::vector<PField>& list) {
    std::vector<Field> out;
    std::vector<Ident*> pending;
    for (size_t i = 0; i < list.size(); ++i) {
      const PField& f = list[i];
      if (!f.name) {
        out.push_back(field({}, f.type));
        continue;
      }
      pending.push_back(f.name);
      if (i + 1 < list.size() && list[i + 1].name && list[i + 1].type == f.type) continue;
      out.push_back(field(pending, f.type));
      pending.clear();
    }
    return ast_.list<Field>(out);
  }

  // ParameterDecl = [ IdentifierList ] [ "..." ] Type .
  std::optional<PField> paramDeclOrNil(Ident* nm, Tok follow) {
    bool typeSetsOk = follow == Tok::RBrack;  // ~T and unions only between [ and ]
    if (!nm && typeSetsOk && tok() == Tok::Tilde) return PField{nullptr, unionRest(embeddedTerm())};
    PField f;
    if (tok() == Tok::Ident || nm) {
      if (!nm) nm = name();
      if (tok() == Tok::LBrack) {
        // name "[" ...
        f.type = arrayOrTArgs();
        if (auto* ix = llvm::dyn_cast<IndexExpr>(f.type)) {
          ix->x = ref(nm);  // name "[" ... "]": an instantiated type
          ix->pos = nm->pos;
        } else {
          f.name = nm;  // name "[" n "]" E
        }
        if (typeSetsOk && tok() == Tok::Or) f.type = unionRest(f.type);
        return f;
      }
      if (tok() == Tok::Period) {
        // name "." ...
        f.type = qualifiedName(nm);
        if (typeSetsOk && tok() == Tok::Or) f.type = unionRest(f.type);
        return f;
      }
      if (typeSetsOk && tok() == Tok::Or) {
        // name "|" ...
        f.type = unionRest(nm);
        return f;
      }
      f.name = nm;
    }
    if (tok() == Tok::Ellipsis) {
      // [name] "..." ...
      Pos p = pos();
      next();
      Expr* elem = typeOrNil();
      if (!elem) {
        elem = badExpr();
        syntaxError("... is missing type");
      }
      f.type = mk<Ellipsis>(p, elem);
      return f;
    }
    if (typeSetsOk && tok() == Tok::Tilde) {
      // [name] "~" ...
      f.type = unionRest(embeddedTerm());
      return f;
    }
    f.type = typeOrNil();
    if (typeSetsOk && tok() == Tok::Or && f.type) f.type = unionRest(f.type);
    if (f.name || f.type) return f;
    syntaxError("expecting " + tokstring(follow));
    advance({Tok::Comma, follow});
    return std::nullopt;
  }

  // Parameters = "(" [ ParameterList [ "," ] ] ")" ; "(" or "[" has been consumed. If nm is
  // set it is the first name of the list; if typ is set too, (nm, typ) is the first field.
  // In the result either all fields have a name or none has.
  std::vector<PField> paramList(Ident* nm, Expr* typ, Tok close, bool requireNames) {
    if (nm && typ && tok() == close) {
      next();
      return {PField{nm, typ}};
    }
    std::vector<PField> out;
    size_t named = 0;  // parameters with an explicit name and type
    size_t typed = 0;  // parameters with an explicit type
    Pos end = list("parameter list", Tok::Comma, close, [&] {
      std::optional<PField> par;
      if (typ)
        par = PField{nm, typ};
      else
        par = paramDeclOrNil(nm, close);
      nm = nullptr;
      typ = nullptr;
      if (par) {
        if (par->name && par->type) ++named;
        if (par->type) ++typed;
        out.push_back(*par);
      }
      return false;
    });
    if (out.empty()) return out;
    if (named == 0 && !requireNames) {
      // All unnamed: the names found are type names.
      for (PField& par : out) {
        if (par.name) {
          par.type = par.name;
          par.name = nullptr;
        }
      }
    } else if (named != out.size()) {
      // Some named: all must have names and types.
      std::optional<Pos> errPos;  // leftmost error position
      Expr* t = nullptr;          // current type, from right to left
      for (size_t i = out.size(); i-- > 0;) {
        PField& par = out[i];
        if (par.type) {
          t = par.type;
          if (!par.name) {
            errPos = startPos(ast_, t);
            par.name = newName(*errPos, "_");
          }
        } else if (t) {
          par.type = t;
        } else {
          // Only a name and no type to its right.
          errPos = par.name->pos;
          par.type = mk<BadExpr>(*errPos);
        }
      }
      if (errPos) {
        std::string msg;
        if (requireNames) {
          if (named == typed) {
            errPos = end;  // at the closing ]
            msg = "missing type constraint";
          } else {
            msg = "type parameters must be named";
          }
        } else {
          msg = "mixed named and unnamed parameters";
        }
        syntaxErrorAt(*errPos, msg);
      }
    }
    return out;
  }

  // ---- types ----
  Expr* type_() {
    Expr* t = typeOrNil();
    if (!t) {
      t = badExpr();
      syntaxError("expecting type");
      advance({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
    }
    return t;
  }

  // Type = TypeName | TypeLit | "(" Type ")" ; null if there is no type here.
  Expr* typeOrNil() {
    NestGuard guard(*this);
    if (tooDeep()) return badExpr();
    Pos p = pos();
    switch (tok()) {
      case Tok::Mul:
        next();
        return mk<StarExpr>(p, type_());
      case Tok::Arrow:
        next();
        want(Tok::Chan);
        return mk<ChanType>(p, ChanDir::Recv, chanElem(), p);
      case Tok::Func: {
        next();
        FuncType* ft = mk<FuncType>(p);
        funcType(ft, "function type");
        return ft;
      }
      case Tok::LBrack:
        next();
        if (got(Tok::RBrack)) return mk<ArrayType>(p, nullptr, type_());
        return arrayType(p, nullptr);
      case Tok::Chan: {
        next();
        Pos arrow = tok() == Tok::Arrow ? pos() : Pos{};
        ChanDir dir = got(Tok::Arrow) ? ChanDir::Send : ChanDir::Both;
        return mk<ChanType>(p, dir, chanElem(), arrow);
      }
      case Tok::Map: {
        next();
        want(Tok::LBrack);
        Expr* key = type_();
        want(Tok::RBrack);
        return mk<MapType>(p, key, type_());
      }
      case Tok::Struct:
        return structType();
      case Tok::Interface:
        return interfaceType();
      case Tok::Ident:
        return qualifiedName(nullptr);
      case Tok::LParen: {
        next();
        Expr* t = type_();
        want(Tok::RParen);
        return mk<ParenExpr>(p, t);
      }
      default:
        return nullptr;
    }
  }

  // typ "[" type arguments "]"
  Expr* typeInstance(Expr* typ) {
    Pos p = pos();
    want(Tok::LBrack);
    IndexExpr* x = mk<IndexExpr>(typ->pos, typ);
    x->lbrack = p;
    if (tok() == Tok::RBrack) {
      syntaxError("expecting type");
      x->indices = refs1<Expr>(badExpr());
    } else {
      bool comma;
      x->indices = refs(typeList(comma));
    }
    want(Tok::RBrack);
    return x;
  }

  // "[" has been consumed (at p); len, if set, is the length already parsed.
  Expr* arrayType(Pos p, Expr* len) {
    if (!len) {
      if (tok() == Tok::Ellipsis) {
        len = mk<Ellipsis>(pos(), nullptr);
        next();
      } else {
        ++xnest_;
        len = expr();
        --xnest_;
      }
    }
    if (tok() == Tok::Comma) {
      // Trailing commas are accepted in type parameter lists but not in array types.
      syntaxError("unexpected comma; expecting ]");
      next();
    }
    want(Tok::RBrack);
    return mk<ArrayType>(p, len, type_());
  }

  Expr* chanElem() {
    Expr* t = typeOrNil();
    if (!t) {
      t = badExpr();
      syntaxError("missing channel element type");
    }
    return t;
  }

  // StructType = "struct" "{" { FieldDecl ";" } "}" .
  StructType* structType() {
    StructType* st = mk<StructType>(pos());
    want(Tok::Struct);
    want(Tok::LBrace);
    std::vector<Field> fields;
    list("struct type", Tok::Semicolon, Tok::RBrace, [&] {
      fieldDecl(fields);
      return false;
    });
    st->fields = ast_.list<Field>(fields);
    return st;
  }

  // FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
  void fieldDecl(std::vector<Field>& fields) {
    Pos p = pos();
    switch (tok()) {
      case Tok::Ident: {
        Ident* nm = name();
        if (tok() == Tok::Period || isLiteral(tok()) || tok() == Tok::Semicolon ||
            tok() == Tok::RBrace) {
          // embedded type
          Expr* typ = qualifiedName(nm);
          BasicLit* tag = oliteral();
          fields.push_back(field({}, typ, tag));
          break;
        }
        // a list of field names, then their type and an optional tag
        std::vector<Ident*> names = nameList(nm);
        Expr* typ;
        // An embedded instantiated type T[P1, P2, ...] or a field T of type [P]E or []E?
        if (names.size() == 1 && tok() == Tok::LBrack) {
          typ = arrayOrTArgs();
          if (auto* ix = llvm::dyn_cast<IndexExpr>(typ)) {
            ix->x = ref(nm);
            ix->pos = nm->pos;
            BasicLit* tag = oliteral();
            fields.push_back(field({}, ix, tag));
            break;
          }
        } else {
          typ = type_();
        }
        BasicLit* tag = oliteral();
        fields.push_back(field(names, typ, tag));
        break;
      }
      case Tok::Mul: {
        next();
        Expr* typ;
        if (tok() == Tok::LParen) {
          syntaxError("cannot parenthesize embedded type");
          next();
          typ = qualifiedName(nullptr);
          got(Tok::RParen);
        } else {
          typ = qualifiedName(nullptr);
        }
        BasicLit* tag = oliteral();
        fields.push_back(field({}, mk<StarExpr>(p, typ), tag));
        break;
      }
      case Tok::LParen: {
        syntaxError("cannot parenthesize embedded type");
        next();
        Expr* typ;
        if (tok() == Tok::Mul) {
          Pos sp = pos();
          next();
          typ = mk<StarExpr>(sp, qualifiedName(nullptr));
        } else {
          typ = qualifiedName(nullptr);
        }
        got(Tok::RParen);
        BasicLit* tag = oliteral();
        fields.push_back(field({}, typ, tag));
        break;
      }
      default:
        syntaxError("expecting field name or embedded type");
        advance({Tok::Semicolon, Tok::RBrace});
    }
  }

  // After a name: `[n]E` (an array type, the name was a field or parameter name) or `[A, B]`
  // (type arguments of a generic type named by the caller, which fills in IndexExpr::x).
  Expr* arrayOrTArgs() {
    Pos p = pos();
    want(Tok::LBrack);
    if (got(Tok::RBrack)) return mk<ArrayType>(p, nullptr, type_());
    // after `x [`: an array type [n]E of field x, or type arguments x[A, B]
    bool comma;
    std::vector<Expr*> n = typeList(comma);
    want(Tok::RBrack);
    if (!comma) {
      if (Expr* elem = typeOrNil()) return mk<ArrayType>(p, n[0], elem);
    }
    IndexExpr* t = mk<IndexExpr>(p, nullptr);
    t->lbrack = p;
    t->indices = refs(n);
    return t;
  }

  // InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
  InterfaceType* interfaceType() {
    InterfaceType* it = mk<InterfaceType>(pos());
    want(Tok::Interface);
    want(Tok::LBrace);
    std::vector<Field> elems;
    list("interface type", Tok::Semicolon, Tok::RBrace, [&] {
      std::optional<Field> f;
      if (tok() == Tok::Ident) f = methodDecl();
      if (!f)
        f = field({}, unionRest(embeddedTerm()));
      else if (f->names.empty())
        f->type = ref(unionRest(get(f->type)));
      elems.push_back(*f);
      return false;
    });
    it->elems = ast_.list<Field>(elems);
    return it;
  }

  // MethodSpec = MethodName Signature | InterfaceTypeName .
  Field methodDecl() {
    Field f;
    Ident* nm = name();
    const std::string context = "interface method";
    auto method = [&] {
      f.names = refs1(nm);
      FuncType* ft = mk<FuncType>(nm->pos);
      funcType(ft, context);
      f.type = ref(ft);
    };
    switch (tok()) {
      case Tok::LParen:
        method();
        break;
      case Tok::LBrack: {
        // A generic method m[T C](x T) (accepted, with an error) or an embedded instantiated
        // type T[P1, P2]?
        Pos p = pos();
        next();
        if (tok() == Tok::RBrack) {
          // name[]
          Pos rp = pos();
          next();
          if (tok() == Tok::LParen) {
            report(rp, "empty type parameter list");
            method();
          } else {
            report(rp, "empty type argument list");
            f.type = ref(nm);
          }
          break;
        }
        // A type argument list looks like a parameter list with only types.
        std::vector<PField> l = paramList(nullptr, nullptr, Tok::RBrack, false);
        if (l.empty()) {
          if (tok() == Tok::LParen)
            method();
          else
            f.type = ref(nm);
          break;
        }
        if (l[0].name) {
          // generic method
          method();
          report(p, "interface method must have no type parameters");
          break;
        }
        // embedded instantiated type
        IndexExpr* t = mk<IndexExpr>(nm->pos, nm);
        t->lbrack = p;
        std::vector<Expr*> args;
        for (const PField& a : l) args.push_back(a.type);
        t->indices = refs(args);
        f.type = ref(t);
        break;
      }
      default:
        f.type = ref(qualifiedName(nm));
    }
    return f;
  }

  // The rest of EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm } after its first term.
  Expr* unionRest(Expr* x) {
    while (tok() == Tok::Or) {
      Pos p = pos();
      next();
      x = mk<BinaryExpr>(startPos(ast_, x), Tok::Or, x, embeddedTerm(), p);
    }
    return x;
  }

  // EmbeddedTerm = [ "~" ] Type .
  Expr* embeddedTerm() {
    if (tok() == Tok::Tilde) {
      Pos p = pos();
      next();
      return mk<UnaryExpr>(p, Tok::Tilde, type_());
    }
    Expr* t = typeOrNil();
    if (!t) {
      t = badExpr();
      syntaxError("expecting ~ term or type");
      advance({Tok::Add,    Tok::Sub,    Tok::Or,        Tok::Xor,    Tok::Quo,    Tok::Rem,
               Tok::And,    Tok::AndNot, Tok::Shl,       Tok::Shr,    Tok::Eql,    Tok::Neq,
               Tok::Lss,    Tok::Leq,    Tok::Gtr,       Tok::Geq,    Tok::Not,    Tok::Tilde,
               Tok::LogAnd, Tok::LogOr,  Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
    }
    return t;
  }

  // ---- expressions ----
  Expr* expr() { return binaryExpr(nullptr, 0); }

  // Expression = UnaryExpr | Expression binary_op Expression .
  Expr* binaryExpr(Expr* x, int prec) {
    if (!x) x = unaryExpr();
    while ((isOperator(tok()) || tok() == Tok::Mul) && binaryPrecedence(tok()) > prec) {
      Tok op = tok();
      Pos opPos = pos();
      int tprec = binaryPrecedence(op);
      next();
      Expr* y = binaryExpr(nullptr, tprec);
      x = mk<BinaryExpr>(startPos(ast_, x), op, x, y, opPos);
    }
    return x;
  }

  // UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
  Expr* unaryExpr() {
    NestGuard guard(*this);
    if (tooDeep()) return badExpr();
    Pos p = pos();
    switch (tok()) {
      case Tok::Mul:
        next();
        return mk<StarExpr>(p, unaryExpr());
      case Tok::Add:
      case Tok::Sub:
      case Tok::Not:
      case Tok::Xor:
      case Tok::Tilde:
      case Tok::And: {
        Tok op = tok();
        next();
        return mk<UnaryExpr>(p, op, unaryExpr());
      }
      case Tok::Arrow: {
        // A receive (<-x) or a receive-only channel type (<-chan E).
        next();
        Expr* x = unaryExpr();
        if (auto* outer = llvm::dyn_cast<ChanType>(unparen(ast_, x))) {
          // <-(chan E) => (<-chan E), <-(chan<- E) => (<-chan (<-E))
          // Each re-associated channel type starts at the arrow that now belongs to it (the
          // outer one at this <-, an inner one at the <- of the `chan<-` around it), as in
          // go/parser.
          ChanDir dir = ChanDir::Send;
          Expr* t = outer;
          Pos arrow = p;
          while (dir == ChanDir::Send) {
            auto* c = llvm::dyn_cast<ChanType>(t);
            if (!c) break;
            dir = c->dir;
            if (dir == ChanDir::Recv) {
              // t is <-chan E but <-<-chan E is not permitted
              syntaxError("unexpected <-, expecting chan");
            }
            c->dir = ChanDir::Recv;
            c->pos = std::exchange(arrow, c->arrow);
            c->arrow = c->pos;
            t = get(c->elem);
          }
          if (dir == ChanDir::Send) {
            // the channel direction is <- but the element E is not a channel
            syntaxError(fmt::format("unexpected {}, expecting chan", exprString(ast_, t)));
          }
          return outer;
        }
        return mk<UnaryExpr>(p, Tok::Arrow, x);
      }
      default:
        return pexpr(nullptr);
    }
  }

  // go/defer call
  Stmt* callStmt() {
    Pos p = pos();
    Tok kw = tok();
    const char* kwName = kw == Tok::Go ? "go" : "defer";
    next();
    Expr* x = pexpr(nullptr);
    if (Expr* t = unparen(ast_, x); t != x) {
      report(gcPos(x), fmt::format("expression in {} must not be parenthesized", kwName));
      x = t;
    }
    auto* cx = llvm::dyn_cast<CallExpr>(x);
    if (!cx) {
      report(gcPos(x), fmt::format("expression in {} must be function call", kwName));
      // assume the common error of missing parentheses (a function invocation)
      cx = mk<CallExpr>(x->pos, x);
      cx->lparen = cx->rparen = gcPos(x);
    }
    if (kw == Tok::Go) return mk<GoStmt>(p, cx);
    return mk<DeferStmt>(p, cx);
  }

  // Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
  Expr* operand() {
    Pos p = pos();
    switch (tok()) {
      case Tok::Ident:
        return name();
      case Tok::IntLit:
      case Tok::FloatLit:
      case Tok::ImagLit:
      case Tok::RuneLit:
      case Tok::StringLit:
        return oliteral();
      case Tok::LParen: {
        next();
        ++xnest_;
        Expr* x = expr();
        --xnest_;
        want(Tok::RParen);
        return mk<ParenExpr>(p, x);
      }
      case Tok::Func: {
        next();
        FuncType* ft = mk<FuncType>(p);
        funcType(ft, "function type");
        if (tok() == Tok::LBrace) {
          ++xnest_;
          BlockStmt* body = funcBody();
          --xnest_;
          return mk<FuncLit>(p, ft, body);
        }
        return ft;
      }
      case Tok::LBrack:
      case Tok::Chan:
      case Tok::Map:
      case Tok::Struct:
      case Tok::Interface:
        return type_();
      default: {
        Expr* x = badExpr();
        syntaxError("expecting expression");
        advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
        return x;
      }
    }
  }

  // PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index | Slice |
  //               TypeAssertion | Arguments ) .
  Expr* pexpr(Expr* x) {
    if (!x) x = operand();
    while (true) {
      Pos p = pos();
      switch (tok()) {
        case Tok::Period: {
          next();
          if (tok() == Tok::Ident) {
            auto* s = mk<SelectorExpr>(x->pos, x, name());
            s->dot = p;
            x = s;
          } else if (tok() == Tok::LParen) {
            next();
            TypeAssertExpr* t;
            if (got(Tok::Type)) {
              t = mk<TypeAssertExpr>(x->pos, x, nullptr);
            } else {
              t = mk<TypeAssertExpr>(x->pos, x, nullptr);
              t->type = ref(type_());
            }
            t->dot = p;
            x = t;
            want(Tok::RParen);
          } else {
            syntaxError("expecting name or (");
            advance({Tok::Semicolon, Tok::RParen});
          }
          break;
        }
        case Tok::LBrack: {
          next();
          if (tok() == Tok::RBrack) {
            // `x[]` is no valid expression: report it and carry on
            syntaxError("expecting operand");
            next();
            break;
          }
          Expr* i = nullptr;
          if (tok() != Tok::Colon) {
            bool comma;
            std::vector<Expr*> l = typeList(comma);
            if (comma || tok() == Tok::RBrack) {
              want(Tok::RBrack);
              // x[i,] or x[i, j, ...]
              IndexExpr* t = mk<IndexExpr>(x->pos, x);
              t->lbrack = p;
              t->indices = refs(l);
              x = t;
              break;
            }
            i = l[0];
          }
          // x[i:...
          if (!got(Tok::Colon)) {
            syntaxError("expecting comma, : or ]");
            advance({Tok::Comma, Tok::Colon, Tok::RBrack});
          }
          ++xnest_;
          SliceExpr* t = mk<SliceExpr>(x->pos, x);
          t->lbrack = p;
          t->lo = ref(i);
          if (tok() != Tok::Colon && tok() != Tok::RBrack) t->hi = ref(expr());  // x[i:j...
          if (tok() == Tok::Colon) {
            t->slice3 = true;
            // x[i:j:...]
            if (!t->hi) {
              error("middle index required in 3-index slice");
              t->hi = ref(badExpr());
            }
            next();
            if (tok() != Tok::RBrack) {
              t->max = ref(expr());  // x[i:j:k...
            } else {
              error("final index required in 3-index slice");
              t->max = ref(badExpr());
            }
          }
          --xnest_;
          want(Tok::RBrack);
          x = t;
          break;
        }
        case Tok::LParen: {
          CallExpr* c = mk<CallExpr>(x->pos, x);
          c->lparen = p;
          next();
          argList(c);
          x = c;
          break;
        }
        case Tok::LBrace: {
          // Does { start a composite literal or a block?
          Expr* t = unparen(ast_, x);
          bool complitOk = false;
          switch (t->kind) {
            case NodeKind::Ident:
            case NodeKind::SelectorExpr:
              complitOk = xnest_ >= 0;  // possibly a composite literal type
              break;
            case NodeKind::IndexExpr:
              complitOk = xnest_ >= 0 && !isValue(ast_, t);
              break;
            case NodeKind::ArrayType:
            case NodeKind::StructType:
            case NodeKind::MapType:
              complitOk = true;  // a composite literal type
              break;
            default:
              break;
          }
          if (!complitOk) return x;
          if (t != x) syntaxError("cannot parenthesize type in composite literal");
          x = complitexpr(x);
          break;
        }
        default:
          return x;
      }
    }
  }

  // argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
  void argList(CallExpr* c) {
    ++xnest_;
    std::vector<Expr*> args;
    bool hasDots = false;
    c->rparen = list("argument list", Tok::Comma, Tok::RParen, [&] {
      args.push_back(expr());
      hasDots = got(Tok::Ellipsis);
      return hasDots;
    });
    --xnest_;
    c->args = refs(args);
    c->hasDots = hasDots;
  }

  // Element = Expression | LiteralValue .
  Expr* bareComplitexpr() {
    if (tok() == Tok::LBrace) return complitexpr(nullptr);
    return expr();
  }

  // LiteralValue = "{" [ ElementList [ "," ] ] "}" .
  CompositeLit* complitexpr(Expr* type) {
    NestGuard guard(*this);
    CompositeLit* lit = mk<CompositeLit>(type ? startPos(ast_, type) : pos(), type);
    lit->lbrace = pos();
    if (tooDeep()) return lit;
    ++xnest_;
    want(Tok::LBrace);
    std::vector<Expr*> elts;
    lit->rbrace = list("composite literal", Tok::Comma, Tok::RBrace, [&] {
      Expr* e = bareComplitexpr();
      if (tok() == Tok::Colon) {
        // key ':' value
        Pos p = pos();
        next();
        e = mk<KeyValueExpr>(p, e, bareComplitexpr());
      }
      elts.push_back(e);
      return false;
    });
    --xnest_;
    lit->elts = refs(elts);
    return lit;
  }

  // ---- statements ----
  // How gc prints a simple statement in "cannot use ... as value".
  std::string stmtString(Stmt* s) {
    auto list = [&](List<Ref<Expr>> l) {
      std::string out;
      auto xs = ast_.nodes(l);
      for (size_t i = 0; i < xs.size(); ++i) out += (i ? ", " : "") + exprString(ast_, xs[i]);
      return out;
    };
    if (auto* a = llvm::dyn_cast<AssignStmt>(s)) {
      if (a->op == Tok::Assign) return "assignment (" + list(a->lhs) + ") = (" + list(a->rhs) + ")";
      return list(a->lhs) + " " + tokSpelling(a->op).str() + " " + list(a->rhs);
    }
    if (auto* i = llvm::dyn_cast<IncDecStmt>(s))
      return exprString(ast_, get(i->x)) + tokSpelling(i->op).str();
    if (auto* snd = llvm::dyn_cast<SendStmt>(s))
      return exprString(ast_, get(snd->chan)) + " <- " + exprString(ast_, get(snd->value));
    if (auto* e = llvm::dyn_cast<ExprStmt>(s)) return exprString(ast_, get(e->x));
    return "statement";
  }
  // The position gc gives a simple statement (its operator's).
  Pos stmtPos(Stmt* s) {
    if (auto* i = llvm::dyn_cast<IncDecStmt>(s)) {
      auto it = incDecOp_.find(i);
      if (it != incDecOp_.end()) return it->second;
    }
    if (auto* e = llvm::dyn_cast<ExprStmt>(s)) return gcPos(get(e->x));
    return s->pos;
  }

  // SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment |
  //              ShortVarDecl . `keyword` is For (a range clause is allowed), Switch (a type
  // switch guard is allowed) or EndOfFile.
  Stmt* simpleStmt(std::vector<Expr*> lhs, Tok keyword) {
    if (keyword == Tok::For && tok() == Tok::Range) return newRangeClause({}, Tok::EndOfFile);
    if (lhs.empty()) lhs = exprList();
    if (lhs.size() == 1 && tok() != Tok::Assign && tok() != Tok::Define) {
      Pos p = pos();
      Tok op = tok();
      if (isOpAssign(op)) {
        // lhs op= rhs
        next();
        AssignStmt* a = mk<AssignStmt>(p, op);
        a->lhs = refs(lhs);
        a->rhs = refs1(expr());
        return a;
      }
      switch (op) {
        case Tok::Inc:
        case Tok::Dec: {
          next();
          auto* s = mk<IncDecStmt>(startPos(ast_, lhs[0]), lhs[0], op);
          incDecOp_[s] = p;
          return s;
        }
        case Tok::Arrow:
          next();
          return mk<SendStmt>(p, lhs[0], expr());
        default:
          return mk<ExprStmt>(startPos(ast_, lhs[0]), lhs[0]);
      }
    }
    switch (tok()) {
      case Tok::Assign:
      case Tok::Define: {
        Pos p = pos();
        Tok op = tok();
        next();
        if (keyword == Tok::For && tok() == Tok::Range) return newRangeClause(lhs, op);
        std::vector<Expr*> rhs = exprList();
        if (rhs.size() == 1 && keyword == Tok::Switch && op == Tok::Define) {
          auto* guard = llvm::dyn_cast<TypeAssertExpr>(rhs[0]);
          auto* id = lhs.size() == 1 ? llvm::dyn_cast<Ident>(lhs[0]) : nullptr;
          if (guard && !guard->type && id) {
            // switch … lhs := rhs.(type)
            guardLhs_[guard] = id;
            return mk<ExprStmt>(guard->pos, guard);
          }
        }
        AssignStmt* a = mk<AssignStmt>(p, op);
        a->lhs = refs(lhs);
        a->rhs = refs(rhs);
        return a;
      }
      default:
        syntaxError("expecting := or = or comma");
        advance({Tok::Semicolon, Tok::RBrace});
        // make the best of what we have
        return mk<ExprStmt>(startPos(ast_, lhs[0]), lhs[0]);
    }
  }

  // `range x` with lhs, op (Define or Assign; EndOfFile if there is no lhs) already parsed.
  RangeStmt* newRangeClause(const std::vector<Expr*>& lhs, Tok op) {
    RangeStmt* r = mk<RangeStmt>(pos());
    next();  // range
    r->op = op;
    if (!lhs.empty()) r->key = ref(lhs[0]);
    if (lhs.size() > 1) r->value = ref(lhs[1]);
    if (lhs.size() > 2)
      report(startPos(ast_, lhs[2]), "range clause permits at most two iteration variables");
    r->x = ref(expr());
    return r;
  }

  Stmt* labeledStmtOrNil(Ident* label) {
    Pos colon = pos();
    want(Tok::Colon);
    if (tok() == Tok::RBrace) {
      // A statement must follow a label; before a } that is an empty statement.
      return mk<LabeledStmt>(label->pos, label, mk<EmptyStmt>(pos()));
    }
    if (Stmt* s = stmtOrNil()) return mk<LabeledStmt>(label->pos, label, s);
    // report the error at the line of the ':'
    syntaxErrorAt(colon, "missing statement after label");
    return nullptr;  // avoids follow-on errors
  }

  // context must be non-empty unless the current token is known to be {.
  BlockStmt* blockStmt(const std::string& context) {
    BlockStmt* s = mk<BlockStmt>(pos());
    // a statement without braces, as C allows, is the likely mistake
    if (!got(Tok::LBrace)) {
      syntaxError("expecting { after " + context);
      advance({Tok::Ident, Tok::RBrace});
      s->rbrace = pos();  // in case we found "}"
      if (got(Tok::RBrace)) return s;
    }
    s->stmts = refs(stmtList());
    s->rbrace = pos();
    want(Tok::RBrace);
    return s;
  }

  Stmt* declStmt() {
    Pos p = pos();
    Tok kw = tok();
    next();
    return mk<DeclStmt>(p, groupDecl(kw, p));
  }

  Stmt* forStmt() {
    Pos p = pos();
    Header h = header(Tok::For);
    BlockStmt* body = blockStmt("for clause");
    if (auto* r = llvm::dyn_cast_or_null<RangeStmt>(h.init)) {
      r->pos = p;
      r->body = ref(body);
      return r;
    }
    ForStmt* s = mk<ForStmt>(p);
    s->init = ref(h.init);
    s->cond = ref(h.cond);
    s->post = ref(h.post);
    s->body = ref(body);
    return s;
  }

  // The header of if/switch/for: [init ;] cond [; post], parsed with composite literals of
  // bare type names disabled (`if x == T{}` needs parentheses).
  struct Header {
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    Stmt* post = nullptr;
  };
  Header header(Tok keyword) {
    Header h;
    want(keyword);
    if (tok() == Tok::LBrace) {
      if (keyword == Tok::If) {
        syntaxError("missing condition in if statement");
        h.cond = badExpr();
      }
      return h;
    }
    int outer = xnest_;
    xnest_ = -1;
    if (tok() != Tok::Semicolon) {
      // accept a potential var declaration but complain
      if (got(Tok::Var))
        syntaxError(
            fmt::format("var declaration not allowed in {} initializer", tokstring(keyword)));
      h.init = simpleStmt({}, keyword);
      // A range clause ends the header (only possible for keyword == For).
      if (llvm::isa<RangeStmt>(h.init)) {
        xnest_ = outer;
        return h;
      }
    }
    Stmt* condStmt = nullptr;
    std::optional<Pos> semiPos;
    std::string semiLit;
    if (tok() != Tok::LBrace) {
      if (tok() == Tok::Semicolon) {
        semiPos = pos();
        semiLit = tok_.semiLit().str();
        next();
      } else {
        // report the missing { rather than the ; gc would otherwise expect
        want(Tok::LBrace);
        if (tok() != Tok::LBrace) advance({Tok::LBrace, Tok::RBrace});
      }
      if (keyword == Tok::For) {
        if (tok() != Tok::Semicolon) {
          if (tok() == Tok::LBrace) {
            syntaxError("expecting for loop condition");
            goto done;
          }
          condStmt = simpleStmt({}, Tok::EndOfFile);
        }
        want(Tok::Semicolon);
        if (tok() != Tok::LBrace) {
          h.post = simpleStmt({}, Tok::EndOfFile);
          if (auto* a = llvm::dyn_cast<AssignStmt>(h.post); a && a->op == Tok::Define)
            syntaxErrorAt(a->pos, "cannot declare in post statement of for loop");
        }
      } else if (tok() != Tok::LBrace) {
        condStmt = simpleStmt({}, keyword);
      }
    } else {
      condStmt = h.init;
      h.init = nullptr;
    }
  done:
    if (!condStmt) {
      if (keyword == Tok::If && semiPos) {
        if (semiLit != "semicolon")
          syntaxErrorAt(*semiPos,
                        fmt::format("unexpected {}, expecting {{ after if clause", semiLit));
        else
          syntaxErrorAt(*semiPos, "missing condition in if statement");
        h.cond = mk<BadExpr>(*semiPos);
      }
    } else if (auto* es = llvm::dyn_cast<ExprStmt>(condStmt)) {
      h.cond = get(es->x);
    } else {
      // A common error is writing = for ==, which turns an expression into an assignment.
      syntaxErrorAt(stmtPos(condStmt), fmt::format("cannot use {} as value", stmtString(condStmt)));
    }
    xnest_ = outer;
    return h;
  }

  IfStmt* ifStmt() {
    IfStmt* s = mk<IfStmt>(pos());
    Header h = header(Tok::If);
    s->init = ref(h.init);
    s->cond = ref(h.cond ? h.cond : mk<BadExpr>(s->pos));
    s->then = ref(blockStmt("if clause"));
    if (got(Tok::Else)) {
      switch (tok()) {
        case Tok::If:
          s->els = ref(ifStmt());
          break;
        case Tok::LBrace:
          s->els = ref(blockStmt(""));
          break;
        default:
          syntaxError("else must be followed by if or statement block");
          advance({Tok::Ident, Tok::RBrace});
      }
    }
    return s;
  }

  Stmt* switchStmt() {
    Pos p = pos();
    Header h = header(Tok::Switch);
    if (!got(Tok::LBrace)) {
      syntaxError("missing { after switch clause");
      advance({Tok::Case, Tok::Default, Tok::RBrace});
    }
    std::vector<CaseClause*> clauses;
    while (tok() != Tok::EndOfFile && tok() != Tok::RBrace) {
      ProgressGuard progress(*this);
      clauses.push_back(caseClause());
      progress.check();
    }
    Pos rbrace = pos();
    want(Tok::RBrace);
    if (auto* guard = llvm::dyn_cast_or_null<TypeAssertExpr>(h.cond); guard && !guard->type) {
      TypeSwitchStmt* ts = mk<TypeSwitchStmt>(p);
      ts->init = ref(h.init);
      ts->guard = ref(guard);
      auto it = guardLhs_.find(guard);
      if (it != guardLhs_.end()) ts->binding = ref(it->second);
      ts->clauses = refs(clauses);
      ts->rbrace = rbrace;
      return ts;
    }
    SwitchStmt* s = mk<SwitchStmt>(p);
    s->init = ref(h.init);
    s->tag = ref(h.cond);
    s->clauses = refs(clauses);
    s->rbrace = rbrace;
    return s;
  }

  CaseClause* caseClause() {
    CaseClause* c = mk<CaseClause>(pos());
    switch (tok()) {
      case Tok::Case:
        next();
        c->list = refs(exprList());
        break;
      case Tok::Default:
        next();
        c->isDefault = true;
        break;
      default:
        syntaxError("expecting case or default or }");
        advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
    }
    c->colon = pos();
    want(Tok::Colon);
    c->body = refs(stmtList());
    return c;
  }

  SelectStmt* selectStmt() {
    SelectStmt* s = mk<SelectStmt>(pos());
    want(Tok::Select);
    if (!got(Tok::LBrace)) {
      syntaxError("missing { after select clause");
      advance({Tok::Case, Tok::Default, Tok::RBrace});
    }
    std::vector<CommClause*> clauses;
    while (tok() != Tok::EndOfFile && tok() != Tok::RBrace) {
      ProgressGuard progress(*this);
      clauses.push_back(commClause());
      progress.check();
    }
    want(Tok::RBrace);
    s->clauses = refs(clauses);
    return s;
  }

  CommClause* commClause() {
    CommClause* c = mk<CommClause>(pos());
    switch (tok()) {
      case Tok::Case:
        next();
        // send, receive, or assignment of a receive; others are flagged by the type checker
        c->comm = ref(simpleStmt({}, Tok::EndOfFile));
        break;
      case Tok::Default:
        next();
        break;
      default:
        syntaxError("expecting case or default or }");
        advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
    }
    want(Tok::Colon);
    c->body = refs(stmtList());
    return c;
  }

  // Statement; null if the current token cannot start one.
  Stmt* stmtOrNil() {
    NestGuard guard(*this);
    if (tooDeep()) return mk<BadStmt>(pos());
    Pos p = pos();
    // Only declarations take the directives before them.
    if (tok() != Tok::Var && tok() != Tok::Const && tok() != Tok::Type) directives_.clear();
    // Most statements (assignments) start with a name.
    if (tok() == Tok::Ident) {
      std::vector<Expr*> lhs = exprList();
      if (lhs.size() == 1 && tok() == Tok::Colon)
        if (auto* label = llvm::dyn_cast<Ident>(lhs[0])) return labeledStmtOrNil(label);
      return simpleStmt(std::move(lhs), Tok::EndOfFile);
    }
    switch (tok()) {
      case Tok::Var:
      case Tok::Const:
      case Tok::Type:
        return declStmt();
      case Tok::LBrace:
        return blockStmt("");
      case Tok::Add:
      case Tok::Sub:
      case Tok::Mul:
      case Tok::And:
      case Tok::Xor:
      case Tok::Not:  // unary operators
      case Tok::IntLit:
      case Tok::FloatLit:
      case Tok::ImagLit:
      case Tok::RuneLit:
      case Tok::StringLit:
      case Tok::Func:
      case Tok::LParen:  // operands
      case Tok::LBrack:
      case Tok::Struct:
      case Tok::Map:
      case Tok::Chan:
      case Tok::Interface:  // composite types
      case Tok::Arrow:      // receive operator
        return simpleStmt({}, Tok::EndOfFile);
      case Tok::For:
        return forStmt();
      case Tok::Switch:
        return switchStmt();
      case Tok::Select:
        return selectStmt();
      case Tok::If:
        return ifStmt();
      case Tok::Fallthrough:
        next();
        return mk<BranchStmt>(p, Tok::Fallthrough, nullptr);
      case Tok::Break:
      case Tok::Continue: {
        Tok kw = tok();
        next();
        Ident* label = tok() == Tok::Ident ? name() : nullptr;
        return mk<BranchStmt>(p, kw, label);
      }
      case Tok::Go:
      case Tok::Defer:
        return callStmt();
      case Tok::Goto:
        next();
        return mk<BranchStmt>(p, Tok::Goto, name());
      case Tok::Return: {
        ReturnStmt* r = mk<ReturnStmt>(p);
        next();
        if (tok() != Tok::Semicolon && tok() != Tok::RBrace) r->results = refs(exprList());
        return r;
      }
      case Tok::Semicolon:
        return mk<EmptyStmt>(p);
      default:
        return nullptr;
    }
  }

  // StatementList = { Statement ";" } . An explicit `;` is kept as an EmptyStmt, as gc and
  // go/parser keep it.
  std::vector<Stmt*> stmtList() {
    std::vector<Stmt*> l;
    while (tok() != Tok::EndOfFile && tok() != Tok::RBrace && tok() != Tok::Case &&
           tok() != Tok::Default) {
      ProgressGuard progress(*this);
      Stmt* s = stmtOrNil();
      directives_.clear();
      if (!s) break;
      l.push_back(s);
      // ";" is optional before "}"
      if (!got(Tok::Semicolon) && tok() != Tok::RBrace) {
        syntaxError("at end of statement");
        advance({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default});
        got(Tok::Semicolon);  // avoid a spurious empty statement
      }
      progress.check();
    }
    return l;
  }

  Ast& ast_;
  Diagnostics& diags_;
  Scanner scanner_;
  Token tok_;
  size_t consumed_ = 0;  // tokens read so far (for progress checks)
  Directives directives_;
  size_t pragmasSeen_ = 0;  // of scanner_.pragmas(), the ones handed to directives_
  bool importsEmbed_ = false;
  int fnest_ = 0;  // function nesting level (for error recovery)
  int xnest_ = 0;  // expression nesting level (for the composite literal ambiguity)
  int depth_ = 0;
  bool reportedDepth_ = false;
  unsigned errcnt_ = 0;
  unsigned directiveErrors_ = 0;  // errors reported (lexical ones included), before deduplication
  Pos lastSyntax_;
  Pos lastOther_;
  std::string lastOtherMsg_;
  std::unordered_map<const TypeAssertExpr*, Ident*> guardLhs_;  // v in switch v := x.(type)
  std::unordered_map<const IncDecStmt*, Pos> incDecOp_;         // position of ++ / --
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

File* parseFile(uint32_t fileId, llvm::StringRef text, Ast& ast, Diagnostics& diags,
                const ParseOptions& options) {
  diags.files().setLineDirectives(fileId, scanLineDirectives(fileId, text));
  File* file = Parser(fileId, text, ast, diags, options).parse();
  file->idEnd = ast.idLimit();
  return file;
}

}  // namespace ergo::syntax
