#!/usr/bin/env bash
# Load on the web app as `goodhart serve` runs it: builds Release, starts the server on a free loopback port with a
# throwaway SQLite folder, seeds measures (API) and a stress test half answered (through the forms, antiforgery
# included), then runs wrk against a wizard step and the measures list and prints p50/p95/p99 and the error counts.
#   bench/load-web.sh [DURATION=30s] [CONNECTIONS=50] [MEASURES=20]
# Needs wrk (apt-get install wrk; ./test.sh installs it), curl and jq.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30s}
connections=${2:-50}
measures=${3:-20}
for tool in wrk curl jq; do
  command -v "$tool" >/dev/null || { echo "load-web.sh needs $tool: apt-get install $tool" >&2; exit 2; }
done

dotnet build src/Goodhart.Cli -c Release -nologo -v quiet >/dev/null
work=$(mktemp -d)
server=""
stop() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
dotnet src/Goodhart.Cli/bin/Release/net10.0/linux-x64/Goodhart.Cli.dll serve --urls "$base" --data "$work/data" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 120); do
  curl -fs -o /dev/null "$base/measures" && break
  kill -0 "$server" 2>/dev/null || { echo "The server stopped:"; cat "$work/server.log"; exit 1; }
  sleep 0.5
done
curl -fs -o /dev/null "$base/measures" || { echo "The server did not answer within a minute:"; cat "$work/server.log"; exit 1; }

# Measures through the API: some healthy, some with flags, a few sharing an owner, so the health check has work.
for i in $(seq "$measures"); do
  jq -n --arg i "$i" '{
      name: ("Measure " + $i), owner: ("Owner " + ($i | tonumber % 6 | tostring)),
      definition: "Calls answered by a person within twenty seconds of the first ring, out of all calls offered.",
      formula: "answered within 20 s / offered", decisionInformed: "How many people to roster on each shift.",
      cadence: "Monthly", targetValue: (if ($i | tonumber) % 3 == 0 then 80 else null end) }' \
    | curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @- "$base/api/measures"
done

# A stress test through the forms, as a browser sends them: the step-1 context and step 2 answered, so the page
# loaded under load (step 2) shows saved answers.
jar="$work/cookies"
token() { curl -fs -c "$jar" -b "$jar" "$1" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1; }
location=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "measure=First-contact resolution" --data-urlencode "role=manager" \
  --data-urlencode "__RequestVerificationToken=$(token "$base/stress-tests/new")" "$base/stress-tests/new")
step1=${location#"$base"}
[[ "$step1" =~ ^/stress-tests/[0-9a-f-]{36}/steps/1$ ]] || { echo "Starting a stress test did not lead to step 1 (got '$location')."; exit 1; }
session=${step1%/steps/1}
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "context.measure=First-contact resolution" \
  --data-urlencode "go=next" --data-urlencode "__RequestVerificationToken=$(token "$base$session/steps/1")" "$base$session/steps/1"
step2=$(curl -fs -c "$jar" -b "$jar" "$base$session/steps/2")
answers=()
for item in $(grep -o 'name="item\.[^"]*"' <<<"$step2" | sort -u | sed 's/name="\(.*\)"/\1/'); do
  answers+=(--data-urlencode "$item=2")
done
curl -fs -o /dev/null -c "$jar" -b "$jar" "${answers[@]}" --data-urlencode "go=next" \
  --data-urlencode "__RequestVerificationToken=$(token "$base$session/steps/2")" "$base$session/steps/2"
[ "$(curl -fs -o /dev/null -w '%{redirect_url}' "$base$session")" = "$base$session/steps/3" ] \
  || { echo "The seeded stress test did not save its first two steps."; exit 1; }

cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.2f %.2f %.2f %d %.0f %d %d %d %d %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6),
    e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

# The server's CPU time (user + system) in milliseconds: per request it does not depend on how loaded the machine is.
ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$server/stat"; }

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $measures measures; wrk -t2 -c$connections -d$duration"
printf '%-16s %8s %8s %8s %9s %7s %12s %s\n' page "p50 ms" "p95 ms" "p99 ms" requests "req/s" "server CPU" "errors (connect/read/write/timeout/non-2xx)"
# Each page under the asked load, then with one connection (-t1 -c1 -d10s): that row is the time one request takes
# when it does not queue behind others, the figure to compare with a latency budget on a busy machine.
# The cookies a browser would send back (the antiforgery cookie): without them every page would mint a new one.
cookie=$(awk '($0 !~ /^#/ || $0 ~ /^#HttpOnly_/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")

for target in "wizard step 2|$session/steps/2|$connections|$duration" "measures list|/measures|$connections|$duration" \
              "wizard, 1 conn|$session/steps/2|1|10s" "measures, 1 conn|/measures|1|10s"; do
  IFS='|' read -r name path conns time <<<"$target"
  threads=$((conns > 1 ? 2 : 1))
  # Warm-up. Under full load on two cores the runtime goes on recompiling hot methods at its optimising tier for
  # 20-30 s after start (about 8,000 methods, counted with DOTNET_JitDisasmSummary=1); a server that has been up for
  # a while is past that, so the figures below are taken after it. One connection only needs the caches warm.
  warm=$((conns > 1 ? 20 : 3))
  wrk -t"$threads" -c"$conns" -d"${warm}s" -H "Cookie: $cookie" "$base$path" >/dev/null
  before=$(cpu_ms)
  line=$(wrk -t"$threads" -c"$conns" -d"$time" --latency -s "$work/report.lua" -H "Cookie: $cookie" "$base$path" | grep '^RESULT')
  after=$(cpu_ms)
  read -r _ p50 p95 p99 requests rate connect read_ write timeout status <<<"$line"
  per=$(awk -v c=$((after - before)) -v n="$requests" 'BEGIN { printf "%.2f ms/req", c / n }')
  printf '%-16s %8s %8s %8s %9s %7s %12s %s\n' "$name" "$p50" "$p95" "$p99" "$requests" "$rate" "$per" "$connect/$read_/$write/$timeout/$status"
done
