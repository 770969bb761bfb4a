#!/usr/bin/env python3
"""Runs `ERGO tool parse -roundtrip` over the files of Go's test tree that must parse.

Usage: parse_gotest_tree.py ERGO [TESTDIR] [--list]

Issue 4's rule: every .go file under TESTDIR (default /usr/share/go-1.19/test) parses with
no error, except files whose header is `// errorcheck...` (they contain errors on purpose)
and files without a package clause (`// compiledir` stubs and the like). The header is the
first `//` comment line that is not a build constraint. With --list, prints the selected
paths instead. Exits with ergo's status, so any syntax error or roundtrip difference fails.
"""
import os
import re
import subprocess
import sys

PACKAGE_CLAUSE = re.compile(rb"^\s*package\s", re.M)


def header(text):
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith(b"//"):
            return b""
        if s.startswith(b"//go:build") or s.startswith(b"// +build") or s == b"//":
            continue
        return s
    return b""


def selected(testdir):
    for root, dirs, files in os.walk(testdir):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".go"):
                continue
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                text = f.read()
            if header(text).startswith(b"// errorcheck"):
                continue
            if not PACKAGE_CLAUSE.search(text):
                continue
            yield path


def main():
    args = [a for a in sys.argv[1:] if a != "--list"]
    if not args:
        sys.exit(__doc__)
    ergo = args[0]
    testdir = args[1] if len(args) > 1 else "/usr/share/go-1.19/test"
    paths = list(selected(testdir))
    if "--list" in sys.argv:
        print("\n".join(paths))
        return 0
    # One process per chunk keeps the command line short.
    status = 0
    for i in range(0, len(paths), 500):
        r = subprocess.run([ergo, "tool", "parse", "-roundtrip"] + paths[i:i + 500])
        status = status or r.returncode
    print(f"{len(paths)} files of {testdir} selected")
    return status


if __name__ == "__main__":
    sys.exit(main())
