#!/usr/bin/env python3
"""Compares the exported API of ergo's stdlib packages with Go 1.22's.

Usage: stdlib_api.py ERGO [PKG...] [--check FILE] [--write FILE] [--apidir DIR] [-q]
       stdlib_api.py --selftest

Go's API is go 1.19's api/go1*.txt (minus except.txt) plus tools/stdlib_api_go120_122.txt
(what 1.20, 1.21 and 1.22 added). ergo's is `ERGO tool check --api PKG...` (docs/api-dump.md),
read with ergo's own stdlib. Both are reduced to features: `func F`, `method (T) M`,
`method (*T) M` (an interface's methods are `(T)`), `type T`, `field T.F`, `embedded T.E`,
`const C`, `var V`, each with its signature where it has one (types spelt as Go's api files
spell them: the package's own types unqualified, others by package name, $0.. for type
parameters). Prints, per package, the features Go has and ergo lacks ("missing"), those whose
signature differs, and exported API that Go does not have ("extra").

--check FILE: FILE lists the known gaps (the lines this tool prints: `missing pkg P, ...`,
`extra pkg P, ...`, `differs pkg P, ...`); exits 1 when a gap appears that FILE does not
list (API disappeared, or non-Go API appeared). Gaps that FILE lists but that are gone are
reported so the list can shrink (--write FILE rewrites it). --check also runs --selftest
(the reduction of both formats on a made-up package).
"""
import argparse
import os
import re
import subprocess
import sys

PACKAGES = [
    "fmt", "strconv", "strings", "bytes", "errors", "os", "io", "io/fs", "bufio", "sort",
    "slices", "maps", "cmp", "math", "math/bits", "math/rand", "unicode", "unicode/utf8",
    "unicode/utf16", "container/list", "container/heap", "container/ring", "path",
    "path/filepath", "flag", "log", "time", "text/tabwriter", "syscall", "runtime", "reflect", "encoding",
]
# syscall: only the subset os needs is written; its missing features are counted, not listed.
SUMMARIZE_MISSING = {"syscall"}
CONTEXT = "linux-amd64"  # the only platform-specific API lines kept

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ---- Go's api files -------------------------------------------------------------------

LINE_RE = re.compile(r"^pkg ([^ ,]+)(?: \(([^)]*)\))?, (.*?)(?: #\d+)?$")


def split_tparams(rest):
    """`Name[...](...)` -> (Name, "[...]" or "", "(...)...")."""
    m = re.match(r"[A-Za-z_0-9]+", rest)
    name, tail = m.group(0), rest[m.end():]
    if not tail.startswith("["):
        return name, "", tail
    depth = 0
    for i, c in enumerate(tail):
        depth += c == "["
        depth -= c == "]"
        if depth == 0:
            return name, tail[:i + 1], tail[i + 1:]
    return name, "", tail


def go_feature(text):
    """Maps the text after `pkg P, ` to (key, signature) or None."""
    if text.endswith("//deprecated"):
        return None
    kind, _, rest = text.partition(" ")
    if kind == "func":
        name, _, sig = split_tparams(rest)
        return f"func {name}", sig
    if kind == "method":
        m = re.match(r"\((\*?)([A-Za-z_0-9]+)(?:\[[^)]*\])?\) (.*)$", rest)
        name, _, sig = split_tparams(m.group(3))
        return f"method ({m.group(1)}{m.group(2)}) {name}", sig
    if kind == "type":
        name, _, body = split_tparams(rest)
        body = body.strip()
        if body.startswith("interface, "):
            meth = body[len("interface, "):]
            if meth == "unexported methods":
                return None
            mname, _, sig = split_tparams(meth)
            return f"method ({name}) {mname}", sig, f"type {name}"
        if body.startswith("struct, "):
            field = body[len("struct, "):]
            if field.startswith("embedded "):
                emb = field[len("embedded "):].lstrip("*")
                return f"embedded {name}.{emb.split('.')[-1]}", "", f"type {name}"
            fname, _, ftype = field.partition(" ")
            return f"field {name}.{fname}", ftype, f"type {name}"
        return f"type {name}", type_kind(body)
    if kind in ("const", "var"):
        name, _, tail = rest.partition(" ")
        if kind == "const" and tail.startswith("= "):
            value = tail[2:]
            # Integers and strings are compared; floats are rounded in Go's files.
            if re.fullmatch(r'-?\d+|"(?:[^"\\]|\\.)*"', value):
                return f"value {name}", value
            return None
        return f"{kind} {name}", ""
    return None


