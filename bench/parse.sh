#!/usr/bin/env bash
# Parsing speed (issue 4): `ergo tool parse` over Go 1.19's src tree as a whole process,
# against bench/parse/goparse.go (go/parser with comments, GOMAXPROCS=1) on the same files.
# Warm file cache (one untimed run each first), 5 interleaved runs each, medians of wall time.
# Usage: bench/parse.sh [path/to/ergo] [tree]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ergo=${1:-$here/build/bin/ergo}
tree=${2:-/usr/share/go-1.19/src}
runs=5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$here/bench/lib.sh"
go_build "$work/goparse" "$here/bench/parse/goparse.go"

"$ergo" tool parse "$tree" >/dev/null 2>&1 || true
GOMAXPROCS=1 "$work/goparse" "$tree" >/dev/null
ergo_times=() go_times=()
for ((i = 0; i < runs; i++)); do
  ergo_times+=("$(wall "$ergo" tool parse "$tree")")
  ergo_summary=$(tail -1 "$work/out")
  go_times+=("$(wall env GOMAXPROCS=1 "$work/goparse" "$tree")")
  go_summary=$(tail -1 "$work/out")
done
e=$(printf '%s\n' "${ergo_times[@]}" | median)
g=$(printf '%s\n' "${go_times[@]}" | median)
echo "ergo tool parse:      $ergo_summary"
echo "go/parser (goparse):  $go_summary"
echo
echo "| $tree, wall time, median of $runs | seconds |"
echo "|---|---|"
printf '| ergo tool parse | %.3f |\n' "$e"
printf '| go/parser with comments, GOMAXPROCS=1 | %.3f |\n' "$g"
echo "| ratio ergo / go | $(ratio "$e" "$g") |"
