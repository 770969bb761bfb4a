#!/usr/bin/env bash
# Benchmark of the everyday standard library (issue 7, "must show" 3): the programs of
# bench/fmt/ (fmt.Sprintf with mixed verbs, strconv parse/format of ints and floats,
# strings.Builder) built by ergo -O2, go 1.19 and gccgo-12 -O2, run side by side in one run.
# Each program's three binaries run interleaved, 5 times each after one untimed run; the table
# gives the median CPU time (user + sys, so a shared machine's waiting does not count) and the
# ratios ergo/go and ergo/gccgo, then the geometric means. The bar: ergo/go at most 1.5 for
# each program. The outputs of the three binaries must agree, or the script fails.
# Usage: bench/fmt.sh [path/to/ergo] [program names...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ergo=${1:-$here/build/bin/ergo}
shift || true
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$here/bench/lib.sh"

programs=("$@")
if ((${#programs[@]} == 0)); then
  for f in "$here"/bench/fmt/*.go; do programs+=("$(basename "$f" .go)"); done
fi

echo "| program | ergo -O2 CPU (s) | go CPU (s) | gccgo -O2 CPU (s) | ergo/go | ergo/gccgo |" >"$work/rows"
echo "|---|---|---|---|---|---|" >>"$work/rows"
log_go=0 log_gccgo=0 over=0
for p in "${programs[@]}"; do
  src=$here/bench/fmt/$p.go
  "$ergo" build -O2 -o "$work/ergo_$p" "$src"
  go_build "$work/go_$p" "$src"
  gccgo-12 -O2 -o "$work/gccgo_$p" "$src"
  for c in ergo go gccgo; do
    "$work/${c}_$p" >"$work/$c.out" 2>&1
  done
  if ! cmp -s "$work/go.out" "$work/ergo.out" || ! cmp -s "$work/go.out" "$work/gccgo.out"; then
    echo "$p: outputs differ" >&2
    diff "$work/go.out" "$work/ergo.out" >&2 || true
    diff "$work/go.out" "$work/gccgo.out" >&2 || true
    exit 1
  fi
  declare -A times=([ergo]="" [go]="" [gccgo]="")
  for ((i = 0; i < runs; i++)); do
    for c in ergo go gccgo; do
      t=($(measure "$work/${c}_$p"))
      times[$c]+="${t[1]} "
    done
  done
  e=$(printf '%s\n' ${times[ergo]} | median)
  g=$(printf '%s\n' ${times[go]} | median)
  cc=$(printf '%s\n' ${times[gccgo]} | median)
  printf '| %s | %.3f | %.3f | %.3f | %s | %s |\n' "$p" "$e" "$g" "$cc" "$(ratio "$e" "$g")" \
    "$(ratio "$e" "$cc")" >>"$work/rows"
  log_go=$(echo "$log_go + l($e / $g)" | bc -l)
  log_gccgo=$(echo "$log_gccgo + l($e / $cc)" | bc -l)
  if (($(echo "$e > 1.5 * $g" | bc -l))); then over=$((over + 1)); fi
  echo "$p done" >&2
done
n=${#programs[@]}
printf '| geometric mean | | | | %.2f | %.2f |\n' "$(echo "e($log_go / $n)" | bc -l)" \
  "$(echo "e($log_gccgo / $n)" | bc -l)" >>"$work/rows"
cat "$work/rows"
echo "$over of $n programs over the bar (ergo/go > 1.5)"
