#!/usr/bin/env python3
"""progen: writes one random, well-typed, terminating Go program (package main).

    progen.py --seed 42 [--features ints,strings,...|today|all] [-o prog.go]

The same seed and feature set always give the same program. The program prints a digest of
its state as it runs (println/print, so on stderr: ergo's fmt is small until issue 7); maps
are printed in sorted key order by a sort written into the program. It builds with go 1.19
(no newer builtins) and is meant to be built as a module whose go.mod says `go 1.19`, so
that loop variables are per loop as in gc 1.19. Python 3, standard library only: nothing
to build before the first test, and the generator runs wherever ctest does.

README.md lists the features and the `avoid-*` flags, and how to run 1,000 programs
through tools/difftest.py (issue 6's bar).
"""

from __future__ import annotations

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gotypes as T  # noqa: E402
from features import Features  # noqa: E402

ALL = ["ints", "shifts", "divs", "bools", "strings", "runes", "slices", "arrays", "structs", "pointers",
       "maps", "methods", "interfaces", "closures", "defer", "floats", "complex", "generics"]
# not in "all": reads of variables in the same expression as a call that changes them, where
# the spec leaves the order open and only gc's own order can be compared
OPT_IN = ["evalorder"]
# Opt-in flags that steer around known ergo bugs (README.md lists them) so that a
# differential run can go on past them; each names the bug it avoids.
AVOID = {
    "avoid-rterror": "avoids known ergo bug: a recovered run-time error is not an `error` "
                     "(`r.(error)` fails), so recovered values are not asked for Error()",
    "avoid-iface-float-eq": "avoids known ergo bug: == on interfaces holding a struct with a float "
                            "field compares bits (+0 != -0, NaN == NaN), so such structs are not boxed",
    "avoid-promoted-methods": "avoids known ergo bug: a call of a method promoted through an embedded "
                              "struct is an internal compiler error, so only a struct's own methods are called",
    "avoid-arm64-neg-fused": "avoids known ergo bug: on arm64, -(a*c - b*d) fuses into a form whose zero "
                             "has the other sign than gc's (at -O2 across statements too), so floats are negated only as "
                             "results of (noinline) calls",
    "avoid-nil-value-receiver": "avoids known ergo bug: a value method called through a nil pointer "
                                "faults instead of panicking, so nil named results are not read",
    "avoid-closure-addr": "avoids known ergo bug: &x of a variable captured by a function literal "
                          "points to a copy, so literals take addresses only of their own variables",
}
# what ergo compiles today and passes with (docs/language.md), with the known bugs that are
# still open steered around; ctest difftest/random uses this set
FIXED = {"avoid-rterror", "avoid-iface-float-eq", "avoid-promoted-methods", "avoid-nil-value-receiver",
         "avoid-closure-addr"}
TODAY = ["ints", "shifts", "divs", "bools", "strings", "slices", "arrays", "structs", "pointers",
         "maps", "methods", "interfaces", "closures", "defer", "floats", "complex", "runes",
         "generics", "evalorder"] + [f for f in AVOID if f not in FIXED]


def parse_features(text: str) -> set[str]:
    out: set[str] = set()
    for part in text.split(","):
        part = part.strip()
        if part == "all":
            out |= set(ALL)
        elif part == "today":
            out |= set(TODAY)
        elif part.startswith("-"):
            out.discard(part[1:])
        elif part in ALL or part in OPT_IN or part in AVOID:
            out.add(part)
        elif part:
            raise SystemExit(f"progen: unknown feature {part!r} (known: {', '.join(ALL + OPT_IN + list(AVOID))}, today, all)")
    if "methods" in out or "interfaces" in out or "pointers" in out:
        out.add("structs")
    out |= {"ints", "bools"}
    return out


class Program(Features):
    def __init__(self, seed: int, features: set[str]):
        super().__init__(random.Random(seed), features)
        self.seed = seed
        self.func_text: list[str] = []

    def globals(self) -> list[str]:
        out = []
        for _ in range(self.rng.randint(1, 4)):
            t = self.scalar()
            name = self.fresh("g")
            code = self.expr(t, 0)[0] if self.scopes[0] else self.literal(t)
            out.append(f"var {name} {t} = {code}")
            self.declare(name, t)
        return out

    def value_type(self, p_composite: float) -> str:
        """A parameter or result type: mostly scalars, sometimes slices, maps, structs..."""
        return self.any_type() if self.chance(p_composite) else self.scalar()

    def literal(self, t: str) -> str:
        if T.is_int(t):
            return T.go_int(T.int_literal(self.rng, t), t)
        if t == "bool":
            return self.rng.choice(["true", "false"])
        if t == "string":
            return T.string_literal(self.rng)
        return f"{t}({self.rng.choice(T.FLOAT32_LITERALS)})"

    def generate(self) -> str:
        self.setup_types()
        globs = self.globals()
        nfuncs = self.rng.randint(2, 6)
        for k in range(nfuncs):
            params = [self.value_type(0.3) for _ in range(self.rng.randint(0, 3))]
            fn = self.function(f"f{k}", params, self.value_type(0.2), depth=2, nstmts=self.rng.randint(3, 8))
            self.funcs.append(fn)
        # main: call every function, then a few statements of its own, then the globals
        self.ctx_main()
        parts = [f"// Code generated by tools/progen/progen.py --seed {self.seed} "
                 f"--features {','.join(sorted(self.f))}; DO NOT EDIT.", "", "package main", ""]
        parts += globs + [""]
        for d in self.decls:
            parts += [d, ""]
        # gc inlines small functions and then folds float products whose operands it proves
        # constant, where ergo fuses them on arm64 (docs/language.md's known difference):
        # with floats, the helpers that hide constants and the functions stay out of line
        pragma = "//go:noinline\n" if self.f & {"floats", "complex"} else ""
        for name in sorted(self.helpers):
            parts += [pragma + self.helpers[name], ""]
        for text in self.func_text:
            parts += [(pragma if not text.startswith("func main(") else "") + text, ""]
        return "\n".join(parts)

    def ctx_main(self) -> None:
        from core import Ctx
        self.ctx = Ctx("")
        self.indent = 1
        self.lines = []
        self.scopes.append([])
        for fn in self.funcs:
            args = ", ".join(self.e(p, 1) for p in fn.params)
            r = self.fresh("r")
            self.emit(f"{r} := {fn.name}({args})")
            self.emit(f"println(\"{fn.name}\", {r})" if self.printable(fn.result) else f"_ = {r}")
        for _ in range(self.rng.randint(2, 6)):
            self.stmt(2)
        self.close_scope()
        gl = [v.name for v in self.scopes[0] if self.printable(v.type)]
        if gl:
            self.emit(f"println(\"globals\", {', '.join(gl)})")
        self.func_text.append("\n".join(["func main() {"] + self.lines + ["}"]))


def generate(seed: int, features: set[str]) -> str:
    return Program(seed, features).generate()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: a fresh one)")
    ap.add_argument("--features", default="today",
                    help=f"comma-separated: {', '.join(ALL + OPT_IN)}; 'today', 'all', '-name' removes")
    ap.add_argument("-o", "--output", help="write here instead of stdout")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    text = generate(seed, parse_features(args.features))
    if args.output:
        with open(args.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
