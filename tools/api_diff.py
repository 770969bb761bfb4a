#!/usr/bin/env python3
"""Differential check of ergo's type checker against go/types (docs/api-dump.md).

Usage: api_diff.py ERGO PATTERN... [--goroot DIR] [--go GO] [--show N] [--min-agree N]

Builds tools/goapidump with GO (default /usr/lib/go-1.19/bin/go), prints the API of the
packages the PATTERNs name (`std`, or import paths) with both goapidump and
`ERGO tool check -api`, and compares them package by package. Reports each differing package
with its first differing line, then `N of M packages agree`. Exits 1 if any package differs,
or with --min-agree, only if fewer than N agree (a ratchet for CI while the checker grows).
"""
import argparse
import os
import subprocess
import sys
import tempfile


def split_packages(text):
    """Maps each `package PATH` header to the lines that follow it."""
    pkgs, current = {}, None
    for line in text.splitlines():
        if line.startswith("package "):
            current = pkgs.setdefault(line[len("package "):], [])
        elif current is not None:
            current.append(line)
    return pkgs


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i, x, y
    n = min(len(a), len(b))
    return n, a[n] if n < len(a) else "<end>", b[n] if n < len(b) else "<end>"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ergo")
    ap.add_argument("patterns", nargs="+")
    ap.add_argument("--goroot", default="/usr/share/go-1.19")
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("--show", type=int, default=20, help="differing packages to show")
    ap.add_argument("--min-agree", type=int, default=None,
                    help="pass when at least this many packages agree")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "goapidump")
        env = dict(os.environ)
        if "GOCACHE" not in env and "HOME" not in env:
            env["GOCACHE"] = os.path.join(tmp, "gocache")
        # Named as a file, the program needs no go.mod in any module mode.
        subprocess.run([args.go, "build", "-o", exe, "main.go"], check=True, env=env,
                       cwd=os.path.join(root, "tools", "goapidump"))
        ref = subprocess.run([exe, "-goroot", args.goroot] + args.patterns,
                             capture_output=True, text=True, errors="surrogateescape")
        if ref.returncode != 0:
            sys.stderr.write(ref.stderr)
            print("goapidump failed: go/types reported errors")
            return 1
        got = subprocess.run([args.ergo, "tool", "check", "-api", "-goroot", args.goroot] +
                             args.patterns, capture_output=True, text=True,
                             errors="surrogateescape")
        if got.returncode not in (0, 1):
            sys.stderr.write(got.stderr[-4000:])
            print(f"ergo tool check failed with status {got.returncode}")
            return 1
    want, have = split_packages(ref.stdout), split_packages(got.stdout)
    same, differ = 0, []
    for path in sorted(set(want) | set(have)):
        if path not in have or path not in want:
            side = "ergo" if path not in have else "goapidump"
            differ.append((path, 0, f"<package missing from {side}>", ""))
            continue
        if want[path] == have[path]:
            same += 1
        else:
            i, w, h = first_difference(want[path], have[path])
            differ.append((path, i + 1, w, h))
    for path, n, w, h in differ[: args.show]:
        print(f"{path}: line {n}\n  go/types: {w}\n  ergo:     {h}")
    if len(differ) > args.show:
        print(f"... and {len(differ) - args.show} more differing packages")
    print(f"{same} of {same + len(differ)} packages agree")
    if args.min_agree is not None:
        return 0 if same >= args.min_agree else 1
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
