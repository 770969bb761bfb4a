#!/usr/bin/env bash
# Measures what the goroutine stack check costs per call: bench/stackcheck/fib.go (fib(40),
# 331,160,281 calls) built by ergo -O2 with and without the check (-no-stack-check), beside
# go 1.19 and gccgo-12 -O2 (both of which check the stack in their own prologues).
#
# The cost of a call on this machine depends on where the linker puts the function, by up to
# 0.5 ns (see docs/performance.md), so ergo's builds are repeated for 8 placements of fib
# (0 to 7 statements in an unused function before it). Each binary runs 5 times, interleaved;
# the script prints Markdown tables of median CPU times (user + sys: the machine is shared,
# and waiting for a core is not the program's cost).
# Usage: bench/stackcheck.sh [path/to/ergo]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ergo=${1:-$here/build/bin/ergo}
go=/usr/lib/go-1.19/bin/go
gccgo=gccgo-12
src=$here/bench/stackcheck/fib.go
calls=331160281  # calls made by fib(40): 2*fib(41) - 1
expect=102334155 # fib(40)
placements=8
runs=5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Prints the CPU time of running $1 in seconds, after checking its output.
time_run() {
  local cpu
  cpu=$({
    TIMEFORMAT='%3U + %3S'
    time "$1" >"$work/out" 2>&1
  } 2>&1)
  if [ "$(cat "$work/out")" != "$expect" ]; then
    echo "$1 printed '$(cat "$work/out")', want $expect" >&2
    exit 1
  fi
  echo "$cpu" | bc -l
}
calc() { echo "$1" | bc -l; }

names=()
for k in $(seq 0 $((placements - 1))); do
  mkdir -p "$work/p$k"
  stmts=$(for i in $(seq "$k"); do printf '\tprintln(%d)\\n' "$i"; done)
  sed "s|^\t// PAD$|$stmts|" "$src" >"$work/p$k/fib.go"
  "$ergo" build -O 2 -o "$work/check$k" "$work/p$k/fib.go"
  "$ergo" build -O 2 -no-stack-check -o "$work/nocheck$k" "$work/p$k/fib.go"
  names+=("check$k" "nocheck$k")
done
GOCACHE="$work/gocache" GO111MODULE=off "$go" build -o "$work/go" "$src"
"$gccgo" -O2 -o "$work/gccgo" "$src"
names+=(go gccgo)

declare -A times
for i in $(seq $runs); do
  for n in "${names[@]}"; do times[$n]+="$(time_run "$work/$n") "; done
done
med() { printf '%s\n' ${times[$1]} | median; }

printf '| fib at | ergo -O2 (s) | ergo -O2 -no-stack-check (s) | ratio | extra ns per call |\n'
printf '|---|---|---|---|---|\n'
ratios=() extras=() bases=()
for k in $(seq 0 $((placements - 1))); do
  c=$(med "check$k")
  n=$(med "nocheck$k")
  r=$(calc "$c / $n")
  e=$(calc "($c - $n) * 1000000000 / $calls")
  ratios+=("$r") extras+=("$e") bases+=("$n")
  at=$(nm "$work/check$k" | awk '$3 == "main.fib" {print "0x" substr($1, length($1) - 5)}')
  printf '| %s | %.3f | %.3f | %.2f | %.2f |\n' "$at" "$c" "$n" "$r" "$e"
done
base=$(printf '%s\n' "${bases[@]}" | median)
printf '\n| fib(40), CPU time, median of %d runs | value |\n|---|---|\n' $runs
printf '| stack check, ratio over %d placements: median (min - max) | %.2f (%.2f - %.2f) |\n' \
  $placements "$(printf '%s\n' "${ratios[@]}" | median)" \
  "$(printf '%s\n' "${ratios[@]}" | sort -n | head -1)" "$(printf '%s\n' "${ratios[@]}" | sort -n | tail -1)"
printf '| stack check, extra ns per call: median (min - max) | %.2f (%.2f - %.2f) |\n' \
  "$(printf '%s\n' "${extras[@]}" | median)" \
  "$(printf '%s\n' "${extras[@]}" | sort -n | head -1)" "$(printf '%s\n' "${extras[@]}" | sort -n | tail -1)"
printf '| go 1.19, ratio to ergo -no-stack-check (median placement) | %.2f |\n' "$(calc "$(med go) / $base")"
printf '| gccgo-12 -O2, ratio to ergo -no-stack-check (median placement) | %.2f |\n' "$(calc "$(med gccgo) / $base")"
