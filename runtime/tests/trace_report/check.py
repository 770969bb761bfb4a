#!/usr/bin/env python3
"""Goroutine traces in reports that exit the program, end to end.

Usage: check.py ERGO ARCH   (ARCH = amd64 | arm64; arm64 runs under qemu-aarch64-static)

overflow.go, built without stack checks, faults: gc's fatal fault report with the faulting
goroutine's frames (main.rec at the recursive call, cut at 100 frames), found from the signal
context. goroutine_panic.go panics in a goroutine: f's frame (its `go f(1)` wrapper hidden),
then `created by main.main` at the go statement, the lines go 1.19 prints for it. Addresses,
offsets and goroutine numbers vary and are not compared. Exits 0 when both match.
"""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEX = r"0x[0-9a-f]+"


def at(name: str, lines: str) -> str:
    """The second line of a frame: the file and one of `lines` (a regexp)."""
    return r"\t" + re.escape(str(HERE / name)) + f":({lines}) \\+{HEX}"


def overflow_report() -> list:
    want = [
        f"unexpected fault address {HEX}",
        "fatal error: fault",
        rf"\[signal SIGSEGV: segmentation violation code={HEX} addr={HEX} pc={HEX}\]",
        "",
        r"goroutine 1 \[running\]:",
        # The faulting frame: its line depends on the instruction that faulted.
        r"main\.rec\(\.\.\.\)",
        at("overflow.go", "6|7|10"),
    ]
    for _ in range(99):
        want += [r"main\.rec\(\.\.\.\)", at("overflow.go", "10")]
    return want + [r"\.\.\.additional frames elided\.\.\."]


def goroutine_panic_report() -> list:
    return [
        "panic: in a goroutine",
        "",
        r"goroutine \d+ \[running\]:",
        r"main\.f\(\.\.\.\)",
        at("goroutine_panic.go", "10"),
        r"created by main\.main",
        at("goroutine_panic.go", "15"),
    ]


def check(ergo: str, arch: str, name: str, flags: list, want: list) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "prog")
        subprocess.run([ergo, "build", *flags, "-o", exe, name], check=True,
                       env=dict(os.environ, GOARCH=arch), cwd=HERE)
        cmd = [exe] if arch == "amd64" else ["qemu-aarch64-static", exe]
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    lines = run.stderr.splitlines()
    problems = []
    if run.returncode != 2:
        problems.append(f"exit status {run.returncode}, want 2")
    for i, (line, pattern) in enumerate(zip(lines, want)):
        if not re.fullmatch(pattern, line):
            problems.append(f"line {i + 1}: {line!r} does not match {pattern!r}")
            break
    if len(lines) != len(want):
        problems.append(f"{len(lines)} lines, want {len(want)}")
    label = f"{name}/{arch}"
    if problems:
        print("FAIL " + label)
        print("\n".join(problems))
        print(run.stderr[:3000])
        return False
    print("ok   " + label)
    return True


def main() -> int:
    ergo, arch = sys.argv[1], sys.argv[2]
    ok = check(ergo, arch, "overflow.go", ["-no-stack-check"], overflow_report())
    ok &= check(ergo, arch, "goroutine_panic.go", [], goroutine_panic_report())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
