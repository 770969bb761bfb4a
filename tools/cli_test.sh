#!/usr/bin/env bash
# End-to-end checks of the ergo command line (registered in ctest as cli): exit statuses,
# argument forwarding of `ergo run`, and the one-line errors of bad invocations.
set -uo pipefail
ergo=$1
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
tests=0
expect() {  # expect NAME WANT_STATUS WANT_OUTPUT_REGEX -- command...
  local name=$1 want=$2 pattern=$3
  shift 4
  tests=$((tests + 1))
  local out status
  out=$("$@" 2>&1)
  status=$?
  if [ "$status" -ne "$want" ] || ! grep -Eq -- "$pattern" <<<"$out"; then
    echo "FAIL $name: status $status (want $want), output:"
    echo "$out" | head -5
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

cat >"$work/hello.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello from run") }
GO

expect version 0 '^ergo version [0-9.]+ \(go1\.22\) linux/amd64$' -- "$ergo" version
expect env 0 '^GOARCH="amd64"' -- "$ergo" env
expect run-forwards-flags 0 'hello from run' -- "$ergo" run "$work/hello.go" --help -x
expect run-panic-status 2 'panic: boom' -- "$ergo" run "$root/testdata/panic/explicit_panic.go"
expect build-missing-file 1 'stat nothere\.go: no such file or directory' -- "$ergo" build nothere.go
expect unsupported-arch 1 'unsupported GOOS/GOARCH pair linux/riscv64' -- env GOARCH=riscv64 "$ergo" build "$work/hello.go"
expect usage-error 2 'subcommand' -- "$ergo"
expect build-output 0 '' -- "$ergo" build -o "$work/hello" "$work/hello.go"
expect static-binary 0 'statically linked' -- file "$work/hello"

# ergo tool parse: gc's error lines, the summary, testdata skipped, -e, -dump.
mkdir -p "$work/tree/sub" "$work/tree/testdata"
printf 'package p\n\nfunc f() {\n\tx := []int{1, 2\n}\n' >"$work/tree/bad.go"
printf 'package p\n\nvar v = 1\n' >"$work/tree/sub/ok.go"
printf 'not go at all\n' >"$work/tree/testdata/skipped.go"
{
  echo 'package p'
  for i in $(seq 12); do echo "var x$i = )"; done
} >"$work/many.go"
expect parse-error 1 'bad\.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }' -- "$ergo" tool parse "$work/tree"
expect parse-summary 1 '^2 files, 8 lines, 1 errors$' -- "$ergo" tool parse "$work/tree"
expect parse-ok 0 '^1 files, 3 lines, 0 errors$' -- "$ergo" tool parse "$work/tree/sub/ok.go"
expect parse-too-many 1 'many\.go:11:11: too many errors' -- "$ergo" tool parse "$work/many.go"
expect parse-all-errors 1 'many\.go:13:11: syntax error: unexpected \), expecting expression' -- "$ergo" tool parse -e "$work/many.go"
expect parse-dump 0 '^    ValueSpec 3:5$' -- "$ergo" tool parse -dump "$work/tree/sub/ok.go"
expect parse-roundtrip 0 '^1 files, 3 lines, 0 errors$' -- "$ergo" tool parse -roundtrip "$work/tree/sub/ok.go"

echo "$((tests - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
