"""Go types as the generator sees them: names, value ranges and literals.

A type is a plain string of Go source ("int8", "[]string", "map[int]bool", "S1", "*S1",
"func(int) int"); the helpers here classify it. Integer sizes are those of linux/amd64 and
linux/arm64, which agree (int, uint and uintptr are 64 bits on both).
"""

from __future__ import annotations

import random

SIGNED = {"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64}
UNSIGNED = {"uint": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "uintptr": 64}
INTS = list(SIGNED) + list(UNSIGNED)
FLOATS = ["float32", "float64"]
COMPLEXES = ["complex64", "complex128"]


def is_int(t: str) -> bool:
    return t in SIGNED or t in UNSIGNED


def is_signed(t: str) -> bool:
    return t in SIGNED


def is_float(t: str) -> bool:
    return t in FLOATS


def is_complex(t: str) -> bool:
    return t in COMPLEXES


def is_numeric(t: str) -> bool:
    return is_int(t) or is_float(t) or is_complex(t)


def is_slice(t: str) -> bool:
    return t.startswith("[]")


def is_array(t: str) -> bool:
    return t.startswith("[") and not t.startswith("[]")


def is_map(t: str) -> bool:
    return t.startswith("map[")


def is_func(t: str) -> bool:
    return t.startswith("func(")


def elem(t: str) -> str:
    """Element type of a slice or array type."""
    return t[t.index("]") + 1:]


def array_len(t: str) -> int:
    return int(t[1:t.index("]")])


def map_kv(t: str) -> tuple[str, str]:
    depth = 0
    for i, c in enumerate(t[4:], start=4):
        if c == "[":
            depth += 1
        elif c == "]":
            if depth == 0:
                return t[4:i], t[i + 1:]
            depth -= 1
    raise ValueError(t)


def int_range(t: str) -> tuple[int, int]:
    if t in SIGNED:
        b = SIGNED[t]
        return -(1 << (b - 1)), (1 << (b - 1)) - 1
    return 0, (1 << UNSIGNED[t]) - 1


def ident(t: str) -> str:
    """A fragment of a Go identifier naming type t (for per-type helper functions)."""
    out = t.replace("[]", "S").replace("map[", "M").replace("]", "_").replace("*", "P")
    out = out.replace("(", "").replace(")", "").replace(" ", "").replace(",", "")
    return out.replace("[", "A")


def int_literal(rng: random.Random, t: str) -> int:
    """A value of integer type t, biased towards the edges where wrap-around happens."""
    lo, hi = int_range(t)
    r = rng.random()
    if r < 0.35:
        return rng.choice([lo, hi, lo + 1, hi - 1, 0, 1, 2, max(lo, -1), hi // 2, hi // 2 + 1])
    if r < 0.75:
        return rng.randint(max(lo, -20), min(hi, 20))
    return rng.randint(lo, hi)


def go_int(v: int, t: str) -> str:
    """A typed constant: int keeps the bare literal, others are converted."""
    text = str(v)
    if t == "int":
        return f"({text})" if v < 0 else text
    return f"{t}({text})"


FLOAT_LITERALS = ["0", "1", "-1", "0.5", "-2.25", "0.1", "3", "1e10", "-1e-10", "123.75",
                  "1e300", "7.0e-300", "65536", "0.3333"]
FLOAT32_LITERALS = ["0", "1", "-1", "0.5", "-2.25", "0.1", "3", "1e10", "-1e-10", "123.75",
                    "3e38", "1e-38", "65536", "0.3333"]

_STRING_PIECES = ["", "a", "b", "go", "héllo", "世界", "\\xff", "\\xe4\\xb8", "\\x00", "z\\n",
                  "\\u00e9", "\\U0001F600", "abc", "\\x80\\x80", "\\xed\\xa0\\x80", "Ω", "9"]


def string_literal(rng: random.Random) -> str:
    parts = [rng.choice(_STRING_PIECES) for _ in range(rng.randint(0, 3))]
    return '"' + "".join(parts) + '"'
