#!/usr/bin/env bash
# Times each case summary once on a generated Parquet case log of N rows (default 10 million), each in a process of
# its own, printing the seconds and the process's peak memory. DurationHistogram is the baseline: one scan, one GROUP BY.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}
dotnet build bench/Goodhart.Benchmarks -c Release -nologo -v quiet >/dev/null
exe=(dotnet "bench/Goodhart.Benchmarks/bin/Release/net10.0/linux-x64/Goodhart.Benchmarks.dll" cases)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${exe[@]}" generate "$work/cases.parquet" "$rows"
echo "$rows rows, $(du -h "$work/cases.parquet" | cut -f1) of Parquet"
for query in histogram exempt repeats overtaking overtaking-joined; do
  "${exe[@]}" "$work/cases.parquet" "$query"
done
