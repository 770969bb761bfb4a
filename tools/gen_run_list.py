#!/usr/bin/env python3
"""Writes testdata/gotest/run.list and run.failing: which of go 1.19's `// run` tests that import
only the everyday standard library ergo passes today (issue 7, "must show" 1; issue 6 counted
the import-free ones), for `golden.py --gotest-run-list`.

A test of /usr/share/go-1.19/test is a candidate when:
  1. it lives in one of the directories that Go's test/run.go walks (not recursive);
  2. its recipe (first line, or second after a `+build` line, as golden.gotest_recipe reads
     it) starts with the word `run`. Of the 934 such files, 21 have more words: gc flags
     (`-gcflags=...`, `-goexperiment X`, `-race`) or program arguments. They are kept: gc's
     flags tune gc's own compiler and ergo ignores them; program arguments are passed to the
     program as run.go passes them (args.go), and leading `.go` words name more source files
     of the program, as for `go run` (cmplxdivide.go's cmplxdivide1.go);
  3. its build constraints hold for linux/amd64 with cgo off, `gc` on (run.go's shouldTest);
     this drops 11, leaving 923;
  4. every package it imports is one of EVERYDAY (fmt, os, strings, strconv, errors, sort,
     math, unicode, unicode/utf8, bytes, sync, sync/atomic, time, runtime), or it imports
     nothing. The imports are read from the code: the import declarations after the package
     clause, comments skipped (typeparam/issue50417b.go's only `import "fmt"` sits in a block
     comment: it imports nothing). This gives 756 tests, 464 of them import-free.
The issue says 751; no rule found gives it. Reading the imports from lines (comments
included) instead of code gives the same 756 (the only commented import is issue50417b's
`fmt`, allowed either way), and so does go/parser's ImportsOnly mode; none of the 756 renames
an import or has a file name that go/build would drop (`_arm64.go`). Leaving out the recipes
with flags or arguments gives 747 (750 leaving out only those that import something),
checking the constraints for arm64 too 755 (fixedbugs/issue15277.go is amd64-only), dropping
one of the rarely imported packages from EVERYDAY 746 to 752 but never 751. The difference,
under 1%, does not move the bar: 557 of 751 is 74.2%, as is 561 of 756.
Of the 756, 656 are sequential (the issue's "about 655 use no goroutines, channels, sync or
timers"): no `go`, `chan` or `select` keyword outside comments and literals, and no import of
sync, sync/atomic or time (maplinear.go only reads the clock, but to time itself). The issue 6
rule ("no line of the file starts with `import`") gave 463 import-free tests and 416 without
goroutines or channels; 464 and 417 here, issue50417b.go added. All three counts (all,
sequential, import-free) are printed on every run.

Each candidate is run through golden.py (ergo builds it with -lang=go1.19) in the four
configurations of golden.GOTEST_RUN_CONFIGS: amd64 -O0, amd64 -O2, arm64 -O0, arm64 -O2 (arm64
under qemu-aarch64-static). It passes when, in all four, it builds, exits 0 and prints (stdout
and stderr together) exactly its .out, or nothing without one. Passing tests go to run.list;
the others to run.failing as `PATH  # reason`, the reason a short phrase for the first problem:
`ergo: does not support X yet` (the first construct ergo names), `ergo: <first error>`,
`ergo crashed ...`, `exit N: <first output line>`, `output differs at line N: want ..., got
...`, `timed out`; prefixed with the configurations when not all four fail (`arm64 -O0 only:
...`). Each build and each run may take --timeout seconds, by default half of what golden.py
allows, so that a listed test does not time out in CI on a busy machine. A build that fails with
a diagnostic in the first configuration is not retried in the others (the front end does not
depend on the target). The ctest test gotest/run (testdata/CMakeLists.txt) fails when a
listed test stops passing.

The summary on stderr also counts, over the failing tests, every construct ergo names as
unsupported when building with -e (how many tests need it, and for how many it is the only
one): the order in which to implement them.

It reads go 1.19's test files and .out files to judge; ergo's output only decides which list a
test goes to, never what a test expects.

Usage: gen_run_list.py --ergo ERGO [--root DIR] [-j N] [--timeout S] [--check] [-v]
                       [--only GLOB...] [--candidates]
  --check       writes nothing; exits 1 when a committed file differs from the generated one.
  --only GLOB   judges only the candidates whose path matches one of the globs (fnmatch, e.g.
                `fixedbugs/issue1*`), prints each verdict and writes nothing: a dry run.
  --candidates  prints the candidates (`PATH<TAB>imports<TAB>1 if sequential`) and the
                counts, runs nothing (no --ergo needed).
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import fnmatch
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import golden  # noqa: E402  (the run rule and the ergo runner are golden.py's)
import gen_syntax_errorcheck_list as syntax_list  # noqa: E402  (run.go's dirs and tags)

REPO_ROOT = Path(__file__).resolve().parent.parent
LIST_FILE = REPO_ROOT / "testdata" / "gotest" / "run.list"
FAILING_FILE = REPO_ROOT / "testdata" / "gotest" / "run.failing"
LIST_HEADER = (
    "# go 1.19 `// run` tests that import only fmt, os, strings, strconv, errors, sort, math,\n"
    "# unicode, unicode/utf8, bytes, sync, sync/atomic, time, runtime or nothing (paths relative\n"
    "# to /usr/share/go-1.19/test) that ergo passes on amd64 and arm64 at -O0 and -O2.\n"
    "# Generated by tools/gen_run_list.py; do not edit.\n")
FAILING_HEADER = (
    "# go 1.19 `// run` tests that import only the everyday packages (see run.list) and that\n"
    "# ergo does not pass yet, one `PATH  # reason` a line. Generated by tools/gen_run_list.py;\n"
    "# do not edit.\n")

# The packages a candidate may import (issue 7).
EVERYDAY = frozenset(("fmt", "os", "strings", "strconv", "errors", "sort", "math", "unicode",
                      "unicode/utf8", "bytes", "sync", "sync/atomic", "time", "runtime"))
# Importing one of these makes a test concurrent (locks, atomics, clocks and timers).
CONCURRENT_IMPORTS = frozenset(("sync", "sync/atomic", "time"))

COMMENT_RX = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
LITERAL_RX = re.compile(r'"(?:\\.|[^"\\\n])*"|`[^`]*`|\'(?:\\.|[^\'\\\n])*\'')
# After the package clause: one import declaration, a single spec or a parenthesized group.
IMPORT_DECL_RX = re.compile(r'\s*;?\s*import\s*(?:\((?P<group>[^)]*)\)|(?P<spec>[^\n;]*))')
PACKAGE_RX = re.compile(r"\bpackage\s+\w+")
CONCURRENCY_RX = re.compile(r"\b(?:go|chan|select)\b")
UNSUPPORTED_RX = re.compile(r"ergo does not support (.*?) yet")


def code_only(src: str) -> str:
    """The source without comments and literals (a literal may hold `//`, a comment quotes)."""
    out, pos = [], 0
    rx = re.compile(COMMENT_RX.pattern + "|" + LITERAL_RX.pattern, re.S)
    for m in rx.finditer(src):
        out.append(src[pos:m.start()])
        out.append('""' if m.group(0)[0] in "\"`'" else " ")
        pos = m.end()
    out.append(src[pos:])
    return "".join(out)


def without_comments(src: str) -> str:
    """The source with its comments blanked and its literals kept (a literal may hold `//`)."""
    rx = re.compile(COMMENT_RX.pattern + "|" + LITERAL_RX.pattern, re.S)
    return rx.sub(lambda m: m.group(0) if m.group(0)[0] in "\"`'" else " ", src)


def imports(src: str) -> list[str]:
    """The paths the file imports: its import declarations, read from the code (comments
    skipped), which Go requires right after the package clause."""
    code = without_comments(src)
    m = PACKAGE_RX.search(code)
    if not m:
        return []
    paths, pos = [], m.end()
    while d := IMPORT_DECL_RX.match(code, pos):
        specs = d.group("group") if d.group("group") is not None else d.group("spec")
        paths += [q[1:-1] for q in re.findall(r'"[^"\n]*"|`[^`]*`', specs)]  # no escapes
        pos = d.end()
    return paths


class Candidate:
    """A candidate test: its path relative to the suite root, its imports, and whether it is
    sequential (no goroutines, channels, locks, atomics or clocks)."""

    def __init__(self, rel: str, imported: list[str], sequential: bool):
        self.rel, self.imports, self.sequential = rel, imported, sequential


def candidates(root: Path) -> list[Candidate]:
    """The candidate tests, in run.go's directory order."""
    found = []
    for d in syntax_list.RUN_GO_DIRS:
        for p in sorted((root / d).glob("*.go")):
            if golden.gotest_run_args(golden.gotest_recipe(p)) is None:
                continue
            if not syntax_list.build_ok(p):
                continue
            src = p.read_text(encoding="utf-8", errors="replace")
            imported = imports(src)
            if not set(imported) <= EVERYDAY:
                continue
            sequential = not CONCURRENCY_RX.search(code_only(src)) and \
                not CONCURRENT_IMPORTS & set(imported)
            found.append(Candidate(os.path.normpath(p.relative_to(root).as_posix()), imported,
                                   sequential))
    return found


