#!/usr/bin/env python3
"""Golden test runner for ergo, following the conventions of Go's own test/ directory.

Test kinds, decided by the directory a test lives in (testdata/run, testdata/errors,
testdata/panic), or failing that by a Go test/ header on the first line (`// run`,
`// errorcheck`):

  run     testdata/run/x.go, or testdata/run/x.dir/ (a whole module: go.mod, the main
          package's files, subpackage directories). Passes when it builds, exits 0, and its
          stdout and stderr, captured together in order, equal x.out (empty output when there
          is no x.out). For arm64, x.arm64.out is used when it exists.
  errors  testdata/errors/x.go: `ergo build` must fail without crashing, and its diagnostics
          must agree with the `// ERROR "regexp"` comments (Go's errorcheck rule, below).
  panic   testdata/panic/x.go: the program must exit with status 2 and the first line of its
          stderr must equal the first line of x.out (x.arm64.out for arm64 when it exists).
  selfcheck testdata/selfcheck/x.go: for features newer than go 1.19, which cannot generate
          expectations: the program checks its own results against values written from the
          spec and must exit 0 printing exactly `PASS`.
  abi     testdata/abi/x.go: proofs of the runtime ABI (docs/abi.md); self-checking like
          selfcheck, and free to call ergo-only runtime test hooks through //go:linkname, so
          gc cannot run them. CTest runs each at -O0 and -O2 (`--opt`).

An errors test may name the language version it is checked under on its first line, as Go's
own suite does: `// errorcheck -lang=go1.21` builds it with `ergo build -lang=go1.21` (and
--update with gc's `-lang`, except for versions newer than go 1.19, whose expectations are
written from the spec and release notes).
`// errorcheck -compile` has --update check it with `go tool compile -p=main -C -e` instead
of `go build`, for errors that the go command would report first in its own words (invalid
import paths); ergo is run the same way as for any errors test.

A header of `// skip` on the first line skips a test (exit status 77, which CTest reports as
skipped). Single files are built with the test's directory as working directory and the
file's base name as argument (`ergo build -o OUT x.go`), a .dir test inside that directory
with `ergo build -o OUT .`, exactly as `go run` would be used in Go's test/ directory.

The errorcheck rule (as Go's test/run.go): a comment `// ERROR "re"` on a line expects a
diagnostic on that line whose message (the text after `FILE:LINE:COL: `) matches the regexp
`re` (unanchored). A comment may carry several regexps (`// ERROR "a" "b"`, each must be
matched), alternatives are written inside one regexp (`"re1|re2"`), and a regexp may be
backquoted instead of double-quoted. The quoted text is used verbatim (no string escapes), and
`LINE`, `LINE+n`, `LINE-n` in it stand for `x.go:N`. A line containing `////` has its ERROR
comment disabled. Every diagnostic must be claimed by some ERROR regexp on its line; lines
that start with a tab continue the previous diagnostic (gc's `have (...)`/`want (...)`);
`# pkg` header lines, blank lines and a final `too many errors` are ignored; any other output
line counts as an unmatched diagnostic.

Go's own errorcheck tests (--gotest): a test of go 1.19's test suite, named by its path relative
to /usr/share/go-1.19/test (--gotest-root), is run in place, never copied. Only single-file
`// errorcheck` tests with no compiler flags (or only -d=panic) are accepted. As Go's test/run.go
does (`go tool compile -e ...`), ergo builds it with `-e`, so that all its errors are reported;
the ERROR comments are read with run.go's own rule, which knows only double-quoted regexps.
A list file (--gotest-list) names one test per line; `#` starts a comment. -j runs tests in
parallel.

Go's own run tests (--gotest-run, --gotest-run-list): a single-file `// run` test of go 1.19's
suite, run in place like the errorcheck ones. ergo builds it at the suite's language version
(`-lang=go1.19`: one loop variable per loop) and it passes when the program exits 0 and its
stdout and stderr together equal the test's .out (empty without one), as run.go's
checkExpectedOutput. Each is run in four configurations, amd64 and arm64 (under qemu) at -O0
and -O2, and fails when any of them does. Words after `run` in the recipe: flags (`-gcflags`,
`-goexperiment X`, ...) tune gc's own compiler and are ignored; then, as run.go's `go run x.go
WORDS...`, leading words ending in `.go` are more source files of the program
(cmplxdivide.go's `cmplxdivide1.go`, in the test's directory) and the rest its arguments. As
run.go, the program runs with GOOS and GOARCH set to its target in the environment (env.go
checks them). tools/gen_run_list.py writes testdata/gotest/run.list.

Usage:
  golden.py --ergo build/bin/ergo --arch amd64 testdata/run/recursion.go
  golden.py --ergo build/bin/ergo --arch arm64 testdata/run/modimport.dir
  golden.py --ergo build/bin/ergo                       # every test, amd64
  golden.py --update [TEST...]                          # regenerate .out from go 1.19
  golden.py --ergo build/bin/ergo --gotest syntax/semi1.go
  golden.py --ergo build/bin/ergo -j2 --gotest-list testdata/gotest/syntax_errorcheck.list
  golden.py --ergo build/bin/ergo -j2 --gotest-run-list testdata/gotest/run.list

--update never consults ergo. For run and panic tests it builds each test with the reference
Go toolchain and runs it (the same as `go run x.go`, and for arm64 the same as
`GOARCH=arm64 go run -exec qemu-aarch64-static x.go`), then writes x.out from the amd64 output
and x.arm64.out only when arm64's output differs (a stale x.arm64.out is removed). A run test
with empty output gets no .out file. A panic test's .out keeps the panic report up to the
goroutine trace (the trace holds addresses and absolute paths; `exit status 2` is go run's, not
the program's). For errors tests, --update writes nothing: it builds the file with gc
(`go build -gcflags=-e`) and verifies that gc's own diagnostics satisfy the ERROR comments
under the same rule, reporting any mismatch.

Exit status: 0 when every test passed (or --update succeeded), 1 when any failed, 77 when the
only test given was skipped. Standard library only.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PASS, FAIL, SKIP = 0, 1, 77

REPO_ROOT = Path(__file__).resolve().parent.parent
TESTDATA = REPO_ROOT / "testdata"
DEFAULT_GO = "/usr/lib/go-1.19/bin/go"
DEFAULT_GOTEST_ROOT = "/usr/share/go-1.19/test"
# Flags of an `// errorcheck` recipe that change nothing ergo is asked to check.
GOTEST_HARMLESS_FLAGS = ("-d=panic", "-e")
DEFAULT_QEMU = "qemu-aarch64-static"
# The language version Go's own suite is written for: its run tests are built at it.
GOTEST_LANG = "go1.19"
# The configurations a run test of Go's suite must pass in: (architecture, optimisation).
GOTEST_RUN_CONFIGS = (("amd64", "O0"), ("amd64", "O2"), ("arm64", "O0"), ("arm64", "O2"))
# Recipe flags of a `// run` test that take the next word as their value (run.go's list).
GOTEST_RUN_VALUE_FLAGS = ("-t", "-goexperiment", "-gcflags")
DEFAULT_TIMEOUT = 60.0
KINDS = ("run", "errors", "panic", "selfcheck", "abi")
# A selfcheck program tests a feature newer than go 1.19: it compares its results with values
# written from the spec and prints exactly this when all of them agree.
SELFCHECK_PASS = "PASS\n"

# Markers of a compiler that crashed rather than reported errors.
CRASH_MARKERS = ("Assertion", "Stack dump", "LLVM ERROR", "PLEASE submit a bug report",
                 "Segmentation fault", "terminate called", "UNREACHABLE executed")

# The markers whose line says what went wrong (the others introduce a stack dump).
CRASH_DETAIL_MARKERS = ("Assertion", "LLVM ERROR", "terminate called", "UNREACHABLE executed",
                        "internal compiler error")

# Output lines longer than this many lines are cut in failure reports.
MAX_REPORT_LINES = 60


class TestFailure(Exception):
    """A test failed; the message explains why, `reason` sums it up in a short phrase (for
    tools/gen_run_list.py's failure list) when the raiser knows one."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class TestSkipped(Exception):
    """A test was skipped; the message says why."""


# ---------------------------------------------------------------------------------------------
# Locating tests and their expectations


@dataclass
class Test:
    path: Path  # x.go, or the x.dir directory
    kind: str  # "run", "errors" or "panic"
    gotest: str = ""  # for a test of Go's suite, its path relative to the suite's root
    args: tuple[str, ...] = ()  # the program's arguments (a Go run test's recipe)
    files: tuple[str, ...] = ()  # more source files, beside path (a Go run test's recipe)

    @property
    def stem(self) -> Path:
        """testdata/run/x for both testdata/run/x.go and testdata/run/x.dir."""
        return self.path.with_suffix("")

    @property
    def name(self) -> str:
        if self.gotest:
            return f"gotest/{self.gotest}"
        return f"{self.kind}/{self.stem.name}"

    def out_file(self, arch: str) -> Path:
        """The expectation file to compare against for `arch`."""
        if arch != "amd64":
            specific = self.stem.with_suffix(f".{arch}.out")
            if specific.exists():
                return specific
        return self.stem.with_suffix(".out")

    def lang(self) -> str:
        """The language version an errors test asks for on its header line, as Go's own
        suite spells it (`// errorcheck -lang=go1.21` -> `go1.21`), GOTEST_LANG for a run
        test of Go's suite, or ""."""
        if self.kind == "run" and self.gotest:
            return GOTEST_LANG
        if self.kind != "errors" or self.gotest:
            return ""
        words = self.header().removeprefix("//").split()
        for w in words[1:]:
            if w.startswith("-lang="):
                return w.removeprefix("-lang=")
        return ""

    def gc_compile(self) -> bool:
        """Whether the header asks --update to check the test with `go tool compile` instead
        of `go build` (`// errorcheck -compile`): for errors the go command reports itself,
        before the compiler sees the file (e.g. invalid import paths)."""
        return self.kind == "errors" and not self.gotest and \
            "-compile" in self.header().removeprefix("//").split()[1:]

    def header(self) -> str:
        """The first line of the test's (main) file, e.g. `// run`."""
        src = self.path / "main.go" if self.path.is_dir() else self.path
        try:
            with open(src, encoding="utf-8") as f:
                return f.readline().strip()
        except OSError:
            return ""


def classify(path: Path) -> Test:
    """Works out what kind of test `path` is."""
    if not path.exists():
        raise SystemExit(f"golden.py: {path}: no such test")
    if path.is_dir():
        if path.suffix != ".dir":
            raise SystemExit(f"golden.py: {path}: a directory test must be named x.dir")
        return Test(path, "run")
    if path.suffix != ".go":
        raise SystemExit(f"golden.py: {path}: not a .go file or .dir directory")
    if path.parent.name in KINDS:
        return Test(path, path.parent.name)
    first = Test(path, "run").header()
    if first.startswith("// errorcheck"):
        return Test(path, "errors")
    if first.startswith("// run"):
        return Test(path, "run")
    raise SystemExit(f"golden.py: {path}: cannot tell the test kind (not under run/, errors/ or "
                     "panic/, and no // run or // errorcheck header)")


def gotest_recipe(path: Path) -> list[str]:
    """The words of a Go test's recipe (`// errorcheck -d=panic` -> [errorcheck, -d=panic]).

    As run.go: the recipe is the first line, or the second when the first is a +build line.
    """
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
        if "+build" in first:
            first = f.readline()
    return first.strip().removeprefix("//").split()


def gotest_run_args(recipe: list[str]) -> tuple[str, ...] | None:
    """The words of a `// run ...` recipe after gc's flags (more source files, then the
    program's arguments: see classify_gotest_run), None when the recipe is no run recipe."""
    if not recipe or recipe[0] != "run":
        return None
    words = recipe[1:]
    while words and words[0].startswith("-"):
        words = words[2:] if words[0] in GOTEST_RUN_VALUE_FLAGS else words[1:]
    return tuple(words)


def classify_gotest_run(root: Path, rel: str) -> Test:
    """A `// run` test of Go's own suite, run in place."""
    path = root / rel
    if not path.is_file() or path.suffix != ".go":
        raise SystemExit(f"golden.py: {path}: no such Go test file")
    words = gotest_run_args(gotest_recipe(path))
    if words is None:
        raise SystemExit(f"golden.py: {path}: not a `// run` test")
    n = 0
    while n < len(words) and words[n].endswith(".go"):  # `go run x.go y.go args...`
        n += 1
    return Test(path, "run", gotest=rel, args=words[n:], files=words[:n])


def classify_gotest(root: Path, rel: str) -> Test:
    """A test of Go's own suite, run in place; only plain single-file errorcheck tests."""
    path = root / rel
    if not path.is_file() or path.suffix != ".go":
        raise SystemExit(f"golden.py: {path}: no such Go test file")
    recipe = gotest_recipe(path)
    if not recipe or recipe[0] != "errorcheck" or any(
            f not in GOTEST_HARMLESS_FLAGS for f in recipe[1:]):
        raise SystemExit(f"golden.py: {path}: not a plain `// errorcheck` test "
                         f"(recipe {' '.join(recipe)!r})")
    return Test(path, "errors", gotest=rel)


def lang_minor(lang: str) -> int:
    """`go1.21` -> 21 (0 when malformed)."""
    m = re.fullmatch(r"go1\.(\d+)", lang)
    return int(m.group(1)) if m else 0


def read_list(list_file: Path) -> list[str]:
    """The entries of a list file: one per line, `#` comments and blank lines ignored."""
    entries = []
    for line in list_file.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


def all_tests() -> list[Path]:
    """Every test under testdata/, in a stable order."""
    found: list[Path] = []
    for kind in KINDS:
        d = TESTDATA / kind
        if not d.is_dir():
            continue
        for p in sorted(d.iterdir()):
            if (p.is_file() and p.suffix == ".go") or (kind == "run" and p.is_dir()
                                                       and p.suffix == ".dir"):
                found.append(p)
    return found


# ---------------------------------------------------------------------------------------------
# Running commands


@dataclass
class Result:
    returncode: int  # negative: killed by that signal
    output: str  # stdout, or stdout and stderr combined
    stderr: str = ""  # only when captured separately
    timed_out: bool = False


def run_cmd(cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
            timeout: float = DEFAULT_TIMEOUT, split_stderr: bool = False) -> Result:
    """Runs `cmd`, capturing stdout and stderr as one stream (or apart with split_stderr).

    The command runs in its own process group so that a timeout ends it and its children.
    """
    try:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE if split_stderr else subprocess.STDOUT,
                                start_new_session=True)
    except OSError as e:
        raise TestFailure(f"cannot run {cmd[0]}: {e}") from e
    timed_out = False
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
    return Result(proc.returncode, decode(out), decode(err) if split_stderr else "", timed_out)


