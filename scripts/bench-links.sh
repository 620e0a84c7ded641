#!/usr/bin/env bash
# Link lookup benchmark (issue 17, policy v1.1 section 10): how long triage spends finding the links and
# history of a referral before deciding it.
#
# JMH (SampleTime) runs LinkLookupBenchmark: a referral naming 10 identifiers (4 nicknames, 4 vehicles,
# 2 places) looked up in the service's own store (an H2 file with the Flyway history and the service's
# connection settings) holding 0 identifier rows (the reference, measured in the same run) and 1,000,000
# rows (100,000 other children's decisions, each identifier of the referral named by 5 of them).
# Prints average, p50 and p99 per lookup for each, and the ratio of the 1,000,000-row figures to the
# reference. Issue 17's target: under 2 ms with 1,000,000 rows.
#
#   scripts/bench-links.sh [JMH ARGS...]
#     -p withOtherChildrenPerName=N  each of the referral's identifiers named by N other children's
#        decisions instead of 5: the rows a lookup counts grow with how often a name is given (the HTTP
#        bench's 1,000 names reach 250 each after 250,000 decisions)
#     BENCH_JMH_RUN overrides the run's shape (default: -f 1 -wi 5 -w 2s -i 5 -r 3s).
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build, nothing installed into ~/.m2: the service's sibling modules resolve to their own
# target/classes folders in the classpath it writes.
./mvnw -q -B -ntp -pl service -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-links.classpath
CP="service/target/test-classes:service/target/classes:$(cat service/target/bench-links.classpath)"
OUT=$(mktemp -d -t mset-bench-links.XXXXXX)
trap '[[ ${BENCH_KEEP:-0} == 1 ]] && echo "kept $OUT" || rm -rf "$OUT"' EXIT
echo "JMH: seeding the store and timing the lookups (a few minutes)..."
java -cp "$CP" org.openjdk.jmh.Main LinkLookupBenchmark -bm sample -tu us \
    ${BENCH_JMH_RUN:--f 1 -wi 5 -w 2s -i 5 -r 3s} -rf csv -rff "$OUT/links.csv" "$@" >"$OUT/links.log" \
    || { tail -40 "$OUT/links.log" >&2; exit 2; }
echo
awk -F, '
    { sub(/\r$/, ""); for (i = 1; i <= NF; i++) gsub(/^"|"$/, "", $i) }
    NR == 1 { next }
    {
        rows = $8
        if ($1 ~ /lookUp$/) avg[rows] = $5
        else if ($1 ~ /p0\.50$/) p50[rows] = $5
        else if ($1 ~ /p0\.99$/) p99[rows] = $5
    }
    END {
        printf "%-28s %10s %10s %10s\n", "stored identifier rows", "avg us", "p50 us", "p99 us"
        for (r in avg) printf "%-28s %10.1f %10.1f %10.1f\n", r, avg[r], p50[r], p99[r]
        if ((0 in avg) && (1000000 in avg) && avg[0] > 0 && p99[0] > 0)
            printf "ratio 1,000,000 rows / reference (0 rows): average %.2f, p99 %.2f\n", avg[1000000] / avg[0], p99[1000000] / p99[0]
        if (1000000 in p99)
            printf "target: p99 under 2000 us with 1,000,000 rows: %s\n", (p99[1000000] < 2000 ? "met" : "NOT met")
    }' "$OUT/links.csv"
