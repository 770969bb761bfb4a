#!/usr/bin/env bash
# Measures what the goroutine stack check costs per call: bench/stackcheck/fib.go (fib(40),
# 331,160,281 calls) built by ergo -O2 with and without the check (-no-stack-check), beside
# go 1.19 and gccgo-12 -O2 (both of which check the stack in their own prologues). Runs each
# binary 7 times, interleaved, and prints a Markdown table of median CPU times.
# Usage: bench/stackcheck.sh [path/to/ergo]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ergo=${1:-$here/build/bin/ergo}
go=/usr/lib/go-1.19/bin/go
gccgo=gccgo-12
src=$here/bench/stackcheck/fib.go
calls=331160281  # calls made by fib(40): 2*fib(41) - 1
expect=102334155  # fib(40)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=7

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Prints the CPU time (user + sys, in seconds) of running $1, after checking its output. CPU
# time rather than wall time: the machine is shared, and waiting for a core is not the
# program's cost.
time_run() {
  local cpu out
  cpu=$({
    TIMEFORMAT='%3U + %3S'
    time "$1" >"$work/out" 2>&1
  } 2>&1)
  out=$(cat "$work/out")
  if [ "$out" != "$expect" ]; then
    echo "$1 printed '$out', want $expect" >&2
    exit 1
  fi
  echo "$cpu" | bc -l
}

"$ergo" build -O 2 -o "$work/ergo" "$src"
"$ergo" build -O 2 -no-stack-check -o "$work/ergo-nocheck" "$src"
GOCACHE="$work/gocache" GO111MODULE=off "$go" build -o "$work/go" "$src"
"$gccgo" -O2 -o "$work/gccgo" "$src"

names=(ergo ergo-nocheck go gccgo)
declare -A times
for i in $(seq $runs); do
  for n in "${names[@]}"; do times[$n]+="$(time_run "$work/$n") "; done
done
med() { printf '%s\n' ${times[$1]} | median; }
base=$(med ergo-nocheck)

printf '| fib(40), median of %d | CPU time (s) | ratio to ergo -no-stack-check | extra ns per call |\n' $runs
printf '|---|---|---|---|\n'
label() {
  case $1 in
    ergo) echo "ergo -O2" ;;
    ergo-nocheck) echo "ergo -O2 -no-stack-check" ;;
    go) echo "go 1.19" ;;
    gccgo) echo "gccgo-12 -O2" ;;
  esac
}
for n in "${names[@]}"; do
  t=$(med "$n")
  printf '| %s | %.3f | %.2f | %.2f |\n' "$(label "$n")" "$t" "$(echo "$t / $base" | bc -l)" \
    "$(echo "($t - $base) * 1000000000 / $calls" | bc -l)"
done