def decode(b: bytes | None) -> str:
    return (b or b"").decode("utf-8", errors="replace")


def describe_status(r: Result) -> str:
    if r.timed_out:
        return "timed out"
    if r.returncode < 0:
        try:
            return f"killed by signal {signal.Signals(-r.returncode).name}"
        except ValueError:
            return f"killed by signal {-r.returncode}"
    return f"exit status {r.returncode}"


def host_arch() -> str:
    m = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(m, m)


def exec_prefix(arch: str, qemu: str) -> list[str]:
    """How to run a binary for `arch` on this host."""
    if arch == host_arch():
        return []
    if arch == "arm64":
        if shutil.which(qemu) is None:
            raise TestSkipped(f"{qemu} not found; cannot run arm64 binaries")
        return [qemu]
    raise TestSkipped(f"cannot run {arch} binaries on a {host_arch()} host")


def go_env(arch: str) -> dict[str, str]:
    """Environment for the reference Go toolchain: module mode, offline, cache in /tmp."""
    env = dict(os.environ)
    env.pop("GOTOOLCHAIN", None)
    env.update(GOFLAGS="-mod=mod", GO111MODULE="on", GOPROXY="off", GOSUMDB="off",
               GOOS="linux", GOARCH=arch, CGO_ENABLED="0")
    env.setdefault("GOCACHE", os.path.join(tempfile.gettempdir(), "ergo-golden-gocache"))
    if "GOPATH" not in env and "HOME" not in env:
        env["GOPATH"] = os.path.join(tempfile.gettempdir(), "ergo-golden-gopath")
    return env


