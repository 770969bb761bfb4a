#!/usr/bin/env python3
"""Export data on std (docs/export-data.md): the API of each package as read back from its
export file, by `ergo tool export -api` (every import read from export files too), must equal
`ergo tool check -api` (packages checked in memory).

Usage: export_api_diff.py ERGO CLEAN_LIST [--goroot DIR] [--show N] [--min-agree N]

The packages named in CLEAN_LIST (testdata/check/std_clean.list: all of std now) must agree,
and at least N packages in all. Exits 1 when one of them differs, fewer agree, an export file
could not be read back, or `ergo tool export` did not finish (a crash, no summary).
"""
import argparse
import subprocess
import sys
import tempfile


def blocks(text):
    out, name = {}, None
    for line in text.splitlines(keepends=True):
        if line.startswith("package "):
            name = line[len("package "):].strip()
            out[name] = ""
        elif name is not None:
            out[name] += line
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ergo")
    ap.add_argument("clean_list")
    ap.add_argument("--goroot", default="/usr/share/go-1.19")
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--min-agree", type=int, default=0)
    args = ap.parse_args()
    with open(args.clean_list) as f:
        clean = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    checked = subprocess.run([args.ergo, "tool", "check", "-goroot", args.goroot, "-api", "std"],
                             capture_output=True, text=True)
    with tempfile.TemporaryDirectory() as out:
        exported = subprocess.run([args.ergo, "tool", "export", "-goroot", args.goroot, "-o", out,
                                   "-api", "std"], capture_output=True, text=True)
    want, got = blocks(checked.stdout), blocks(exported.stdout)
    summary = exported.stderr.strip().splitlines()[-2:]
    unreadable = [l for l in exported.stderr.splitlines() if ": reading " in l]
    agree = sum(1 for p in want if got.get(p) == want[p])
    print(f"{agree} of {len(want)} packages agree; {len(clean)} must (std_clean.list), "
          f"{args.min_agree} at least")
    finished = exported.returncode in (0, 1) and "export files" in exported.stderr
    if not finished:
        print(f"FAIL: ergo tool export exited with {exported.returncode}")
        return 1
    print("\n".join(summary))
    bad = [p for p in clean if p not in want or got.get(p) != want[p]]
    for p in bad[: args.show]:
        print(f"--- {p}: differs")
        w, g = want.get(p, "").splitlines(), got.get(p, "").splitlines()
        for line in sorted(set(w) ^ set(g))[:10]:
            print(("-" if line in w else "+") + " " + line)
    for line in unreadable[: args.show]:
        print(line)
    if bad or unreadable or agree < args.min_agree:
        print(f"FAIL: {len(bad)} clean packages differ, {len(unreadable)} files unreadable, "
              f"{agree} agree")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
