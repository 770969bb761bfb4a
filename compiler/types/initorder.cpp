// Package variable initialisation order, as the spec defines it: repeatedly initialise the
// earliest variable in declaration order that does not depend on an uninitialised one, where
// dependencies pass through the bodies of the functions an initialiser refers to.
#include <functional>

#include "llvm/ADT/DenseSet.h"
#include "types/check_internal.h"

namespace ergo::types {

// Reports the first variable (in declaration order) that reaches itself, with gc's chain:
// "initialization loop for x" then "\tpos: x refers to", ..., "\tpos: x".
// Returns the variable reported, or null when no variable reaches itself.
Var* Checker::reportInitCycle(const std::vector<Var*>& vars, const llvm::DenseSet<Var*>& done) {
  for (Var* start : vars) {
    if (done.count(start)) continue;
    // Depth-first search for a path of references from start back to start.
    std::vector<Object*> path{start};
    llvm::DenseSet<Object*> visited;
    std::function<bool(Object*)> search = [&](Object* o) -> bool {
      auto it = decls_.find(o);
      if (it == decls_.end()) return false;
      for (Object* dep : it->second.deps) {
        if (dep == start) return true;
        if (!visited.insert(dep).second) continue;
        path.push_back(dep);
        if (search(dep)) return true;
        path.pop_back();
      }
      return false;
    };
    if (!search(start)) continue;
    std::string msg = fmt::format("initialization loop for {}", start->name.str());
    for (Object* o : path)
      msg += fmt::format("\n\t{}: {} refers to", diags_.format(o->pos), o->name.str());
    msg += fmt::format("\n\t{}: {}", diags_.format(start->pos), start->name.str());
    error(start->pos, msg);
    return start;
  }
  error(vars.empty() ? Pos{} : vars[0]->pos, "initialization loop");
  return nullptr;
}

// A selector that names a method is not an identifier lookup, so the expression checker
// records no dependency for it. The method objects it names are in info_.uses; each such use
// belongs to the package-level declaration whose source range holds it (the declarations of
// a file are in source order, so the range of one ends where the next begins).
void Checker::addMethodDeps() {
  struct Range {
    Pos start;
    std::vector<Object*> owners;
  };
  std::vector<Range> ranges;
  for (const File* file : pkg_.files) {
    for (const Decl* decl : ast_.nodes(file->decls)) {
      if (auto* fd = llvm::dyn_cast<FuncDecl>(decl)) {
        auto it = info_.funcs.find(fd);
        ranges.push_back({fd->pos, {}});
        if (it != info_.funcs.end()) ranges.back().owners.push_back(it->second);
        continue;
      }
      auto* gd = llvm::cast<GenDecl>(decl);
      if (gd->tok != Tok::Var) {
        ranges.push_back({gd->pos, {}});
        continue;
      }
      for (const Decl* spec : ast_.nodes(gd->specs)) {
        Range r{spec->pos, {}};
        // Each name of a spec is an owner: `var a, b = x.m, y.m` counts both for both.
        if (auto* vs = llvm::dyn_cast<ValueSpec>(spec))
          for (const Ident* name : ast_.nodes(vs->names))
            if (Object* o = info_.objectOf(name)) r.owners.push_back(o);
        ranges.push_back(std::move(r));
      }
    }
  }
  llvm::sort(ranges, [](const Range& a, const Range& b) { return a.start < b.start; });
  // In source order, so that the chains reported do not depend on hashing.
  std::vector<std::pair<const Ident*, Func*>> uses;
  llvm::sort(methodSelectors_);
  methodSelectors_.erase(std::unique(methodSelectors_.begin(), methodSelectors_.end()),
                         methodSelectors_.end());
  for (const Ident* id : methodSelectors_) {
    auto* fn = llvm::dyn_cast_or_null<Func>(info_.uses.lookup(id));
    if (fn && fn->decl && !fn->decl->recv.empty() && fn->pkg == &pkg_ && decls_.count(fn))
      uses.push_back({id, fn});
  }
  llvm::sort(uses, [](const auto& a, const auto& b) { return a.first->pos < b.first->pos; });
  for (auto [id, fn] : uses) {
    auto it = std::upper_bound(ranges.begin(), ranges.end(), id->pos,
                               [](Pos p, const Range& r) { return p < r.start; });
    if (it == ranges.begin()) continue;
    --it;
    if (it->start.file != id->pos.file) continue;
    for (Object* owner : it->owners)
      if (decls_.count(owner)) decls_[owner].deps.insert(fn);
  }
}

void Checker::computeInitOrder() {
  addMethodDeps();
  // The variables each initialiser reads, directly or through functions.
  llvm::DenseMap<Var*, llvm::SetVector<Var*>> reads;
  auto collect = [&](Object* root, llvm::SetVector<Var*>& out) {
    llvm::DenseSet<Object*> seenFuncs;
    std::vector<Object*> work{root};
    while (!work.empty()) {
      Object* o = work.back();
      work.pop_back();
      auto it = decls_.find(o);
      if (it == decls_.end()) continue;
      for (Object* dep : it->second.deps) {
        if (auto* v = llvm::dyn_cast<Var>(dep))
          out.insert(v);
        else if (seenFuncs.insert(dep).second)
          work.push_back(dep);
      }
    }
  };
  std::vector<Var*> vars;
  for (Object* obj : packageObjects_)
    if (auto* v = llvm::dyn_cast<Var>(obj)) {
      vars.push_back(v);
      collect(v, reads[v]);
    }

  llvm::DenseSet<Var*> done;
  size_t remaining = vars.size();
  while (remaining > 0) {
    Var* ready = nullptr;
    for (Var* v : vars) {
      if (done.count(v)) continue;
      DeclInfo& d = decls_[v];
      bool ok = true;
      auto check = [&](Var* w) {
        for (Var* r : reads[w])
          if (!done.count(r) && !(std::find(d.lhs.begin(), d.lhs.end(), r) != d.lhs.end()))
            ok = false;
      };
      if (d.lhs.empty())
        check(v);
      else
        for (Var* w : d.lhs) check(w);
      if (ok && (d.lhs.empty() ? !reads[v].count(v) : true)) {
        ready = v;
        break;
      }
    }
    if (!ready) {
      // As gc, each cycle is reported once, and the order goes on past it: the variable
      // reported is taken as initialised.
      ready = reportInitCycle(vars, done);
      if (!ready) return;
    }
    DeclInfo& d = decls_[ready];
    if (d.lhs.empty()) {
      done.insert(ready);
      --remaining;
      if (d.init) pkg_.initOrder.push_back(Initializer{{ready}, d.init});
    } else {
      for (Var* w : d.lhs)
        if (done.insert(w).second) --remaining;
      pkg_.initOrder.push_back(Initializer{d.lhs, d.init});
    }
  }
}

}  // namespace ergo::types
