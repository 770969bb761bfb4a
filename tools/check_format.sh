#!/usr/bin/env bash
# Fails (listing the files) when a C++ file of the repository is not formatted with the repo's
# .clang-format; registered in ctest as `format`. Fix with: clang-format-19 -i FILE...
set -uo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find compiler runtime -name '*.cpp' -o -name '*.h')
bad=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  clang-format-19 --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
  printf 'not formatted with clang-format-19:\n'
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "${#files[@]} files formatted"
