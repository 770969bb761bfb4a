"""Named types and the features built on them: structs, pointers, methods, interfaces,
maps (printed in sorted key order), arrays as values and generics."""

from __future__ import annotations

import gotypes as T
from stmts import Stmts


class Features(Stmts):
    def setup_types(self) -> None:
        self.structs: dict[str, list[tuple[str, str]]] = {}
        self.decls: list[str] = []
        if "structs" in self.f:
            for k in range(self.rng.randint(1, 3)):
                name = f"S{k}"
                fields = [(f"f{j}", self.field_type()) for j in range(self.rng.randint(1, 4))]
                self.structs[name] = fields
                body = "\n".join(f"\t{n} {t}" for n, t in fields)
                if k > 0 and self.chance(0.5):   # an embedded struct: promoted fields
                    inner = f"S{k - 1}"
                    body += f"\n\t{inner}"
                    self.structs[name] = fields + [(f"{inner}.{n}", t) for n, t in self.structs[inner]
                                                   if "." not in n]
                self.decls.append(f"type {name} struct {{\n{body}\n}}")
        if "methods" in self.f and self.structs:
            self.method_decls()
        if "interfaces" in self.f:
            self.decls.append("type Num int\n\nfunc (n Num) Get() int { return int(n) * 3 }")
            self.decls.append("type Getter interface {\n\tGet() int\n}")
        if "generics" in self.f:
            self.generic_decls()

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
        if "generics" in self.f:
            ts += ["Stack[int]", "Pair[string, int8]" if "strings" in self.f else "Pair[int, int8]"]
        return ts

    # ----- declarations -----------------------------------------------------------------
    def method_decls(self) -> None:
        for s, fields in self.structs.items():
            ints = [(n, t) for n, t in fields if T.is_int(t if t != "byte" else "uint8")]
            if ints:
                n, t = self.rng.choice(ints)
                self.decls.append(f"func (s {s}) Get() int {{ return int(s.{n}) + {len(fields)} }}")
                self.decls.append(f"func (s *{s}) Bump(d int) {{ s.{n} += {t}(d) }}")
            else:
                self.decls.append(f"func (s {s}) Get() int {{ return {len(fields)} }}")
                self.decls.append(f"func (s *{s}) Bump(d int) {{ _ = d }}")

    def generic_decls(self) -> None:
        self.decls.append("type Integer interface {\n\t~int | ~int8 | ~int16 | ~int32 | ~int64 | "
                          "~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr\n}")
        self.decls.append("type Ordered interface {\n\tInteger | ~string\n}")
        self.decls.append("func gAdd[T Integer](a, b T) T { return a + b }")
        self.decls.append("func gMax[T Ordered](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}")
        self.decls.append("func gShift[T Integer, U Integer](a T, s U) T { return a<<(s&15) ^ a>>(s&7) }")
        self.decls.append("func gSum[T Integer](xs []T) T {\n\tvar s T\n\tfor _, x := range xs {\n"
                          "\t\ts += x\n\t}\n\treturn s\n}")
        self.decls.append("func gIndex[T comparable](xs []T, x T) int {\n\tfor i, y := range xs {\n"
                          "\t\tif y == x {\n\t\t\treturn i\n\t\t}\n\t}\n\treturn -1\n}")
        self.decls.append("type Stack[T any] struct {\n\titems []T\n}\n\n"
                          "func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }\n\n"
                          "func (s *Stack[T]) Pop() (T, bool) {\n\tvar z T\n\tif len(s.items) == 0 {\n"
                          "\t\treturn z, false\n\t}\n\tz = s.items[len(s.items)-1]\n"
                          "\ts.items = s.items[:len(s.items)-1]\n\treturn z, true\n}\n\n"
                          "func (s Stack[T]) Len() int { return len(s.items) }")
        self.decls.append("type Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}\n\n"
                          "func (p Pair[K, V]) Swap() Pair[K, V] { return p }")

    # ----- expressions of named types -----------------------------------------------------
    def named_value(self, t: str, d: int) -> str:
        if t in self.structs:
            fields = [(n, ft) for n, ft in self.structs[t] if "." not in n]
            if self.chance(0.3):
                return f"{t}{{}}"
            return f"{t}{{" + ", ".join(f"{n}: {self.e(ft, 1)}" for n, ft in fields) + "}"
        if t.startswith("*"):
            v = self.var_of(t[1:])
            if v and self.chance(0.6):
                return f"&{v.name}"
            return f"&{self.named_value(t[1:], d)}" if self.chance(0.5) else f"new({t[1:]})"
        if t == "any":
            st = self.rng.choice(["int", "string" if "strings" in self.f else "int8", "bool", "uint8"])
            return f"any({self.nc(st, 1)})"
        if t == "Getter":
            if self.structs and "methods" in self.f and self.chance(0.5):
                return self.named_value(self.rng.choice(list(self.structs)), d)
            return f"Num({self.nc('int', 1)})"
        if t.startswith("Stack["):
            return f"{t}{{}}"
        if t.startswith("Pair["):
            k, v = t[5:-1].split(", ")
            return f"{t}{{{self.e(k, 1)}, {self.e(v, 1)}}}"
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
            opts.append((2, lambda: self.method_call(d)))
        if "interfaces" in self.f and t in ("int", "bool"):
            opts.append((1, lambda: self.iface_expr(t)))
        if "generics" in self.f and T.is_int(t):
            opts.append((2, lambda: self.generic_call(t, d)))
        if "generics" in self.f and t == "string":
            opts.append((1, lambda: (f"gMax({self.e(t, d - 1)}, {self.e(t, d - 1)})", False)))
        if "structs" in self.f and t == "bool":
            opts.append((1, self.struct_compare))
        return opts

    def field_read(self, t: str):
        cands = []
        for v in self.visible(lambda v: v.type.lstrip("*") in self.structs):
            for n, ft in self.structs[v.type.lstrip("*")]:
                ft = "uint8" if ft == "byte" else ft
                if ft == t:
                    cands.append(f"{v.name}.{n}")
                elif T.is_array(ft) and T.elem(ft).replace("byte", "uint8") == t:
                    cands.append(f"{v.name}.{n}[{self.ix_helper()}({self.e('int', 0)}, 2)]")
        return (self.rng.choice(cands), False) if cands else None

    def struct_compare(self):
        vs = self.visible(lambda v: v.type in self.structs)
        if not vs:
            return None
        v = self.rng.choice(vs)
        return f"({v.name} == {self.composite_expr(v.type, 1)})", False

    def method_call(self, d: int):
        vs = self.visible(lambda v: v.type.lstrip("*") in self.structs or v.type == "Getter")
        if not vs:
            return None
        v = self.rng.choice(vs)
        if self.chance(0.2) and v.type != "Getter":   # a method value, bound now
            return f"{v.name}.Get()", False
        return f"{v.name}.Get()", False

    def iface_expr(self, t: str):
        vs = self.visible(lambda v: v.type == "any")
        if not vs:
            return None
        v = self.rng.choice(vs)
        if t == "bool":
            st = self.rng.choice(["int", "bool", "string", "uint8"])
            return f"func() bool {{ _, ok := {v.name}.({st}); return ok }}()", False
        name = self.helper("ifaceInt", "func ifaceInt(x any) int {\n\tswitch v := x.(type) {\n"
                                       "\tcase int:\n\t\treturn v\n\tcase string:\n\t\treturn len(v) + 1000\n"
                                       "\tcase bool:\n\t\tif v {\n\t\t\treturn 1\n\t\t}\n\t\treturn 2\n"
                                       "\tcase uint8, int8:\n\t\treturn 3\n\tcase nil:\n\t\treturn -1\n"
                                       "\t}\n\treturn -2\n}")
        return f"{name}({v.name})", False

    def generic_call(self, t: str, d: int):
        r = self.rng.random()
        if r < 0.3:
            return f"gAdd({self.e(t, d - 1)}, {self.nc(t, d - 1)})", False
        if r < 0.5:
            return f"gMax[{t}]({self.e(t, d - 1)}, {self.e(t, d - 1)})", False
        if r < 0.7:
            return f"gShift({self.nc(t, d - 1)}, {self.nc(self.rng.choice(T.INTS), d - 1)})", False
        if r < 0.85:
            vs = self.visible(lambda v: v.type == f"[]{t}")
            if vs:
                return f"gSum({self.rng.choice(vs).name})", False
            return None
        if t == "int":
            vs = self.visible(lambda v: v.type.startswith("Stack["))
            if vs:
                return f"{self.rng.choice(vs).name}.Len()", False
        return None

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
            opts += [(2, self.s_field_store), (1, self.s_print_struct)]
        if "methods" in self.f and self.structs:
            opts.append((1, self.s_bump))
        if "maps" in self.f:
            opts += [(3, self.s_map_store), (1, self.s_map_delete), (1, self.s_map_lookup),
                     (2, self.s_map_print)]
        if "interfaces" in self.f:
            opts += [(1, self.s_type_switch)]
        if "arrays" in self.f:
            opts.append((1, self.s_array_copy))
        if "generics" in self.f:
            opts.append((1, self.s_stack))
        return opts

    def s_field_store(self) -> None:
        vs = self.visible(lambda v: v.type.lstrip("*") in self.structs and not v.readonly)
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        n, ft = self.rng.choice(self.structs[v.type.lstrip("*")])
        if T.is_array(ft):
            self.emit(f"{v.name}.{n}[{self.ix_helper()}({self.e('int', 1)}, 2)] = {self.e(T.elem(ft), 1)}")
        else:
            self.emit(f"{v.name}.{n} = {self.e(ft, 1)}")

    def s_print_struct(self) -> None:
        vs = self.visible(lambda v: v.type.lstrip("*") in self.structs)
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        parts = [f"{v.name}.{n}" for n, ft in self.structs[v.type.lstrip("*")] if not T.is_array(ft)]
        self.emit(f"println({', '.join([self.tag()] + parts)})")

    def s_bump(self) -> None:
        vs = self.visible(lambda v: v.type.lstrip("*") in self.structs and not v.readonly)
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        if self.chance(0.3):   # a method value binds the receiver's address now
            m = self.fresh("m")
            self.emit(f"{m} := {v.name}.Bump")
            self.emit(f"{m}({self.e('int', 1)})")
        else:
            self.emit(f"{v.name}.Bump({self.e('int', 1)})")

    def s_map_store(self) -> None:
        v = self.writable(T.is_map)
        if not v:
            return self.s_decl()
        k, val = T.map_kv(v.type)
        if self.chance(0.3) and T.is_int(val.replace("byte", "uint8")):
            self.emit(f"{v.name}[{self.e(k, 1)}] += {self.e(val, 1)}")
        else:
            self.emit(f"{v.name}[{self.e(k, 1)}] = {self.e(val, 1)}")

    def s_map_delete(self) -> None:
        v = self.writable(T.is_map)
        if not v:
            return self.s_decl()
        if self.chance(0.3):   # deleting while ranging is allowed
            k = self.fresh("k")
            self.emit(f"for {k} := range {v.name} {{")
            self.emit(f"\tif {self.e('bool', 0)} {{\n{chr(9) * (self.indent + 2)}delete({v.name}, {k})\n{chr(9) * (self.indent + 1)}}}")
            self.emit("}")
        else:
            self.emit(f"delete({v.name}, {self.e(T.map_kv(v.type)[0], 1)})")

    def s_map_lookup(self) -> None:
        vs = self.visible(lambda v: T.is_map(v.type))
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        x, ok = self.fresh(), self.fresh("ok")
        self.emit(f"{x}, {ok} := {v.name}[{self.e(T.map_kv(v.type)[0], 1)}]")
        self.emit(f"println({self.tag()}, {x}, {ok}, len({v.name}))")

    def s_map_print(self) -> None:
        vs = self.visible(lambda v: T.is_map(v.type))
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        k, val = T.map_kv(v.type)
        name = "printMap" + T.ident(v.type)
        self.helper(name, f"func {name}(m {v.type}) {{\n\tkeys := make([]{k}, 0, len(m))\n"
                          f"\tfor k := range m {{\n\t\tkeys = append(keys, k)\n\t}}\n"
                          f"\tfor i := 1; i < len(keys); i++ {{\n"
                          f"\t\tfor j := i; j > 0 && keys[j] < keys[j-1]; j-- {{\n"
                          f"\t\t\tkeys[j], keys[j-1] = keys[j-1], keys[j]\n\t\t}}\n\t}}\n"
                          f"\tfor _, k := range keys {{\n\t\tprint(k, \":\", m[k], \" \")\n\t}}\n"
                          f"\tprintln(len(m))\n}}")
        self.emit(f"print({self.tag()}, \" \")")
        self.emit(f"{name}({v.name})")

    def s_type_switch(self) -> None:
        vs = self.visible(lambda v: v.type in ("any", "Getter"))
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        tag = self.tag()
        if v.type == "Getter":
            self.emit(f"switch g := {v.name}.(type) {{")
            self.emit(f"case Num:\n{chr(9) * self.indent}\tprintln({tag}, \"Num\", int(g), g.Get())")
            for s in self.structs:
                if "methods" in self.f:
                    self.emit(f"case {s}:\n{chr(9) * self.indent}\tprintln({tag}, \"{s}\", g.Get())")
            self.emit(f"default:\n{chr(9) * self.indent}\tprintln({tag}, \"other\", g == nil)")
            self.emit("}")
            return
        self.emit(f"switch x := {v.name}.(type) {{")
        self.emit(f"case int, int8:\n{chr(9) * self.indent}\tprintln({tag}, \"int-ish\", x != nil)")
        self.emit(f"case string:\n{chr(9) * self.indent}\tprintln({tag}, \"string\", x)")
        self.emit(f"case bool:\n{chr(9) * self.indent}\tprintln({tag}, \"bool\", x)")
        self.emit(f"case nil:\n{chr(9) * self.indent}\tprintln({tag}, \"nil\")")
        self.emit(f"default:\n{chr(9) * self.indent}\tprintln({tag}, \"other\")")
        self.emit("}")

    def s_array_copy(self) -> None:
        vs = self.visible(lambda v: T.is_array(v.type) and not v.readonly)
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        c = self.fresh()
        self.emit(f"{c} := {v.name}")
        self.emit(f"{c}[{self.ix_helper()}({self.e('int', 1)}, {T.array_len(v.type)})] = {self.e(T.elem(v.type), 1)}")
        self.emit(f"println({self.tag()}, {c} == {v.name}, {v.name}[0], {c}[0])")
        self.declare(c, v.type)

    def s_stack(self) -> None:
        vs = self.visible(lambda v: v.type.startswith("Stack[") and not v.readonly)
        if not vs:
            return self.s_decl()
        v = self.rng.choice(vs)
        if self.chance(0.6):
            self.emit(f"{v.name}.Push({self.e('int', 1)})")
        else:
            x, ok = self.fresh(), self.fresh("ok")
            self.emit(f"{x}, {ok} := {v.name}.Pop()")
            self.emit(f"println({self.tag()}, {x}, {ok})")

    # ----- run-time errors of these features ----------------------------------------------
    def extra_risky(self) -> list[str]:
        ks = []
        if "maps" in self.f:
            ks.append("nilmap")
        if "pointers" in self.f and self.structs:
            ks.append("nilptr")
        if "interfaces" in self.f:
            ks.append("assert")
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
            self.emit(f"if {self.e('bool', 1)} {{\n{chr(9) * (self.indent + 1)}{p} = new({s})\n{chr(9) * self.indent}}}")
            n, _ = self.rng.choice([(n, t) for n, t in self.structs[s] if not T.is_array(t)] or [("", "")])
            self.emit(f"println({self.tag()}, {p}.{n})" if n else f"println({self.tag()}, *{p} == {s}{{}})")
        else:
            x = self.fresh("x")
            self.emit(f"var {x} any = {self.nc('int', 1)}")
            self.emit(f"println({self.tag()}, {x}.({self.rng.choice(['int', 'string', 'int8'])}))")