def counts(cands: list[Candidate]) -> str:
    return (f"{len(cands)} candidates ({sum(c.sequential for c in cands)} sequential, "
            f"{sum(not c.imports for c in cands)} import-free)")


def attempt(opts: golden.Options, test: golden.Test) -> golden.TestFailure | None:
    try:
        golden.run_test(opts, test)
    except golden.TestFailure as e:
        return e
    except golden.TestSkipped as e:
        return golden.TestFailure(str(e), f"skipped: {e}")
    return None


def reason_of(e: golden.TestFailure) -> str:
    return e.reason or golden.short_line(str(e))


def verdict(ergo: str, qemu: str, timeout: float, test: golden.Test) -> str | None:
    """None when the test passes in all four configurations, else the reason."""
    failures: list[tuple[str, golden.TestFailure]] = []
    for arch, opt in golden.GOTEST_RUN_CONFIGS:
        e = attempt(golden.Options([ergo], arch, opt, qemu, timeout, False), test)
        if e is None:
            continue
        if not failures and e.reason.startswith("ergo: "):
            return reason_of(e)  # a diagnostic: the same in every configuration
        failures.append((f"{arch} -{opt}", e))
    if not failures:
        return None
    why = reason_of(failures[0][1])
    if len(failures) == len(golden.GOTEST_RUN_CONFIGS):
        return why
    return f"{', '.join(c for c, _ in failures)} only: {why}"


