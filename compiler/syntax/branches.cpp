// One walk over a function body's statements (never into expressions, so function literals
// are left to their own check). Labels are function-wide; blocks form a chain to the body so
// that "is this label's block enclosing the goto" and "is this labeled statement enclosing
// the break" are walks up that chain. A goto whose label is not yet known travels outward as
// a forward goto until a label of its name appears in an enclosing block; any left at the end
// either jump into a block or name no label.
#include "syntax/branches.h"

#include <deque>
#include <string>
#include <vector>

#include "fmt/format.h"
#include "llvm/ADT/StringMap.h"
#include "syntax/printer.h"

namespace ergo::syntax {
namespace {

struct Block {
  const Block* parent;       // the enclosing block, null for the body
  Pos start;                 // where gc says the block starts ({, case, default, else if)
  const LabeledStmt* lstmt;  // the label of the statement this block belongs to, if any
};

struct Label {
  const Block* block;        // the block declaring it
  const LabeledStmt* lstmt;  // its first declaration
  bool used = false;
};

// Where an unlabeled break, continue or fallthrough may go from the current statement.
struct Targets {
  const Stmt* breaks = nullptr;     // innermost for, range, switch or select
  const Stmt* continues = nullptr;  // innermost for or range
  int caseIndex = -1;               // index of the case clause whose body this is, else -1
};

bool isLoop(const Stmt* s) {
  return llvm::isa<ForStmt, RangeStmt>(s);
}

class BranchChecker {
 public:
  BranchChecker(const Ast& ast, Diagnostics& diags) : ast_(ast), diags_(diags) {}

  void check(const BlockStmt* body) {
    std::vector<const BranchStmt*> unresolved =
        walk(nullptr, Targets{}, nullptr, body->pos, ast_.nodes(body->stmts));
    for (const BranchStmt* g : unresolved) {
      llvm::StringRef name = labelName(g);
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second.used = true;  // already complained about; not also "defined and not used"
        error(ast_.get(g->label)->pos,
              fmt::format("goto {} jumps into block starting at {}", name.str(),
                          diags_.format(it->second.block->start)));
      } else {
        error(ast_.get(g->label)->pos, fmt::format("label {} not defined", name.str()));
      }
    }
    for (const auto& entry : labels_) {
      const Label& l = entry.second;
      if (!l.used)
        error(ast_.get(l.lstmt->label)->pos,
              fmt::format("label {} defined and not used", labelName(l.lstmt).str()));
    }
  }

 private:
  void error(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }

  // Declares a label in block b; a second declaration of a name is an error and yields the
  // first one.
  Label& declare(const Block* b, const LabeledStmt* s) {
    auto [it, inserted] = labels_.try_emplace(labelName(s), Label{b, s});
    if (!inserted)
      error(ast_.get(s->label)->pos,
            fmt::format("label {} already defined at {}", labelName(s).str(),
                        diags_.format(ast_.get(it->second.lstmt->label)->pos)));
    return it->second;
  }

  // A goto may go to a label of its own block or of any enclosing one.
  bool gotoResolves(const Block* b, llvm::StringRef name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return false;
    it->second.used = true;  // used even when the goto is invalid
    for (; b; b = b->parent)
      if (it->second.block == b) return true;
    return false;
  }

  // The statement a labeled break or continue names: found only when one of the enclosing
  // blocks belongs to that labeled statement.
  enum class Enclosing { Undefined, NotEnclosing, Found };
  Enclosing enclosingTarget(const Block* b, llvm::StringRef name, const Stmt*& target) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return Enclosing::Undefined;
    it->second.used = true;
    for (; b; b = b->parent) {
      if (b->lstmt == it->second.lstmt) {
        target = ast_.get(it->second.lstmt->stmt);
        return Enclosing::Found;
      }
    }
    return Enclosing::NotEnclosing;
  }

