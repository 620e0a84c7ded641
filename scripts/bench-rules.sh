#!/usr/bin/env bash
# JMH: the in-process time of one decision over the packaged ruleset. Prints average microseconds per
# decision for each referral. Takes about two minutes on two cores; run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl rules -am test-compile -DskipTests
./mvnw -q -B -ntp -pl rules dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Dmset.testData=test-data -cp "rules/target/test-classes:rules/target/classes:$(cat rules/target/bench.classpath)" \
  org.openjdk.jmh.Main AssessmentBenchmark -f 2 -wi 3 -w 3s -i 5 -r 3s "$@"
