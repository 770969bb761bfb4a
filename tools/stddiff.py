#!/usr/bin/env python3
"""Differential tests of ergo's standard library against go 1.19 (issue 7, "must show" 2).

Each family is one Go program, testdata/stddiff/FAMILY.go, that takes a seed and a count,
draws random inputs from its own generator (splitmix64, not math/rand) and prints one line per
case: the case number, its inputs, the results. The same source is built by go 1.19 (the
oracle) and by ergo; both run with the same arguments and must print the same lines.

  strconv  FormatFloat/AppendFloat of float64 and float32 from random 64-bit patterns (every
           exponent, subnormals, ±0, Inf, NaN, short decimals, ties) in the formats e E f g G
           b x X and precisions -1..17 (sometimes up to 59), ParseFloat of every output,
           ParseFloat of mutated and hand-built strings (hexadecimal, underscores, long
           mantissas, huge exponents, inf/nan spellings), FormatInt/ParseInt/ParseUint/Atoi,
           Quote* / Unquote / UnquoteChar / IsPrint / IsGraphic / CanBackquote.
  fmt      Sprintf over the verb and flag matrix (+ - # 0 space, widths, precisions, `*`,
           argument indexes, missing and extra arguments, wrong types) applied to ints of every
           width, floats, complex numbers, strings, byte slices, bools, structs, pointers to
           structs, maps, slices, arrays, nil values, Stringer/GoStringer/Formatter/error
           values and panicking String methods; Sprint, Sprintln, Errorf, Append, Appendf,
           Appendln; Sscan, Sscanln and Sscanf of random text into typed targets.
  strings  strings and bytes over random strings (ASCII, UTF-8 with case-special letters,
           invalid bytes): Index*, LastIndex*, Contains*, Count, Split*, Fields*, Replace,
           Title/ToUpper/ToLower/ToTitle/EqualFold, Trim*, Repeat, Map, Cut, Join, Compare,
           ToValidUTF8, Builder, Buffer, Reader, Replacer.
  sort     Sort, Stable, Slice, SliceStable, Sort(Reverse), Ints, Float64s (NaNs, ±0),
           Strings, Search* over slices in pdqsort's special patterns with many equal keys
           (the order of equal elements must be gc's).
  misc     time (Format/Parse with random layouts and zones, mutated texts, Date, AddDate,
           Round, Truncate, Duration String/ParseDuration), path and path/filepath (Match,
           Clean, Join, Rel, Split, Base, Dir, Ext), text/tabwriter, flag (a FlagSet on random
           arguments); written by the "misc" helper.
  math     every function of math on float64 bit patterns biased to ±0, ±Inf, NaN,
           subnormals, integers, halves, values near 1 and near multiples of π/4, huge
           trigonometric arguments (results as bits, every NaN as NaN).

Usage:
  stddiff.py --ergo build/bin/ergo [FAMILY...] [-n 100000] [--seed 1] [--seeds K]
             [--arch amd64|arm64] [--opt O2] [--show 5] [--work DIR]

Every family runs -n cases for each of --seeds seeds (--seed, --seed+1, ...); --seed random
draws a fresh first seed (printed, to rerun). ctest runs stddiff/FAMILY/ARCH with seed 1 and
100,000 cases (testdata/CMakeLists.txt); a larger run: `stddiff.py --ergo build/bin/ergo -n
1000000 --seed random --seeds 5`. One case alone: `WORK/go-FAMILY-for-amd64-O2 SEED 1 CASE`
(and WORK/ergo-FAMILY-amd64-O2), the binaries kept under --work.

On a difference it prints the first --show differing cases (the oracle's line, which holds
the inputs, then ergo's), the number of differing lines, and fails; also when ergo does not
build the program, or the program crashes or exits non-zero. With --arch arm64 ergo's binary
runs under qemu-aarch64-static; the oracle is built for amd64, as strconv, fmt and strings do
not depend on the architecture, except for math, where gc itself differs (arm64 fuses
multiply-adds): its oracle is built for arm64 and runs under qemu too. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = REPO_ROOT / "testdata" / "stddiff"
FAMILIES = ("strconv", "fmt", "strings", "math", "sort", "misc")
# Families whose results gc computes differently on arm64 (fused multiply-adds): their oracle
# is built for the architecture under test and runs under qemu too.
ARCH_ORACLE = {"math"}
GO = os.environ.get("GO", "/usr/lib/go-1.19/bin/go")
QEMU = "qemu-aarch64-static"
BUILD_TIMEOUT = 600
RUN_TIMEOUT = 600


class Failure(Exception):
    pass


def build_go(src: Path, out: Path, gocache: str, arch: str) -> None:
    env = dict(os.environ, GOCACHE=gocache, GOOS="linux", GOARCH=arch, CGO_ENABLED="0",
               GO111MODULE="off")
    p = subprocess.run([GO, "build", "-o", str(out), src.name], cwd=src.parent, env=env,
                       capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    if p.returncode != 0:
        raise Failure(f"go build {src.name} failed:\n{p.stdout}{p.stderr}")


def build_ergo(ergo: str, src: Path, out: Path, arch: str, opt: str) -> None:
    cmd = [ergo, "build", f"-{opt}", "-o", str(out), src.name]
    env = dict(os.environ, GOOS="linux", GOARCH=arch)
    try:
        p = subprocess.run(cmd, cwd=src.parent, env=env, capture_output=True, text=True,
                           timeout=BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise Failure(f"ergo build {src.name} timed out") from None
    if p.returncode != 0:
        raise Failure(f"ergo build {src.name} failed:\n{p.stdout}{p.stderr}")


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, capture_output=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired as e:
        return subprocess.CompletedProcess(cmd, "timeout", e.stdout or b"", e.stderr or b"")


def text(b: bytes) -> str:
    return b.decode("utf-8", "backslashreplace")


def compare(family: str, seed: int, count: int, want: subprocess.CompletedProcess,
            got: subprocess.CompletedProcess, show: int) -> list[str]:
    """The report lines for one run (empty when ergo printed exactly what go did)."""
    if want.returncode != 0:
        raise Failure(f"{family} seed {seed}: the oracle exited {want.returncode}:\n"
                      f"{text(want.stderr)[-2000:]}")
    wl, gl = want.stdout.split(b"\n"), got.stdout.split(b"\n")
    report = []
    diffs = [i for i in range(min(len(wl), len(gl))) if wl[i] != gl[i]]
    for i in diffs[:show]:
        report.append(f"  go:   {text(wl[i])[:600]}\n  ergo: {text(gl[i])[:600]}")
    if diffs:
        report.insert(0, f"{family} seed {seed}: {len(diffs)} of {count} cases differ; "
                         f"the first {min(show, len(diffs))}:")
    if got.returncode != 0 or len(gl) != len(wl):
        last = text(gl[-2]) if len(gl) >= 2 else "none"
        report.append(f"{family} seed {seed}: ergo's program exited {got.returncode} after "
                      f"{max(0, len(gl) - 1)} of {count} lines (its last: {last[:300]})\n"
                      f"  stderr: {text(got.stderr)[-1500:]}")
    return report


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("families", nargs="*", metavar="FAMILY",
                    help=f"some of {', '.join(FAMILIES)} (default: all)")
    ap.add_argument("--ergo", required=True)
    ap.add_argument("-n", "--count", type=int, default=100000, help="cases per seed")
    ap.add_argument("--seed", default="1", help="first seed, or `random`")
    ap.add_argument("--seeds", type=int, default=1, help="how many consecutive seeds")
    ap.add_argument("--arch", default="amd64", choices=("amd64", "arm64"))
    ap.add_argument("--opt", default="O2", choices=("O0", "O1", "O2"))
    ap.add_argument("--show", type=int, default=5, help="differing cases shown per run")
    ap.add_argument("--work", help="keep the binaries here (default: a temporary directory)")
    ap.add_argument("--gocache", default=os.environ.get(
        "GOCACHE", os.path.join(tempfile.gettempdir(), "gocache-stddiff")))
    args = ap.parse_args(argv)

    families = args.families or list(FAMILIES)
    for f in families:
        if f not in FAMILIES:
            ap.error(f"unknown family {f!r}")
    first = random.randrange(1, 1 << 31) if args.seed == "random" else int(args.seed)
    if args.seed == "random":
        print(f"seed {first}", flush=True)
    ergo = os.path.abspath(args.ergo)
    tmp = None
    if args.work:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="stddiff-")
        work = Path(tmp.name)
    failed = False
    for family in families:
        src = PROGRAMS / f"{family}.go"
        # One oracle per configuration: ctest runs the configurations side by side.
        oracle = work / f"go-{family}-for-{args.arch}-{args.opt}"
        mine = work / f"ergo-{family}-{args.arch}-{args.opt}"
        t0 = time.monotonic()
        try:
            oracle_arch = args.arch if family in ARCH_ORACLE else "amd64"
            build_go(src, oracle, args.gocache, oracle_arch)
            build_ergo(ergo, src, mine, args.arch, args.opt)
        except (Failure, subprocess.TimeoutExpired) as e:
            print(f"{family}: {e}", flush=True)
            failed = True
            continue
        t1 = time.monotonic()
        bad = 0
        for seed in range(first, first + args.seeds):
            argv_ = [str(seed), str(args.count)]
            want = run(([QEMU] if oracle_arch != "amd64" else []) + [str(oracle), *argv_])
            got = run(([QEMU] if args.arch != "amd64" else []) + [str(mine), *argv_])
            try:
                report = compare(family, seed, args.count, want, got, args.show)
            except Failure as e:
                report = [str(e)]
            if report:
                bad += 1
                print("\n".join(report), flush=True)
        t2 = time.monotonic()
        print(f"{family}: {args.seeds} seed(s) from {first} x {args.count} cases, "
              f"{'ok' if not bad else f'{bad} seed(s) differ'} (build {t1 - t0:.1f} s, "
              f"run {t2 - t1:.1f} s)", flush=True)
        failed |= bad > 0
    if tmp:
        tmp.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
