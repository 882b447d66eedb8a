#!/usr/bin/env sh
# Reward benchmark: one province of N people (default 80,000) with ten years of ratings, titles,
# initiatives and discipline; times the eligibility of the whole province for CSTD_CS and of one person.
# Usage (from the repository root): bench/reward/run.sh [people]
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -Dspotless.check.skip=true test-compile
./mvnw -q -Dspotless.check.skip=true dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.noivu.reward.bench.RewardBenchmark "${1:-80000}" 2>&1 | sed -n '/==== Reward benchmark/,/=====*$/p'
