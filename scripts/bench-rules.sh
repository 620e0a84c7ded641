#!/usr/bin/env bash
# JMH: the in-process time of one decision over the packaged ruleset (no HTTP, no storage), for an empty
# referral and each worked example (rules/src/test/java/org/msettriage/rules/bench/AssessmentBenchmark.java).
#
#   scripts/bench-rules.sh [JMH OPTIONS...]
#
# Runs JMH in sample mode (-bm sample: average, p50, p99 per decision, in microseconds) with the GC
# profiler (-prof gc: bytes allocated per decision), once on 1 thread and once on 2, and prints one
# table. Takes about 16 minutes on two cores; run it on a quiet machine. BENCH_JMH_RUN replaces the forks,
# warm-up and measurement options (default "-f 2 -wi 3 -w 3s -i 5 -r 3s"; "-f 1" halves the time), and
# any argument goes to both JMH runs, e.g. -p scenario=scenarios/cap-empty-referral.json for one referral.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl rules -am test-compile -DskipTests
./mvnw -q -B -ntp -pl rules dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="rules/target/test-classes:rules/target/classes:$(cat rules/target/bench.classpath)"
OUT=$(mktemp -d -t mset-jmh.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
for threads in 1 2; do
    echo "JMH on $threads thread(s)..."
    java -Dtest-data.dir=test-data -cp "$CP" org.openjdk.jmh.Main AssessmentBenchmark \
        -bm sample -tu us -prof gc -t "$threads" ${BENCH_JMH_RUN:--f 2 -wi 3 -w 3s -i 5 -r 3s} \
        -rf csv -rff "$OUT/t$threads.csv" "$@" >"$OUT/t$threads.log"
done
# One row per referral and thread count, from JMH's CSV (columns: Benchmark, Mode, Threads, Samples,
# Score, Error, Unit, Param: scenario); the secondary results carry the percentiles and gc figures.
echo
printf '%-62s %7s %9s %9s %9s %12s\n' referral threads 'avg us' 'p50 us' 'p99 us' 'alloc B/op'
for threads in 1 2; do
    awk -F, -v t="$threads" '
        { for (i = 1; i <= NF; i++) gsub(/^"|"$/, "", $i) }
        NR == 1 { next }
        {
            name = $1; s = $8; sub(/^scenarios\//, "", s); sub(/\.json.*$/, "", s)
            if (name ~ /assess$/) avg[s] = $5
            else if (name ~ /p0\.50$/) p50[s] = $5
            else if (name ~ /p0\.99$/) p99[s] = $5
            else if (name ~ /gc\.alloc\.rate\.norm$/) alloc[s] = $5
            if (!(s in seen)) { seen[s] = 1; order[++n] = s }
        }
        END {
            for (i = 1; i <= n; i++) { s = order[i]
                printf "%-62s %7s %9.1f %9.1f %9.1f %12.0f\n", s, t, avg[s], p50[s], p99[s], alloc[s] }
        }' "$OUT/t$threads.csv"
done
