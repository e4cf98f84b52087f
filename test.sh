#!/usr/bin/env bash
# Runs every test the way CI does: installs the system packages the tests need, builds in Release,
# runs every test project and the style check, and ends with one line: tests: N passed, N failed.
set -uo pipefail
cd "$(dirname "$0")"

packages=(poppler-utils fonts-dejavu-core fonts-noto-color-emoji fontconfig tmux postgresql chromium wrk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages the tests need: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "warning: could not install ${missing[*]}; tests that need them will fail"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The browser tests drive the system's Chromium (never one downloaded by Playwright).
export GOODHART_CHROMIUM="${GOODHART_CHROMIUM:-/usr/bin/chromium}"

# A throwaway PostgreSQL server on loopback for the tests that compare engines; stopped on exit.
# Tests find it through GOODHART_TEST_POSTGRES.
pg_dir=""
stop_postgres() {
  if [ -n "$pg_dir" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_postgres EXIT
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -n "$pg_bin" ] && [ "$(id -u)" -eq 0 ]; then
  pg_dir=$(mktemp -d)
  chown postgres "$pg_dir"
  pg_port=$((20000 + RANDOM % 20000))
  if runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" --auth=trust -U postgres >"$pg_dir/initdb.log" 2>&1 \
    && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
      -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
    export GOODHART_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
    echo "PostgreSQL for the tests on 127.0.0.1:$pg_port"
  else
    echo "warning: could not start PostgreSQL; tests that need it will fail:"
    tail -n 5 "$pg_dir"/*.log
  fi
else
  echo "warning: PostgreSQL is not installed or this is not root; tests that need it will fail"
fi

if ! dotnet build Goodhart.sln -c Release -nologo -v quiet; then
  echo "The build failed; no test ran."
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

passed=0 failed=0 skipped=0
results=$(mktemp -d)
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo --results-directory "$results/$name" 2>&1 | tee "$results/$name.log" | grep -E '^\s*(Failed |Passed!|Failed!|  Error Message)' || true
  summary=$(grep -E '(Passed|Failed)!\s+- Failed:' "$results/$name.log" | tail -n 1)
  if [ -z "$summary" ]; then
    echo "$name did not report a result (it may have crashed):"
    tail -n 20 "$results/$name.log"
    failed=$((failed + 1))
    continue
  fi
  f=$(sed -E 's/.*Failed:\s+([0-9]+).*/\1/' <<<"$summary")
  p=$(sed -E 's/.*Passed:\s+([0-9]+).*/\1/' <<<"$summary")
  s=$(sed -E 's/.*Skipped:\s+([0-9]+).*/\1/' <<<"$summary")
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
done

echo "== style (dotnet format --verify-no-changes)"
if dotnet format Goodhart.sln --verify-no-changes --no-restore -v quiet; then
  passed=$((passed + 1))
else
  echo "Style check failed: run 'dotnet format Goodhart.sln' and commit the result."
  failed=$((failed + 1))
fi

line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$passed" -gt 1 ]
