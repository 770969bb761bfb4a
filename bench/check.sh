#!/usr/bin/env bash
# Type-checking speed (issue 5): `ergo tool check -goroot GOROOT` as a whole process against
# tools/gotypescheck (go/parser + go/types of go 1.19, GOMAXPROCS=1) doing the same work: every
# package parsed and checked once, dependencies first, files selected as by
# `CGO_ENABLED=0 go list`. Three sets of packages: all of std; std without time/tzdata (one
# constant of 7,098 concatenated string literals, once quadratic in ergo: see
# docs/performance.md); the packages of testdata/check/std_clean.list (their dependencies are
# checked too, by both tools, not counted). Warm file cache (one untimed run each first), 5
# interleaved runs each, medians of wall and CPU (user + sys) time.
# Usage: bench/check.sh [path/to/ergo] [goroot]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ergo=${1:-$here/build/bin/ergo}
goroot=${2:-/usr/share/go-1.19}
runs=5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$here/bench/lib.sh"
go_build "$work/gotypescheck" "$here/tools/gotypescheck/main.go"
clean=$(grep -v '^#' "$here/testdata/check/std_clean.list" | tr '\n' ' ')
no_tzdata=$({ "$work/gotypescheck" -goroot "$goroot" -v std || true; } | sed -n 's/: [0-9]* errors$//p' |
  grep -vx time/tzdata | tr '\n' ' ')

# bench NAME PATTERNS...: times both tools on the patterns; appends a table row to $work/rows.
bench() {
  local name=$1
  shift
  local ergo_cmd=("$ergo" tool check -goroot "$goroot" "$@")
  local go_cmd=(env GOMAXPROCS=1 "$work/gotypescheck" -goroot "$goroot" "$@")
  "${ergo_cmd[@]}" >/dev/null 2>&1 || true
  "${go_cmd[@]}" >/dev/null 2>&1 || true
  local ew=() ec=() gw=() gc=() t es gs
  for ((i = 0; i < runs; i++)); do
    t=($(measure "${ergo_cmd[@]}"))
    ew+=("${t[0]}") ec+=("${t[1]}")
    es=$(tail -1 "$work/out")
    t=($(measure "${go_cmd[@]}"))
    gw+=("${t[0]}") gc+=("${t[1]}")
    gs=$(tail -1 "$work/out")
  done
  local ewm ecm gwm gcm
  ewm=$(printf '%s\n' "${ew[@]}" | median)
  ecm=$(printf '%s\n' "${ec[@]}" | median)
  gwm=$(printf '%s\n' "${gw[@]}" | median)
  gcm=$(printf '%s\n' "${gc[@]}" | median)
  echo "$name: ergo tool check: $es; gotypescheck: $gs"
  printf '| %s | %.3f | %.3f | %.3f | %.3f | %s | %s |\n' "$name" "$ewm" "$gwm" "$ecm" "$gcm" \
    "$(ratio "$gwm" "$ewm")" "$(ratio "$gcm" "$ecm")" >>"$work/rows"
}

bench std std
bench "std without time/tzdata" $no_tzdata
bench "std_clean.list" $clean
echo
echo "| $goroot, median of $runs | ergo wall (s) | go/types wall (s) | ergo CPU (s) | go/types CPU (s) | speed-up, wall | speed-up, CPU |"
echo "|---|---|---|---|---|---|---|"
cat "$work/rows"
