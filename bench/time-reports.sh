#!/usr/bin/env bash
# Times whole report runs of the goodhart command (process start included) for each format, against
# the JSON report as the baseline in the same run. Prints the median of N runs per format.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
dotnet build src/Goodhart.Cli -c Release -nologo -v quiet >/dev/null
exe=(dotnet "src/Goodhart.Cli/bin/Release/net10.0/linux-x64/Goodhart.Cli.dll")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A result
for format in json md html pdf; do
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "${exe[@]}" stress-test --answers samples/stress-tests/crisis-line-60s.json --out "$out" --format "$format" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  result[$format]=$(printf '%s\n' "${times[@]}" | median)
done
printf '%-6s %10s %8s\n' format "median ms" "vs json"
for format in json md html pdf; do
  awk -v f="$format" -v t="${result[$format]}" -v b="${result[json]}" 'BEGIN { printf "%-6s %10d %8.2f\n", f, t, t / b }'
done
