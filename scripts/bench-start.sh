#!/usr/bin/env bash
# Start-up benchmark (issue 14): how long the packaged service takes to answer /actuator/health, against
# a bare Spring Boot web application with actuator on the same Boot version (scripts/bench/bare-app),
# measured alternately in the same run so a busy machine slows both alike.
#
#   scripts/bench-start.sh [-n RUNS]
#     -n  starts of each, at least 3 (env BENCH_RUNS, default 5)
#
# Each time is from launching java to the first 200 from /actuator/health (polled every 100 ms). The
# service starts on its embedded defaults in one temporary data folder: its first start there (which
# compiles the packaged ruleset and keeps its compiled form) is printed on its own; the measured starts
# are restarts, as every start of a deployed service but its first is. Prints each time, the medians
# and the median ratio service/bare. Exits 2 when it could not measure.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-5}
while (($#)); do
    case "$1" in
        -n) RUNS=$2; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[[ $RUNS =~ ^[0-9]+$ ]] && ((RUNS >= 3)) || { echo "at least 3 runs are needed (got $RUNS)" >&2; exit 2; }

JAR=service/target/mset-triage.jar
BARE_DIR=scripts/bench/bare-app
BARE_JAR=$BARE_DIR/target/bare-app.jar
say() { printf '%s\n' "$*"; }
fail() { printf 'bench-start: %s\n' "$*" >&2; exit 2; }

boot_version=$(sed -n 's:.*<spring-boot.version>\(.*\)</spring-boot.version>.*:\1:p' pom.xml | head -1)
bare_version=$(sed -n 's:.*<spring-boot.version>\(.*\)</spring-boot.version>.*:\1:p' "$BARE_DIR/pom.xml" | head -1)
[[ $boot_version == "$bare_version" ]] ||
    fail "the bare application is on Spring Boot $bare_version, the service on $boot_version: make them equal"

if [[ ! -f $JAR ]]; then
    say "building $JAR (not there yet)"
    timeout 900 ./mvnw -q -B -ntp -DskipTests package
fi
if [[ ! -f $BARE_JAR || -n $(find "$BARE_DIR/src" "$BARE_DIR/pom.xml" -newer "$BARE_JAR" -print -quit) ]]; then
    say "building the bare application"
    timeout 600 ./mvnw -q -B -ntp -f "$BARE_DIR/pom.xml" package
fi

WORK=$(mktemp -d -t mset-start.XXXXXX)
PID=""
stop() {
    [[ -n $PID ]] || return 0
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=""
}
trap 'stop; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

free_port() {
    local candidate
    for _ in $(seq 50); do
        candidate=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return; fi
    done
    fail "no free port found"
}

# Milliseconds from launch to the first healthy answer; the process is stopped afterwards.
time_start() {
    local port start now
    port=$(free_port)
    start=$(date +%s%N)
    java -jar "$@" --server.port="$port" >"$WORK/last.log" 2>&1 &
    PID=$!
    while ! curl -fsS -m 1 "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
        kill -0 "$PID" 2>/dev/null || { tail -n 20 "$WORK/last.log" >&2; fail "$1 stopped while starting"; }
        now=$(date +%s%N)
        (((now - start) / 1000000000 < 300)) || { stop; fail "$1 was not healthy within 300 s"; }
        sleep 0.1
    done
    now=$(date +%s%N)
    stop
    echo $(((now - start) / 1000000))
}

SERVICE_ARGS=("$JAR" --mset.data-dir="$WORK/data")
say "first start of the service in a new data folder (compiles the packaged ruleset): $(time_start "${SERVICE_ARGS[@]}") ms"
say ""
printf '%-5s %12s %12s %8s\n' run 'bare ms' 'service ms' ratio
: >"$WORK/times"
for run in $(seq "$RUNS"); do
    bare=$(time_start "$BARE_JAR")
    service=$(time_start "${SERVICE_ARGS[@]}")
    ratio=$(awk -v s="$service" -v b="$bare" 'BEGIN { printf "%.2f", s / b }')
    printf '%-5s %12s %12s %8s\n' "$run" "$bare" "$service" "$ratio"
    echo "$bare $service $ratio" >>"$WORK/times"
done
say ""
awk "$(cat scripts/bench/median.awk)"'
    { b[NR] = $1; s[NR] = $2; r[NR] = $3 }
    END {
        printf "median bare:    %d ms\n", median(b, NR)
        printf "median service: %d ms\n", median(s, NR)
        printf "median ratio service/bare over %d runs: %.2f\n", NR, median(r, NR)
    }' "$WORK/times"
