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
