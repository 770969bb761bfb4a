"""Statements, blocks, closures, defer/recover and functions (on top of core.Core)."""

from __future__ import annotations

import gotypes as T
from core import BUDGET, MAX_LEN, Core, Ctx, Func


class Stmts(Core):
    # ----- blocks ---------------------------------------------------------------------
    def block(self, n: int, depth: int) -> None:
        """n statements in a new scope; its variables are printed or marked used at the end."""
        self.scopes.append([])
        for _ in range(n):
            self.stmt(depth)
        self.close_scope()

    def close_scope(self) -> None:
        scope = self.scopes.pop()
        shown = [v for v in scope if self.printable(v.type) and self.chance(0.6)]
        if shown:
            self.emit(f"println({self.tag()}, {', '.join(v.name for v in shown)})")
        for v in scope:
            if v not in shown:
                self.emit(f"_ = {v.name}")

    def stmt(self, depth: int) -> None:
        opts = [
            (4, self.s_decl),
            (5, self.s_assign),
            (3, self.s_opassign),
            (1, self.s_incdec),
            (2, self.s_print),
            (3, self.s_call),
        ]
        if depth > 0:
            opts += [(2, lambda: self.s_if(depth)), (2, lambda: self.s_for(depth)),
                     (1, lambda: self.s_switch(depth))]
            if "strings" in self.f:
                opts.append((1, lambda: self.s_range_string(depth)))
            if "slices" in self.f:
                opts.append((1, lambda: self.s_range_slice(depth)))
            if "closures" in self.f and not self.ctx.in_closure:
                opts.append((2, lambda: self.s_closure(depth)))
                if "slices" in self.f and self.ctx.mult <= 8:
                    opts.append((1, self.s_closures_in_loop))
            if "defer" in self.f:
                opts.append((2, lambda: self.s_recover_block(depth)))
        if "defer" in self.f:
            opts.append((1, self.s_defer))
        if "slices" in self.f:
            opts += [(3, self.s_append), (1, self.s_copy), (1, self.s_reslice), (1, self.s_store)]
        if "strings" in self.f:
            opts.append((1, self.s_string_index))
        if self.ctx.loop_depth > 0:
            opts.append((1, self.s_break))
        if "evalorder" in self.f:
            opts.append((1, self.s_evalorder))
        opts += self.extra_stmts(depth)
        self.pick([(w, lambda f=f: f() or True) for w, f in opts])
        self.ctx.cost += self.ctx.mult

    def extra_stmts(self, depth: int) -> list:
        return []

    # ----- simple statements ----------------------------------------------------------
    def s_decl(self) -> None:
        t = self.any_type()
        name = self.fresh()
        if self.chance(0.3) or t in ("any", "Getter", "Bumper"):   # interfaces need the declared type
            self.emit(f"var {name} {t} = {self.e(t)}")
        else:   # constants are typed (int8(5)) or have the right default type
            self.emit(f"{name} := {self.e(t)}")
        self.declare(name, t)

    def writable(self, pred=None):
        vs = self.visible(lambda v: not v.readonly and not T.is_func(v.type)
                          and (pred is None or pred(v.type)))
        return self.rng.choice(vs) if vs else None

    def s_assign(self) -> None:
        v = self.writable()
        if not v:
            return self.s_decl()
        code = self.e(v.type)
        if v.type == "string":
            code = self.clamp_string(code)
        self.emit(f"{v.name} = {code}")
        if self.chance(0.1):    # a parallel assignment swaps and reads before writing
            w = self.writable(lambda t: t == v.type)
            if w and w is not v:
                self.emit(f"{v.name}, {w.name} = {w.name}, {v.name}")

    def clamp_string(self, code: str) -> str:
        name = self.helper("clampS", f"func clampS(s string) string {{\n\tif len(s) > {MAX_LEN} {{\n"
                                     f"\t\treturn s[len(s)-{MAX_LEN // 2}:]\n\t}}\n\treturn s\n}}")
        return f"{name}({code})"

    def s_opassign(self) -> None:
        v = self.writable(lambda t: T.is_numeric(t) or t == "string")
        if not v:
            return self.s_decl()
        if v.type == "string":
            self.emit(f"{v.name} = {self.clamp_string(v.name + ' + ' + self.e('string'))}")
            return
        if T.is_int(v.type):
            ops = ["+=", "-=", "*=", "&=", "|=", "^=", "&^="]
            if "divs" in self.f:
                ops += ["/=", "%="]
            if "shifts" in self.f:
                ops += ["<<=", ">>="]
        else:
            ops = ["+=", "-=", "*=", "/="]
        op = self.rng.choice(ops)
        if op in ("/=", "%=") and T.is_int(v.type):
            rhs = f"{self.nz_helper(v.type)}({self.e(v.type)})"
        elif op in ("<<=", ">>="):
            rhs = self.shift_count(2)
        elif op == "/=":
            rhs = self.nc(v.type)
        else:
            rhs = self.e(v.type)
        self.emit(f"{v.name} {op} {rhs}")

    def s_call(self) -> None:
        """A call of a generated function or closure, its result in a new variable."""
        results = [f.result for f in self.funcs]
        results += [v.type[v.type.rindex(" ") + 1:] for v in self.visible(lambda v: T.is_func(v.type))]
        if not results:
            return self.s_decl()
        t = self.rng.choice(results)
        self.calls_ok = True
        got = self.call_returning(t, 2)
        self.calls_ok = False
        if got is None:
            return self.s_decl()
        name = self.fresh()
        self.emit(f"{name} := {got[0]}")
        self.declare(name, t)

    def s_incdec(self) -> None:
        v = self.writable(T.is_numeric)
        if v:
            self.emit(f"{v.name}{self.rng.choice(['++', '--'])}")

    def s_print(self) -> None:
        vs = self.visible(lambda v: self.printable(v.type))
        self.rng.shuffle(vs)
        args = [v.name for v in vs[:4]]
        if self.chance(0.5):
            args.append(self.e(self.scalar()))
        fn = "println" if self.chance(0.8) else "print"
        self.emit(f"{fn}({', '.join([self.tag()] + args)})")
        if fn == "print":
            self.emit('print("\\n")')

    def s_evalorder(self) -> None:
        """A variable read in the same argument list as a call that assigns it: the spec
        leaves the order open; gc makes the calls first and reads the variables after."""
        v = self.writable(lambda t: self.printable(t))
        if not v:
            return self.s_decl()
        code = self.e(v.type, 1)
        if v.type == "string":
            code = self.clamp_string(code)
        call = f"func() {v.type} {{ {v.name} = {code}; return {v.name} }}()"
        self.emit(f"println({self.tag()}, {v.name}, {call}, {v.name})")

    def s_break(self) -> None:
        self.emit(f"if {self.e('bool', 1)} {{")
        self.emit(f"\t{self.rng.choice(['break', 'continue'])}")
        self.emit("}")

    # ----- control flow ---------------------------------------------------------------
    def s_if(self, depth: int) -> None:
        self.emit(f"if {self.e('bool')} {{")
        self.indent += 1
        self.block(self.rng.randint(1, 3), depth - 1)
        self.indent -= 1
        if self.chance(0.5):
            self.emit("} else {")
            self.indent += 1
            self.block(self.rng.randint(1, 3), depth - 1)
            self.indent -= 1
        self.emit("}")

    def loop_body(self, trips: int, depth: int, decls) -> None:
        """A loop body run `trips` times: its calls cost that much more."""
        self.indent += 1
        self.scopes.append([])
        for name, t, ro in decls:
            self.declare(name, t, readonly=ro)
        saved = self.ctx.mult
        self.ctx.mult *= max(trips, 1)
        self.ctx.loop_depth += 1
        for _ in range(self.rng.randint(1, 4)):
            if self.ctx.cost > BUDGET:
                break
            self.stmt(depth - 1)
        self.ctx.loop_depth -= 1
        self.ctx.mult = saved
        self.close_scope()
        self.indent -= 1
        self.emit("}")

    def s_for(self, depth: int) -> None:
        if self.ctx.mult > 64:
            return self.s_assign()
        i = self.fresh("i")
        n = self.rng.randint(0, 6)
        t = self.rng.choice(["int", "int", "int8", "uint8", "uint", "int64"])
        if self.chance(0.2) and t == "uint8":   # counts down through the wrap-around of 0
            self.emit(f"for {i} := uint8({n}); {i} < 200; {i}-- {{")
        else:
            step = self.rng.choice([1, 1, 2])
            self.emit(f"for {i} := {t}(0); {i} < {n}; {i} += {step} {{")
        self.loop_body(n + 1, depth, [(i, t, True)])

    def s_range_string(self, depth: int) -> None:
        if self.ctx.mult > 64:
            return self.s_assign()
        i, r = self.fresh("i"), self.fresh("r")
        self.emit(f"for {i}, {r} := range {self.e('string', 1)} {{")
        self.loop_body(MAX_LEN, depth, [(i, "int", False), (r, "int32", False)])

    def s_range_slice(self, depth: int) -> None:
        vs = self.visible(lambda v: T.is_slice(v.type) or T.is_array(v.type))
        if not vs or self.ctx.mult > 64:
            return self.s_assign()
        v = self.rng.choice(vs)
        i, x = self.fresh("i"), self.fresh("x")
        self.emit(f"for {i}, {x} := range {v.name} {{")
        self.loop_body(MAX_LEN, depth, [(i, "int", False), (x, T.elem(v.type), False)])

    def s_switch(self, depth: int) -> None:
        if self.chance(0.25):
            return self.s_tagless_switch(depth)
        t = self.rng.choice(["int", "int8", "uint16", "string"] if "strings" in self.f else ["int", "int8", "uint16"])
        self.emit(f"switch {self.e(t)} {{")
        seen = set()
        clauses = []
        for _ in range(self.rng.randint(1, 4)):
            vals = []
            for _ in range(self.rng.randint(1, 2)):
                lit = (T.go_int(T.int_literal(self.rng, t), t) if t != "string"
                       else '"' + self.rng.choice(["", "a", "b", "go", "abc", "z"]) + '"')
                if lit not in seen:   # duplicate constant cases do not compile
                    seen.add(lit)
                    vals.append(lit)
            if vals:
                clauses.append(vals)
        for k, vals in enumerate(clauses):
            self.emit(f"case {', '.join(vals)}:")
            self.indent += 1
            self.block(self.rng.randint(1, 2), depth - 1)
            if k < len(clauses) - 1 and self.chance(0.3):
                self.emit("fallthrough")
            self.indent -= 1
        if self.chance(0.6):
            self.emit("default:")
            self.indent += 1
            self.block(1, depth - 1)
            self.indent -= 1
        self.emit("}")

    def s_tagless_switch(self, depth: int) -> None:
        """switch { case cond: ... }: the first true case runs, fallthrough skips the test."""
        self.emit("switch {")
        n = self.rng.randint(1, 3)
        for k in range(n):
            self.emit(f"case {self.e('bool', 1)}:")
            self.indent += 1
            self.block(self.rng.randint(1, 2), depth - 1)
            if k < n - 1 and self.chance(0.2):
                self.emit("fallthrough")
            self.indent -= 1
        if self.chance(0.5):
            self.emit("default:")
            self.indent += 1
            self.block(1, depth - 1)
            self.indent -= 1
        self.emit("}")

    # ----- slices and strings ---------------------------------------------------------
    def slice_var(self):
        return self.writable(T.is_slice)

    def s_append(self) -> None:
        v = self.slice_var()
        if not v:
            return self.s_decl()
        et = T.elem(v.type)
        r = self.rng.random()
        if r < 0.6:
            items = ", ".join(self.e(et, 1) for _ in range(self.rng.randint(1, 3)))
            self.emit(f"{v.name} = append({v.name}, {items})")
        elif r < 0.8:
            other = self.var_of(v.type) or v
            self.emit(f"{v.name} = append({v.name}, {other.name}...)")
        elif et in ("byte", "uint8") and "strings" in self.f:
            self.emit(f"{v.name} = append({v.name}, {self.e('string', 1)}...)")
        else:
            self.emit(f"{v.name} = append({v.name}[:0:0], {v.name}...)")
        if self.chance(0.3):   # gc's growth formula and size classes show in cap
            self.emit(f"println({self.tag()}, len({v.name}), cap({v.name}))")
        self.emit(f"if len({v.name}) > {MAX_LEN} {{")
        self.emit(f"\t{v.name} = {v.name}[:{MAX_LEN // 2}]")
        self.emit("}")

    def s_copy(self) -> None:
        v = self.slice_var()
        if not v:
            return self.s_decl()
        w = self.var_of(v.type) or v
        n = self.fresh()
        self.emit(f"{n} := copy({v.name}, {w.name})")
        self.declare(n, "int")

    def s_reslice(self) -> None:
        v = self.slice_var()
        if not v:
            return self.s_decl()
        name = "cut" + T.ident(v.type)
        self.helper(name, f"func {name}(s {v.type}, i, j, k int) {v.type} {{\n"
                          f"\tk = {self.ix_helper()}(k, cap(s)+1)\n\tj = ix(j, k+1)\n\ti = ix(i, j+1)\n"
                          f"\treturn s[i:j:k]\n}}")
        self.emit(f"{v.name} = {name}({v.name}, {self.e('int', 1)}, {self.e('int', 1)}, {self.e('int', 1)})")
        self.emit(f"println({self.tag()}, len({v.name}), cap({v.name}))")

    def s_store(self) -> None:
        v = self.writable(lambda t: T.is_slice(t) or T.is_array(t))
        if not v:
            return self.s_decl()
        n = f"len({v.name})"
        self.emit(f"if {n} > 0 {{")
        self.emit(f"\t{v.name}[{self.ix_helper()}({self.e('int', 1)}, {n})] = {self.e(T.elem(v.type), 1)}")
        self.emit("}")

    def s_string_index(self) -> None:
        s = self.e("string", 1)
        n = self.fresh()
        self.emit(f"{n} := {s}")
        self.emit(f"if len({n}) > 0 {{")
        self.emit(f"\tprintln({self.tag()}, {n}[{self.ix_helper()}({self.e('int', 1)}, len({n}))], {n} < {self.e('string', 1)})")
        self.emit("}")
        self.declare(n, "string")

    # ----- closures -------------------------------------------------------------------
    def func_type(self) -> str:
        ps = [self.scalar() for _ in range(self.rng.randint(0, 2))]
        return f"func({', '.join(ps)}) {self.scalar()}"

    def s_closure(self, depth: int) -> None:
        t = self.func_type()
        name = self.fresh("c")
        code, cost = self.closure_code(t, depth)
        self.emit(f"{name} := {code}")
        self.declare(name, t, cost=cost)
        self.emit(f"_ = {name}")

    def s_closures_in_loop(self) -> None:
        """Closures made in a loop share its variable (one per loop in go 1.19)."""
        fs, i, f = self.fresh("fs"), self.fresh("i"), self.fresh("f")
        v = self.var_of("int")
        extra = f" + {v.name}" if v else ""
        self.emit(f"var {fs} []func() int")
        self.emit(f"for {i} := 0; {i} < {self.rng.randint(1, 4)}; {i}++ {{")
        self.emit(f"	{fs} = append({fs}, func() int {{ return {i}*{self.rng.randint(2, 9)}{extra} }})")
        self.emit("}")
        self.emit(f"for _, {f} := range {fs} {{")
        self.emit(f"	println({self.tag()}, {f}())")
        self.emit("}")

    def closure_literal(self, t: str) -> str:
        return self.closure_code(t, 1)[0]

    def closure_code(self, t: str, depth: int) -> tuple[str, int]:
        """A function literal of type t; its body may read and assign captured variables."""
        params = [p.strip() for p in t[5:t.index(")")].split(",") if p.strip()]
        result = t[t.rindex(" ") + 1:]
        names = [self.fresh("p") for _ in params]
        saved_ctx, saved_lines, saved_indent = self.ctx, self.lines, self.indent
        self.ctx = Ctx(result, in_closure=True)
        self.lines, self.indent = [], 1
        saved_base, self.literal_base = self.literal_base, len(self.scopes)
        self.scopes.append([])
        for n, p in zip(names, params):
            self.declare(n, p)
        for _ in range(self.rng.randint(1, 3)):
            self.stmt(min(depth, 1))
        ret = self.e(result)
        self.close_scope()
        self.emit(f"return {ret}")
        self.literal_base = saved_base
        body, cost = self.lines, self.ctx.cost + 1
        self.ctx, self.lines = saved_ctx, saved_lines
        pad = "\t" * saved_indent
        sig = ", ".join(f"{n} {p}" for n, p in zip(names, params))
        code = f"func({sig}) {result} {{\n" + "\n".join(pad + l for l in body) + f"\n{pad}}}"
        self.indent = saved_indent
        return code, cost

    # ----- defer / recover ------------------------------------------------------------
    def recover_printer(self) -> str:
        # run-time errors (division by zero, bounds, nil map, failed assertions) are errors
        error_case = ("\tcase error:\n\t\tprintln(tag, \"error:\", v.Error())\n"
                      if "avoid-rterror" not in self.f else "")
        if "methods" in self.f:   # the user error type E (features.py)
            error_case = "\tcase E:\n\t\tprintln(tag, \"E:\", v.Error(), v.code)\n" + error_case
        return self.helper("report", "func report(tag string, r any) {\n\tswitch v := r.(type) {\n"
                                     "\tcase nil:\n\t\tprintln(tag, \"no panic\")\n"
                                     "\tcase string:\n\t\tprintln(tag, \"panic string:\", v)\n"
                                     "\tcase int:\n\t\tprintln(tag, \"panic int:\", v)\n"
                                     f"{error_case}\tdefault:\n\t\tprintln(tag, \"panic other\")\n\t}}\n}}")

    def s_recover_block(self, depth: int) -> None:
        """A call that may panic (on purpose or through a run-time error) and recovers."""
        rep = self.recover_printer()
        self.emit("func() {")
        self.indent += 1
        self.emit(f"defer func() {{ {rep}({self.tag()}, recover()) }}()")
        saved_base, self.literal_base = self.literal_base, len(self.scopes)
        self.scopes.append([])
        saved, self.ctx.loop_depth = self.ctx.loop_depth, 0   # no break out of a func literal
        for _ in range(self.rng.randint(0, 2)):
            self.stmt(0)
        self.risky()
        self.ctx.loop_depth = saved
        self.literal_base = saved_base
        self.close_scope()
        self.indent -= 1
        self.emit("}()")

    def risky(self) -> None:
        kinds = ["panic", "panicint", "indirect", "repanic"]
        if "closures" in self.f:
            kinds.append("nilfunc")
        if "divs" in self.f:
            kinds.append("div0")
        if "shifts" in self.f:
            kinds.append("negshift")
        if "slices" in self.f:
            kinds += ["index", "slicebounds"]
        if "strings" in self.f:
            kinds.append("strindex")
        kinds += self.extra_risky()
        k = self.rng.choice(kinds)
        cond = self.e("bool", 1)
        if k == "panic":
            self.emit(f"if {cond} {{\n{chr(9) * (self.indent + 1)}panic({self.e('string', 1)})\n{chr(9) * self.indent}}}")
        elif k == "panicint":
            self.emit(f"panic({self.e('int', 1)})")
        elif k == "div0":
            t = self.rng.choice(T.INTS)
            z = self.fresh("z")
            self.emit(f"{z} := {t}({self.rng.choice([0, 0, 1])})")
            self.emit(f"println({self.tag()}, {self.e(t, 1)} {self.rng.choice(['/', '%'])} {z})")
        elif k == "negshift":
            s = self.rng.choice(list(T.SIGNED))
            n = self.fresh("n")
            self.emit(f"{n} := {s}({self.rng.choice([-1, -64, 3, 0])})")
            self.emit(f"println({self.tag()}, {self.nc(self.rng.choice(T.INTS), 1)} << {n})")
        elif k == "index":
            t = self.rng.choice(["[]int", "[]string" if "strings" in self.f else "[]int8"])
            s = self.fresh("s")
            self.emit(f"{s} := {self.composite_expr(t, 1)}")
            self.emit(f"println({self.tag()}, {s}[{self.rng.randint(0, 5)}])")
        elif k == "slicebounds":
            s = self.fresh("s")
            self.emit(f"{s} := make([]int, {self.rng.randint(0, 3)}, {self.rng.randint(3, 6)})")
            a = self.fresh("a")
            self.emit(f"{a} := {self.rng.randint(0, 8)}")
            self.emit(f"println({self.tag()}, len({s}[{a}:]), len({s}[:{a}]), len({s}[:{a}:{a}]))")
        elif k == "indirect":   # recover only stops a panic when the deferred call makes it
            name = self.helper("recoverIndirect", "func recoverIndirect() any { return recover() }")
            self.emit("func() {")
            self.emit(f"\tdefer func() {{ println({self.tag()}, {name}() == nil) }}()")
            self.emit(f"\tpanic({self.e('string', 1) if 'strings' in self.f else self.e('int', 1)})")
            self.emit("}()")
        elif k == "repanic":    # a deferred call recovers and panics again with a new value
            self.emit("func() {")
            self.emit("\tdefer func() {")
            self.emit(f"\t\t{self.recover_printer()}({self.tag()}, recover())")
            self.emit(f"\t\tpanic({self.e('int', 1)})")
            self.emit("\t}()")
            self.indent += 1
            self.risky_panic()
            self.indent -= 1
            self.emit("}()")
        elif k == "nilfunc":
            f = self.fresh("fn")
            self.emit(f"var {f} func(int) int")
            self.emit(f"if {self.e('bool', 1)} {{\n{chr(9) * (self.indent + 1)}{f} = func(x int) int {{ return x + 1 }}\n"
                      f"{chr(9) * self.indent}}}")
            self.emit(f"println({self.tag()}, {f}({self.e('int', 1)}))")
        elif k == "strindex":
            s = self.fresh("s")
            self.emit(f"{s} := {self.e('string', 1)}")
            self.emit(f"println({self.tag()}, {s}[{self.rng.randint(0, 6)}])")
        else:
            self.extra_risky_emit(k)

    def risky_panic(self) -> None:
        """A panic for sure: an explicit one or a run-time error."""
        if "divs" in self.f and self.chance(0.5):
            z = self.fresh("z")
            self.emit(f"{z} := {self.rng.choice(T.INTS)}(0)")
            self.emit(f"println({self.tag()}, {z} / {z})")
        else:
            self.emit(f"panic({self.e('string', 1) if 'strings' in self.f else self.e('int', 1)})")

    def extra_risky(self) -> list[str]:
        return []

    def extra_risky_emit(self, kind: str) -> None:
        raise NotImplementedError(kind)

    def s_defer(self) -> None:
        if self.ctx.loop_depth > 1 or self.ctx.mult > 8:
            return self.s_print()
        vs = [v.name for v in self.visible(lambda v: self.printable(v.type))][:3]
        if self.chance(0.5) or not vs:
            self.emit(f"defer println({', '.join([self.tag()] + vs)})")
        else:   # the deferred closure sees the variables' values at function exit
            self.emit(f"defer func() {{ println({', '.join([self.tag()] + vs)}) }}()")

    # ----- functions ------------------------------------------------------------------
    def function(self, name: str, params: list[str], result: str, depth: int, nstmts: int) -> Func:
        names = [self.fresh("a") for _ in params]
        sig = ", ".join(f"{n} {p}" for n, p in zip(names, params))
        named = "defer" in self.f and self.chance(0.3)
        self.ctx = Ctx(result)
        self.indent = 1
        self.lines = []
        self.scopes.append([])
        for n, p in zip(names, params):
            self.declare(n, p)
        if named:   # a deferred closure that recovers and changes the named result
            res = self.fresh("res")
            if not (result.startswith("*") and "avoid-nil-value-receiver" in self.f):
                self.declare(res, result)   # nil pointers are receivers and get read then
            self.emit("defer func() {")
            self.emit(f"\tif r := recover(); r != nil {{")
            self.emit(f"\t\t{self.recover_printer()}({self.tag()}, r)")
            # a pointer result must not stay nil: the caller dereferences it
            value = f"new({result[1:]})" if result.startswith("*") else self.e(result, 1)
            self.emit(f"\t\t{res} = {value}")
            self.emit("\t}")
            self.emit("}()")
        for _ in range(nstmts):
            if self.ctx.cost > BUDGET:
                break
            self.stmt(depth)
        if named and self.chance(0.5):
            self.emit(f"if {self.e('bool', 1)} {{")
            self.emit(f"\tpanic({self.e('string', 1) if 'strings' in self.f else self.e('int', 1)})")
            self.emit("}")
        ret = self.e(result)
        self.close_scope()
        self.emit(f"return {ret}")
        body = self.lines
        head = f"func {name}({sig}) ({res} {result}) {{" if named else f"func {name}({sig}) {result} {{"
        fn = Func(name, params, result, self.ctx.cost + 1)
        self.func_text.append("\n".join([head] + body + ["}"]))
        return fn
