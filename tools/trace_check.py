#!/usr/bin/env python3
"""Compares the goroutine trace of a panicking program built by ergo with go 1.19's.

The panic line, the `goroutine 1 [running]:` header, and every frame's function name and
file:line must be the same; argument values (gc prints `0x1?`, ergo `...`) and pc offsets
(`+0x15`) are not compared. Usage:

    tools/trace_check.py --ergo build/bin/ergo [--opt O0|O2] [--arch amd64|arm64] prog.go
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

GO = "/usr/lib/go-1.19/bin/go"


def frames(stderr: str) -> list[str]:
    """The trace as comparable lines: the panic line, the header, `name` and `file:line`."""
    out = []
    for line in stderr.splitlines():
        if line.startswith("panic:") or line.startswith("goroutine "):
            out.append(line)
        elif line.startswith("\t"):
            out.append(re.sub(r" \+0x[0-9a-f]+$", "", line.strip()))
        elif re.match(r"^[\w.\[\]*()]+\(.*\)$", line):
            out.append(line[: line.rindex("(")])  # the name without the argument list
    return out


def run(cmd: list[str], env=None) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ergo", required=True)
    ap.add_argument("--opt", default="O0", choices=["O0", "O2"])
    ap.add_argument("--arch", default="amd64", choices=["amd64", "arm64"])
    ap.add_argument("program")
    args = ap.parse_args()
    exec_prefix = ["qemu-aarch64-static"] if args.arch == "arm64" else []
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, GOARCH=args.arch, GOCACHE=os.path.join(work, "gocache"))
        gobin, ergobin = os.path.join(work, "go.bin"), os.path.join(work, "ergo.bin")
        for cmd in ([GO, "build", "-o", gobin, args.program],
                    [args.ergo, "build", "-" + args.opt, "-o", ergobin, args.program]):
            r = run(cmd, env)
            if r.returncode != 0:
                print(f"trace_check: {' '.join(cmd)} failed:\n{r.stderr}", file=sys.stderr)
                return 1
        want = frames(run(exec_prefix + [gobin]).stderr)
        got = frames(run(exec_prefix + [ergobin]).stderr)
    if want != got:
        print(f"trace_check {args.arch} -{args.opt}: traces differ", file=sys.stderr)
        print("go 1.19:\n  " + "\n  ".join(want), file=sys.stderr)
        print("ergo:\n  " + "\n  ".join(got), file=sys.stderr)
        return 1
    print(f"trace_check {args.arch} -{args.opt}: {len(want)} lines agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
