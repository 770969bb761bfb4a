#!/usr/bin/env python3
"""Differential testing of ergo against go 1.19 with random programs from tools/progen.

For each seed, tools/progen/progen.py writes a program (in a module whose go.mod says
`go 1.19`); go 1.19 builds and runs it for the reference, and ergo builds and runs it in every
configuration asked for (default: amd64 and arm64 under qemu-aarch64-static, each at -O0 and
-O2). Stdout, stderr and the exit status must be equal (a panic's goroutine trace is cut off:
it holds addresses). An ergo build that fails with a "does not support" diagnostic is counted
as unsupported (allowed while ergo grows, but reported); any other build failure, crash or
difference is a mismatch. A program that go 1.19 rejects or that does not finish is a bug of
the generator and fails the run too.

gc's output can depend on the architecture only through floating point (arm64 fuses
multiply-adds): programs generated with floats or complex numbers get an arm64 reference of
their own (GOARCH=arm64 go build, run under qemu), others share the amd64 one.

    difftest.py --ergo build/bin/ergo -n 50 [--features today] [--seed 1000] [-j2]
                [--archs amd64,arm64] [--opts O0,O2] [--save DIR [--reduce]]

Prints one line per mismatch and ends with `N programs, M mismatches, K unsupported`.
Exit status 1 when there is a mismatch or a generator error, else 0. --save DIR keeps each
failing program as DIR/seed-S/ (main.go, go.mod, the expected and actual outputs);
--reduce first shrinks it by dropping lines while the same configuration still mismatches.
Standard library only.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "progen"))

import progen  # noqa: E402

GO = os.environ.get("GO", "/usr/lib/go-1.19/bin/go")
QEMU = "qemu-aarch64-static"
GOMOD = "module prog\n\ngo 1.19\n"
RUN_TIMEOUT = 20
BUILD_TIMEOUT = 300


@dataclass
class Outcome:
    stdout: bytes
    stderr: bytes
    status: int | str   # exit status, or "timeout"

    def show(self) -> str:
        return f"status {self.status}\n--- stdout\n{_text(self.stdout)}--- stderr\n{_text(self.stderr)}"


def _text(b: bytes) -> str:
    return b.decode("utf-8", "backslashreplace")


def cut_trace(stderr: bytes) -> bytes:
    """Drop everything after a panic's `goroutine N [...]:` line (addresses, paths), and the
    program counter of a fault's `[signal SIGSEGV: ... pc=0x...]` line."""
    stderr = re.sub(rb"(\[signal [^\]]* pc=)0x[0-9a-f]+\]", rb"\1?]", stderr)
    lines = stderr.split(b"\n")
    for i, line in enumerate(lines):
        if line.startswith(b"goroutine ") and line.endswith(b":") and i > 0:
            return b"\n".join(lines[:i + 1]) + b"\n"
    return stderr


def run_binary(path: str, arch: str) -> Outcome:
    cmd = [path] if arch == "amd64" else [QEMU, path]
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return Outcome(b"", b"", "timeout")
    return Outcome(p.stdout, cut_trace(p.stderr), p.returncode)


def go_env(arch: str) -> dict[str, str]:
    env = dict(os.environ, GOARCH=arch, GOOS="linux", CGO_ENABLED="0", GOFLAGS="-mod=mod",
               GO111MODULE="on")
    env.setdefault("GOCACHE", os.path.join(tempfile.gettempdir(), "gocache-difftest"))
    return env


def go_reference(d: str, arch: str) -> tuple[Outcome | None, str]:
    out = os.path.join(d, f"go-{arch}")
    p = subprocess.run([GO, "build", "-o", out, "."], cwd=d, env=go_env(arch),
                       capture_output=True, timeout=BUILD_TIMEOUT)
    if p.returncode != 0:
        return None, _text(p.stderr)
    return run_binary(out, arch), ""


