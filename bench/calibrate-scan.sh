#!/usr/bin/env bash
# The gaming scan's full calibration: simulated logs, clean and with each kind of gaming alone at a moderate
# strength, written to Parquet and scanned through the real data layer; prints alerts (watches) per detector.
# On clean logs every cell should stay at or below the rule's level (1% of seeds); the test suite runs a small seeded
# version of the same (ScanCalibrationTests).
#   bench/calibrate-scan.sh [SEEDS=200] [CASES=200000]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Goodhart.Benchmarks -c Release -nologo -v quiet >/dev/null
dotnet bench/Goodhart.Benchmarks/bin/Release/net10.0/linux-x64/Goodhart.Benchmarks.dll calibrate "${1:-200}" "${2:-200000}"