def ergo_env(arch: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(GOOS="linux", GOARCH=arch)
    return env


def build(tool: list[str], test: Test, out_bin: Path, env: dict[str, str], timeout: float,
          extra: list[str] | None = None) -> Result:
    """`TOOL build [extra] -o OUT x.go` in x.go's directory, or `... .` inside x.dir."""
    if test.path.is_dir():
        cwd, target = test.path, "."
    else:
        cwd, target = test.path.parent, test.path.name
    return run_cmd([*tool, "build", *(extra or []), "-o", str(out_bin), target, *test.files],
                   cwd=cwd, env=env, timeout=timeout)


def crashed(r: Result) -> str | None:
    """Why a compiler run looks like a crash rather than a diagnosis, or None."""
    if r.timed_out:
        return "compiler timed out"
    if r.returncode < 0 or r.returncode >= 128:
        return f"compiler crashed ({describe_status(r)})"
    for marker in CRASH_MARKERS:
        if marker in r.output:
            return f"compiler crashed (output contains {marker!r})"
    return None


# ---------------------------------------------------------------------------------------------
# Errorcheck: matching diagnostics against // ERROR comments

ERROR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
QUOTED_RX = re.compile(r'"([^"]*)"|`([^`]*)`')
GO_QUOTED_RX = re.compile(r'"([^"]*)"()')
LINE_RX = re.compile(r"LINE(([+-])(\d+))?")
DIAG_RX = re.compile(r"^(.*?\.go):(\d+)(?::(\d+))?: (.*)$", re.S)


@dataclass
class WantedError:
    line: int
    regexp: str
    compiled: re.Pattern[str]


def go_regexp_to_python(rx: str) -> str:
    """Go's RE2 syntax is close to Python's; translate the few differences that matter here."""
    return rx.replace(r"\z", r"\Z")


def wanted_errors(path: Path, go_quotes: bool = False) -> list[WantedError]:
    """The ERROR expectations in a source file, one per regexp.

    go_quotes: only double-quoted regexps, exactly as go 1.19's run.go reads them.
    """
    quotes_rx = GO_QUOTED_RX if go_quotes else QUOTED_RX
    wanted = []
    # Some of Go's tests hold invalid UTF-8 on purpose; ERROR comments are ASCII.
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    for i, text in enumerate(lines):
        lineno = i + 1
        if "////" in text:
            continue
        m = ERROR_RX.search(text)
        if not m:
            continue
        quoted = list(quotes_rx.finditer(m.group(1)))
        if not quoted:
            raise TestFailure(f"{path.name}:{lineno}: invalid ERROR comment (no quoted regexp): "
                              f"{text.strip()}")
        for q in quoted:
            rx = q.group(1) if q.group(1) is not None else q.group(2)
            assert rx is not None

            def line_ref(lm: re.Match[str], lineno: int = lineno) -> str:
                n = lineno
                if lm.group(1):
                    delta = int(lm.group(3))
                    n += delta if lm.group(2) == "+" else -delta
                return f"{path.name}:{n}"

            rx = LINE_RX.sub(line_ref, rx)
            try:
                compiled = re.compile(go_regexp_to_python(rx))
            except re.error as e:
                raise TestFailure(f"{path.name}:{lineno}: invalid regexp {rx!r} in ERROR "
                                  f"comment: {e}") from e
            wanted.append(WantedError(lineno, rx, compiled))
    return wanted


@dataclass
class Diagnostic:
    raw: str  # the whole (possibly multi-line) text as printed
    file: str | None = None  # base name of the file, None for a line that is no diagnostic
    line: int = 0
    message: str = ""


def parse_diagnostics(output: str) -> list[Diagnostic]:
    """Splits compiler output into diagnostics, folding tab-indented continuation lines."""
    diags: list[Diagnostic] = []
    for text in output.split("\n"):
        text = text.rstrip("\r")
        if text.startswith("\t") and diags:
            diags[-1].raw += "\n" + text
            continue
        if not text.strip() or text.startswith("#") or text.startswith("go tool"):
            continue
        diags.append(Diagnostic(text))
    for d in diags:
        m = DIAG_RX.match(d.raw)
        if m:
            d.file = os.path.basename(m.group(1))
            d.line = int(m.group(2))
            d.message = m.group(4)
    # A final "too many errors" (gc prints it with a position) is not a diagnostic to match.
    return [d for d in diags if (d.message if d.file else d.raw).strip() != "too many errors"]


def check_errors(path: Path, output: str, go_quotes: bool = False) -> list[str]:
    """Go's errorcheck rule; returns the list of problems (empty when the output is right)."""
    problems = []
    remaining = parse_diagnostics(output)
    for w in wanted_errors(path, go_quotes):
        on_line = [d for d in remaining if d.file == path.name and d.line == w.line]
        if not on_line:
            problems.append(f"{path.name}:{w.line}: missing error {w.regexp!r}")
            continue
        matched = [d for d in on_line if w.compiled.search(d.message)]
        if not matched:
            shown = "\n\t".join(d.raw for d in on_line)
            problems.append(f"{path.name}:{w.line}: no match for {w.regexp!r} in:\n\t{shown}")
            continue
        remaining = [d for d in remaining if d not in matched]
    if remaining:
        problems.append("unmatched errors:\n" + "\n".join("\t" + d.raw for d in remaining))
    return problems


# ---------------------------------------------------------------------------------------------
# Running one test against ergo


@dataclass
class Options:
    ergo: list[str]
    arch: str
    opt: str
    qemu: str
    timeout: float
    verbose: bool


def clip(text: str, limit: int = MAX_REPORT_LINES) -> str:
    lines = text.splitlines()
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more lines)"]
    return "\n".join(lines)


