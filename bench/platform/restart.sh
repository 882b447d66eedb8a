#!/usr/bin/env bash
# Warm restart: seconds from launching NoiVu until the login page is served, on a data directory that
# already holds its database (the first, cold start creates it and loads the reference data).
# Usage: bench/platform/restart.sh [runs]   (builds the jar first if there is none)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=$(ls target/noivu-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -DskipTests package
  jar=$(ls target/noivu-*.jar | head -n 1)
fi
data=$(mktemp -d)
port=${PORT:-18080}
trap 'rm -rf "$data"' EXIT

start_once() {
  local label=$1
  local t0 t1 pid
  t0=$(date +%s%N)
  SERVER_PORT=$port NOIVU_DATA_DIR=$data NOIVU_ADMIN_PASSWORD=bench-password java -jar "$jar" >"$data/run.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/login"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "NoiVu exited; see $data/run.log" >&2; cat "$data/run.log" >&2; exit 1; fi
    sleep 0.1
  done
  t1=$(date +%s%N)
  printf '%s start to login page: %.2f s\n' "$label" "$(echo "($t1 - $t0) / 1000000000" | bc -l)"
  kill -TERM "$pid"
  wait "$pid" || true
}

start_once cold
for i in $(seq 1 "$runs"); do
  start_once "warm#$i"
done
