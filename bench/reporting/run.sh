#!/usr/bin/env bash
# The reporting benchmark: ./bench/reporting/run.sh [people]   (default 2,500,000; see README.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
PEOPLE="${1:-2500000}"
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g ${BENCH_OPTS:-} -Dfile.encoding=UTF-8 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.noivu.reporting.bench.ReportingBenchmark "$PEOPLE"
