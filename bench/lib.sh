# Helpers shared by the bench/ scripts that time ergo against Go's own tools. Source it after
# setting $work (a scratch directory that the caller removes).

# The go 1.19 binary every benchmark compares against.
GO=/usr/lib/go-1.19/bin/go

# go_build OUT FILE.go: builds a reference program of ours with go 1.19.
go_build() {
  GOCACHE=${GOCACHE:-$work/gocache} "$GO" build -o "$1" "$2"
}

# The median of the numbers on stdin, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure CMD...: runs the command (its output to $work/out, its exit status ignored) and
# prints `WALL CPU` in seconds, CPU being user + sys (what the command itself spent, even
# when the shared machine keeps it waiting for a core).
measure() {
  local t
  t=$({
    TIMEFORMAT='%3R %3U %3S'
    time "$@" >"$work/out" 2>&1 || true
  } 2>&1 | tail -1)
  set -- $t
  echo "$1 $(echo "$2 + $3" | bc)"
}

# wall CMD...: the wall time of the command in seconds (see measure).
wall() { measure "$@" | cut -d' ' -f1; }

# ratio A B: A / B with two decimals.
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }

# three_way DIR BAR [PROGRAM...]: the side-by-side run of bench/DIR/'s programs (all of them
# when none is named) built by $ergo -O2, go 1.19 and gccgo-12 -O2. The outputs of the three
# binaries must agree, or it exits 1. Each program's binaries then run interleaved $runs
# times each; it prints the table of median CPU times and ratios ergo/go and ergo/gccgo with
# their geometric means, and, when BAR is not empty, how many programs have ergo/go over BAR.
# Needs $here (the checkout), $ergo and $runs besides $work.
three_way() {
  local dir=$1 bar=$2 f p c e g cc t n log_go=0 log_gccgo=0 over=0 i
  shift 2
  local programs=("$@")
  if ((${#programs[@]} == 0)); then
    for f in "$here/bench/$dir"/*.go; do programs+=("$(basename "$f" .go)"); done
  fi
  echo "| program | ergo -O2 CPU (s) | go CPU (s) | gccgo -O2 CPU (s) | ergo/go | ergo/gccgo |" >"$work/rows"
  echo "|---|---|---|---|---|---|" >>"$work/rows"
  for p in "${programs[@]}"; do
    local src=$here/bench/$dir/$p.go
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
    local -A times=([ergo]="" [go]="" [gccgo]="")
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
    if [[ -n $bar ]] && (($(echo "$e > $bar * $g" | bc -l))); then over=$((over + 1)); fi
    echo "$p done" >&2
  done
  n=${#programs[@]}
  printf '| geometric mean | | | | %.2f | %.2f |\n' "$(echo "e($log_go / $n)" | bc -l)" \
    "$(echo "e($log_gccgo / $n)" | bc -l)" >>"$work/rows"
  cat "$work/rows"
  if [[ -n $bar ]]; then echo "$over of $n programs over the bar (ergo/go > $bar)"; fi
}