  void labeledBranch(const Block* b, const BranchStmt* s, std::vector<const BranchStmt*>& forward) {
    llvm::StringRef name = labelName(s);
    const Stmt* t = nullptr;
    switch (s->op) {
      case Tok::Break:
        switch (enclosingTarget(b, name, t)) {
          case Enclosing::Undefined:
            error(ast_.get(s->label)->pos, fmt::format("break label not defined: {}", name.str()));
            break;
          case Enclosing::NotEnclosing:
            error(ast_.get(s->label)->pos, fmt::format("invalid break label {}", name.str()));
            break;
          case Enclosing::Found:
            if (!t || !(isLoop(t) || llvm::isa<SwitchStmt, TypeSwitchStmt, SelectStmt>(t)))
              error(ast_.get(s->label)->pos, fmt::format("invalid break label {}", name.str()));
            break;
        }
        break;
      case Tok::Continue:
        switch (enclosingTarget(b, name, t)) {
          case Enclosing::Undefined:
            error(ast_.get(s->label)->pos,
                  fmt::format("continue label not defined: {}", name.str()));
            break;
          case Enclosing::NotEnclosing:
            error(ast_.get(s->label)->pos, fmt::format("invalid continue label {}", name.str()));
            break;
          case Enclosing::Found:
            if (!t || !isLoop(t))
              error(ast_.get(s->label)->pos, fmt::format("invalid continue label {}", name.str()));
            break;
        }
        break;
      case Tok::Goto:
        // The label may come later: resolved when it is declared in this or an outer block.
        if (!gotoResolves(b, name)) forward.push_back(s);
        break;
      default:  // fallthrough never has a label
        break;
    }
  }

  void unlabeledBranch(const Targets& ctxt, const BranchStmt* s, bool lastInList) {
    switch (s->op) {
      case Tok::Break:
        if (!ctxt.breaks) error(s->pos, "break is not in a loop, switch, or select");
        break;
      case Tok::Continue:
        if (!ctxt.continues) error(s->pos, "continue is not in a loop");
        break;
      case Tok::Fallthrough: {
        const char* msg = "fallthrough statement out of place";
        if (ctxt.breaks && llvm::isa<TypeSwitchStmt>(ctxt.breaks)) {
          msg = "cannot fallthrough in type switch";
        } else if (auto* sw = llvm::dyn_cast_or_null<SwitchStmt>(ctxt.breaks)) {
          // Allowed only as the last statement of a case clause's own list.
          if (ctxt.caseIndex >= 0 && lastInList) {
            if (size_t(ctxt.caseIndex) + 1 < sw->clauses.size) return;
            msg = "cannot fallthrough final case in switch";
          }
        }
        error(s->pos, msg);
        break;
      }
      default:  // a goto always has a label
        break;
    }
  }

