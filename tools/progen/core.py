"""The generator's core: scopes, typed expressions, statements and functions.

Every expression is produced for a wanted type and returned with a flag saying whether Go
treats it as a constant, because the rules that keep a program valid are about constants:
two constant operands could overflow or divide by zero at compile time, so a binary
operator never gets two of them; conversions, negations and divisors are always
non-constant (`idT(x)` hides a literal when no variable is at hand). Run-time safety is
the same idea: divisors go through `nzT` (never zero, but -1 is allowed, so MinInt/-1 is
reached), indexes through `ix` (in range), slicing through `subS`/`subT`; the operations that
do panic are generated on purpose only inside a call that recovers (see risky()).

Termination: loops have constant trip counts and never assign their variables; functions
call only functions generated before them and closures only closures defined before them,
and a cost budget (calls weighted by the trip counts of the loops around them) keeps the
total work small. Strings and slices are clamped so that loops cannot double them forever.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import gotypes as T

BUDGET = 4000      # work units per function body (one unit ~ one statement run once)
MAX_LEN = 40       # strings and slices are cut back to this length


@dataclass
class Var:
    name: str
    type: str
    readonly: bool = False     # loop counters, range variables of three-clause loops
    cost: int = 1              # for func-typed variables: the work one call does


@dataclass
class Func:
    name: str
    params: list[str]
    result: str
    cost: int


@dataclass
class Ctx:
    """One function or closure body being generated."""
    result: str
    cost: int = 0
    mult: int = 1
    loop_depth: int = 0
    in_closure: bool = False


class Core:
    def __init__(self, rng: random.Random, features: set[str]):
        self.rng = rng
        self.f = features
        self.helpers: dict[str, str] = {}
        self.funcs: list[Func] = []
        self.scopes: list[list[Var]] = [[]]   # scopes[0] holds package-level variables
        self.ctx = Ctx("")
        self.lines: list[str] = []
        self.indent = 0
        self.counter = 0
        self.label = 0
        self.calls_ok = False
        self.literal_base = 0   # scopes[literal_base:] belong to the innermost function literal

    # ----- output and names -----------------------------------------------------------
    def emit(self, line: str) -> None:
        self.lines.append("\t" * self.indent + line)

    def fresh(self, prefix: str = "v") -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def tag(self) -> str:
        self.label += 1
        return f'"L{self.label}"'

    def helper(self, name: str, code: str) -> str:
        self.helpers.setdefault(name, code)
        return name

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ----- types ----------------------------------------------------------------------
    def scalar_types(self) -> list[str]:
        ts = list(T.INTS) + ["bool", "bool"]
        if "strings" in self.f:
            ts += ["string", "string", "string"]
        if "floats" in self.f:
            ts += T.FLOATS
        if "complex" in self.f:
            ts += T.COMPLEXES
        return ts

    def scalar(self) -> str:
        return self.rng.choice(self.scalar_types())

    def any_type(self) -> str:
        """A type for a new local variable."""
        r = self.rng.random()
        if "slices" in self.f and r < 0.15:
            return "[]" + self.elem_type()
        if "arrays" in self.f and r < 0.22:
            return f"[{self.rng.randint(1, 4)}]" + self.elem_type()
        if "maps" in self.f and r < 0.28:
            return f"map[{self.key_type()}]{self.elem_type()}"
        extra = self.extra_types()
        if extra and r < 0.45:
            return self.rng.choice(extra)
        return self.scalar()

    def elem_type(self) -> str:
        ts = ["int", "int8", "uint16", "int32", "uint64", "byte", "bool"]
        if "strings" in self.f:
            ts.append("string")
        if "floats" in self.f:
            ts.append("float64")
        structs = getattr(self, "structs", None)
        if structs and self.chance(0.15):   # slices, arrays and maps of structs; nested structs
            return self.rng.choice(list(structs))
        return self.rng.choice(ts)

    def key_type(self) -> str:
        ts = ["int", "int8", "uint32", "int64"]
        if "strings" in self.f:
            ts += ["string", "string"]
        return self.rng.choice(ts)

    def extra_types(self) -> list[str]:
        """Named types from feature declarations (structs, pointers, interfaces)."""
        return []

    def printable(self, t: str) -> bool:
        return T.is_numeric(t) or t in ("bool", "string", "byte", "rune")

    # ----- scopes ---------------------------------------------------------------------
    def declare(self, name: str, t: str, readonly: bool = False, cost: int = 1) -> Var:
        t = "uint8" if t == "byte" else t
        v = Var(name, t, readonly, cost)
        self.scopes[-1].append(v)
        return v

    def visible(self, pred) -> list[Var]:
        return [v for s in self.scopes for v in s if pred(v)]

    def var_of(self, t: str, writable: bool = False) -> Var | None:
        vs = self.visible(lambda v: v.type == t and not (writable and v.readonly))
        return self.rng.choice(vs) if vs else None

    # ----- expressions ----------------------------------------------------------------
    def expr(self, t: str, d: int = 2) -> tuple[str, bool]:
        if t == "byte":
            t = "uint8"
        if T.is_int(t):
            return self.int_expr(t, d)
        if t == "bool":
            return self.bool_expr(d)
        if t == "string":
            return self.string_expr(d)
        if T.is_float(t) or T.is_complex(t):
            return self.float_expr(t, d)
        return self.composite_expr(t, d), False

    def e(self, t: str, d: int = 2) -> str:
        return self.expr(t, d)[0]

    def nc(self, t: str, d: int = 2) -> str:
        """A non-constant expression of type t."""
        code, const = self.expr(t, d)
        if not const:
            return code
        v = self.var_of(t if t != "byte" else "uint8")
        if v and self.chance(0.7):
            return v.name
        return f"{self.id_helper(t)}({code})"

    def id_helper(self, t: str) -> str:
        name = "id" + T.ident(t)
        return self.helper(name, f"func {name}(x {t}) {t} {{ return x }}")

    def nz_helper(self, t: str) -> str:
        name = "nz" + T.ident(t)
        return self.helper(name, f"func {name}(x {t}) {t} {{\n\tif x == 0 {{\n\t\treturn 1\n\t}}\n\treturn x\n}}")

    def ix_helper(self) -> str:
        return self.helper("ix", "func ix(i, n int) int {\n\tif n <= 0 {\n\t\treturn 0\n\t}\n"
                                 "\treturn int(uint(i) % uint(n))\n}")

    def leaf(self, t: str) -> tuple[str, bool] | None:
        v = self.var_of(t)
        return (v.name, False) if v else None

    def pick(self, options):
        """options: list of (weight, thunk); thunks returning None are retried."""
        opts = [(w, f) for w, f in options if w > 0]
        while opts:
            total = sum(w for w, _ in opts)
            r = self.rng.uniform(0, total)
            for i, (w, f) in enumerate(opts):
                r -= w
                if r <= 0:
                    out = f()
                    if out is not None:
                        return out
                    del opts[i]
                    break
            else:
                break
        return None

    def int_expr(self, t: str, d: int) -> tuple[str, bool]:
        lit = lambda: (T.go_int(T.int_literal(self.rng, t), t), True)
        if d <= 0:
            return self.pick([(3, lambda: self.leaf(t)), (1, lit)])
        ops = ["+", "-", "*", "&", "|", "^", "&^"]
        opts = [
            (3, lambda: self.leaf(t)),
            (2, lit),
            (5, lambda: self.binary(t, self.rng.choice(ops), d)),
            (2, lambda: (f"({self.rng.choice(['-', '^', '+'])}{self.paren_nc(t, d - 1)})", False)),
            (2, lambda: self.int_conversion(t, d)),
            (2, lambda: self.call_returning(t, d)),
        ]
        if "divs" in self.f:
            opts.append((2, lambda: self.division(t, d)))
        if "shifts" in self.f:
            opts.append((3, lambda: self.shift(t, d)))
        if "strings" in self.f:
            opts.append((1, lambda: self.len_of_string(t, d)))
        if "slices" in self.f:
            opts.append((1, lambda: self.len_of_slice(t)))
            opts.append((2, lambda: self.slice_at(t, d)))
        if "floats" in self.f:
            opts.append((1, lambda: self.float_to_int(t, d)))
        opts += self.extra_exprs(t, d)
        return self.pick(opts)

    def extra_exprs(self, t: str, d: int) -> list:
        return []

    def paren_nc(self, t: str, d: int) -> str:
        return f"({self.nc(t, d)})"

    def binary(self, t: str, op: str, d: int) -> tuple[str, bool]:
        a, ca = self.expr(t, d - 1)
        if ca:
            b = self.nc(t, d - 1)
        else:
            b, _ = self.expr(t, d - 1)
        return f"({a} {op} {b})", False

    def division(self, t: str, d: int) -> tuple[str, bool]:
        a, _ = self.expr(t, d - 1)
        op = self.rng.choice(["/", "%"])
        return f"({a} {op} {self.nz_helper(t)}({self.e(t, d - 1)}))", False

    def shift_count(self, d: int) -> str:
        if self.chance(0.6):
            u = self.rng.choice(list(T.UNSIGNED))
            code, const = self.expr(u, d - 1)
            if const:   # keep constant counts small enough for every width to matter
                code = f"{u}({self.rng.choice([0, 1, 3, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200])})"
            return code
        s = self.rng.choice(list(T.SIGNED))
        return f"({self.nc(s, d - 1)} & {self.rng.choice([7, 15, 31, 63, 127])})"

    def shift(self, t: str, d: int) -> tuple[str, bool]:
        a = self.nc(t, d - 1)
        return f"({a} {self.rng.choice(['<<', '>>'])} {self.shift_count(d)})", False

    def int_conversion(self, t: str, d: int) -> tuple[str, bool] | None:
        src = self.rng.choice(T.INTS)
        return f"{t}({self.nc(src, d - 1)})", False

    def call_returning(self, t: str, d: int) -> tuple[str, bool] | None:
        # Go leaves unspecified whether a variable operand is read before or after a call
        # in the same expression changes it, so calls are made only as whole statements
        # (s_call) unless the feature "evalorder" asks for gc's order to be tested too.
        if not self.calls_ok and "evalorder" not in self.f:
            return None
        saved, self.calls_ok = self.calls_ok, False
        try:
            return self._call_returning(t, d)
        finally:
            self.calls_ok = saved

    def _call_returning(self, t: str, d: int) -> tuple[str, bool] | None:
        cands = [f for f in self.funcs if f.result == t]
        closures = self.visible(lambda v: T.is_func(v.type) and v.type.endswith(") " + t))
        choices = [(f.name, f.params, f.cost) for f in cands]
        for c in closures:
            ps = c.type[5:c.type.index(")")]
            choices.append((c.name, [p.strip() for p in ps.split(",") if p.strip()], c.cost))
        self.rng.shuffle(choices)
        for name, params, cost in choices:
            if self.ctx.cost + self.ctx.mult * cost > BUDGET:
                continue
            self.ctx.cost += self.ctx.mult * cost
            args = ", ".join(self.e(p, d - 1) for p in params)
            return f"{name}({args})", False
        return None

    def len_of_string(self, t: str, d: int) -> tuple[str, bool]:
        code, const = self.expr("string", d - 1)   # len of a constant string is a constant
        return f"{t}(len({code}))", const

    def len_of_slice(self, t: str) -> tuple[str, bool] | None:
        vs = self.visible(lambda v: T.is_slice(v.type))
        if not vs:
            return None
        v = self.rng.choice(vs)
        return f"{t}({self.rng.choice(['len', 'cap'])}({v.name}))", False

    def slice_at(self, t: str, d: int) -> tuple[str, bool] | None:
        vs = self.visible(lambda v: (T.is_slice(v.type) or T.is_array(v.type))
                          and T.elem(v.type) in (t, "byte" if t == "uint8" else t))
        if not vs:
            return None
        v = self.rng.choice(vs)
        if T.is_array(v.type):
            return f"{v.name}[{self.ix_helper()}({self.e('int', d - 1)}, {T.array_len(v.type)})]", False
        # an in-range index; len 0 would panic, so the helper returns the zero value then
        et = T.elem(v.type)
        name = "at" + T.ident(v.type)
        self.helper(name, f"func {name}(s {v.type}, i int) {et} {{\n\tif len(s) == 0 {{\n"
                          f"\t\tvar z {et}\n\t\treturn z\n\t}}\n\treturn s[{self.ix_helper()}(i, len(s))]\n}}")
        return f"{name}({v.name}, {self.e('int', d - 1)})", False

    def float_to_int(self, t: str, d: int) -> tuple[str, bool]:
        # only values that fit: out-of-range conversions differ between architectures
        name = "f2" + T.ident(t)
        lo, hi = T.int_range(t)
        self.helper(name, f"func {name}(f float64) {t} {{\n\tif f != f || f <= {lo - 1}.0 || f >= {hi}.0 {{\n"
                          f"\t\treturn 7\n\t}}\n\treturn {t}(f)\n}}")
        return f"{name}({self.e('float64', d - 1)})", False

    def bool_expr(self, d: int) -> tuple[str, bool]:
        if d <= 0:
            return self.pick([(3, lambda: self.leaf("bool")),
                              (1, lambda: (self.rng.choice(["true", "false"]), True))])

        def compare():
            t = self.rng.choice([x for x in self.scalar_types() if x != "bool" and not T.is_complex(x)])
            op = self.rng.choice(["==", "!=", "<", "<=", ">", ">="])
            return f"({self.e(t, d - 1)} {op} {self.e(t, d - 1)})", False

        def equal():
            t = self.rng.choice(self.scalar_types())
            return f"({self.e(t, d - 1)} {self.rng.choice(['==', '!='])} {self.e(t, d - 1)})", False

        return self.pick([
            (3, lambda: self.leaf("bool")),
            (1, lambda: (self.rng.choice(["true", "false"]), True)),
            (4, compare),
            (1, equal),
            (2, lambda: (f"({self.e('bool', d - 1)} {self.rng.choice(['&&', '||'])} {self.e('bool', d - 1)})", False)),
            (1, lambda: (f"!{self.e('bool', d - 1)}", False)),
            (1, lambda: self.call_returning("bool", d)),
        ] + self.extra_exprs("bool", d))

    def string_expr(self, d: int) -> tuple[str, bool]:
        lit = lambda: (T.string_literal(self.rng), True)
        if d <= 0:
            return self.pick([(3, lambda: self.leaf("string")), (1, lit)])

        def sub():
            name = self.helper("subS", "func subS(s string, i, j int) string {\n\tif len(s) == 0 {\n"
                                       "\t\treturn s\n\t}\n\ti, j = ix(i, len(s)+1), ix(j, len(s)+1)\n"
                                       "\tif i > j {\n\t\ti, j = j, i\n\t}\n\treturn s[i:j]\n}")
            self.ix_helper()
            return f"{name}({self.e('string', d - 1)}, {self.e('int', d - 1)}, {self.e('int', d - 1)})", False

        def conv():
            r = self.rng.random()
            if r < 0.4:
                return f"string(rune({self.nc('int32', d - 1)}))", False
            if r < 0.6:
                return f"string(byte({self.nc('uint8', d - 1)}))", False
            if "slices" in self.f and r < 0.8:
                return f"string([]byte({self.e('string', d - 1)}))", False
            if "runes" in self.f:
                return f"string([]rune({self.e('string', d - 1)}))", False
            return None

        def itoa():
            name = self.helper("itoa", "func itoa(x int64) string {\n\tif x == 0 {\n\t\treturn \"0\"\n\t}\n"
                                       "\tneg := x < 0\n\tu := uint64(x)\n\tif neg {\n\t\tu = -u\n\t}\n"
                                       "\tvar b []byte\n\tfor u > 0 {\n"
                                       "\t\tb = append(b, byte('0'+u%10))\n\t\tu /= 10\n\t}\n"
                                       "\tfor i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {\n"
                                       "\t\tb[i], b[j] = b[j], b[i]\n\t}\n\ts := string(b)\n"
                                       "\tif neg {\n\t\ts = \"-\" + s\n\t}\n\treturn s\n}")
            return f"{name}(int64({self.nc('int64', d - 1)}))", False

        return self.pick([
            (3, lambda: self.leaf("string")),
            (2, lit),
            (4, lambda: (f"({self.e('string', d - 1)} + {self.e('string', d - 1)})", False)),
            (2, sub),
            (2, conv),
            (1, itoa),
            (1, lambda: self.call_returning("string", d)),
        ] + self.extra_exprs("string", d))

    def float_expr(self, t: str, d: int) -> tuple[str, bool]:
        def lit():
            if T.is_complex(t):
                lits = T.FLOAT32_LITERALS if t == "complex64" else T.FLOAT_LITERALS
                return f"{t}(complex({self.rng.choice(lits)}, {self.rng.choice(lits)}))", True
            lits = T.FLOAT32_LITERALS if t == "float32" else T.FLOAT_LITERALS
            return f"{t}({self.rng.choice(lits)})", True

        def negzero():   # -0 only exists at run time: the constant -0.0 is +0
            return None if T.is_complex(t) else (f"(-{self.id_helper(t)}(0))", False)

        if d <= 0:
            return self.pick([(3, lambda: self.leaf(t)), (1, lit), (0.2, negzero)])

        def arith():
            op = self.rng.choice(["+", "-", "*", "/"])
            a, ca = self.expr(t, d - 1)
            b = self.nc(t, d - 1) if (ca or op == "/") else self.e(t, d - 1)
            return f"({a} {op} {b})", False

        def conv():
            if T.is_complex(t):
                part = "float32" if t == "complex64" else "float64"
                return f"complex({self.nc(part, d - 1)}, {self.nc(part, d - 1)})", False
            src = self.rng.choice(T.INTS + T.FLOATS)
            return f"{t}({self.nc(src, d - 1)})", False

        def parts():
            if T.is_complex(t):
                return None
            c = "complex64" if t == "float32" else "complex128"
            return f"{self.rng.choice(['real', 'imag'])}({self.nc(c, d - 1)})", False

        return self.pick([
            (3, lambda: self.leaf(t)),
            (2, lit),
            (5, arith),
            (1, lambda: (f"(-{self.id_helper(t)}({self.e(t, 0)}))" if "avoid-arm64-neg-fused" in self.f
                         else f"(-{self.paren_nc(t, d - 1)})", False)),
            (2, conv),
            (1, parts if "complex" in self.f else (lambda: None)),
            (1, lambda: self.call_returning(t, d)),
        ] + self.extra_exprs(t, d))

    def composite_expr(self, t: str, d: int) -> str:
        v = self.var_of(t)
        if v and self.chance(0.5):
            return v.name
        if T.is_slice(t):
            et = T.elem(t)
            if self.chance(0.3):
                return f"make({t}, {self.rng.randint(0, 4)}, {self.rng.randint(4, 8)})"
            items = ", ".join(self.e(et, 1) for _ in range(self.rng.randint(0, 4)))
            return f"{t}{{{items}}}"
        if T.is_array(t):
            items = ", ".join(self.e(T.elem(t), 1) for _ in range(T.array_len(t)))
            return f"{t}{{{items}}}"
        if T.is_map(t):
            k, val = T.map_kv(t)
            if self.chance(0.3):
                return f"make({t})"
            # keys must be distinct constants in a literal: use variables instead (a key that
            # still came out constant, as a constant concatenation, is kept only once)
            pairs = {}
            for _ in range(self.rng.randint(0, 3)):
                key = self.nc(k, 1)
                pairs.setdefault(key, f"{key}: {self.e(val, 1)}")
            items = ", ".join(pairs.values())
            return f"{t}{{{items}}}" if not items else self.map_literal(t, items)
        if T.is_func(t):
            return self.closure_literal(t)
        return self.named_value(t, d)

    def map_literal(self, t: str, items: str) -> str:
        # literal keys that are non-constant may repeat: the later one wins, as in gc
        return f"{t}{{{items}}}"

    def named_value(self, t: str, d: int) -> str:
        raise NotImplementedError(t)

    def closure_literal(self, t: str) -> str:
        raise NotImplementedError(t)