def output_diff(want: str, got: str, want_name: str) -> str:
    diff = difflib.unified_diff(want.splitlines(keepends=True), got.splitlines(keepends=True),
                                fromfile=want_name, tofile="output", n=2)
    text = "".join(d if d.endswith("\n") else d + "\n\\ no newline at end\n" for d in diff)
    return clip(text)


def first_difference(want: str, got: str, limit: int = 40) -> str:
    """`output differs at line N: want '...', got '...'` for the first line that differs."""
    want_lines = want.split("\n") if want else []
    got_lines = got.split("\n") if got else []
    for i in range(max(len(want_lines), len(got_lines))):
        w = want_lines[i] if i < len(want_lines) else None
        g = got_lines[i] if i < len(got_lines) else None
        if w != g:
            def show(line: str | None) -> str:
                if line is None:
                    return "the end"
                return repr(line if len(line) <= limit else line[: limit - 3] + "...")
            return f"output differs at line {i + 1}: want {show(w)}, got {show(g)}"
    return "output differs"


def ergo_build(opts: Options, test: Test, tmp: Path) -> tuple[Path, Result]:
    out_bin = tmp / test.stem.name
    extra = [f"-{opts.opt}"] if opts.opt else []
    if test.gotest and test.kind == "errors":
        extra.append("-e")  # run.go compiles errorcheck tests with -e: every error is reported
    if test.lang():
        extra.append(f"-lang={test.lang()}")
    r = build(opts.ergo, test, out_bin, ergo_env(opts.arch), opts.timeout, extra)
    why = crashed(r)
    if why:
        raise TestFailure(f"{why} building {test.path}:\n{clip(r.output)}",
                          "ergo " + why.removeprefix("compiler ") + crash_detail(r.output))
    return out_bin, r


