#!/usr/bin/env bash
# Times a whole `goodhart simulate` run of N cases (default 10 million) with all seven kinds of gaming, to Parquet,
# with /usr/bin/time -v: wall time, CPU time and peak resident memory. The simulator streams and DuckDB's buffer pool
# is capped at 512 MB, so peak memory levels off (about 200 MB for a million cases, 400 MB for ten million).
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-10000000}
dotnet build src/Goodhart.Cli -c Release -nologo -v quiet >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/time -v dotnet src/Goodhart.Cli/bin/Release/net10.0/linux-x64/Goodhart.Cli.dll simulate --cases "$cases" --seed 1 \
  --out "$work/log.parquet" \
  --gaming rushing=0.3,parking=0.5,storing-up=0.3,reclassification=0.3,cherry-picking=0.5,rework=0.5,pretend-numbers=0.2 2>&1 >/dev/null |
  grep -E 'Elapsed|User time|System time|Percent of CPU|Maximum resident'
ls -l "$work/log.parquet" | awk '{printf "Parquet file: %.0f MB\n", $5 / 1e6}'
