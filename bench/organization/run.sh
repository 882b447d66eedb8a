#!/usr/bin/env sh
# Organisation benchmark: builds a synthetic national tree (≥ 100,000 units, 2015–2025 history) over
# the real administrative units on a fresh embedded PostgreSQL, imports it, and times the queries.
# Usage (from the repository root): bench/organization/run.sh
set -e
cd "$(dirname "$0")/../.."
./mvnw -q test -Dtest=OrganizationBenchmark -Dbench=organization -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  | sed -n '/==== Organisation benchmark/,/=====*$/p'
