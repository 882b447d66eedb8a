#!/usr/bin/env sh
# Staffing benchmark: a synthetic national organisation (≥ 100,000 units, restructurings to 2025) loaded
# through the organisation import on a fresh embedded PostgreSQL, 12 years × 6 categories of quotas for
# every unit, then the national reduction report and a province's drill-down timed warm.
# Usage (from the repository root): bench/staffing/run.sh
set -e
cd "$(dirname "$0")/../.."
./mvnw -q test -Dtest=StaffingBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  | sed -n '/==== Staffing benchmark/,/=====*$/p'