def crash_detail(output: str) -> str:
    """`: <the line that names the crash>` (an assertion, an LLVM error), or ""."""
    for line in output.splitlines():
        if any(m in line for m in CRASH_DETAIL_MARKERS):
            return ": " + short_line(re.sub(r"^\S*/", "", line.strip()))
    return ""


def short_line(text: str, limit: int = 100) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= limit else line[: limit - 3] + "..."


def build_failure_reason(output: str) -> str:
    """A short phrase for a failed build: the unsupported construct ergo names, else the first
    diagnostic without its position."""
    unsupported = re.search(r"ergo does not support [^\n]*? yet", output)
    if unsupported:
        return "ergo: " + unsupported.group(0).removeprefix("ergo ")
    for line in output.splitlines():
        if line.strip() and not line.startswith("#"):
            return "ergo: " + short_line(re.sub(r"^\S+?\.go:\d+(:\d+)?: ", "", line))
    return "ergo: build failed without a message"


def run_test(opts: Options, test: Test) -> None:
    """Runs one test; raises TestFailure or TestSkipped, or returns when it passed."""
    if test.header().startswith("// skip"):
        raise TestSkipped(test.header())
    with tempfile.TemporaryDirectory(prefix="ergo-golden-") as tmpdir:
        tmp = Path(tmpdir)
        if test.kind == "errors":
            run_errors_test(opts, test, tmp)
        else:
            run_program_test(opts, test, tmp)


