#!/usr/bin/env bash
# ergo's DWARF line tables are good enough for gdb (issue 6): builds testdata/debug/gdb_main.go
# with ergo at the given -O level, breaks on main.main, steps into add, and checks what gdb
# says at each stop (function, file and line). Like gc, ergo always emits line tables; there is
# no flag to ask for them.
# Usage: tools/gdb_check.sh path/to/ergo [0|1|2]
set -euo pipefail
ergo=$1
opt=${2:-0}
here=$(cd "$(dirname "$0")/.." && pwd)
src=$here/testdata/debug/gdb_main.go
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$ergo" build -O"$opt" -o "$work/prog" "$src"
out=$(timeout 60 gdb -nx -batch -ex "break main.main" -ex run -ex step -ex bt "$work/prog" 2>&1)
fail() {
  echo "gdb_check -O$opt: $1" >&2
  echo "$out" >&2
  exit 1
}
grep -q "^Breakpoint 1 at .*: file .*gdb_main.go, line 11\." <<<"$out" || fail "no breakpoint at line 11"
grep -q "^Breakpoint 1, main.main () at .*gdb_main.go:11" <<<"$out" || fail "did not stop in main.main"
if [ "$opt" = 0 ]; then
  # Unoptimised code keeps the call: `step` enters add, and the stack shows both frames.
  # (gdb 13 spells the callee `main[add]`: its Go support reads a dotted name so.)
  grep -q "^main.add () at .*gdb_main.go:5\|^main\[add\] () at .*gdb_main.go:5" <<<"$out" ||
    fail "step did not enter main.add at line 5"
  grep -q "^#1 .* main.main () at .*gdb_main.go:11" <<<"$out" || fail "no main.main frame under add"
fi
echo "gdb_check -O$opt: ok"
