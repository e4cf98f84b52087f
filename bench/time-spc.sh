#!/usr/bin/env bash
# Times whole `goodhart spc` runs (process start included) on a 100,000-row CSV (1000 series × 100 periods), for
# the point CSV, the summary and JSON, against `goodhart --version` (the cost of starting the process) in the same
# run. Prints the median of N runs of each. The issue's bar: the whole run, output included, under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dotnet build src/Goodhart.Cli -c Release -nologo -v quiet >/dev/null
exe=(dotnet "src/Goodhart.Cli/bin/Release/net10.0/linux-x64/Goodhart.Cli.dll")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1000 series of 100 months from 2015-01: a stable level per series with noise, and a step in the last 30 months.
awk 'BEGIN {
  srand(42); print "series,x,y";
  for (s = 1; s <= 1000; s++) {
    level = 50 + 50 * rand();
    for (m = 0; m < 100; m++) {
      y = 2015 + int(m / 12); mo = m % 12 + 1;
      printf "S%04d,%04d-%02d-01,%.3f\n", s, y, mo, level + (m > 70 ? 5 : 0) + 10 * rand();
    }
  }
}' > "$work/series.csv"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_it() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | median
}

base=$(time_it "${exe[@]}" --version)
csv=$(time_it "${exe[@]}" spc "$work/series.csv" --x x --y y --series series --direction increase --target 80 --out "$work/points.csv")
summary=$(time_it "${exe[@]}" spc "$work/series.csv" --x x --y y --series series --direction increase --target 80 --summary --out "$work/summary.csv")
json=$(time_it "${exe[@]}" spc "$work/series.csv" --x x --y y --series series --direction increase --target 80 --format json --out "$work/points.json")
printf '%-28s %10s %12s\n' run "median ms" "minus start"
printf '%-28s %10d %12s\n' "goodhart --version" "$base" "-"
for row in "spc → points csv:$csv" "spc → summary csv:$summary" "spc → json:$json"; do
  name=${row%%:*}; t=${row##*:}
  printf '%-28s %10d %12d\n' "$name" "$t" $((t - base))
done