def run_errors_test(opts: Options, test: Test, tmp: Path) -> None:
    _, r = ergo_build(opts, test, tmp)
    if opts.verbose:
        print(r.output, end="")
    if r.returncode == 0:
        raise TestFailure("build succeeded, but errors were expected" +
                          ("\n" + clip(r.output) if r.output.strip() else ""))
    problems = check_errors(test.path, r.output, go_quotes=bool(test.gotest))
    if problems:
        raise TestFailure("\n".join(problems) + "\n--- compiler output:\n" + clip(r.output))


def run_program_test(opts: Options, test: Test, tmp: Path) -> None:
    prefix = exec_prefix(opts.arch, opts.qemu)
    out_bin, b = ergo_build(opts, test, tmp)
    if b.returncode != 0 or not out_bin.exists():
        raise TestFailure(f"build failed ({describe_status(b)}):\n{clip(b.output)}",
                          build_failure_reason(b.output))
    want_file = test.out_file(opts.arch)
    want = want_file.read_text(encoding="utf-8") if want_file.exists() else ""
    if test.kind in ("selfcheck", "abi"):
        want = SELFCHECK_PASS
    # Go's suite runs programs with GOOS and GOARCH set, as run.go does.
    env = ergo_env(opts.arch) if test.gotest else None
    r = run_cmd([*prefix, str(out_bin), *test.args], cwd=tmp, env=env, timeout=opts.timeout,
                split_stderr=test.kind == "panic")
    if opts.verbose:
        print(r.output + r.stderr, end="")
    if r.timed_out:
        raise TestFailure(f"program timed out after {opts.timeout:g}s; output so far:\n"
                          f"{clip(r.output + r.stderr)}", "timed out")
    if test.kind in ("run", "selfcheck", "abi"):
        if r.returncode != 0:
            status = describe_status(r).removeprefix("exit status ")
            first = short_line(r.output)
            raise TestFailure(f"program failed ({describe_status(r)}); output:\n{clip(r.output)}",
                              f"exit {status}" + (f": {first}" if first else ""))
        if r.output != want:
            raise TestFailure(f"output differs from {want_file.name}:\n"
                              f"{output_diff(want, r.output, want_file.name)}",
                              first_difference(want, r.output))
        return
    # panic
    want_first = want.split("\n", 1)[0]
    got_first = r.stderr.split("\n", 1)[0]
    if r.returncode != 2:
        raise TestFailure(f"program ended with {describe_status(r)}, want exit status 2; "
                          f"stderr:\n{clip(r.stderr)}")
    if got_first != want_first:
        raise TestFailure(f"first line of stderr differs from {want_file.name}:\n"
                          f"  want: {want_first!r}\n  got:  {got_first!r}\n"
                          f"stderr:\n{clip(r.stderr, 20)}")


