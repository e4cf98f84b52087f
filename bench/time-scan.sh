#!/usr/bin/env bash
# Times the whole gaming scan on a simulated case log (10 million cases by default) against the floor: one bare
# DuckDB pass that reads every value of the columns the scan uses. Both are timed as whole processes (start included)
# and the median of N runs is printed with the ratio; the scan's peak memory comes from /usr/bin/time.
# The issue's goal: the scan within 2× the floor and under 1 GB peak memory.
#   bench/time-scan.sh [CASES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-10000000}
runs=${2:-3}
dotnet build src/Goodhart.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/Goodhart.Benchmarks -c Release -nologo -v quiet >/dev/null
cli=(dotnet "src/Goodhart.Cli/bin/Release/net10.0/linux-x64/Goodhart.Cli.dll")
floor=(dotnet "bench/Goodhart.Benchmarks/bin/Release/net10.0/linux-x64/Goodhart.Benchmarks.dll" floor)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "simulating $cases cases…" >&2
sim_start=$(date +%s%N)
"${cli[@]}" simulate --cases "$cases" --seed 1 --out "$work/log.parquet" --gaming rushing=0.3,rework=0.3 >/dev/null
sim_ms=$(( ($(date +%s%N) - sim_start) / 1000000 ))
size_mb=$(( $(stat -c %s "$work/log.parquet") / 1048576 ))

scan=("${cli[@]}" scan "$work/log.parquet" --start arrival --end departure --threshold 240
  --category category --exempt clinical-exception --priority priority --person person_id --out "$work/scan.json")

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_it() {
  local times=()
  for _ in $(seq "$runs"); do
    local start
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | median
}

floor_ms=$(time_it "${floor[@]}" "$work/log.parquet" arrival,departure priority,category,person_id)
floor_query=$("${floor[@]}" "$work/log.parquet" arrival,departure priority,category,person_id)
scan_ms=$(time_it "${scan[@]}")
peak_kb=$(/usr/bin/time -v "${scan[@]}" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}')

printf 'case log: %s cases, %s MB Parquet, simulated in %s ms\n' "$cases" "$size_mb" "$sim_ms"
printf '%-44s %10s\n' run "median ms"
printf '%-44s %10d   (query alone: %s)\n' "floor: bare DuckDB pass over the columns" "$floor_ms" "$floor_query"
printf '%-44s %10d\n' "goodhart scan → json (all seven detectors)" "$scan_ms"
awk -v s="$scan_ms" -v f="$floor_ms" 'BEGIN { printf "ratio scan / floor: %.2f (goal ≤ 2)\n", s / f }'
awk -v k="$peak_kb" 'BEGIN { printf "scan peak memory: %.0f MB (goal < 1024)\n", k / 1024 }'
