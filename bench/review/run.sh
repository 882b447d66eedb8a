#!/usr/bin/env sh
# Review benchmark: the staffing benchmark's national organisation (≥ 100,000 units) and quotas (≥ 7 M
# rows) plus N people (default 2,500,000), then the national review of a year and its DOCX timed warm.
# Usage (from the repository root): bench/review/run.sh [people]
set -e
cd "$(dirname "$0")/../.."
./mvnw -q test -Dtest=ReviewBenchmark -Dbench=true -Dbench.people="${1:-2500000}" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  | sed -n '/==== Review benchmark/,/=====*$/p'