# ---------------------------------------------------------------------------------------------
# --update: expectations from the reference Go toolchain


def panic_report(stderr: str) -> str:
    """The panic report without the goroutine trace (which holds addresses and paths)."""
    kept = []
    for line in stderr.splitlines():
        if line.startswith("goroutine ") or line.startswith("exit status "):
            break
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept) + "\n" if kept else ""


def reference_output(go: str, test: Test, arch: str, qemu: str, tmp: Path,
                     timeout: float) -> str:
    """What gc's binary for `arch` prints (the expectation format of test.kind)."""
    out_bin = tmp / f"{test.stem.name}.{arch}"
    b = build([go], test, out_bin, go_env(arch), timeout)
    if b.returncode != 0:
        raise TestFailure(f"go build failed for {arch} ({describe_status(b)}):\n{clip(b.output)}")
    r = run_cmd([*exec_prefix(arch, qemu), str(out_bin)], cwd=tmp, timeout=timeout,
                split_stderr=test.kind == "panic")
    if r.timed_out:
        raise TestFailure(f"gc's {arch} binary timed out")
    if test.kind in ("run", "selfcheck", "abi"):
        if r.returncode != 0:
            raise TestFailure(f"gc's {arch} binary failed ({describe_status(r)}):\n"
                              f"{clip(r.output)}")
        return r.output
    if r.returncode != 2:
        raise TestFailure(f"gc's {arch} binary ended with {describe_status(r)}, "
                          f"want exit status 2:\n{clip(r.output + r.stderr)}")
    return panic_report(r.stderr)


def write_or_remove(path: Path, content: str | None) -> str:
    """Writes `content` to `path` (None or empty: removes it). Returns what changed."""
    if not content:
        if path.exists():
            path.unlink()
            return f"removed {path.name}"
        return ""
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if old == content:
        return ""
    path.write_text(content, encoding="utf-8")
    return f"{'updated' if old is not None else 'created'} {path.name}"


def update_test(go: str, qemu: str, timeout: float, test: Test, verbose: bool) -> None:
    if test.header().startswith("// skip"):
        raise TestSkipped(test.header())
    if test.kind in ("selfcheck", "abi"):
        return  # its expectations are written in the program, from the spec
    with tempfile.TemporaryDirectory(prefix="ergo-golden-update-") as tmpdir:
        tmp = Path(tmpdir)
        if test.kind == "errors":
            gcflags = "-gcflags=-e"
            lang = test.lang()
            if lang:
                if lang_minor(lang) > 19:
                    # go 1.19 knows no newer language: such tests' expectations come from
                    # the spec and the release notes.
                    raise TestSkipped(f"-lang={lang} is newer than the reference go 1.19")
                gcflags += f" -lang={lang}"
            if test.gc_compile():
                b = run_cmd([go, "tool", "compile", "-p=main", "-C", "-e", *gcflags.split()[1:],
                             "-o", str(tmp / "a.o"), test.path.name], cwd=test.path.parent,
                            env=go_env("amd64"), timeout=timeout)
            else:
                b = build([go], test, tmp / "out", go_env("amd64"), timeout, extra=[gcflags])
            if verbose:
                print(b.output, end="")
            if b.returncode == 0:
                raise TestFailure("gc compiled the file without errors")
            problems = check_errors(test.path, b.output)
            if problems:
                raise TestFailure("ERROR comments disagree with gc:\n" + "\n".join(problems) +
                                  "\n--- gc output:\n" + clip(b.output))
            return
        amd64 = reference_output(go, test, "amd64", qemu, tmp, timeout)
        arm64 = reference_output(go, test, "arm64", qemu, tmp, timeout)
        if verbose:
            print(amd64, end="")
        changes = [write_or_remove(test.stem.with_suffix(".out"), amd64),
                   write_or_remove(test.stem.with_suffix(".arm64.out"),
                                   arm64 if arm64 != amd64 else None)]
        changes = [c for c in changes if c]
        if changes:
            print(f"  {test.name}: {', '.join(changes)}")


