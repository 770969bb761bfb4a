"""Named types and the features built on them: structs (nested, embedded, compared,
copied), pointers, methods (value and pointer receivers, promoted, method values and
expressions), interfaces (method sets, assertions, type switches, comparisons), maps
(printed in sorted key order) and arrays as values; generics are in generics.py."""

from __future__ import annotations

import gotypes as T
from generics import Generics
from stmts import Stmts

TAB = "\t"


class Features(Generics, Stmts):
    def setup_types(self) -> None:
        # struct name -> its fields as selector paths ("f1", "f2.f0", "S0.f1") and types
        self.structs: dict[str, list[tuple[str, str]]] = {}
        self.embeds: dict[str, str] = {}            # struct -> the struct it embeds
        self.methods: dict[str, list[str]] = {}     # struct -> value methods, promoted ones too
        self.decls: list[str] = []
        if "structs" in self.f:
            for k in range(self.rng.randint(1, 3)):
                name = f"S{k}"
                fields = [(f"f{j}", self.field_type()) for j in range(self.rng.randint(1, 4))]
                flat = list(fields)
                for n, t in fields:    # a field of struct type: its fields by path
                    if t in self.structs:
                        flat += [(f"{n}.{m}", mt) for m, mt in self.structs[t]]
                body = "\n".join(f"\t{n} {t}" for n, t in fields)
                if k > 0 and self.chance(0.5):   # an embedded struct: promoted fields and methods
                    inner = f"S{k - 1}"
                    body += f"\n\t{inner}"
                    self.embeds[name] = inner
                    flat += [(f"{inner}.{n}", t) for n, t in self.structs[inner]]
                self.structs[name] = flat
                self.decls.append(f"type {name} struct {{\n{body}\n}}")
        if "methods" in self.f and self.structs:
            self.method_decls()
        if "interfaces" in self.f:
            self.decls.append("type Num int\n\nfunc (n Num) Get() int { return int(n) * 3 }")
            self.decls.append("type Getter interface {\n\tGet() int\n}")
            if self.has_bumper():   # only pointers to structs have Bump in their method set
                self.decls.append("type Bumper interface {\n\tGetter\n\tBump(d int)\n}")
        if "methods" in self.f:   # a user error type, panicked with and recovered
            self.decls.append("type E struct {\n\tcode int\n}\n\n"
                              "func (e E) Error() string {\n\tif e.code < 0 {\n\t\treturn \"E-\"\n\t}\n"
                              "\treturn \"E\" + string(rune('a'+e.code%26))\n}")
        if "generics" in self.f:
            self.generic_decls()

    def has_bumper(self) -> bool:
        return bool(self.structs) and {"methods", "pointers", "interfaces"} <= self.f

    def field_type(self) -> str:
        t = self.elem_type()
        if "arrays" in self.f and self.chance(0.2):
            return f"[2]{t}"
        return t

    def extra_types(self) -> list[str]:
        ts = list(getattr(self, "structs", {}))
        if "pointers" in self.f:
            ts += ["*" + s for s in ts]
        if "interfaces" in self.f:
            ts += ["any", "Getter"]
        if self.has_bumper():
            ts.append("Bumper")
        if "generics" in self.f:
            ts += self.generic_types()
        return ts

    def boxable_structs(self) -> list[str]:
        """Structs that may be stored in interfaces (which get compared)."""
        if "avoid-iface-float-eq" not in self.f:
            return list(self.structs)
        return [s for s, fs in self.structs.items()
                if not any(T.is_float(ft) or T.is_complex(ft) or "float" in ft or "complex" in ft
                           for _, ft in fs)]

    def struct_of(self, t: str) -> str | None:
        """The struct type t is or points to."""
        s = t[1:] if t.startswith("*") else t
        return s if s in self.structs else None

    # ----- declarations -----------------------------------------------------------------
    def method_decls(self) -> None:
        for k, (s, fields) in enumerate(self.structs.items()):
            ints = [(n, t) for n, t in fields if T.is_int(t if t != "byte" else "uint8")]
            if ints:
                n, t = self.rng.choice(ints)
                self.decls.append(f"func (s {s}) Get() int {{ return int(s.{n}) + {len(fields)} }}")
                self.decls.append(f"func (s *{s}) Bump(d int) {{ s.{n} += {t}(d) }}")
            else:
                self.decls.append(f"func (s {s}) Get() int {{ return {len(fields)} }}")
                self.decls.append(f"func (s *{s}) Bump(d int) {{ _ = d }}")
            # Hk is never shadowed: a struct embedding Sk promotes it, and s.Get() in it is
            # Sk's own Get, not the outer struct's
            self.decls.append(f"func (s {s}) H{k}() int {{ return {k * 10 + 1} * s.Get() }}")
        for s in self.structs:
            names, inner = ["Get", "H" + s[1:]], self.embeds.get(s)
            while inner:
                names.append("H" + inner[1:])
                inner = self.embeds.get(inner)
            self.methods[s] = names

    # ----- expressions of named types -----------------------------------------------------
    def named_value(self, t: str, d: int) -> str:
        if t in self.structs:
            fields = [(n, ft) for n, ft in self.structs[t] if "." not in n]
            if self.chance(0.3):
                return f"{t}{{}}"
            if self.chance(0.3):   # positional, with the embedded struct too
                vals = [self.e(ft, 1) for _, ft in fields]
                if t in self.embeds:
                    vals.append(self.e(self.embeds[t], 1))
                return f"{t}{{{', '.join(vals)}}}"
            return f"{t}{{" + ", ".join(f"{n}: {self.e(ft, 1)}" for n, ft in fields) + "}"
        if t.startswith("*"):
            v = self.var_of(t[1:])
            if v and self.chance(0.6):
                return f"&{v.name}"
            return f"&{self.named_value(t[1:], d)}" if self.chance(0.5) else f"new({t[1:]})"
        if t == "any":
            sts = ["int", "string" if "strings" in self.f else "int8", "bool", "uint8", "Num"]
            if "floats" in self.f:
                sts.append("float64")
            boxable = self.boxable_structs()
            if boxable:
                sts.append(self.rng.choice(boxable))
            st = self.rng.choice(sts)
            if st == "Num":
                return f"any(Num({self.nc('int', 1)}))"
            if st in self.structs:
                return f"any({self.named_value(st, d)})"
            return f"any({self.nc(st, 1)})"
        if t == "Getter":
            r = self.rng.random()
            if self.boxable_structs() and "methods" in self.f and r < 0.4:
                return self.named_value(self.rng.choice(self.boxable_structs()), d)
            if self.has_bumper() and r < 0.6:   # *S has Get too: its method set holds S's
                return self.named_value("Bumper", d)
            return f"Num({self.nc('int', 1)})"
        if t == "Bumper":
            return self.named_value("*" + self.rng.choice(list(self.structs)), d)
        if t.startswith("Stack[") or t.startswith("Pair["):
            return self.generic_value(t)
        raise ValueError(t)

    def extra_exprs(self, t: str, d: int) -> list:
        opts = []
        if d <= 0:
            return opts
        if self.structs:
            opts.append((2, lambda: self.field_read(t)))
        if "maps" in self.f and T.is_int(t):
            opts.append((1, lambda: self.map_read(t, d)))
        if "methods" in self.f and t == "int":
            opts.append((4, lambda: self.method_call(d)))
        if "interfaces" in self.f and t in ("int", "bool"):
            opts.append((1, lambda: self.iface_expr(t)))
        if "interfaces" in self.f and t == "bool":
            opts.append((1, self.iface_compare))
        if "pointers" in self.f and t == "bool":
            opts.append((1, self.pointer_compare))
        if "generics" in self.f and T.is_int(t):
            opts.append((2, lambda: self.generic_call(t, d)))
        if "generics" in self.f and t == "string":
            opts.append((1, lambda: (f"gMax({self.e(t, d - 1)}, {self.e(t, d - 1)})", False)))
        if "generics" in self.f and t == "bool":
            opts.append((1, self.generic_bool))
        if "structs" in self.f and t == "bool":
            opts.append((1, self.struct_compare))
        return opts

    def field_read(self, t: str):
        cands = []
        for v in self.visible(lambda v: self.struct_of(v.type)):
            for n, ft in self.structs[self.struct_of(v.type)]:
                ft = "uint8" if ft == "byte" else ft
                if ft == t:
                    cands.append(f"{v.name}.{n}")
                elif T.is_array(ft) and T.elem(ft).replace("byte", "uint8") == t:
                    cands.append(f"{v.name}.{n}[{self.ix_helper()}({self.e('int', 0)}, 2)]")
        return (self.rng.choice(cands), False) if cands else None

    def struct_compare(self):
        vs = self.visible(lambda v: v.type in self.structs or (T.is_array(v.type) and T.elem(v.type) in self.structs))
        if not vs:
            return None
        v = self.rng.choice(vs)
        return f"({v.name} {self.rng.choice(['==', '!='])} {self.composite_expr(v.type, 1)})", False

    def pointer_compare(self):
        vs = self.visible(lambda v: v.type.startswith("*"))
        if not vs:
            return None
        v = self.rng.choice(vs)
        w = self.var_of(v.type) or v
        other = self.rng.choice([w.name, "nil", f"new({v.type[1:]})"])
        return f"({v.name} {self.rng.choice(['==', '!='])} {other})", False

    def method_call(self, d: int):
        vs = self.visible(lambda v: self.struct_of(v.type) or v.type in ("Getter", "Bumper"))
        if not vs:
            return None
        v = self.rng.choice(vs)
        s = self.struct_of(v.type)
        r = self.rng.random()
        if r < 0.15:   # a method value: the receiver is evaluated (copied) when it is bound
            m = self.fresh("m")
            return f"func() int {{ {m} := {v.name}.Get; return {m}() }}()", False
        if r < 0.3 and s:   # a method expression
            recv = s if v.type == s else f"(*{s})"
            return f"{recv}.Get({v.name})", False
        if r < 0.6 and s:   # Hk, maybe promoted through embedded structs
            names = self.methods[s][1:2] if "avoid-promoted-methods" in self.f else self.methods[s][1:]
            return f"{v.name}.{self.rng.choice(names)}()", False
        return f"{v.name}.Get()", False

    def iface_expr(self, t: str):
        vs = self.visible(lambda v: v.type == "any")
        if not vs:
            return None
        v = self.rng.choice(vs)
        if t == "bool":
            st = self.rng.choice(["int", "bool", "string", "uint8", "Getter", "Num"] + list(self.structs))
            return f"func() bool {{ _, ok := {v.name}.({st}); return ok }}()", False
        name = self.helper("ifaceInt", "func ifaceInt(x any) int {\n\tswitch v := x.(type) {\n"
                                       "\tcase int:\n\t\treturn v\n\tcase string:\n\t\treturn len(v) + 1000\n"
                                       "\tcase bool:\n\t\tif v {\n\t\t\treturn 1\n\t\t}\n\t\treturn 2\n"
                                       "\tcase uint8, int8:\n\t\treturn 3\n\tcase Getter:\n"
                                       "\t\treturn v.Get() + 100\n\tcase nil:\n\t\treturn -1\n"
                                       "\t}\n\treturn -2\n}")
        return f"{name}({v.name})", False

    def iface_compare(self):
        """== on interfaces: same dynamic type and equal values (all of them comparable)."""
        vs = self.visible(lambda v: v.type in ("any", "Getter", "Bumper"))
        if not vs:
            return None
        v = self.rng.choice(vs)
        w = self.var_of(v.type) if self.chance(0.5) else None
        other = w.name if w else self.named_value(v.type, 1)
        if v.type == "any" and self.chance(0.3):
            other = self.rng.choice(["nil", f"any({self.nc('int', 1)})"])
        return f"({v.name} {self.rng.choice(['==', '!='])} {other})", False

    def map_read(self, t: str, d: int):
        vs = self.visible(lambda v: T.is_map(v.type) and T.map_kv(v.type)[1].replace("byte", "uint8") == t)
        if not vs:
            return None
        v = self.rng.choice(vs)
        k, _ = T.map_kv(v.type)
        if self.chance(0.3):
            return f"{t}(len({v.name}))", False
        return f"{v.name}[{self.e(k, d - 1)}]", False

    # ----- statements on named types ------------------------------------------------------
    def extra_stmts(self, depth: int) -> list:
        opts = []
        if self.structs:
            opts += [(2, self.s_field_store), (1, self.s_print_struct), (1, self.s_struct_copy)]
        if "methods" in self.f and self.structs:
            opts.append((2, self.s_bump))
        if "pointers" in self.f:
            opts.append((2, self.s_pointer_alias))
        if "maps" in self.f:
            opts += [(3, self.s_map_store), (1, self.s_map_delete), (1, self.s_map_lookup),
                     (2, self.s_map_print)]
        if "interfaces" in self.f:
            opts += [(1, self.s_type_switch), (1, self.s_assert_iface)]
        if "arrays" in self.f:
            opts.append((1, self.s_array_copy))
        if "generics" in self.f:
            opts.append((1, self.s_stack))
        return opts

    def s_field_store(self) -> None:
        vs = self.visible(lambda v: self.struct_of(v.type) and not v.readonly)
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        n, ft = self.rng.choice(self.structs[self.struct_of(v.type)])
        if T.is_array(ft):
            self.emit(f"{v.name}.{n}[{self.ix_helper()}({self.e('int', 1)}, 2)] = {self.e(T.elem(ft), 1)}")
        else:
            self.emit(f"{v.name}.{n} = {self.e(ft, 1)}")

    def printable_fields(self, s: str) -> list[str]:
        return [n for n, ft in self.structs[s] if self.printable(ft)]

    def s_print_struct(self) -> None:
        vs = self.visible(lambda v: self.struct_of(v.type))
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        parts = [f"{v.name}.{n}" for n in self.printable_fields(self.struct_of(v.type))]
        self.emit(f"println({', '.join([self.tag()] + parts)})")

    def s_struct_copy(self) -> None:
        """Assignment copies a struct (through a pointer too): the copy changes alone."""
        vs = self.visible(lambda v: self.struct_of(v.type))
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        s = self.struct_of(v.type)
        src = v.name if v.type == s else f"(*{v.name})"
        c = self.fresh("c")
        self.emit(f"{c} := {src}")
        n, ft = self.rng.choice(self.structs[s])
        if T.is_array(ft):
            self.emit(f"{c}.{n}[{self.ix_helper()}({self.e('int', 1)}, 2)] = {self.e(T.elem(ft), 1)}")
        else:
            self.emit(f"{c}.{n} = {self.e(ft, 1)}")
        shown = [f"{x}.{f}" for f in self.printable_fields(s)[:2] for x in (c, src)]
        self.emit(f"println({', '.join([self.tag(), f'{c} == {src}'] + shown)})")
        self.declare(c, s)

    def s_pointer_alias(self) -> None:
        """p := &x (a variable, a field or an array element); writes through p show in x."""
        r = self.rng.random()
        target = None
        if r < 0.4:
            vs = [v for v in self.visible(lambda v: self.printable(v.type) and not v.readonly)
                  if self.addressable_here(v)]
            if vs:
                v = self.rng.choice(vs)
                target, t = v.name, v.type
        elif r < 0.7:
            vs = [v for v in self.visible(lambda v: self.struct_of(v.type) and not v.readonly)
                  if self.addressable_here(v)]
            if vs:
                v = self.rng.choice(vs)
                fs = [(n, ft) for n, ft in self.structs[self.struct_of(v.type)] if self.printable(ft)]
                if fs:
                    n, t = self.rng.choice(fs)
                    target = f"{v.name}.{n}"
        else:
            vs = [v for v in self.visible(lambda v: T.is_array(v.type) and self.printable(T.elem(v.type))
                                          and not v.readonly) if self.addressable_here(v)]
            v = self.rng.choice(vs) if vs else None
            if v:
                target, t = f"{v.name}[{self.ix_helper()}({self.e('int', 1)}, {T.array_len(v.type)})]", T.elem(v.type)
        if target is None:
            return self.s_assign()
        t = "uint8" if t == "byte" else t
        p = self.fresh("p")
        self.emit(f"{p} := &{target}")
        if T.is_numeric(t) and self.chance(0.5):
            self.emit(f"*{p} {self.rng.choice(['+=', '-=', '*='])} {self.e(t, 1)}")
        else:
            code = self.e(t, 1)
            self.emit(f"*{p} = {self.clamp_string(code) if t == 'string' else code}")
        self.emit(f"println({self.tag()}, *{p}, {p} == &{target} || {p} == nil)")

    def addressable_here(self, v) -> bool:
        """Whether s_pointer_alias may take &v (avoid-closure-addr: not of captured variables)."""
        if "avoid-closure-addr" not in self.f or self.literal_base == 0:
            return True
        return any(v is x for scope in [self.scopes[0]] + self.scopes[self.literal_base:] for x in scope)

    def s_bump(self) -> None:
        vs = self.visible(lambda v: (self.struct_of(v.type) or v.type == "Bumper") and not v.readonly)
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        if self.chance(0.3):   # a method value binds the receiver's address now
            m = self.fresh("m")
            self.emit(f"{m} := {v.name}.Bump")
            self.emit(f"{m}({self.e('int', 1)})")
        elif self.chance(0.2) and v.type != "Bumper":   # a method expression
            s = self.struct_of(v.type)
            self.emit(f"(*{s}).Bump({'&' if v.type == s else ''}{v.name}, {self.e('int', 1)})")
        else:
            self.emit(f"{v.name}.Bump({self.e('int', 1)})")
        if v.type == "Bumper":
            self.emit(f"println({self.tag()}, {v.name}.Get())")

    def s_map_store(self) -> None:
        v = self.writable(T.is_map)
        if not v:
            return self.s_decl()
        k, val = T.map_kv(v.type)
        if self.chance(0.3) and T.is_int(val.replace("byte", "uint8")):
            self.emit(f"{v.name}[{self.e(k, 1)}] {self.rng.choice(['+=', '|=', '-='])} {self.e(val, 1)}")
        else:
            self.emit(f"{v.name}[{self.e(k, 1)}] = {self.e(val, 1)}")

    def s_map_delete(self) -> None:
        v = self.writable(T.is_map)
        if not v:
            return self.s_decl()
        if self.chance(0.3):   # deleting while ranging is allowed
            k = self.fresh("k")
            self.emit(f"for {k} := range {v.name} {{")
            self.emit(f"\tif {self.e('bool', 0)} {{\n{TAB * (self.indent + 2)}delete({v.name}, {k})\n{TAB * (self.indent + 1)}}}")
            self.emit("}")
        else:
            self.emit(f"delete({v.name}, {self.e(T.map_kv(v.type)[0], 1)})")

    def s_map_lookup(self) -> None:
        vs = self.visible(lambda v: T.is_map(v.type))
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        k, val = T.map_kv(v.type)
        x, ok = self.fresh(), self.fresh("ok")
        self.emit(f"{x}, {ok} := {v.name}[{self.e(k, 1)}]")
        if self.printable(val):
            self.emit(f"println({self.tag()}, {x}, {ok}, len({v.name}))")
        elif val in self.structs:
            self.emit(f"println({self.tag()}, {x} == {val}{{}}, {ok}, len({v.name}))")
        else:
            self.emit(f"println({self.tag()}, {ok}, len({v.name}))")
            self.emit(f"_ = {x}")

    def s_map_print(self) -> None:
        vs = self.visible(lambda v: T.is_map(v.type))
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        k, val = T.map_kv(v.type)
        name = "printMap" + T.ident(v.type)
        shown = "m[k]" if self.printable(val) else "\"?\""
        self.helper(name, f"func {name}(m {v.type}) {{\n\tkeys := make([]{k}, 0, len(m))\n"
                          f"\tfor k := range m {{\n\t\tkeys = append(keys, k)\n\t}}\n"
                          f"\tfor i := 1; i < len(keys); i++ {{\n"
                          f"\t\tfor j := i; j > 0 && keys[j] < keys[j-1]; j-- {{\n"
                          f"\t\t\tkeys[j], keys[j-1] = keys[j-1], keys[j]\n\t\t}}\n\t}}\n"
                          f"\tfor _, k := range keys {{\n\t\tprint(k, \":\", {shown}, \" \")\n\t}}\n"
                          f"\tprintln(len(m))\n}}")
        self.emit(f"print({self.tag()}, \" \")")
        self.emit(f"{name}({v.name})")

    def s_type_switch(self) -> None:
        vs = self.visible(lambda v: v.type in ("any", "Getter", "Bumper"))
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        tag = self.tag()
        ind = TAB * self.indent
        if v.type in ("Getter", "Bumper"):
            self.emit(f"switch g := {v.name}.(type) {{")
            if v.type == "Getter":
                self.emit(f"case Num:\n{ind}\tprintln({tag}, \"Num\", int(g), g.Get())")
            for s in self.structs:
                if "methods" in self.f and v.type == "Getter":
                    self.emit(f"case {s}:\n{ind}\tprintln({tag}, \"{s}\", g.Get(), g.H{s[1:]}())")
                if self.has_bumper():
                    self.emit(f"case *{s}:\n{ind}\tprintln({tag}, \"*{s}\", g.Get(), g == nil)")
            self.emit(f"default:\n{ind}\tprintln({tag}, \"other\", g == nil)")
            self.emit("}")
            return
        self.emit(f"switch x := {v.name}.(type) {{")
        self.emit(f"case int, int8:\n{ind}\tprintln({tag}, \"int-ish\", x != nil)")
        self.emit(f"case string:\n{ind}\tprintln({tag}, \"string\", x)")
        self.emit(f"case bool:\n{ind}\tprintln({tag}, \"bool\", x)")
        if "floats" in self.f:
            self.emit(f"case float64:\n{ind}\tprintln({tag}, \"float64\", x)")
        self.emit(f"case Getter:\n{ind}\tprintln({tag}, \"Getter\", x.Get())")
        self.emit(f"case nil:\n{ind}\tprintln({tag}, \"nil\")")
        self.emit(f"default:\n{ind}\tprintln({tag}, \"other\")")
        self.emit("}")

    def s_assert_iface(self) -> None:
        """Comma-ok assertions to a concrete type and to an interface."""
        vs = self.visible(lambda v: v.type in ("any", "Getter", "Bumper"))
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        x, ok = self.fresh(), self.fresh("ok")
        # only types that could be in v: an impossible assertion does not compile
        targets = ["Getter"]
        if v.type != "Bumper":
            targets.append("Num")
            if v.type == "any" or "methods" in self.f:
                targets += list(self.structs)
        if v.type == "any":
            targets += ["int", "uint8"]
        if self.has_bumper():
            targets += ["Bumper"] + ["*" + s for s in self.structs]
        t = self.rng.choice([t for t in targets if t != v.type])
        self.emit(f"if {x}, {ok} := {v.name}.({t}); {ok} {{")
        if t in ("Getter", "Bumper", "Num") or (self.struct_of(t) and "methods" in self.f):
            use = f"{x}.Get()"
        elif self.struct_of(t):
            use = f"{x} == {x}"
        else:
            use = x
        self.emit(f"\tprintln({self.tag()}, {use})")
        self.emit("} else {")
        self.emit(f"\tprintln({self.tag()}, {ok}, {x} == {'nil' if t in ('Getter', 'Bumper') or t.startswith('*') else self.zero(t)})")
        self.emit("}")

    def zero(self, t: str) -> str:
        if t in self.structs:
            return f"{t}{{}}"
        return f"{t}(0)"

    def s_array_copy(self) -> None:
        vs = self.visible(lambda v: T.is_array(v.type) and not v.readonly)
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        c = self.fresh()
        self.emit(f"{c} := {v.name}")
        self.emit(f"{c}[{self.ix_helper()}({self.e('int', 1)}, {T.array_len(v.type)})] = {self.e(T.elem(v.type), 1)}")
        shown = f", {v.name}[0], {c}[0]" if self.printable(T.elem(v.type)) else ""
        self.emit(f"println({self.tag()}, {c} == {v.name}{shown})")
        self.declare(c, v.type)

    # ----- run-time errors of these features ----------------------------------------------
    def extra_risky(self) -> list[str]:
        ks = []
        if "maps" in self.f:
            ks.append("nilmap")
        if "pointers" in self.f and self.structs:
            ks.append("nilptr")
        if "interfaces" in self.f:
            ks += ["assert", "missingmethod", "uncomparable"]
            if "maps" in self.f:
                ks.append("unhashable")
        if "methods" in self.f:
            ks.append("usererror")
        return ks

    def extra_risky_emit(self, kind: str) -> None:
        if kind == "nilmap":
            m = self.fresh("m")
            self.emit(f"var {m} map[int]int")
            self.emit(f"println({self.tag()}, {m}[3], len({m}))")
            self.emit(f"{m}[{self.e('int', 1)}] = 1")
        elif kind == "nilptr":
            s = self.rng.choice(list(self.structs))
            p = self.fresh("p")
            self.emit(f"var {p} *{s}")
            self.emit(f"if {self.e('bool', 1)} {{\n{TAB * (self.indent + 1)}{p} = new({s})\n{TAB * self.indent}}}")
            fs = self.printable_fields(s)
            n = self.rng.choice(fs) if fs else ""
            self.emit(f"println({self.tag()}, {p}.{n})" if n else f"println({self.tag()}, *{p} == {s}{{}})")
        elif kind == "missingmethod":   # int has no Get: "int is not main.Getter: missing method Get"
            x = self.fresh("x")
            self.emit(f"var {x} any = {self.nc('int', 1)}")
            self.emit(f"println({self.tag()}, {x}.(Getter).Get())")
        elif kind == "uncomparable":   # == on interfaces holding slices panics
            x = self.fresh("x")
            self.emit(f"var {x} any = []int{{{self.e('int', 1)}}}")
            self.emit(f"println({self.tag()}, {x} == {x})")
        elif kind == "unhashable":
            m = self.fresh("m")
            self.emit(f"{m} := map[any]int{{}}")
            self.emit(f"{m}[{self.nc('int', 1)}] = 1")
            self.emit(f"{m}[[]int{{}}] = 2")
        elif kind == "usererror":
            self.emit(f"if {self.e('bool', 1)} {{\n{TAB * (self.indent + 1)}panic(E{{{self.e('int', 1)}}})\n"
                      f"{TAB * self.indent}}}")
            self.emit(f"panic(error(E{{{self.nc('int', 1)}}}))")
        else:
            x = self.fresh("x")
            self.emit(f"var {x} any = {self.nc('int', 1)}")
            self.emit(f"println({self.tag()}, {x}.({self.rng.choice(['int', 'string', 'int8'])}))")