def unsupported(ergo: str, timeout: float, test: golden.Test) -> set[str]:
    """Every construct ergo names as unsupported in the test (amd64, -e)."""
    env = golden.ergo_env("amd64")
    try:
        r = golden.run_cmd([ergo, "build", "-e", f"-lang={golden.GOTEST_LANG}", "-o",
                            os.devnull, test.path.name], cwd=test.path.parent, env=env,
                           timeout=timeout)
    except golden.TestFailure:  # ergo could not be started: the verdict says why
        return set()
    return set(UNSUPPORTED_RX.findall(r.output))


def summary(failing: list[tuple[str, str]], needs: dict[str, set[str]]) -> str:
    lines = ["first problems:"]
    firsts = collections.Counter(re.sub(r"^.*? only: ", "", why) for _, why in failing)
    for why, n in firsts.most_common(15):
        lines.append(f"  {n:4d}  {why}")
    needed = collections.Counter(c for cs in needs.values() for c in cs)
    alone = collections.Counter(next(iter(cs)) for cs in needs.values() if len(cs) == 1)
    lines.append("unsupported constructs (tests that need it, tests it alone blocks):")
    for c, n in needed.most_common():
        lines.append(f"  {n:4d} {alone[c]:4d}  {c}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ergo")
    ap.add_argument("--root", default=golden.DEFAULT_GOTEST_ROOT)
    ap.add_argument("--qemu", default=golden.DEFAULT_QEMU)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=golden.DEFAULT_TIMEOUT / 2,
                    help="seconds for each build and run: half of golden.py's, so that a "
                         "listed test is far from timing out in CI (default %(default)g)")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only", nargs="+", metavar="GLOB",
                    help="judge only these candidates, print each verdict, write nothing")
    ap.add_argument("--candidates", action="store_true",
                    help="print the candidates and their counts; run nothing")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each verdict")
    args = ap.parse_args(argv)

    root = Path(args.root)
    cands = candidates(root)
    if args.candidates:
        for c in cands:
            print(f"{c.rel}\t{' '.join(c.imports)}\t{int(c.sequential)}")
        print(counts(cands), file=sys.stderr)
        return 0
    if not args.ergo:
        ap.error("--ergo is required")
    if args.only:
        cands = [c for c in cands if any(fnmatch.fnmatchcase(c.rel, g) for g in args.only)]
        if not cands:
            ap.error("--only matches no candidate")
    ergo = os.path.abspath(args.ergo)
    rels = [c.rel for c in cands]
    tests = [golden.classify_gotest_run(root, rel) for rel in rels]

    def judge(t: golden.Test) -> tuple[str | None, set[str]]:
        why = verdict(ergo, args.qemu, args.timeout, t)
        return why, (unsupported(ergo, args.timeout, t) if why else set())

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(judge, tests))
    verdicts = [why for why, _ in results]
    needs = {rel: cs for rel, (_, cs) in zip(rels, results) if cs}
    passing = [rel for rel, why in zip(rels, verdicts) if why is None]
    failing = [(rel, why) for rel, why in zip(rels, verdicts) if why is not None]
    if args.verbose or args.only:
        for rel, why in zip(rels, verdicts):
            print(f"{'ok  ' if why is None else 'FAIL'} {rel}{'' if why is None else ': ' + why}",
                  file=sys.stderr)
        print(summary(failing, needs), file=sys.stderr)
    seq_pass = sum(c.sequential for c, why in zip(cands, verdicts) if why is None)
    free_pass = sum(not c.imports for c, why in zip(cands, verdicts) if why is None)
    print(f"{counts(cands)}: {len(passing)} pass ({seq_pass} sequential, {free_pass} "
          f"import-free), {len(failing)} fail", file=sys.stderr)
    if args.only:
        return 0

    return syntax_list.write_pass_fail_lists(LIST_FILE, LIST_HEADER, passing, FAILING_FILE,
                                             FAILING_HEADER, failing, args.check)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