# ---------------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        description="ergo's golden test runner (Go test/ conventions). See the module "
                    "docstring for the rules.")
    ap.add_argument("tests", nargs="*", metavar="TEST",
                    help="testdata/{run,errors,panic}/x.go or testdata/run/x.dir "
                         "(default: every test under testdata/)")
    ap.add_argument("--ergo", help="the ergo binary to test")
    ap.add_argument("--arch", choices=("amd64", "arm64"), default="amd64",
                    help="target architecture (arm64 runs under qemu-aarch64-static)")
    ap.add_argument("--update", action="store_true",
                    help="regenerate .out files from the reference Go toolchain and verify "
                         "the ERROR comments of errors tests against gc")
    ap.add_argument("--go", default=os.environ.get("ERGO_REFERENCE_GO", DEFAULT_GO),
                    help=f"reference go binary for --update (default {DEFAULT_GO})")
    ap.add_argument("--opt", default="", choices=["", "O0", "O1", "O2"],
                    help="optimisation level passed to ergo build (default: ergo's)")
    ap.add_argument("--qemu", default=DEFAULT_QEMU, help="emulator for arm64 binaries")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help="seconds allowed for each build and each run (default 60)")
    ap.add_argument("-v", "--verbose", action="store_true", help="show the tools' output")
    ap.add_argument("--gotest", action="append", default=[], metavar="REL",
                    help="an errorcheck test of Go's suite, relative to --gotest-root "
                         "(repeatable)")
    ap.add_argument("--gotest-list", action="append", default=[], metavar="FILE",
                    help="a file naming --gotest tests, one per line (repeatable)")
    ap.add_argument("--gotest-run", action="append", default=[], metavar="REL",
                    help="a `// run` test of Go's suite, relative to --gotest-root, run in "
                         "all four configurations (amd64/arm64, -O0/-O2; repeatable)")
    ap.add_argument("--gotest-run-list", action="append", default=[], metavar="FILE",
                    help="a file naming --gotest-run tests, one per line (repeatable)")
    ap.add_argument("--gotest-root", default=DEFAULT_GOTEST_ROOT,
                    help=f"Go's test directory (default {DEFAULT_GOTEST_ROOT})")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="tests to run in parallel")
    args = ap.parse_args(argv)

    gotests = list(args.gotest)
    for list_file in args.gotest_list:
        gotests += read_list(Path(list_file))
    gotest_runs = list(args.gotest_run)
    for list_file in args.gotest_run_list:
        gotest_runs += read_list(Path(list_file))
    paths = [Path(t) for t in args.tests] or ([] if gotests or gotest_runs else all_tests())
    tests = [classify(p.resolve()) for p in paths]
    tests += [classify_gotest(Path(args.gotest_root), rel) for rel in gotests]
    run_tests = [classify_gotest_run(Path(args.gotest_root), rel) for rel in gotest_runs]

    # Each job is a test and the configuration (architecture, optimisation) to check it in.
    jobs: list[tuple[Test, str, str]] = [(t, args.arch, args.opt) for t in tests]
    jobs += [(t, arch, opt) for t in run_tests for arch, opt in GOTEST_RUN_CONFIGS]

    if args.update:
        if args.ergo:
            ap.error("--update takes its expectations from Go, never from ergo; drop --ergo")
        if gotests or gotest_runs:
            ap.error("--update writes testdata's expectations; Go's tests bring their own")
        go = shutil.which(args.go) or args.go
        def check(t: Test, arch: str, opt: str) -> None:
            update_test(go, args.qemu, args.timeout, t, args.verbose)
    else:
        if not args.ergo:
            ap.error("--ergo is required (or use --update)")
        ergo = os.path.abspath(shutil.which(args.ergo) or args.ergo)
        def check(t: Test, arch: str, opt: str) -> None:
            run_test(Options([ergo], arch, opt, args.qemu, args.timeout, args.verbose), t)

    def outcome(job: tuple[Test, str, str]) -> tuple[str, str]:
        """("ok"|"SKIP"|"FAIL", the report line) for one job."""
        t, arch, opt = job
        label = t.name if args.update or t.kind == "errors" else f"{t.name}/{arch}"
        if t.gotest and t.kind == "run":
            label += f"/{opt}"
        try:
            check(t, arch, opt)
        except TestSkipped as e:
            return "SKIP", f"SKIP {label}: {e}"
        except TestFailure as e:
            return "FAIL", f"FAIL {label}: {e}"
        return "ok", f"ok   {label}"

    failed = skipped = 0
    # Threads suffice: each test waits on a child process. Reports come in the tests' order.
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for status, report in pool.map(outcome, jobs):
            failed += status == "FAIL"
            skipped += status == "SKIP"
            print(report, flush=True)
    if len(jobs) > 1:
        print(f"{len(jobs) - failed - skipped} passed, {failed} failed, {skipped} skipped")
    if failed:
        return FAIL
    if skipped and skipped == len(jobs):
        return SKIP
    return PASS


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