def ergo_build(ergo: str, d: str, arch: str, opt: str) -> tuple[str | None, str]:
    out = os.path.join(d, f"ergo-{arch}-{opt}")
    env = dict(os.environ, GOARCH=arch)
    try:
        p = subprocess.run([ergo, "build", f"-{opt}", "-o", out, "."], cwd=d, env=env,
                           capture_output=True, timeout=BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "ergo build timed out"
    if p.returncode != 0:
        return None, _text(p.stdout + p.stderr)
    return out, ""


@dataclass
class Result:
    seed: int
    kind: str            # "ok", "mismatch", "unsupported", "generator"
    config: str = ""
    detail: str = ""
    expected: Outcome | None = None
    actual: Outcome | None = None
    failed: list[str] = field(default_factory=list)   # all mismatching configurations


def needs_arch_reference(features: set[str]) -> bool:
    return bool(features & {"floats", "complex"})


def check_dir(d: str, seed: int, args, configs) -> Result:
    """Builds and compares the program in d; the first failing configuration is reported."""
    refs: dict[str, Outcome] = {}
    for arch in sorted({a for a, _ in configs}, key=lambda a: a != "amd64"):
        if arch != "amd64" and not needs_arch_reference(args.feature_set) and "amd64" in refs:
            refs[arch] = refs["amd64"]
            continue
        ref, err = go_reference(d, arch)
        if ref is None:
            return Result(seed, "generator", arch, "go 1.19 rejects the program:\n" + err)
        if ref.status == "timeout":
            return Result(seed, "generator", arch, "the program does not finish under go 1.19")
        refs[arch] = ref
    first: Result | None = None
    failed: list[str] = []
    for arch, opt in configs:
        config = f"{arch} -{opt}"
        binary, err = ergo_build(args.ergo, d, arch, opt)
        if binary is None and "does not support" in err:
            return Result(seed, "unsupported", config, err.strip().splitlines()[0] if err.strip() else "")
        if binary is None:
            r = Result(seed, "mismatch", config, "ergo build failed:\n" + err)
        else:
            got = run_binary(binary, arch)
            want = refs[arch]
            if (got.stdout, got.stderr, got.status) == (want.stdout, want.stderr, want.status):
                continue
            r = Result(seed, "mismatch", config, "output differs\n" + first_difference(want, got),
                       want, got)
        failed.append(config)
        first = first or r
    if first is None:
        return Result(seed, "ok")
    first.failed = failed   # every configuration is tried, for the per-configuration counts
    return first


def first_difference(want: Outcome, got: Outcome) -> str:
    """The first differing line of stdout, stderr or the status, for the one-line summary."""
    if want.status != got.status:
        return f"status: go {want.status}, ergo {got.status}"
    for name, a, b in (("stdout", want.stdout, got.stdout), ("stderr", want.stderr, got.stderr)):
        la, lb = _text(a).split("\n"), _text(b).split("\n")
        for i in range(max(len(la), len(lb))):
            x = la[i] if i < len(la) else "<end>"
            y = lb[i] if i < len(lb) else "<end>"
            if x != y:
                return f"{name} line {i + 1}: go {x!r}, ergo {y!r}"
    return ""


def write_program(d: str, text: str) -> None:
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "go.mod"), "w") as f:
        f.write(GOMOD)
    with open(os.path.join(d, "main.go"), "w") as f:
        f.write(text)