def load_go_api(apidir, extra_file, packages):
    """Returns {pkg: {key: (signature, line)}} for Go 1.22."""
    files = sorted((f for f in os.listdir(apidir) if re.fullmatch(r"go1(\.\d+)?\.txt", f)),
                   key=lambda f: int(f[4:-4]) if f != "go1.txt" else 0)
    paths = [os.path.join(apidir, f) for f in files] + [extra_file]
    with open(os.path.join(apidir, "except.txt")) as f:
        excepted = {l.strip() for l in f if l.startswith("pkg ")}
    api = {p: {} for p in packages}
    for path in paths:
        with open(path) as f:
            for raw in f:
                line = raw.strip()
                if not line.startswith("pkg ") or line in excepted:
                    continue
                m = LINE_RE.match(line)
                if not m:
                    continue
                pkg, ctx, text = m.groups()
                if pkg not in api or (ctx is not None and ctx != CONTEXT):
                    continue
                feat = go_feature(text)
                if feat:
                    key, sig = feat[0], feat[1]
                    # Later releases restate changed features (os.Chmod's fs.FileMode).
                    api[pkg][key] = (norm_go_sig(sig), f"pkg {pkg}, {text}")
                    if len(feat) == 3 and feat[2] not in api[pkg]:
                        api[pkg][feat[2]] = ("", f"pkg {pkg}, {feat[2]}")
    return api


# Aliases Go's older files spell by their old name (os.FileInfo = fs.FileInfo since 1.16).
ALIASES = {"os.FileInfo": "fs.FileInfo", "os.FileMode": "fs.FileMode",
           "os.PathError": "fs.PathError", "os.DirEntry": "fs.DirEntry"}


def unalias(sig, pkg):
    for old, new in ALIASES.items():
        sig = re.sub(rf"(?<![\w.]){re.escape(old)}\b", new, sig)
        if pkg == old.split(".")[0]:  # os's own FileInfo is fs.FileInfo too
            sig = re.sub(rf"(?<![\w.]){re.escape(old.split('.')[1])}\b", new, sig)
    return sig


def type_kind(underlying):
    """What a `type T U` line compares: struct and interface bodies by kind only."""
    for k in ("struct", "interface"):
        if underlying.startswith(k + "{") or underlying.startswith(k + " ") or underlying == k:
            return k
    return underlying


def norm_go_sig(sig):
    return sig.replace("interface {}", "interface{}").strip()


def abbreviate(typ):
    """Go's api files write a struct type inside a field's type as plain `struct`."""
    out, i = "", 0
    while i < len(typ):
        if typ.startswith("struct{", i):
            depth, j = 0, i + len("struct")
            while j < len(typ):
                depth += typ[j] == "{"
                depth -= typ[j] == "}"
                j += 1
                if depth == 0:
                    break
            out, i = out + "struct", j
        else:
            out, i = out + typ[i], i + 1
    return out


# ---- ergo's dump ----------------------------------------------------------------------

def top_split(text, sep):
    """Splits text at sep outside brackets."""
    parts, depth, cur, i = [], 0, "", 0
    while i < len(text):
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if depth == 0 and text.startswith(sep, i):
            parts.append(cur)
            cur, i = "", i + len(sep)
            continue
        cur += c
        i += 1
    parts.append(cur)
    return parts


def spell(typ, pkg):
    """ergo's type spelling -> Go api files': path-qualified names by package name, the
    package's own names unqualified."""
    own = pkg.split("/")[-1]

    def repl(m):
        name = m.group(1).split("/")[-1]
        return m.group(2) if m.group(1) == pkg else f"{name}.{m.group(2)}"

    typ = re.sub(r"\b([a-z][a-z0-9_]*(?:/[a-z][a-z0-9_]*)*)\.([A-Za-z_][A-Za-z_0-9]*)",
                 repl, typ)
    del own
    return typ


def generic_sig(ftype, pkg):
    """`func[S ~[]E, E any](S) E` -> `($0) $1`; `func(int) int` -> `(int) int`."""
    sig = ftype[len("func"):]
    if sig.startswith("["):
        depth = 0
        for i, c in enumerate(sig):
            depth += c == "["
            depth -= c == "]"
            if depth == 0:
                break
        params, sig = sig[1:i], sig[i + 1:]
        names = [p.strip().split(" ")[0] for p in top_split(params, ",")]
        for n, name in enumerate(names):
            # Not after a qualifier (`cmp.Ordered`), but after `...`.
            sig = re.sub(rf"(?<![\w$])(?<!\w\.){re.escape(name)}(?!\w)", f"${n}", sig)
    return spell(sig, pkg).strip()


