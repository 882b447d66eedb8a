#!/usr/bin/env bash
# API load benchmark: 20 concurrent API clients for 60 s each run, on loopback, against the product
# started from its jar with demo data in a temporary NOIVU_DATA_DIR. Three runs of the same reads:
#   1. HTTP Basic with the remembered password check turned off: bcrypt on every call (before);
#   2. HTTP Basic as shipped: bcrypt once, then the remembered check (after);
#   3. an API token (Authorization: Bearer nv_…).
# Prints requests/s, p95 and errors of each run, the server's CPU time per request (the product's JVM
# and its PostgreSQL; steady when other work shares the machine) and the ratios to the first run.
# Usage (from anywhere): bench/platform/api/run.sh
# Settings: USERS (20), DURATION (60 s per run), WARMUP (15 s per run, not counted), PORT (18091),
# SKIP_BUILD=1 to reuse target/noivu-*.jar, NICE=-10 to give the server and the load priority over
# other work on a shared machine (needs root).
set -euo pipefail
cd "$(dirname "$0")/../../.."
users=${USERS:-20}
duration=${DURATION:-60}
warmup=${WARMUP:-15}
port=${PORT:-18091}
nice=${NICE:-0}
base="http://127.0.0.1:$port"
admin_password="bench-$RANDOM-$RANDOM"
pom=bench/platform/api/pom.xml

if [ "${SKIP_BUILD:-0}" != 1 ] || ! ls target/noivu-*.jar >/dev/null 2>&1; then
  echo "Building the product jar…"
  ./mvnw -q -DskipTests -Dspotless.check.skip=true package
fi
jar=$(ls target/noivu-*.jar | head -n 1)
echo "Compiling the load scenarios…"
./mvnw -q -f "$pom" test-compile

data=$(mktemp -d)
pid=
stop_server() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid" || true
  fi
  pid=
}
trap 'stop_server; rm -rf "$data"' EXIT
trap 'exit 130' INT TERM

# Starts the product on 127.0.0.1 only; $1 = how long a verified password is remembered (0 = never).
start_server() {
  SERVER_PORT=$port NOIVU_DATA_DIR="$data/db" NOIVU_ADMIN_PASSWORD="$admin_password" \
    nice -n "$nice" java -Xmx1g -jar "$jar" --server.address=127.0.0.1 --noivu.security.password-check-cache="$1" \
    >>"$data/server.log" 2>&1 &
  pid=$!
  # Ready when the demo people are in (the demo data loads after the web server is up).
  for _ in $(seq 1 900); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "NoiVu exited; its log:" >&2
      tail -50 "$data/server.log" >&2
      exit 1
    fi
    if curl -sf -u "admin:$admin_password" "$base/api/v1/people?size=1" 2>/dev/null | grep -q '"id"'; then
      return
    fi
    sleep 1
  done
  echo "NoiVu did not get ready in 15 minutes" >&2
  exit 1
}

# CPU time (clock ticks) used so far by the server and its embedded PostgreSQL, including processes
# of theirs that have ended.
cpu_ticks() {
  # The embedded PostgreSQL is started through pg_ctl and is not the JVM's child: find it by its data
  # directory on its command line, then take both trees.
  local roots
  roots="$pid $(pgrep -f -- "$data/db" | tr '\n' ' ')"
  ps -e -o pid=,ppid= | awk -v roots="$roots" '
    { parent[$1] = $2 }
    END {
      n = split(roots, r, " ")
      for (i = 1; i <= n; i++) keep[r[i]] = 1
      do {
        changed = 0
        for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 }
      } while (changed)
      for (p in keep) print p
    }' | while read -r p; do
    # After "pid (command) ": fields 12-15 are utime stime cutime cstime.
    sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }'
  done | awk '{ s += $1 } END { print s + 0 }'
}

# Runs the reads with $2… as Gatling properties, warm-up first; records
# "label rps p95 errors requests cpu-ms-per-request".
load() {
  local label=$1 before after
  shift
  nice -n "$nice" ./mvnw -q -f "$pom" gatling:test -Dbench.baseUrl="$base" -Dbench.users="$users" -Dbench.seconds="$warmup" \
    -Dbench.label="$label-warmup" "$@" >"$data/$label-warmup.log" 2>&1 || true
  before=$(cpu_ticks)
  nice -n "$nice" ./mvnw -q -f "$pom" gatling:test -Dbench.baseUrl="$base" -Dbench.users="$users" -Dbench.seconds="$duration" \
    -Dbench.label="$label" "$@" >"$data/$label.log" 2>&1 || true
  after=$(cpu_ticks)
  awk -v label="$label" -v cpu_ms="$(( (after - before) * 1000 / $(getconf CLK_TCK) ))" -F'|' '
    /Global Information/ { global = 1 }
    global && /> request count/ { gsub(/[ ,]/, "", $2); gsub(/[ ,]/, "", $4); total = $2; ko = ($4 == "-" ? 0 : $4) }
    global && /95th percentile/ { gsub(/[ ,]/, "", $2); p95 = $2 }
    global && /mean throughput/ { gsub(/[ ,]/, "", $2); rps = $2 }
    END {
      if (total == "") { print label, "? ? ? ? ?"; exit }
      printf "%s %s %s %s %s %.1f\n", label, rps, p95, ko, total, cpu_ms / total
    }' "$data/$label.log" | tee -a "$data/results.txt"
  per_read_p95 "$label"
}

# The p95 of each read of the newest Gatling report (its statistics table), on one line.
per_read_p95() {
  local report
  report=$(ls -td bench/platform/api/target/gatling/*/ | head -n 1)
  python3 - "$1" "$report/index.html" <<'PY' | tee -a "$data/per-read.txt"
import html, re, sys
label, page = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
reads = []
for row in re.split(r"<tr", page):
    cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).split()[0] if c.strip() else ""
             for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    # name, total, ok, ko, %ko, rps, min, p50, p75, p95, …
    if len(cells) >= 10 and not cells[0].isdigit():
        reads.append(f"{cells[0]} {cells[9]} ms")
print(f"  {label} p95 per read: " + ", ".join(reads))
PY
}

echo "Run 1/3: HTTP Basic, bcrypt on every call (password check not remembered)…"
start_server 0
load basic-before -Dbench.basic=bnv.viewer:NoiVu@2026
stop_server

echo "Run 2/3 and 3/3: HTTP Basic as shipped, then an API token…"
start_server 5m
token=$(curl -sf -u "admin:$admin_password" -H 'Content-Type: application/json' \
  -d "{\"name\":\"load benchmark\",\"account\":\"bnv.viewer\",\"access\":\"READ\",\"expiresOn\":\"$(date -d '+1 day' +%F)\"}" \
  "$base/api/v1/admin/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "Could not issue a token" >&2; exit 1; }
load basic-after -Dbench.basic=bnv.viewer:NoiVu@2026
load bearer-token -Dbench.token="$token"
stop_server

echo
echo "==== API load: $users clients × $duration s, reads of bnv.viewer (national), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) ===="
awk '
  NR == 1 { base_rps = $2 }
  NR == 1 { base_cpu = $6 }
  { printf "%-13s %7s req/s  p95 %6s ms  errors %s of %6s  server CPU %6s ms/request", $1, $2, $3, $4, $5, $6
    if (NR > 1 && base_rps > 0 && $6 > 0) printf "  (%.1f× the throughput, %.1f× less CPU per request)", $2 / base_rps, base_cpu / $6
    printf "\n" }' "$data/results.txt"
cat "$data/per-read.txt"
echo "Gatling reports: bench/platform/api/target/gatling/"