  // Walks one statement list (a block's, a clause's, or an else branch) whose block starts at
  // `start`; returns the gotos it could not resolve.
  std::vector<const BranchStmt*> walk(const Block* parent, Targets ctxt, const LabeledStmt* lstmt,
                                      Pos start, StmtRange list) {
    const Block* b = &blocks_.emplace_back(Block{parent, start, lstmt});
    std::vector<const BranchStmt*> forward;
    // The latest variable declaration of this list, and the forward gotos that preceded it:
    // those jump over it if their label turns up later in this list.
    Pos varPos;
    std::string varName;
    std::vector<const BranchStmt*> beforeVar;
    auto declareVar = [&](Pos p, std::string name) {
      varPos = p;
      varName = std::move(name);
      beforeVar = forward;
    };

    // Trailing empty statements (`fallthrough;;`) do not count: fallthrough may precede them.
    size_t n = list.size();
    while (n > 0 && llvm::isa<EmptyStmt>(list[n - 1])) --n;
    for (size_t i = 0; i < n; ++i) {
      const Stmt* stmt = list[i];
      const LabeledStmt* label = nullptr;  // the label of this statement, if any
      // A labeled statement is the statement under its (possibly several) labels.
      while (auto* ls = llvm::dyn_cast_or_null<LabeledStmt>(stmt)) {
        if (labelName(ls) != "_") {
          Label& l = declare(b, ls);
          llvm::StringRef name = labelName(ls);
          std::vector<const BranchStmt*> keep;
          for (const BranchStmt* g : forward) {
            if (labelName(g) != name) {
              keep.push_back(g);
              continue;
            }
            l.used = true;
            if (varPos.valid() && llvm::is_contained(beforeVar, g))
              error(ast_.get(g->label)->pos,
                    fmt::format("goto {} jumps over declaration of {} at {}", name.str(), varName,
                                diags_.format(varPos)));
          }
          forward = std::move(keep);
          label = ls;
        }
        stmt = ast_.get(ls->stmt);
      }
      if (!stmt) continue;

      auto inner = [&](Targets t, Pos innerStart, StmtRange innerList) {
        std::vector<const BranchStmt*> got = walk(b, t, label, innerStart, innerList);
        forward.insert(forward.end(), got.begin(), got.end());
      };
      Targets nested{ctxt.breaks, ctxt.continues, -1};

      switch (stmt->kind) {
        case NodeKind::DeclStmt: {
          const GenDecl* d = ast_.get(llvm::cast<DeclStmt>(stmt)->decl);
          if (d && d->tok == Tok::Var) {
            for (const Decl* spec : ast_.nodes(d->specs)) {
              auto* v = llvm::dyn_cast<ValueSpec>(spec);
              if (v && !v->names.empty()) {
                declareVar(v->pos, ast_.str(ast_.nodes(v->names)[0]->name).str());
                break;  // the first name will do
              }
            }
          }
          break;
        }
        case NodeKind::AssignStmt: {
          auto* a = llvm::cast<AssignStmt>(stmt);
          if (a->op == Tok::Define) {
            std::string names;
            for (const Expr* e : ast_.nodes(a->lhs))
              names += (names.empty() ? "" : ", ") + exprString(ast_, e);
            declareVar(a->pos, std::move(names));
          }
          break;
        }
        case NodeKind::BranchStmt: {
          auto* s = llvm::cast<BranchStmt>(stmt);
          if (s->label)
            labeledBranch(b, s, forward);
          else
            unlabeledBranch(ctxt, s, i + 1 == n);
          break;
        }
        case NodeKind::BlockStmt: {
          auto* s = llvm::cast<BlockStmt>(stmt);
          inner(nested, s->pos, ast_.nodes(s->stmts));
          break;
        }
        case NodeKind::IfStmt: {
          auto* s = llvm::cast<IfStmt>(stmt);
          if (const BlockStmt* then = ast_.get(s->then))
            inner(nested, then->pos, ast_.nodes(then->stmts));
          // The else branch is a list of its own holding one statement.
          if (s->els) inner(nested, ast_.get(s->els)->pos, StmtRange(&ast_, s->els));
          break;
        }
        case NodeKind::ForStmt: {
          auto* s = llvm::cast<ForStmt>(stmt);
          if (const BlockStmt* body = ast_.get(s->body))
            inner(Targets{s, s, -1}, body->pos, ast_.nodes(body->stmts));
          break;
        }
        case NodeKind::RangeStmt: {
          auto* s = llvm::cast<RangeStmt>(stmt);
          if (const BlockStmt* body = ast_.get(s->body))
            inner(Targets{s, s, -1}, body->pos, ast_.nodes(body->stmts));
          break;
        }
        case NodeKind::SwitchStmt:
        case NodeKind::TypeSwitchStmt: {
          auto* sw = llvm::dyn_cast<SwitchStmt>(stmt);
          auto clauses = ast_.nodes(sw ? sw->clauses : llvm::cast<TypeSwitchStmt>(stmt)->clauses);
          for (size_t c = 0; c < clauses.size(); ++c)
            inner(Targets{stmt, ctxt.continues, int(c)}, clauses[c]->pos,
                  ast_.nodes(clauses[c]->body));
          break;
        }
        case NodeKind::SelectStmt:
          for (const CommClause* cc : ast_.nodes(llvm::cast<SelectStmt>(stmt)->clauses))
            inner(Targets{stmt, ctxt.continues, -1}, cc->pos, ast_.nodes(cc->body));
          break;
        default:
          break;
      }
    }
    return forward;
  }

  llvm::StringRef labelName(const LabeledStmt* s) const {
    return ast_.str(ast_.get(s->label)->name);
  }
  llvm::StringRef labelName(const BranchStmt* s) const {
    return ast_.str(ast_.get(s->label)->name);
  }

  const Ast& ast_;
  Diagnostics& diags_;
  llvm::StringMap<Label> labels_;
  std::deque<Block> blocks_;  // stable addresses: labels point at their block
};

}  // namespace

void checkBranches(const Ast& ast, const BlockStmt* body, Diagnostics& diags) {
  if (body) BranchChecker(ast, diags).check(body);
}

}  // namespace ergo::syntax