def parse_ergo(text, pkg):
    """Returns ({key: signature}, embedded-type set) for one package's dump lines."""
    feats, interfaces, embeds, value_methods = {}, set(), set(), set()
    pointer_methods = {}
    for line in text:
        kind, _, rest = line.partition(" ")
        if kind in ("const", "var"):
            name = rest.split(" ")[0]
            if name[:1].isupper():
                feats[f"{kind} {name}"] = ""
                _, eq, value = rest.partition(" = ")
                if kind == "const" and eq:
                    feats[f"value {name}"] = value
        elif kind == "func":
            name, _, ftype = rest.partition(" ")
            feats[f"func {name}"] = generic_sig(ftype, pkg)
        elif kind == "type":
            name, tparams, body = split_tparams(rest)
            body = body.strip()
            alias = body.startswith("= ")
            feats[f"type {name}"] = "" if alias else type_kind(spell(body, pkg))
            if body.startswith("interface{"):
                interfaces.add(name)
            elif body.startswith("struct{"):
                inner = body[len("struct{"):-1]
                for field in top_split(inner, "; ") if inner else []:
                    field = re.sub(r' "(?:[^"\\]|\\.)*"$', "", field)  # the tag
                    parts = top_split(field, " ")
                    if len(parts) == 1:  # embedded
                        emb = parts[0].lstrip("*").split(".")[-1].split("[")[0]
                        embeds.add(name)
                        if emb[:1].isupper():
                            feats[f"embedded {name}.{emb}"] = ""
                    elif parts[0][:1].isupper():
                        feats[f"field {name}.{parts[0]}"] = abbreviate(
                            spell(" ".join(parts[1:]), pkg))
        elif kind == "method":
            recv, _, mtype = rest.partition(" ")
            tname, _, mname = recv.partition(".")
            if not mname[:1].isupper():
                continue
            sig = generic_sig(mtype, pkg)
            if tname.startswith("*"):
                pointer_methods[(tname[1:], mname)] = sig
            else:
                value_methods.add((tname, mname))
                feats[f"method ({tname}) {mname}"] = sig
    for (tname, mname), sig in pointer_methods.items():
        # Go's files list a value method once, as (T) M.
        if (tname, mname) not in value_methods:
            feats[f"method (*{tname}) {mname}"] = sig
    return feats, embeds


def load_ergo_api(ergo, packages):
    # Go's api files hold linux-amd64's platform-specific API (no linux-arm64 lines).
    env = dict(os.environ, GOOS="linux", GOARCH="amd64")
    got = subprocess.run([ergo, "tool", "check", "--api"] + packages, capture_output=True,
                         text=True, env=env)
    if got.returncode not in (0, 1) or "package " not in got.stdout:
        sys.stderr.write(got.stderr[-4000:])
        sys.exit(f"stdlib_api: `{ergo} tool check --api` failed ({got.returncode})")
    blocks, cur = {}, None
    for line in got.stdout.splitlines():
        if line.startswith("package "):
            cur = blocks.setdefault(line[len("package "):], [])
        elif cur is not None:
            cur.append(line)
    errors = got.stderr.strip()
    return blocks, errors


# ---- comparison -----------------------------------------------------------------------

def compare(pkg, want, have_lines):
    """Yields the gap lines of one package."""
    have, embeds = parse_ergo(have_lines, pkg)
    gaps = []
    for key, (sig, line) in sorted(want.items()):
        if key not in have:
            # A method Go lists on T that ergo declares on *T is still missing on T.
            if not key.startswith("value "):  # the `const` line says it
                gaps.append(("missing", line))
        elif sig and have[key] and unalias(sig, pkg) != unalias(have[key], pkg):
            gaps.append(("differs", f"{line}  // ergo: {have[key]}"))
    for key in sorted(have):
        if key in want:
            continue
        kind = key.split(" ")[0]
        if kind == "method":
            tname = re.match(r"\(\*?(\w+)\)", key.split(" ", 1)[1]).group(1)
            # Go's files list a promoted method only sometimes; don't call it extra.
            if tname in embeds:
                continue
            # Go's files list (*T) M; ergo's T has M with a value receiver: same API.
            if key.startswith("method (") and not key.startswith("method (*"):
                mname = key.rsplit(" ", 1)[1]
                if f"method (*{tname}) {mname}" in want:
                    continue
        if kind in ("embedded", "value"):
            continue
        sig = have[key]
        gaps.append(("extra", f"pkg {pkg}, {key}{' ' + sig if sig else ''}"))
    return gaps


