#!/usr/bin/env python3
"""Differential check of ergo's parser against go/parser (docs/syntax-dump.md).

Usage: parse_diff.py ERGO DIR... [--go GO] [--show N]

Builds tools/goparsedump with GO (default /usr/lib/go-1.19/bin/go), dumps every .go file
under the DIRs with both `ERGO tool parse -dump` and goparsedump, and reports the files
whose dumps differ, each with its first differing line. Exits 1 if any file differs.
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile


def split_dumps(text):
    """Maps each `# path` header to the dump lines that follow it."""
    dumps, current = {}, None
    for line in text.splitlines():
        if line.startswith("# "):
            current = dumps.setdefault(line[2:], [])
        elif current is not None:
            current.append(line)
    return dumps


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i, x, y
    n = min(len(a), len(b))
    return n, a[n] if n < len(a) else "<end>", b[n] if n < len(b) else "<end>"


def kind_of(line):
    return line.strip().split(" ")[0] if line != "<end>" else "<end>"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ergo")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("--show", type=int, default=20, help="differing files to show")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "goparsedump")
        env = dict(os.environ)
        if "GOCACHE" not in env and "HOME" not in env:
            env["GOCACHE"] = os.path.join(tmp, "gocache")
        # Named as a file, the program needs no go.mod in any module mode.
        subprocess.run([args.go, "build", "-o", exe, "main.go"], check=True, env=env,
                       cwd=os.path.join(root, "tools", "goparsedump"))
        ref = subprocess.run([exe] + args.dirs, capture_output=True, text=True,
                             errors="surrogateescape")
        got = subprocess.run([args.ergo, "tool", "parse", "-dump", "-e"] + args.dirs,
                             capture_output=True, text=True, errors="surrogateescape")
    want, have = split_dumps(ref.stdout), split_dumps(got.stdout)
    same, differ = 0, []
    for path in sorted(set(want) | set(have)):
        if path not in have or path not in want:
            differ.append((path, 0, "<missing>" if path not in want else "", ""))
            continue
        if want[path] == have[path]:
            same += 1
        else:
            i, w, h = first_difference(want[path], have[path])
            differ.append((path, i + 1, w, h))
    kinds = collections.Counter(kind_of(w) for _, _, w, _ in differ)
    for path, n, w, h in differ[: args.show]:
        print(f"{path}: dump line {n}\n  go/parser: {w.strip()}\n  ergo:      {h.strip()}")
    if kinds:
        print("first differing go/parser node kinds:",
              ", ".join(f"{k} {c}" for k, c in kinds.most_common()))
    print(f"{same} of {same + len(differ)} files agree")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