def reduce(text: str, seed: int, args, config: tuple[str, str], kind: str, work: str) -> str:
    """Drops chunks of lines (halving the chunk size down to one line) as long as go 1.19
    still accepts the program and ergo still mismatches in the same configuration."""
    lines = text.split("\n")
    attempt = [0]

    def still_fails(cand: list[str]) -> bool:
        attempt[0] += 1
        d = os.path.join(work, f"reduce-{attempt[0]}")
        write_program(d, "\n".join(cand))
        try:
            r = check_dir(d, seed, args, [config])
        finally:
            shutil.rmtree(d, ignore_errors=True)
        return r.kind == "mismatch" and (r.detail.startswith("output differs")
                                               == kind.startswith("output differs"))

    chunk = max(1, len(lines) // 4)
    while chunk >= 1:
        i = 0
        while i < len(lines):
            cand = lines[:i] + lines[i + chunk:]
            if cand and still_fails(cand):
                lines = cand
            else:
                i += chunk
        chunk //= 2
    return "\n".join(lines)


def save(result: Result, text: str, args, work: str) -> str:
    d = os.path.join(args.save, f"seed-{result.seed}")
    if args.reduce and result.kind == "mismatch":
        arch, opt = result.config.split(" -")
        text = reduce(text, result.seed, args, (arch, opt), result.detail, work)
        write_program(os.path.join(work, "final"), text)
        result = check_dir(os.path.join(work, "final"), result.seed, args, [(arch, opt)]) or result
    write_program(d, text)
    with open(os.path.join(d, "report.txt"), "w") as f:
        f.write(f"seed {result.seed}, features {','.join(sorted(args.feature_set))}\n"
                f"configuration: {result.config}\n{result.detail}\n")
        if result.expected:
            f.write("=== go 1.19\n" + result.expected.show())
        if result.actual:
            f.write("=== ergo\n" + result.actual.show())
    return d


def one(seed: int, args, configs) -> Result:
    text = progen.generate(seed, args.feature_set)
    with tempfile.TemporaryDirectory(prefix=f"difftest-{seed}-") as work:
        d = os.path.join(work, "prog")
        write_program(d, text)
        r = check_dir(d, seed, args, configs)
        if r.kind in ("mismatch", "generator") and args.save:
            r.detail += f"\nsaved in {save(r, text, args, work)}"
    return r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ergo", required=True)
    ap.add_argument("-n", type=int, default=50, help="number of programs")
    ap.add_argument("--seed", type=int, default=None, help="first seed (default: a fresh random one)")
    ap.add_argument("--features", default="today")
    ap.add_argument("--archs", default="amd64,arm64")
    ap.add_argument("--opts", default="O0,O2")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--save", help="directory for failing programs")
    ap.add_argument("--reduce", action="store_true", help="shrink saved mismatches first")
    ap.add_argument("-v", action="store_true", help="one line per program")
    args = ap.parse_args()
    args.ergo = os.path.abspath(args.ergo)
    args.feature_set = progen.parse_features(args.features)
    if args.save:
        args.save = os.path.abspath(args.save)
    configs = [(a, o) for a in args.archs.split(",") for o in args.opts.split(",")]
    first = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    print(f"difftest: seeds {first}..{first + args.n - 1}, features {','.join(sorted(args.feature_set))}, "
          f"configurations {', '.join(f'{a} -{o}' for a, o in configs)}", flush=True)
    start = time.time()
    counts = {"ok": 0, "mismatch": 0, "unsupported": 0, "generator": 0}
    per_config = {f"{a} -{o}": 0 for a, o in configs}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        futures = [pool.submit(one, s, args, configs) for s in range(first, first + args.n)]
        for fut in futures:
            r = fut.result()
            counts[r.kind] += 1
            for c in r.failed:
                per_config[c] += 1
            if r.kind != "ok" or args.v:
                head = " | ".join(r.detail.splitlines()[:2]) if r.detail else ""
                where = ", ".join(r.failed) if r.failed else r.config
                print(f"seed {r.seed}: {r.kind} [{where}] {head}", flush=True)
                if r.kind in ("mismatch", "generator") and not args.save:
                    print("  " + r.detail.replace("\n", "\n  ")[:2000], flush=True)
                elif r.kind in ("mismatch", "generator"):
                    print("  " + r.detail.splitlines()[-1], flush=True)   # saved in DIR
    print(f"{args.n} programs, {counts['mismatch']} mismatches, {counts['unsupported']} unsupported"
          + (f", {counts['generator']} generator errors" if counts["generator"] else "")
          + f" ({time.time() - start:.0f}s)")
    if counts["mismatch"]:
        print("mismatches per configuration: " + ", ".join(f"{c} {n}" for c, n in per_config.items()))
    return 1 if counts["mismatch"] or counts["generator"] else 0


if __name__ == "__main__":
    sys.exit(main())