def selftest():
    """Checks the reduction of both formats on a made-up package `p/q`."""
    go_lines = [
        "pkg p/q, func F(string, ...interface{}) (*T, error)",
        "pkg p/q, func G[$0 interface{ ~[]$1 }, $1 cmp.Ordered]($0, ...$1) $0",
        "pkg p/q, method (T) M(fs.FileInfo) int",
        "pkg p/q, method (*T) P()",
        "pkg p/q, type T struct",
        "pkg p/q, type T struct, A [4]struct",
        "pkg p/q, type T struct, embedded io.Reader",
        "pkg p/q, type I interface { N }",
        "pkg p/q, type I interface, N() bool",
        "pkg p/q, type K int",
        "pkg p/q, const C = 7",
        "pkg p/q, const C K",
        "pkg p/q, func Old //deprecated",
        "pkg p/q, func Gone() int",
    ]
    ergo_lines = [
        "func F func(string, ...interface{}) (*p/q.T, error)",
        "func G func[S ~[]E, E cmp.Ordered](S, ...E) S",
        "func Extra func()",
        "type T struct{A [4]struct{x int}; io.Reader; b int}",
        "method T.M func(io/fs.FileInfo) int",
        "method T.Read func([]uint8) (int, error)",
        "method *T.M func(io/fs.FileInfo) int",
        "method *T.P func()",
        "method *T.Read func([]uint8) (int, error)",
        "method *T.q func()",
        "type I interface{N() bool}",
        "method I.N func() bool",
        "type K int64",
        "const C p/q.K = 8",
    ]
    want = {}
    for line in go_lines:
        feat = go_feature(LINE_RE.match(line).group(3))
        if feat:
            want[feat[0]] = (norm_go_sig(feat[1]), line)
            if len(feat) == 3:
                want.setdefault(feat[2], ("", feat[2]))
    gaps = compare("p/q", want, ergo_lines)
    expect = [
        ("missing", "pkg p/q, func Gone() int"),
        ("differs", "pkg p/q, type K int  // ergo: int64"),
        ("differs", "pkg p/q, const C = 7  // ergo: 8"),
        ("extra", "pkg p/q, func Extra ()"),
    ]
    if sorted(gaps) != sorted(expect):
        print("selftest FAILED:", *gaps, sep="\n  ")
        return 1
    print("selftest passed")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ergo", nargs="?")
    ap.add_argument("--selftest", action="store_true", help="check the tool itself")
    ap.add_argument("packages", nargs="*")
    ap.add_argument("--apidir", default="/usr/share/go-1.19/api")
    ap.add_argument("--newer", default=os.path.join(ROOT, "tools", "stdlib_api_go120_122.txt"))
    ap.add_argument("--check", metavar="FILE", help="fail on gaps FILE does not list")
    ap.add_argument("--write", metavar="FILE", help="write the gaps to FILE")
    ap.add_argument("-q", "--quiet", action="store_true", help="only the per-package counts")
    args = ap.parse_args()
    if args.selftest:
        return selftest()
    if not args.ergo:
        ap.error("the ergo binary is required")
    packages = args.packages or PACKAGES
    want = load_go_api(args.apidir, args.newer, packages)
    have, errors = load_ergo_api(args.ergo, packages)
    if errors and not args.quiet:
        print(f"# ergo tool check reported: {errors.splitlines()[0]}")
    all_gaps = []
    for pkg in packages:
        if pkg not in have:
            print(f"{pkg}: package missing from ergo's stdlib")
            all_gaps.append(f"missing package {pkg}")
            continue
        gaps = compare(pkg, want[pkg], have[pkg])
        counts = {k: sum(1 for g in gaps if g[0] == k) for k in ("missing", "differs", "extra")}
        print(f"{pkg}: {len(want[pkg])} Go features, {counts['missing']} missing, "
              f"{counts['differs']} differ, {counts['extra']} extra")
        for kind, line in gaps:
            if kind == "missing" and pkg in SUMMARIZE_MISSING:
                continue
            if not args.quiet:
                print(f"  {kind} {line}")
            all_gaps.append(f"{kind} {line}")
        if pkg in SUMMARIZE_MISSING:
            all_gaps.append(f"missing {counts['missing']} features of {pkg} (not listed)")
    if args.write:
        with open(args.write, "w") as f:
            f.write("# Known gaps between ergo's stdlib API and Go 1.22's, from tools/stdlib_api.py\n"
                    "# (regenerate with --write; CI's --check fails on gaps not listed here).\n")
            f.write("".join(g + "\n" for g in all_gaps))
    if args.check:
        if selftest():
            return 1
        with open(args.check) as f:
            known = {l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")}
        current = set(all_gaps)
        new = sorted(current - known)
        gone = sorted(known - current)
        for g in gone:
            print(f"FIXED (drop from {os.path.basename(args.check)}): {g}")
        for g in new:
            print(f"NEW GAP: {g}")
        if new:
            print(f"stdlib_api: {len(new)} gaps not in {args.check}")
            return 1
        print(f"stdlib_api: no new gaps ({len(current)} known)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
