#!/usr/bin/env bash
# CPU benchmark of generated code (issue 6): the programs of bench/cpu/ (no goroutines, no GC
# pressure, fixed sizes) built by ergo -O2, go 1.19 and gccgo-12 -O2, run side by side in one
# run. Each program's three binaries run interleaved, 5 times each after one untimed run;
# the table gives the median CPU time (user + sys, so a shared machine's waiting does not
# count) and the ratios ergo/go and ergo/gccgo, then the geometric means. The outputs of the
# three binaries must agree, or the script fails.
# Usage: bench/cpu.sh [path/to/ergo] [program names...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ergo=${1:-$here/build/bin/ergo}
shift || true
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$here/bench/lib.sh"

three_way cpu "" "$@"
