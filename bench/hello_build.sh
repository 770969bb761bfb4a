#!/usr/bin/env bash
# Measures hello world's binary size and build wall time with ergo and with go 1.19 (cold
# and warm build cache), side by side in one run; prints a Markdown table with medians of 5.
# Usage: bench/hello_build.sh [path/to/ergo]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ergo=${1:-$here/build/bin/ergo}
go=/usr/lib/go-1.19/bin/go
src=$here/examples/hello/main.go
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=5

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_cmd() {  # prints the wall time of "$@" in seconds
  local t0 t1
  t0=$(now)
  "$@" >/dev/null 2>&1
  t1=$(now)
  echo "$t1 - $t0" | bc -l
}

ergo_times=() go_cold=() go_warm=()
for i in $(seq $runs); do
  ergo_times+=("$(time_cmd "$ergo" build -o "$work/hello-ergo" "$src")")
  rm -rf "$work/gocache"
  go_cold+=("$(time_cmd env GOCACHE="$work/gocache" GOFLAGS=-mod=mod GO111MODULE=off "$go" build -o "$work/hello-go" "$src")")
  go_warm+=("$(time_cmd env GOCACHE="$work/gocache" GOFLAGS=-mod=mod GO111MODULE=off "$go" build -o "$work/hello-go" "$src")")
done
med() { printf '%s\n' "$@" | median; }
size() { stat -c %s "$1"; }
cp "$work/hello-ergo" "$work/hello-ergo-stripped" && strip "$work/hello-ergo-stripped"
cp "$work/hello-go" "$work/hello-go-stripped" && strip "$work/hello-go-stripped"

printf '| | ergo | go 1.19 (cold cache) | go 1.19 (warm cache) |\n|---|---|---|---|\n'
printf '| build wall time, median of %d (s) | %.3f | %.3f | %.3f |\n' $runs \
  "$(med "${ergo_times[@]}")" "$(med "${go_cold[@]}")" "$(med "${go_warm[@]}")"
printf '| binary size (bytes) | %s | %s | |\n' "$(size "$work/hello-ergo")" "$(size "$work/hello-go")"
printf '| stripped size (bytes) | %s | %s | |\n' "$(size "$work/hello-ergo-stripped")" \
  "$(size "$work/hello-go-stripped")"
printf '| ratio ergo/go, time (warm) | %.2f | | |\n' \
  "$(echo "$(med "${ergo_times[@]}") / $(med "${go_warm[@]}")" | bc -l)"
printf '| ratio ergo/go, stripped size | %.2f | | |\n' \
  "$(echo "$(size "$work/hello-ergo-stripped") / $(size "$work/hello-go-stripped")" | bc -l)"
