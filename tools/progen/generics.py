"""Generic functions and types (feature "generics"): declarations, calls and statements.

ergo checks generics but does not compile them yet, so difftest counts these programs as
unsupported; the programs are still checked against go 1.19 (a rejected one is a generator
error), so they are ready for the day ergo builds them.
"""

from __future__ import annotations

import gotypes as T


class Generics:
    def generic_decls(self) -> None:
        d = self.decls.append
        d("type Integer interface {\n\t~int | ~int8 | ~int16 | ~int32 | ~int64 | "
          "~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr\n}")
        d("type Ordered interface {\n\tInteger | ~string\n}")
        d("func gAdd[T Integer](a, b T) T { return a + b }")
        d("func gMax[T Ordered](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}")
        d("func gShift[T Integer, U Integer](a T, s U) T { return a<<(s&15) ^ a>>(s&7) }")
        d("func gSum[T Integer](xs []T) T {\n\tvar s T\n\tfor _, x := range xs {\n"
          "\t\ts += x\n\t}\n\treturn s\n}")
        d("func gIndex[T comparable](xs []T, x T) int {\n\tfor i, y := range xs {\n"
          "\t\tif y == x {\n\t\t\treturn i\n\t\t}\n\t}\n\treturn -1\n}")
        # a function parameter whose type mentions both type parameters
        d("func gMap[T, U any](xs []T, f func(T) U) []U {\n\tout := make([]U, 0, len(xs))\n"
          "\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}")
        # sorted keys of any map: the map printing of the generic world
        d("func gKeys[K Ordered, V any](m map[K]V) []K {\n\tkeys := make([]K, 0, len(m))\n"
          "\tfor k := range m {\n\t\tkeys = append(keys, k)\n\t}\n"
          "\tfor i := 1; i < len(keys); i++ {\n\t\tfor j := i; j > 0 && keys[j] < keys[j-1]; j-- {\n"
          "\t\t\tkeys[j], keys[j-1] = keys[j-1], keys[j]\n\t\t}\n\t}\n\treturn keys\n}")
        d("type Stack[T any] struct {\n\titems []T\n}\n\n"
          "func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }\n\n"
          "func (s *Stack[T]) Pop() (T, bool) {\n\tvar z T\n\tif len(s.items) == 0 {\n"
          "\t\treturn z, false\n\t}\n\tz = s.items[len(s.items)-1]\n"
          "\ts.items = s.items[:len(s.items)-1]\n\treturn z, true\n}\n\n"
          "func (s Stack[T]) Len() int { return len(s.items) }")
        d("type Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}\n\n"
          "func (p Pair[K, V]) Same(q Pair[K, V]) bool { return p.Key == q.Key }")
        if "interfaces" in self.f:   # a constraint with a method, met by Num and the structs
            d("func gGet[T Getter](xs ...T) int {\n\ts := 0\n\tfor _, x := range xs {\n"
              "\t\ts += x.Get()\n\t}\n\treturn s\n}")

    def generic_types(self) -> list[str]:
        return ["Stack[int]", "Pair[string, int8]" if "strings" in self.f else "Pair[int, int8]"]

    def generic_value(self, t: str) -> str:
        if t.startswith("Stack["):
            return f"{t}{{}}"
        k, v = t[5:-1].split(", ")
        return f"{t}{{{self.e(k, 1)}, {self.e(v, 1)}}}"

    def generic_call(self, t: str, d: int):
        r = self.rng.random()
        if r < 0.2:
            return f"gAdd({self.e(t, d - 1)}, {self.nc(t, d - 1)})", False
        if r < 0.35:
            return f"gMax[{t}]({self.e(t, d - 1)}, {self.e(t, d - 1)})", False
        if r < 0.5:
            return f"gShift({self.nc(t, d - 1)}, {self.nc(self.rng.choice(T.INTS), d - 1)})", False
        if r < 0.6:
            vs = self.visible(lambda v: v.type == f"[]{t}")
            return (f"gSum({self.rng.choice(vs).name})", False) if vs else None
        if r < 0.7 and t == "int":
            vs = self.visible(lambda v: T.is_slice(v.type) and T.elem(v.type) in ("int", "int8", "string"))
            if vs:
                v = self.rng.choice(vs)
                return f"gIndex({v.name}, {self.e(T.elem(v.type), d - 1)})", False
            return None
        if r < 0.8 and t == "int":
            vs = self.visible(lambda v: T.is_slice(v.type) and T.is_int(T.elem(v.type)))
            if vs:
                v = self.rng.choice(vs)
                et = T.elem(v.type)
                return (f"gSum(gMap({v.name}, func(x {et}) int {{ return int(x) * {self.rng.randint(-3, 3)} }}))",
                        False)
            return None
        if r < 0.85 and t == "int":
            vs = self.visible(lambda v: T.is_map(v.type) and T.map_kv(v.type)[0] in ("int", "int8", "string"))
            if vs:
                v = self.rng.choice(vs)
                return f"gIndex(gKeys({v.name}), {self.e(T.map_kv(v.type)[0], d - 1)})", False
            return None
        if r < 0.92 and t == "int" and "interfaces" in self.f:
            vs = self.visible(lambda v: v.type == "Getter" or (v.type in self.structs and "methods" in self.f))
            if vs:
                v = self.rng.choice(vs)
                return f"gGet({v.name}, {v.name})", False
            return f"gGet(Num({self.nc('int', d - 1)}))", False
        if t == "int":
            vs = self.visible(lambda v: v.type.startswith("Stack["))
            if vs:
                return f"{self.rng.choice(vs).name}.Len()", False
        return None

    def generic_bool(self):
        vs = self.visible(lambda v: v.type.startswith("Pair["))
        if not vs:
            return None
        v = self.rng.choice(vs)
        return f"{v.name}.Same({self.generic_value(v.type)})", False

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
